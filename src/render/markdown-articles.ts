/**
 * Markdown rendering of `parallax articles`: each extracted article with its metadata and text.
 */
import type { ArticleOut, ArticlesOutput } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { oneLine } from './describe-article.ts';

/**
 * Renders a `parallax articles` output as Markdown: a heading per article, its metadata, notes and text.
 *
 * Unknown metadata is printed as "unknown" rather than left out, so a reader sees what extraction missed.
 */
export function renderArticlesMarkdown(out: ArticlesOutput): string {
  if (out.articles.length === 0) return '# No articles\n\nNo input held a document that could be read.\n';
  return out.articles.map(renderArticle).join('\n---\n\n');
}

function renderArticle(a: ArticleOut): string {
  const title = a.title ? oneLine(a.title) : '(no title found)';
  const meta = [
    ['Outlet', a.outlet],
    ['Author', a.author],
    ['Published', a.published],
    ['Language', a.language],
    ['Source', a.url ?? a.path ?? null],
    ['Extracted with', a.extraction?.method ?? null],
    ['Id', a.id],
  ].map(([label, value]) => `- ${label}: ${value ? oneLine(value) : 'unknown'}`);
  const words = a.text.split(/\s+/).filter(Boolean).length;
  meta.push(`- Length: ${words} ${words === 1 ? 'word' : 'words'}`);
  const parts = [`# ${title}\n`, `${meta.join('\n')}\n`];
  if (a.diagnostics.length) parts.push(`## Notes\n\n${a.diagnostics.map(noteLine).join('\n')}\n`);
  if (a.text.trim()) parts.push(`## Text\n\n${a.text.trim()}\n`);
  else parts.push('## Text\n\n(no text)\n');
  return parts.join('\n');
}

function noteLine(d: Diagnostic): string {
  return `- ${d.severity}: ${oneLine(d.message)} [${d.code}]`;
}
