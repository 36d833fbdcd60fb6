/**
 * The article page (`/articles/:id`): metadata, a link back to its story, and its text with the cited
 * passage (`?start=S&end=E`) marked in context as `<mark id="passage">`.
 */
import { humanDate, humanDateTime, oneLine, outletOf } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import { markRanges } from '../render/mark-ranges.ts';
import type { StoredArticle } from '../store/records.ts';
import { renderPage } from './layout.ts';
import { articleHref, isWebUrl, storyHref } from './links.ts';

/** A requested passage: none asked for, a valid range, or one that is not inside the text. */
export type PassageRequest =
  | { kind: 'none' }
  | { kind: 'ok'; start: number; end: number }
  | { kind: 'invalid'; start: string; end: string };

/**
 * Reads `?start&end` against a text's length: both must be decimal integers with `0 <= start < end <= length`.
 *
 * Neither given is `none`; anything else that does not fit (one missing, not a number, out of the
 * text, empty or reversed) is `invalid`.
 */
export function parsePassage(
  start: string | undefined,
  end: string | undefined,
  length: number,
): PassageRequest {
  if (start === undefined && end === undefined) return { kind: 'none' };
  const s = start ?? '';
  const e = end ?? '';
  if (!/^\d{1,9}$/.test(s) || !/^\d{1,9}$/.test(e)) return { kind: 'invalid', start: s, end: e };
  const from = Number(s);
  const to = Number(e);
  if (from >= to || to > length) return { kind: 'invalid', start: s, end: e };
  return { kind: 'ok', start: from, end: to };
}

/** What the article page shows. */
export interface ArticleView {
  article: StoredArticle;
  /** The headline of its story, when it has one. */
  storyHeadline: string | null;
  passage: PassageRequest;
}

/** One row of the metadata list; nothing when the value is empty. */
function row(label: string, valueHtml: string | null): string {
  return valueHtml ? `<dt>${label}</dt><dd>${valueHtml}</dd>` : '';
}

/** The metadata of an article as a definition list. */
function metadata(a: StoredArticle): string {
  const url = isWebUrl(a.url)
    ? `<a class="url" href="${esc(a.url)}" rel="noopener noreferrer nofollow">${esc(a.url)}</a>`
    : a.url
      ? esc(a.url)
      : null;
  return `<dl class="facts-list">${[
    row('Outlet', esc(outletOf(a, a.id))),
    row('Author', a.author ? esc(oneLine(a.author)) : null),
    row(
      'Published',
      a.published
        ? `<time datetime="${esc(a.published)}">${esc(humanDateTime(a.published))}</time>`
        : 'unknown',
    ),
    row('Address', url),
    row('Language', a.language ? esc(a.language) : null),
    row('Extracted by', esc(a.extraction.method)),
    row('Added', `<time datetime="${esc(a.addedAt)}">${esc(humanDate(a.addedAt.slice(0, 10)))}</time>`),
  ].join('')}</dl>`;
}

/** Renders the article page. */
export function renderArticlePage(view: ArticleView): string {
  const a = view.article;
  const notes: string[] = [];
  if (view.passage.kind === 'invalid') {
    notes.push(
      `<p class="note warn" role="status">The cited passage (characters ${esc(view.passage.start)}–${esc(view.passage.end)}) is not inside this article's text, so nothing is marked.</p>`,
    );
  } else if (view.passage.kind === 'ok') {
    notes.push('<p class="note">The cited passage is <a href="#passage">marked below</a>.</p>');
  }
  if (!a.usable) notes.push('<p class="note warn">No usable article text was found in this document.</p>');
  if (a.duplicateOf)
    notes.push(
      `<p class="note">This article is a near-copy of <a href="${articleHref(a.duplicateOf)}">another article</a>.</p>`,
    );
  const back =
    a.storyId !== null
      ? `<p class="story-nav"><a href="${storyHref(a.storyId)}">← ${esc(view.storyHeadline ? oneLine(view.storyHeadline) : 'Its story')}</a></p>`
      : '';
  const ranges =
    view.passage.kind === 'ok' ? [{ id: 'passage', start: view.passage.start, end: view.passage.end }] : [];
  const text = a.text ? markRanges(a.text, ranges).html : '<p class="meta">(no text)</p>';
  const title = a.title ? oneLine(a.title) : `Article from ${outletOf(a, a.id)}`;
  const body = `${back}
<article>
<h1>${esc(title)}</h1>
${notes.join('\n')}
${metadata(a)}
<div class="article-text">
${text}
</div>
</article>`;
  return renderPage({ title, body });
}
