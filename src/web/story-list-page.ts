/**
 * The front page (`/`): per story its headline, one summary line, the event's date, its outlets, when
 * the news last changed and, where sources disagree, on how many points; filters by event date,
 * outlet and entity (a plain GET form), and pages.
 */
import { namesNoOutlet, UNKNOWN_OUTLET } from '../brief/outlet-name.ts';
import { ellipsise, humanDate, oneLine } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { FrontEntry, FrontFilters } from './front-index.ts';
import { renderPage } from './layout.ts';
import { storyHref } from './links.ts';
import { timeHtml } from './relative-time.ts';

/** One page of the list and where it sits. */
export interface StoryListView {
  /** The stories of this page. */
  stories: FrontEntry[];
  /** 1-based page number. */
  page: number;
  /** Stories per page. */
  perPage: number;
  /** Stories that pass the filters. */
  total: number;
  /** Every listed story, filters aside (says whether the store is empty). */
  all: number;
  /** The current time (ISO 8601), for "3 hours ago". */
  now: string;
  filters: FrontFilters;
  /** Every outlet and entity name of the listed stories, for the filter form's choices. */
  outlets: string[];
  entities: string[];
}

/** Outlets named on a story's line before "and N more". */
const NAMED_OUTLETS = 3;

/** `n thing` or `n things`. */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The visible mark of a story whose sources disagree, with its words (not only a colour or a sign). */
export function disagreeMark(disputes: number): string {
  if (disputes <= 0) return '';
  return `<span class="disagree"><span aria-hidden="true">⚠ </span>Sources disagree on ${plural(disputes, 'point')}</span>`;
}

/** "Tidewater Wire, Brieflane, Courier and 2 more"; outlets whose name is not known are counted, not named. */
function outletList(outlets: readonly string[]): string {
  const known = outlets.filter((o) => !namesNoOutlet(o));
  const named = known.slice(0, NAMED_OUTLETS).map((o) => esc(ellipsise(o, 40)));
  const unknown = outlets.length - known.length;
  const rest = [
    known.length > named.length ? `${known.length - named.length} more` : '',
    unknown > 0 ? (named.length ? `${unknown} unknown` : UNKNOWN_OUTLET) : '',
  ].filter(Boolean);
  if (rest.length === 0) return named.join(', ');
  return named.length ? `${named.join(', ')} and ${rest.join(' and ')}` : rest.join(' and ');
}

/** One story of the list. */
function storyItem(s: FrontEntry, now: string): string {
  const meta = [
    s.eventDate
      ? `<span>Event <time datetime="${esc(s.eventDate)}">${esc(humanDate(s.eventDate))}</time></span>`
      : '',
    `<span>${plural(s.outlets.length, 'outlet')}${s.kinds ? ` (${esc(s.kinds)})` : ''}: ${outletList(s.outlets)}</span>`,
    s.lastNews ? `<span>latest report ${timeHtml(s.lastNews, now)}</span>` : '',
  ].join('');
  const summary = s.summary ? `\n<p class="summary-line">${esc(oneLine(s.summary))}</p>` : '';
  return `<li>
<h2><a href="${storyHref(s.id)}">${esc(oneLine(s.headline))}</a></h2>${summary}
<p class="meta">${meta}${disagreeMark(s.disputes)}</p>
</li>`;
}

/** The query string of the list with these filters and page (`/` alone when there is nothing). */
export function listHref(filters: FrontFilters, page = 1): string {
  const q = new URLSearchParams();
  for (const key of ['from', 'to', 'outlet', 'entity'] as const) {
    const v = filters[key];
    if (v) q.set(key, v);
  }
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `/?${s}` : '/';
}

/** Newer/older links, when there is more than one page; they keep the filters. */
function pager(view: StoryListView): string {
  const pages = Math.max(1, Math.ceil(view.total / view.perPage));
  if (pages <= 1) return '';
  const prev =
    view.page > 1
      ? `<a href="${esc(listHref(view.filters, Math.min(view.page - 1, pages)))}" rel="prev">← Newer stories</a>`
      : '<span></span>';
  const next =
    view.page < pages
      ? `<a href="${esc(listHref(view.filters, view.page + 1))}" rel="next">Older stories →</a>`
      : '<span></span>';
  return `<nav class="pages" aria-label="Pages">${prev}<span>Page ${view.page} of ${pages}</span>${next}</nav>`;
}

/** The filter form: event dates, an outlet, an entity; a plain GET form that needs no script. */
function filterForm(view: StoryListView): string {
  const f = view.filters;
  const outlets = view.outlets.map((o) => `<option${o === f.outlet ? ' selected' : ''}>${esc(o)}</option>`);
  const entities = view.entities.map((e) => `<option value="${esc(e)}"></option>`);
  const active = f.from || f.to || f.outlet || f.entity;
  return `<details class="filters"${active ? ' open' : ''}><summary>Filter by date, outlet or name</summary>
<form class="filters" method="get" action="/" aria-label="Filter stories">
<div class="field"><label for="f-from">Event from</label><input id="f-from" name="from" type="date" value="${esc(f.from ?? '')}"></div>
<div class="field"><label for="f-to">Event until</label><input id="f-to" name="to" type="date" value="${esc(f.to ?? '')}"></div>
<div class="field"><label for="f-outlet">Outlet</label><select id="f-outlet" name="outlet"><option value="">Any outlet</option>${outlets.join('')}</select></div>
<div class="field"><label for="f-entity">Person, organisation or place</label><input id="f-entity" name="entity" type="text" list="f-entities" value="${esc(f.entity ?? '')}"><datalist id="f-entities">${entities.join('')}</datalist></div>
<div class="actions"><button type="submit">Filter</button>${active ? '<a href="/">Clear the filters</a>' : ''}</div>
</form></details>`;
}

/** Renders the story list page. */
export function renderStoryList(view: StoryListView): string {
  const filtered = view.total !== view.all;
  const intro =
    view.all === 0
      ? '<p class="note">No stories yet. Ingest articles with <code>parallax ingest</code>, or <a href="/submit">submit one</a>.</p>'
      : `<p class="lede" role="status">${filtered ? `${plural(view.total, 'story', 'stories')} of ${view.all} match the filters` : plural(view.total, 'story', 'stories')}, latest news first.</p>`;
  const list = view.stories.length
    ? `<ol class="stories">\n${view.stories.map((s) => storyItem(s, view.now)).join('\n')}\n</ol>`
    : view.total > 0
      ? `<p class="note">No stories on this page. <a href="${esc(listHref(view.filters))}">Back to the first page</a></p>`
      : '';
  const form = view.all > 0 ? filterForm(view) : '';
  return renderPage({
    title: view.page > 1 ? `Stories, page ${view.page}` : 'Stories',
    section: 'stories',
    body: `<h1>Stories</h1>\n${intro}\n${form}\n${list}\n${pager(view)}`,
  });
}
