/**
 * The story page (`/stories/:id`): the briefing, every line linked to its passages, and the outlets
 * side by side.
 */
import type { Line, StoryBriefing } from '../model/briefing.ts';
import {
  briefingSections,
  closingSections,
  lineHtml,
  type SectionContext,
  section,
} from '../render/briefing-sections.ts';
import { dayOf, humanDate, oneLine, outletOf } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { StoredArticle, StorySummary } from '../store/records.ts';
import { citeLinker } from './cite-links.ts';
import { renderPage } from './layout.ts';
import { articleHref, entityHref, historyHref, isWebUrl, storyHref } from './links.ts';
import { timeHtml } from './relative-time.ts';

/** What the story page shows. */
export interface StoryView {
  story: StorySummary;
  /** The briefing shown: the current one, or a kept version's. */
  briefing: StoryBriefing;
  /** The briefing's articles (missing ones are named by id). */
  articles: StoredArticle[];
  now: string;
  /** Set when an older version is shown: its number and time. */
  version?: { version: number; createdAt: string };
  /** Longest passage shown in a citation's title (default 200). */
  tooltipChars?: number;
  /** Headlines longer than this are set smaller (default 90). */
  longHeadlineChars?: number;
}

/** Lines of an outlet's own shown in its column before "N more" (keeps the columns of even height). */
const SHOWN_LINES = 3;

/** One column of the outlets side by side: outlet, title, date, links, and what it alone reports. */
function outletColumn(id: string, briefing: StoryBriefing, ctx: SectionContext): string {
  const a = ctx.articles.get(id);
  const day = dayOf(a);
  const lines = briefing.perSource.find((p) => p.article === id)?.distinctive ?? [];
  const parts = [
    `<h3>${esc(outletOf(a, id))}</h3>`,
    `<p class="title"><a href="${articleHref(id)}">${esc(a?.title ? oneLine(a.title) : 'Untitled article')}</a></p>`,
    `<p class="meta">${day ? `<time datetime="${esc(day)}">${esc(humanDate(day))}</time>` : '<span>date unknown</span>'}${
      isWebUrl(a?.url) ? `<a href="${esc(a.url)}" rel="noopener noreferrer nofollow">original</a>` : ''
    }</p>`,
  ];
  if (a?.duplicateOf)
    parts.push(
      `<p class="dup">A near-copy of <a href="${articleHref(a.duplicateOf)}">another article</a>.</p>`,
    );
  const item = (l: Line) => `<li>${lineHtml(l, ctx)}</li>`;
  if (lines.length)
    parts.push(
      `<p class="meta">Only here:</p>\n<ul>\n${lines.slice(0, SHOWN_LINES).map(item).join('\n')}\n</ul>`,
    );
  if (lines.length > SHOWN_LINES)
    parts.push(
      `<details class="more"><summary>${lines.length - SHOWN_LINES} more</summary>\n<ul>\n${lines.slice(SHOWN_LINES).map(item).join('\n')}\n</ul></details>`,
    );
  return `<li>${parts.join('\n')}</li>`;
}

/** The lines under the headline: counts, update time, version and history link. */
function storyMeta(view: StoryView): string {
  const s = view.story;
  const shown = view.version ?? { version: s.version, createdAt: s.updatedAt };
  return `<p class="meta"><span>${s.outlets} ${s.outlets === 1 ? 'outlet' : 'outlets'}</span><span>${s.articles} ${
    s.articles === 1 ? 'article' : 'articles'
  }</span><span>updated ${timeHtml(s.updatedAt, view.now)}</span><span><a href="${historyHref(s.id)}">version ${shown.version}${
    view.version ? ` of ${s.version}` : ''
  } · history</a></span></p>`;
}

/** Renders the story page. */
export function renderStoryPage(view: StoryView): string {
  const b = view.briefing;
  const articles = new Map(view.articles.map((a) => [a.id, a]));
  const ctx: SectionContext = {
    articles,
    cite: citeLinker(b, articles, view.tooltipChars ?? 200),
    entityHref,
    idPrefix: '',
  };
  const long = b.headline.length > (view.longHeadlineChars ?? 90) ? ' class="long"' : '';
  const notes: string[] = [];
  if (view.version) {
    notes.push(
      `<p class="note">You are reading version ${view.version.version}, kept ${timeHtml(view.version.createdAt, view.now)}. <a href="${storyHref(view.story.id)}">Read the current briefing</a>.</p>`,
    );
  }
  if (b.disputes.length) {
    const n = b.disputes.length;
    notes.push(
      `<p class="note warn"><span aria-hidden="true">⚠ </span><strong>Sources disagree</strong> on ${n} ${n === 1 ? 'point' : 'points'}: <a href="#disputes">see where</a>.</p>`,
    );
  }
  const outlets = section(
    ctx,
    'outlets',
    'The outlets side by side',
    `<ul class="outlets">\n${b.articles.map((id) => outletColumn(id, b, ctx)).join('\n')}\n</ul>`,
    b.articles.length,
  );
  const body = [
    `<article class="story">`,
    `<h1${long}>${esc(oneLine(b.headline))}</h1>`,
    storyMeta(view),
    ...notes,
    ...briefingSections(b, ctx).map((s) => s.html),
    outlets?.html,
    ...closingSections(b, ctx).map((s) => s.html),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
  return renderPage({ title: oneLine(b.headline), section: 'stories', body, wide: true });
}
