/**
 * The story list (`/`): headline, outlets, articles, last update and a mark where sources disagree.
 */
import { oneLine } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { StorySummary } from '../store/records.ts';
import { renderPage } from './layout.ts';
import { storiesHref, storyHref } from './links.ts';
import { timeHtml } from './relative-time.ts';

/** One page of the list and where it sits. */
export interface StoryListView {
  stories: StorySummary[];
  /** 1-based page number. */
  page: number;
  /** Stories per page. */
  perPage: number;
  /** All listed stories. */
  total: number;
  /** The current time (ISO 8601), for "3 hours ago". */
  now: string;
}

/** `n thing` or `n things`. */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The visible mark of a story whose sources disagree, with its words (not only a colour or a sign). */
export function disagreeMark(disputes: number): string {
  if (disputes <= 0) return '';
  return `<span class="disagree"><span aria-hidden="true">⚠ </span>Sources disagree (${disputes})</span>`;
}

/** One story of the list. */
function storyItem(s: StorySummary, now: string): string {
  return `<li>
<h2><a href="${storyHref(s.id)}">${esc(oneLine(s.headline))}</a>${disagreeMark(s.disputes)}</h2>
<p class="meta"><span>${plural(s.outlets, 'outlet')}</span><span>${plural(s.articles, 'article')}</span><span>updated ${timeHtml(s.updatedAt, now)}</span></p>
</li>`;
}

/** Newer/older links, when there is more than one page. */
function pager(view: StoryListView): string {
  const pages = Math.max(1, Math.ceil(view.total / view.perPage));
  if (pages <= 1) return '';
  const prev =
    view.page > 1
      ? `<a href="${storiesHref(Math.min(view.page - 1, pages))}" rel="prev">← Newer stories</a>`
      : '<span></span>';
  const next =
    view.page < pages
      ? `<a href="${storiesHref(view.page + 1)}" rel="next">Older stories →</a>`
      : '<span></span>';
  return `<nav class="pages" aria-label="Pages">${prev}<span>Page ${view.page} of ${pages}</span>${next}</nav>`;
}

/** Renders the story list page. */
export function renderStoryList(view: StoryListView): string {
  const intro =
    view.total === 0
      ? '<p class="note">No stories yet. Ingest articles with <code>parallax ingest</code>, or <a href="/submit">submit one</a>.</p>'
      : `<p class="lede">${plural(view.total, 'story', 'stories')}, most recently updated first.</p>`;
  const list = view.stories.length
    ? `<ol class="stories">\n${view.stories.map((s) => storyItem(s, view.now)).join('\n')}\n</ol>`
    : view.total > 0
      ? `<p class="note">No stories on this page. <a href="/">Back to the first page</a></p>`
      : '';
  return renderPage({
    title: view.page > 1 ? `Stories, page ${view.page}` : 'Stories',
    section: 'stories',
    body: `<h1>Stories</h1>\n${intro}\n${list}\n${pager(view)}`,
  });
}
