/**
 * The story page (`/stories/:id`): a table of contents, the briefing with every line's passages one
 * tap away, and the outlets side by side.
 */

import type { Line, StoryBriefing } from '../model/briefing.ts';
import { outletKinds } from '../outlets/outlet-kinds.ts';
import {
  briefingSections,
  closingSections,
  disputeId,
  lineHtml,
  type RenderedSection,
  type SectionContext,
  section,
} from '../render/briefing-sections.ts';
import { humanDateTime, oneLine, outletOf } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { StoredArticle, StorySummary } from '../store/records.ts';
import { citeLinker } from './cite-links.ts';
import { renderPage } from './layout.ts';
import { articleHref, entityHref, historyHref, isWebUrl, storyFeedHref, storyHref } from './links.ts';
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
  /** Longest passage shown when a citation mark is opened (default 200). */
  tooltipChars?: number;
  /** Headlines longer than this are set smaller (default 90). */
  longHeadlineChars?: number;
  /** The coverage chart, placed before the briefing's sections and listed in the contents. */
  coverage?: RenderedSection;
}

/** Lines of an outlet's own shown in its column before "N more" (keeps the columns of even height). */
const SHOWN_LINES = 3;

/** An article's publication time as a `<time>`, or "date unknown". */
function publishedHtml(a: StoredArticle | undefined): string {
  return a?.published
    ? `<time datetime="${esc(a.published)}">${esc(humanDateTime(a.published))}</time>`
    : '<span>date unknown</span>';
}

/** One column of the outlets side by side: outlet, title, publication time, links, and what it alone reports. */
function outletColumn(id: string, briefing: StoryBriefing, ctx: SectionContext): string {
  const a = ctx.articles.get(id) as StoredArticle | undefined;
  const lines = briefing.perSource.find((p) => p.article === id)?.distinctive ?? [];
  const parts = [
    `<h3>${esc(outletOf(a, id))}</h3>`,
    `<p class="title"><a href="${articleHref(id)}">${esc(a?.title ? oneLine(a.title) : 'Untitled article')}</a></p>`,
    `<p class="meta">${publishedHtml(a)}${
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

/** `n thing` or `n things`. */
function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * The lines under the headline, counted from the briefing shown (an old version shows its own
 * articles and outlets): counts, update time, version and history link.
 */
function storyMeta(view: StoryView, ctx: SectionContext): string {
  const s = view.story;
  const b = view.briefing;
  const outlets = new Set(b.articles.map((id) => outletOf(ctx.articles.get(id), id))).size;
  const kinds = outletKinds(b.articles.map((id) => ctx.articles.get(id)));
  const shown = view.version ?? { version: s.version, createdAt: s.updatedAt };
  return `<p class="meta"><span>${plural(outlets, 'outlet')}${kinds ? ` (${esc(kinds)})` : ''}</span><span>${plural(b.articles.length, 'article')}</span><span>${
    view.version ? 'kept' : 'changed'
  } ${timeHtml(shown.createdAt, view.now)}</span><span><a href="${historyHref(s.id)}">version ${shown.version}${
    view.version ? ` of ${s.version}` : ''
  } · history</a></span><span><a href="${storyFeedHref(s.id)}" type="application/atom+xml">follow (Atom feed)</a></span></p>`;
}

/** The table of contents: every section one tap from the top. */
function tableOfContents(sections: RenderedSection[]): string {
  if (sections.length < 2) return '';
  const items = sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`);
  return `<nav class="toc" aria-labelledby="toc-h">\n<h2 id="toc-h" class="toc-title">On this page</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
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
    const points = b.disputes.map(
      (d, i) => `<a href="#${disputeId(ctx, i + 1)}">${esc(oneLine(d.topic))}</a>`,
    );
    notes.push(
      `<p class="note warn"><span aria-hidden="true">⚠ </span><strong>Sources disagree</strong> on ${plural(n, 'point')}: ${points.join('; ')}.</p>`,
    );
  }
  const outlets = section(
    ctx,
    'outlets',
    'The outlets side by side',
    `<ul class="outlets">\n${b.articles.map((id) => outletColumn(id, b, ctx)).join('\n')}\n</ul>`,
    b.articles.length,
  );
  const sections = [
    ...(view.coverage ? [view.coverage] : []),
    ...briefingSections(b, ctx),
    ...(outlets ? [outlets] : []),
    ...closingSections(b, ctx),
  ];
  const body = [
    `<article class="story">`,
    `<h1${long}>${esc(oneLine(b.headline))}</h1>`,
    storyMeta(view, ctx),
    ...notes,
    tableOfContents(sections),
    ...sections.map((s) => s.html),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
  const feeds = [
    { href: storyFeedHref(view.story.id), title: `Follow “${oneLine(view.story.headline)}” (Atom)` },
  ];
  return renderPage({ title: oneLine(b.headline), body, wide: true, feeds });
}
