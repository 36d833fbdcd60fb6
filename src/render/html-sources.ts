/**
 * The "Articles" part of the HTML briefing: each article's full text with every cited passage marked.
 */
import type { ArticleOut, BriefOutput } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { citationId, citationsInReadingOrder, isValidRange } from './citations.ts';
import { humanDate, oneLine, outletOf } from './describe-article.ts';
import { escapeHtml as esc } from './escape-html.ts';
import { articleAnchor } from './html-story.ts';
import { type MarkRange, markRanges } from './mark-ranges.ts';

/** The full-text section and the ids of passages split into several pieces (they need extra CSS). */
export interface SourcesHtml {
  html: string;
  split: string[];
}

/** The valid cited ranges of every article, by article id. */
function rangesByArticle(out: BriefOutput): Map<string, MarkRange[]> {
  const lengths = new Map(out.articles.map((a) => [a.id, a.text.length]));
  const byArticle = new Map<string, MarkRange[]>();
  for (const c of out.stories.flatMap(citationsInReadingOrder)) {
    const length = lengths.get(c.article);
    if (length === undefined || !isValidRange(c, length)) continue;
    const list = byArticle.get(c.article) ?? [];
    list.push({ id: citationId(c), start: c.start, end: c.end });
    byArticle.set(c.article, list);
  }
  return byArticle;
}

/**
 * Renders every article of a story in full, with its cited passages marked; other inputs are listed briefly.
 *
 * An article that no story uses (unusable, or left out by clustering) is named with its notes, not printed.
 */
export function renderSourcesHtml(out: BriefOutput): SourcesHtml {
  const inStory = new Set(out.stories.flatMap((s) => s.articles));
  const ranges = rangesByArticle(out);
  const split: string[] = [];
  const shown = out.articles.filter((a) => inStory.has(a.id) || ranges.has(a.id));
  const others = out.articles.filter((a) => !inStory.has(a.id) && !ranges.has(a.id));
  const blocks = shown.map((a) => {
    const marked = markRanges(a.text, ranges.get(a.id) ?? []);
    split.push(...marked.split);
    return [
      `<article class="source" id="${articleAnchor(a.id)}">`,
      `<h3>${esc(a.title ? oneLine(a.title) : '(untitled)')}</h3>`,
      `<p class="meta">${metaLine(a)}</p>`,
      `<div class="text">\n${marked.html}\n</div>`,
      '</article>',
    ].join('\n');
  });
  if (others.length) {
    const items = others.map(
      (a) =>
        `<li>${esc(a.title ? oneLine(a.title) : (a.path ?? a.id))} — ${esc(outletOf(a, a.id))}${notes(a.diagnostics)}</li>`,
    );
    blocks.push(`<h3>Not used in any story</h3>\n<ul class="unused">\n${items.join('\n')}\n</ul>`);
  }
  if (blocks.length === 0) return { html: '', split };
  const html = `<section class="sources" id="articles">\n<h2>Articles in full</h2>\n${blocks.join('\n')}\n</section>`;
  return { html, split };
}

/** "Outlet · Author · 12 April 2031 · url-or-path", with unknown parts left out. */
function metaLine(a: ArticleOut): string {
  const parts = [esc(outletOf(a, a.id))];
  if (a.author) parts.push(esc(oneLine(a.author)));
  if (a.published) parts.push(`<time datetime="${esc(a.published)}">${esc(humanDate(a.published))}</time>`);
  const where = a.url ?? a.path;
  if (where) parts.push(`<span class="url">${esc(where)}</span>`);
  return parts.join(' · ');
}

function notes(diagnostics: Diagnostic[]): string {
  const worth = diagnostics.filter((d) => d.severity !== 'info');
  if (worth.length === 0) return '';
  return ` <span class="notes">(${worth.map((d) => `${esc(oneLine(d.message))} [${esc(d.code)}]`).join('; ')})</span>`;
}

/** The page's list of input problems (rejected inputs and warnings), or '' when there are none. */
export function renderDiagnosticsHtml(out: BriefOutput): string {
  const all = [...out.diagnostics, ...out.articles.flatMap((a) => a.diagnostics)].filter(
    (d) => d.severity !== 'info',
  );
  if (all.length === 0) return '';
  const items = all.map((d) => {
    const where =
      d.input ?? (d.article ? (out.articles.find((a) => a.id === d.article)?.path ?? d.article) : '');
    const label = where ? `${esc(where)}: ` : '';
    return `<li class="${esc(d.severity)}">${label}${esc(d.severity === 'warning' ? 'warning: ' : '')}${esc(oneLine(d.message))} [${esc(d.code)}]</li>`;
  });
  return `<section class="diagnostics">\n<h2>Notes on the inputs</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`;
}
