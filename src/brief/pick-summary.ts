/**
 * Summary ("what happened"): the story's main event first, in the wording of its most corroborated
 * statement (when its date is disputed, worded by an outlet not flagged as a likely error), then the
 * statements that cover the most of what the story's documents say in common within a word budget
 * (`summary-lines.ts`: bigram concepts weighted by how many documents use them, chosen by
 * `concept-coverage.ts`). Each line is a whole sentence of a source cited to every outlet that states
 * it, reads alone (no dangling connective, no unbound pronoun, no dateline: see `reads-alone.ts`), is
 * not background (dated well before the main event), holds no likely-error passage, shares at most half
 * its words with another line, and has its relative dates resolved in brackets.
 */
import type { Line } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { FactGroup, Findings, StatementRef } from '../model/findings.ts';
import { contentWords, overlapRatio } from '../text/index.ts';
import { selectByCoverage } from './concept-coverage.ts';
import type { BriefContext } from './context.ts';
import { type SummaryLine, shownLine, summaryCandidates } from './summary-lines.ts';

/** Options of the summary (from `config.brief`). */
export interface SummaryOptions {
  minSummary: number;
  maxSummary: number;
  maxSummaryOverlap: number;
  maxSummaryWords: number;
  /** Word budget of the whole summary (the lines as shown, bracketed dates included). */
  summaryWordBudget: number;
  /** Lines after the first need this many words (shorter sentences carry little and read as fragments). */
  minSummaryLineWords: number;
  /** Lines after the first need this many independent sources stating them (corroborated). */
  minSummarySources: number;
  /** Statements dated this many days or more before the main event are background, not summary. */
  backgroundDays: number;
}

/**
 * Picks the summary lines; falls back to single-source lead sentences when the story's documents share
 * too little. Sentences holding a passage of a likely error are never shown.
 */
export function pickSummary(ctx: BriefContext, options: SummaryOptions): Line[] {
  const { findings } = ctx;
  const mainDate = findings.timeline.find((e) => e.main)?.date ?? null;
  const fits = (m: StatementRef, strictBackground: boolean): boolean =>
    ctx.textOf(m).split(/\s+/).length <= options.maxSummaryWords &&
    !ctx.holdsError(m) &&
    ctx.linesAlone(m) &&
    !(strictBackground && isBackground(ctx, m, mainDate, options.backgroundDays));
  const main = mainGroup(findings);
  const mainShown = main
    ? [main.representative, ...main.members].find(
        (m) => !ctx.flaggedForMainDate.has(m.article) && fits(m, false),
      )
    : undefined;
  const { candidates, weights, documents } = summaryCandidates(ctx, {
    main: mainShown ? shownLine(ctx, mainShown, findings.facts.indexOf(main!)) : undefined,
    excluded: main?.members ?? [],
    usable: (s) => fits(s, true),
    minWords: options.minSummaryLineWords,
    minSources: options.minSummarySources,
  });
  const sets: Set<string>[] = [];
  const setOf = (i: number) => {
    sets[i] ??= new Set(contentWords(ctx.textOf(candidates[i].shown)));
    return sets[i];
  };
  const conflictMemo = new Map<number, boolean>();
  const conflicts = (a: number, b: number): boolean => {
    const key = Math.min(a, b) * candidates.length + Math.max(a, b);
    let c = conflictMemo.get(key);
    if (c === undefined) {
      c =
        (candidates[a].group >= 0 && candidates[a].group === candidates[b].group) ||
        overlapRatio(setOf(a), setOf(b)) > options.maxSummaryOverlap;
      conflictMemo.set(key, c);
    }
    return c;
  };
  const chosen =
    documents >= 2
      ? selectByCoverage(candidates, weights, {
          budget: options.summaryWordBudget,
          maxLines: options.maxSummary,
          forced: mainShown ? [0] : [],
          conflicts,
        })
      : mainShown
        ? [0]
        : [];
  const lines = ordered(
    chosen.map((i) => candidates[i]),
    Boolean(mainShown),
  );
  return lines.length >= options.minSummary ? lines.map(toLine) : leadFallback(ctx, lines, fits, options);
}

