/**
 * The sections of a briefing as HTML, one renderer for `brief --format html` and the web UI's story page.
 *
 * The caller decides what a citation mark is (`cite`: a jump to the passage on the same page, or a
 * passage that opens in place on the web) and whether entities link to their pages; the sections,
 * their order, titles and ids are the same everywhere. Every piece of briefing text is escaped here.
 */
import type {
  Dispute,
  Entity,
  Entry,
  Fact,
  Line,
  QuoteLine,
  StoryBriefing,
  SummaryLine,
} from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import {
  type ArticleIndex,
  capitalise,
  humanDate,
  oneLine,
  outletOf,
  shownValue,
} from './describe-article.ts';
import { escapeHtml as esc } from './escape-html.ts';
import { disputeOfFact, factsBeyondSummary, passageCount } from './fact-relations.ts';
import { GENERATED_MARK, generatedNote } from './generated-lines.ts';
import { kindLabel, statusLabel } from './labels.ts';

/** Turns a list of citations into the marks shown after a line. */
export type CiteMarks = (cs: readonly Citation[]) => string;

/** What the sections need besides the briefing. */
export interface SectionContext {
  articles: ArticleIndex;
  cite: CiteMarks;
  /** The page of an entity, when the output has entity pages (the web UI). */
  entityHref?: (name: string) => string;
  /** Prefix of every id, so that several stories can share one page (`""` on the web). */
  idPrefix: string;
}

/** One rendered section: its id and title (for a table of contents) and its HTML. */
export interface RenderedSection {
  id: string;
  title: string;
  html: string;
}

/** A section with a heading and an id to link to; null when it has no items. */
export function section(
  ctx: Pick<SectionContext, 'idPrefix'>,
  name: string,
  title: string,
  body: string,
  count: number,
): RenderedSection | null {
  if (count === 0) return null;
  const id = `${ctx.idPrefix}${name}`;
  const html = `<section class="part part-${name}" id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(title)}</h2>\n${body}\n</section>`;
  return { id, title, html };
}

/** A list of HTML items. */
export function list(cls: string, items: string[], tag = 'ul'): string {
  return `<${tag} class="${cls}">\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`;
}

/** Escapes a line, setting the brief's bracketed date insertions apart from the source's words. */
export function lineText(text: string): string {
  return esc(oneLine(text)).replace(
    / \[(\d{1,2} [A-Z][a-z]+ \d{4})\]/g,
    ' <span class="inserted" title="date resolved by Parallax, not in the source">[$1]</span>',
  );
}

/** A line and its citation marks. */
export function lineHtml(l: Line, ctx: SectionContext): string {
  return `${lineText(l.text)}${ctx.cite(l.citations)}`;
}

/**
 * A "what happened" line; one an LLM rewrote is marked, its extractive line in the mark's title. The
 * mark and the note wear `inserted`, the look of text Parallax adds to its sources (no new style, so
 * a briefing without rewritten lines is byte for byte what it was).
 */
function summaryLineHtml(l: SummaryLine, ctx: SectionContext): string {
  if (!l.generated) return `<div class="line">${lineHtml(l, ctx)}</div>`;
  const title = `rewritten by ${l.generated.model}; the source's sentence: ${oneLine(l.generated.extractive)}`;
  const mark = `<span class="inserted generated-mark" title="${esc(title)}">${GENERATED_MARK}</span>`;
  return `<div class="line generated">${lineText(l.text)} ${mark}${ctx.cite(l.citations)}</div>`;
}

/** The summary section's body: its lines, and the note on rewritten lines when there are any. */
function summaryHtml(summary: readonly SummaryLine[], ctx: SectionContext): string {
  const note = generatedNote(summary);
  const lines = summary.map((l) => summaryLineHtml(l, ctx)).join('\n');
  return note ? `${lines}\n<p class="inserted generated-note">${esc(note)}</p>` : lines;
}

/** An article's outlet, escaped. */
function outletHtml(id: string, ctx: SectionContext): string {
  return esc(outletOf(ctx.articles.get(id), id));
}

/**
 * How many sources support a fact, in words that match its marks: "2 sources" beside two marks; "3
 * independent sources, 4 passages" when a copy or a second passage of one source adds a mark.
 */
function support(f: Fact): string {
  const sources = `${f.sources} ${f.sources === 1 ? 'source' : 'sources'}`;
  const passages = passageCount(f.citations);
  if (passages === f.sources || passages === 0) return sources;
  return `${f.sources} independent ${f.sources === 1 ? 'source' : 'sources'}, ${passages} passages`;
}

/** A fact's status badge; a disputed one names its point and links to its callout. */
function factBadge(f: Fact, disputes: readonly Dispute[], ctx: SectionContext): string {
  const label = esc(statusLabel(f.status));
  if (f.status !== 'disputed') return `<span class="badge ${esc(f.status)}">${label}</span>`;
  const n = disputeOfFact(f, disputes);
  const href = n >= 0 ? `#${disputeId(ctx, n + 1)}` : `#${ctx.idPrefix}disputes`;
  const point = n >= 0 ? `: ${esc(oneLine(disputes[n].topic))}` : '';
  return `<a class="badge disputed" href="${href}">${label}${point}</a>`;
}

