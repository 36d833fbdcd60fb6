/**
 * HTML rendering of a briefing: one standalone page (inline CSS, no script, nothing fetched).
 *
 * Every citation links to its passage inside the full text of its article further down the page, where
 * `:target` highlights it. All article text and metadata are untrusted and go through `escapeHtml`; a
 * strict Content-Security-Policy forbids scripts and remote resources even if something slipped through.
 */
import { render as defaults } from '../config.ts';
import type { BriefOutput } from '../model/briefing.ts';
import { indexArticles, oneLine } from './describe-article.ts';
import { escapeHtml as esc } from './escape-html.ts';
import { renderDiagnosticsHtml, renderSourcesHtml } from './html-sources.ts';
import { renderStoryHtml, type StoryContext, storyAnchor } from './html-story.ts';
import { PAGE_CSS } from './html-style.ts';

/** Options of the HTML renderer (see `config.render`). */
export interface HtmlOptions {
  snippetChars: number;
  tooltipChars: number;
  longHeadlineChars: number;
}

/** The Content-Security-Policy of the page: nothing but its own inline styles. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Renders a `parallax brief` output as one standalone HTML page. */
export function renderHtml(out: BriefOutput, options: Partial<HtmlOptions> = {}): string {
  const opts: HtmlOptions = { ...defaults, ...options };
  const ctx: StoryContext = { articles: indexArticles(out.articles), ...opts };
  const sources = renderSourcesHtml(out);
  const title = out.stories.length === 1 ? oneLine(out.stories[0].headline) : 'Parallax briefing';
  const body = [
    `<p class="masthead">Parallax briefing · ${countOf(out.stories.length, 'story', 'stories')} from ${countOf(out.articles.length, 'article', 'articles')}</p>`,
    tableOfContents(out),
    out.stories.length
      ? out.stories.map((s) => renderStoryHtml(s, ctx)).join('\n')
      : '<p>No story could be built: no input held usable news text.</p>',
    sources.html,
    renderDiagnosticsHtml(out),
    '<footer>Every line cites the exact passages it rests on; select a number to see the passage in its article.</footer>',
  ].filter(Boolean);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style>${PAGE_CSS}${splitRangeCss(sources.split)}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A list of the stories when there is more than one. */
function tableOfContents(out: BriefOutput): string {
  if (out.stories.length < 2) return '';
  const items = out.stories.map(
    (s) => `<li><a href="#${storyAnchor(s.id)}">${esc(oneLine(s.headline))}</a></li>`,
  );
  return `<nav class="toc" aria-label="Stories">\n<strong>Stories</strong>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

/**
 * Highlights every piece of a split passage when its first piece is the target.
 *
 * `:target` only matches the element with the id; `:has()` lets the other pieces follow it. Ids come
 * from `citationId`, which keeps only `[A-Za-z0-9_-]`, so they are safe inside a selector.
 */
function splitRangeCss(ids: string[]): string {
  return [...new Set(ids)]
    .map(
      (id) =>
        `\n:root:has(#${id}:target) mark[data-c="${id}"] { background: var(--target); box-shadow: 0 0 0 2px var(--target-ring); }`,
    )
    .join('');
}