/** The main event first (when it was forced in), then the other lines as their articles tell them: earlier sentences first. */
function ordered(lines: SummaryLine[], mainFirst: boolean): SummaryLine[] {
  const [head, rest] = mainFirst ? [lines.slice(0, 1), lines.slice(1)] : [[], lines];
  return [...head, ...[...rest].sort((a, b) => a.shown.sentence - b.shown.sentence || a.order - b.order)];
}

function toLine(l: SummaryLine): Line {
  return { text: l.text, citations: l.citations };
}

/** Too few lines: the first article's single-source lead sentences fill up to `minSummary`, as a news lead tells the event. */
function leadFallback(
  ctx: BriefContext,
  lines: SummaryLine[],
  fits: (m: StatementRef, strict: boolean) => boolean,
  options: SummaryOptions,
): Line[] {
  const { findings } = ctx;
  const out = lines.map(toLine);
  const sets = lines.map((l) => new Set(contentWords(ctx.textOf(l.shown))));
  const firstArticle = findings.statements[0]?.article;
  const leads = findings.facts
    .filter((g) => g.outlets.length === 1 && g.representative.article === firstArticle)
    .sort((a, b) => a.representative.sentence - b.representative.sentence);
  for (const group of leads) {
    if (out.length >= options.minSummary) break;
    const shown = [group.representative, ...group.members].find((m) => fits(m, true));
    if (!shown) continue;
    const set = new Set(contentWords(ctx.textOf(shown)));
    if (sets.some((s) => overlapRatio(s, set) > options.maxSummaryOverlap)) continue;
    sets.push(set);
    out.push(toLine(shownLine(ctx, shown, findings.facts.indexOf(group))));
  }
  return out;
}

/**
 * The story's central event: among groups that several outlets state, the one that best combines
 * support (outlets), position (members that open their articles: news puts the event first) and the
 * main timeline event's passages. Reconcile's `mainEvent` is its most supported group, which on a
 * story with a well-covered side topic is not the event (fixture orvell-dam: the trout beds).
 */
export function mainGroup(findings: Findings): FactGroup | undefined {
  const main = findings.timeline.find((e) => e.main);
  const onMain = (g: FactGroup) =>
    main?.citations.some((c) =>
      g.members.some((m) => m.article === c.article && m.start <= c.start && c.end <= m.end),
    )
      ? 1
      : 0;
  const score = (g: FactGroup) =>
    g.outlets.length + 2 * g.members.filter((m) => m.sentence <= 1).length + 3 * onMain(g);
  let best: FactGroup | undefined;
  for (const g of findings.facts) if (g.outlets.length >= 2 && (!best || score(g) > score(best))) best = g;
  return best ?? (findings.mainEvent === null ? undefined : findings.facts[findings.mainEvent]);
}

/** True when the statement names a date at least `days` before the main event (history, not news). */
function isBackground(ctx: BriefContext, s: StatementRef, mainDate: string | null, days: number): boolean {
  if (!mainDate) return false;
  const main = Date.parse(pad(mainDate));
  return ctx
    .datesOf(s.article)
    .some(
      (d) =>
        d.start >= s.start &&
        d.end <= s.end &&
        d.kind === 'absolute' &&
        !d.qualifier &&
        main - Date.parse(pad(d.value)) >= days * 86_400_000,
    );
}

function pad(value: string): string {
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-28` : value;
}

/** True when one of `ranges` lies inside the statement. */
export function holdsAny(r: StatementRef | Citation, ranges: readonly Citation[]): boolean {
  return ranges.some((c) => c.article === r.article && c.start >= r.start && c.end <= r.end);
}
