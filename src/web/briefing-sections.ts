/**
 * The sections of a briefing on the story page, each line followed by links to its cited passages.
 */
import type { Entity, Fact, Line, QuoteLine, StoryBriefing } from '../model/briefing.ts';
import {
  type ArticleIndex,
  capitalise,
  humanDate,
  oneLine,
  outletOf,
  shownValue,
} from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import { disputeCallout } from '../render/html-story.ts';
import { kindLabel, statusLabel } from '../render/labels.ts';
import type { CiteLinks } from './cite-links.ts';
import { entityHref } from './links.ts';

/** What the sections need besides the briefing. */
export interface SectionContext {
  articles: ArticleIndex;
  cite: CiteLinks;
}

/** A section with a heading and an id to link to; nothing when it has no items. */
export function section(id: string, title: string, body: string, count: number): string {
  if (count === 0) return '';
  return `<section class="part part-${id}" id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(title)}</h2>\n${body}\n</section>`;
}

/** A list of HTML items. */
function list(cls: string, items: string[], tag = 'ul'): string {
  return `<${tag} class="${cls}">\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`;
}

/** Escapes a line, setting the brief's bracketed date insertions apart from the source's words. */
function lineText(text: string): string {
  return esc(oneLine(text)).replace(
    / \[(\d{1,2} [A-Z][a-z]+ \d{4})\]/g,
    ' <span class="inserted" title="date resolved by Parallax, not in the source">[$1]</span>',
  );
}

/** A line and its citation links. */
export function lineHtml(l: Line, ctx: SectionContext): string {
  return `${lineText(l.text)}${ctx.cite(l.citations)}`;
}

/** "N sources" (independent sources; a syndicated copy counts as its original). */
function sources(n: number): string {
  return `${n} ${n === 1 ? 'source' : 'sources'}`;
}

function factItem(f: Fact, ctx: SectionContext): string {
  const badge = `<span class="badge ${esc(f.status)}">${esc(statusLabel(f.status))}</span>`;
  return `${badge}${lineHtml(f, ctx)} <span class="support">— ${sources(f.sources)}</span>`;
}

function quoteItem(q: QuoteLine, ctx: SectionContext): string {
  const speaker = q.speaker ? esc(oneLine(q.speaker)) : 'unattributed';
  const wordings = q.wordings?.length
    ? `<details class="more"><summary>Other wordings (${q.wordings.length})</summary>${list(
        'wordings',
        q.wordings.map((w) => `“${lineText(w.text)}”${ctx.cite(w.citations)}`),
      )}</details>`
    : '';
  return `<span class="quote">“${esc(oneLine(q.text))}”</span>${ctx.cite(q.citations)}<span class="speaker">— ${speaker}</span>${wordings}`;
}

function entityItem(e: Entity): string {
  const aliases = e.aliases.length
    ? ` <span class="aliases">(${esc(e.aliases.map(oneLine).join(', '))})</span>`
    : '';
  const roles = e.roles?.length ? `; ${esc(e.roles.map(oneLine).join(', '))}` : '';
  const n = e.articles.length;
  const seen = n ? ` <span class="support">· in ${n} ${n === 1 ? 'article' : 'articles'}</span>` : '';
  return `<a href="${esc(entityHref(e.name))}"><strong>${esc(oneLine(e.name))}</strong></a>${aliases} <span class="kind">— ${esc(kindLabel(e.kind))}${roles}</span>${seen}`;
}

/** The briefing's sections from the summary to the questions, the outlets excepted (see `outletColumns`). */
export function briefingSections(story: StoryBriefing, ctx: SectionContext): string[] {
  const themes = story.themes ?? [];
  const papers = story.papers ?? [];
  return [
    section(
      'summary',
      'What happened',
      story.summary.map((l) => `<p>${lineHtml(l, ctx)}</p>`).join('\n'),
      story.summary.length,
    ),
    section(
      'facts',
      'Key facts',
      list(
        'facts',
        story.facts.map((f) => factItem(f, ctx)),
      ),
      story.facts.length,
    ),
    section(
      'disputes',
      'Where sources differ',
      story.disputes
        .map((d) => disputeCallout(d, ctx.cite, (id) => esc(outletOf(ctx.articles.get(id), id))))
        .join('\n'),
      story.disputes.length,
    ),
    section(
      'themes',
      "What's behind the headline",
      themes
        .map(
          (t) =>
            `<section class="theme">\n<h3>${esc(oneLine(t.label))}</h3>\n${list(
              'theme-lines',
              t.lines.map((l) => lineHtml(l, ctx)),
            )}\n</section>`,
        )
        .join('\n'),
      themes.length,
    ),
    section(
      'papers',
      'What the papers say',
      list(
        'papers',
        papers.map((l) => lineHtml(l, ctx)),
      ),
      papers.length,
    ),
    section(
      'timeline',
      'Timeline',
      list(
        'timeline',
        story.timeline.map(
          (e) => `<time datetime="${esc(e.date)}">${esc(humanDate(e.date))}</time> ${lineHtml(e, ctx)}`,
        ),
        'ol',
      ),
      story.timeline.length,
    ),
    section(
      'quotes',
      'Who said what',
      list(
        'quotes',
        story.quotes.map((q) => quoteItem(q, ctx)),
      ),
      story.quotes.length,
    ),
  ];
}

/** The entity and question sections that close the page. */
export function closingSections(story: StoryBriefing): string[] {
  return [
    section(
      'entities',
      'People, organisations and places',
      list('entities', story.entities.map(entityItem)),
      story.entities.length,
    ),
    section(
      'questions',
      'Questions to go deeper',
      list(
        'questions',
        story.questions.map((q) => esc(oneLine(q))),
      ),
      story.questions.length,
    ),
  ];
}