function factItem(f: Fact, disputes: readonly Dispute[], ctx: SectionContext): string {
  return `${factBadge(f, disputes, ctx)}${lineHtml(f, ctx)} <span class="support">— ${support(f)}</span>`;
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

/** A papers line: the outlet label in bold, then the cited passage. */
function paperItem(l: Line, ctx: SectionContext): string {
  const first = l.citations[0]?.article ?? '';
  const outlet = outletOf(ctx.articles.get(first), first);
  const label = `${outlet} reports that `;
  if (!l.text.startsWith(label)) return lineHtml(l, ctx);
  return `<strong class="outlet">${esc(outlet)}</strong> reports that ${lineHtml({ ...l, text: l.text.slice(label.length) }, ctx)}`;
}

/** The HTML id of the n-th dispute callout (1-based). */
export function disputeId(ctx: Pick<SectionContext, 'idPrefix'>, n: number): string {
  return `${ctx.idPrefix}dispute-${n}`;
}

/** One dispute as a callout: its variants with the outlets and citations of each, and the likely error. */
function disputeCallout(d: Dispute, n: number, ctx: SectionContext): string {
  const variants = d.variants.map((v) => {
    const outlets = [...new Set(v.citations.map((c) => outletHtml(c.article, ctx)))].join(', ');
    return `<li><strong>${esc(shownValue(v.value, v.weekday))}</strong>${outlets ? ` — ${outlets}` : ''}${ctx.cite(v.citations)}</li>`;
  });
  const parts = [
    `<aside class="callout dispute" role="note" id="${disputeId(ctx, n)}">`,
    `<h3><span aria-hidden="true">⚠</span> ${esc(capitalise(oneLine(d.topic)))}</h3>`,
    `<ul>\n${variants.join('\n')}\n</ul>`,
  ];
  if (d.why) parts.push(`<p class="dispute-why">Why this is a disagreement: ${esc(oneLine(d.why))}.</p>`);
  if (d.likelyError) {
    const e = d.likelyError;
    const value = e.value ? ` (${esc(shownValue(e.value))})` : '';
    parts.push(
      `<p class="likely-error"><strong>Likely error:</strong> ${outletHtml(e.article, ctx)}${value}. ${esc(oneLine(e.reason))}</p>`,
    );
  }
  parts.push('</aside>');
  return parts.join('\n');
}

function entityItem(e: Entity, ctx: SectionContext): string {
  const aliases = e.aliases.length
    ? ` <span class="aliases">(${esc(e.aliases.map(oneLine).join(', '))})</span>`
    : '';
  const roles = e.roles?.length ? `; ${esc(e.roles.map(oneLine).join(', '))}` : '';
  const n = e.articles.length;
  const seen = n ? ` <span class="support">· in ${n} ${n === 1 ? 'article' : 'articles'}</span>` : '';
  const name = `<strong>${esc(oneLine(e.name))}</strong>`;
  const linked = ctx.entityHref ? `<a href="${esc(ctx.entityHref(e.name))}">${name}</a>` : name;
  return `${linked}${aliases} <span class="kind">— ${esc(kindLabel(e.kind))}${roles}</span>${seen}`;
}

/** Drops the sections without items. */
function present(sections: Array<RenderedSection | null>): RenderedSection[] {
  return sections.filter((s): s is RenderedSection => s !== null);
}

/** The briefing's sections from the summary to the quotes. */
export function briefingSections(story: StoryBriefing, ctx: SectionContext): RenderedSection[] {
  const themes = story.themes ?? [];
  const papers = story.papers ?? [];
  const facts = factsBeyondSummary(story.facts, story.summary);
  const past = story.timeline.filter((e) => !e.upcoming);
  const upcoming = story.timeline.filter((e) => e.upcoming);
  const timelineItem = (e: Entry) =>
    `<time datetime="${esc(e.date)}">${esc(humanDate(e.date))}</time> ${lineHtml(e, ctx)}`;
  return present([
    section(ctx, 'summary', 'What happened', summaryHtml(story.summary, ctx), story.summary.length),
    section(
      ctx,
      'facts',
      'Key facts',
      list(
        'facts',
        facts.map((f) => factItem(f, story.disputes, ctx)),
      ),
      facts.length,
    ),
    section(
      ctx,
      'disputes',
      'Where sources differ',
      story.disputes.map((d, i) => disputeCallout(d, i + 1, ctx)).join('\n'),
      story.disputes.length,
    ),
    section(
      ctx,
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
      ctx,
      'papers',
      'What the papers say',
      list(
        'papers',
        papers.map((l) => paperItem(l, ctx)),
      ),
      papers.length,
    ),
    section(ctx, 'timeline', 'Timeline', list('timeline', past.map(timelineItem), 'ol'), past.length),
    section(
      ctx,
      'upcoming',
      "What's next",
      list('timeline upcoming', upcoming.map(timelineItem), 'ol'),
      upcoming.length,
    ),
    section(
      ctx,
      'quotes',
      'Who said what',
      list(
        'quotes',
        story.quotes.map((q) => quoteItem(q, ctx)),
      ),
      story.quotes.length,
    ),
  ]);
}

/** The entity and question sections that close a briefing. */
export function closingSections(story: StoryBriefing, ctx: SectionContext): RenderedSection[] {
  return present([
    section(
      ctx,
      'entities',
      'People, organisations and places',
      list(
        'entities',
        story.entities.map((e) => entityItem(e, ctx)),
      ),
      story.entities.length,
    ),
    section(
      ctx,
      'questions',
      'Questions to go deeper',
      list(
        'questions',
        story.questions.map((q) => esc(oneLine(q))),
      ),
      story.questions.length,
    ),
  ]);
}
