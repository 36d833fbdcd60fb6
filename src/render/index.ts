/**
 * Rendering: a briefing or an article list as Markdown, JSON or HTML.
 */
import type { ArticlesOutput, BriefOutput } from '../model/briefing.ts';
import type { ArticlesFormat, BriefFormat } from './formats.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderArticlesMarkdown } from './markdown-articles.ts';

export { escapeHtml } from './escape-html.ts';
export { ARTICLES_FORMATS, type ArticlesFormat, BRIEF_FORMATS, type BriefFormat } from './formats.ts';
export { renderHtml } from './html.ts';
export { renderJson } from './json.ts';
export { renderMarkdown } from './markdown.ts';
export { renderArticlesMarkdown } from './markdown-articles.ts';

/** Renders a `parallax brief` output in the given format. */
export function renderBrief(out: BriefOutput, format: BriefFormat): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(out);
    case 'json':
      return renderJson(out);
    case 'html':
      return renderHtml(out);
    default:
      throw new Error(`unknown brief format: ${String(format)}`);
  }
}

/** Renders a `parallax articles` output in the given format. */
export function renderArticles(out: ArticlesOutput, format: ArticlesFormat): string {
  switch (format) {
    case 'markdown':
      return renderArticlesMarkdown(out);
    case 'json':
      return renderJson(out);
    default:
      throw new Error(`unknown articles format: ${String(format)}`);
  }
}
