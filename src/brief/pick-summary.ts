/**
 * Summary: 2–4 sentences. It opens with the story's main event in the wording of its most
 * corroborated statement, cited to every outlet that states it (when its date is disputed, worded by
 * an outlet not flagged as a likely error); then 1–3 more central statements shared by outlets. Each
 * line reads alone (no dangling connective, no unbound pronoun, no dateline: see `reads-alone.ts`), is not background
 * (dated well before the main event), shares at most half its words with a line already chosen, and
 * has its relative dates resolved in brackets.
 */
import type { Line } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { FactGroup, Findings, StatementRef } from '../model/findings.ts';
import { contentWords, overlapRatio } from '../text/index.ts';
import { withResolvedDates } from './bracket-dates.ts';
import { cite } from './cite.ts';
import type { BriefContext } from './context.ts';

/** Options of the summary (from `config.brief`). */
export interface SummaryOptions {
  minSummary: number;
  maxSummary: number;
  maxSummaryOverlap: number;
  maxSummaryWords: number;
  /** Statements dated this many days or more before the main event are background, not summary. */
  backgroundDays: number;
}

/**
 * Picks the summary lines; falls back to single-source lead sentences when too few facts are shared.
 * Sentences holding a passage of a likely error are never shown.
 */
export function pickSummary(ctx: BriefContext, options: SummaryOptions): Line[] {
  const { findings } = ctx;
  const chosen: Line[] = [];
  const sets: Set<string>[] = [];
  const mainDate = findings.timeline.find((e) => e.main)?.date ?? null;
  const fits = (m: StatementRef, strictBackground: boolean): boolean =>
    ctx.linesAlone(m) &&
    ctx.textOf(m).split(/\s+/).length <= options.maxSummaryWords &&
    !ctx.holdsError(m) &&
    !(strictBackground && isBackground(ctx, m, mainDate, options.backgroundDays));
  const tryAdd = (group: FactGroup, isMain: boolean): boolean => {
    const candidates = [group.representative, ...group.members].filter(
      (m) => !(isMain && ctx.flaggedForMainDate.has(m.article)),
    );
    const shown = candidates.find((m) => fits(m, !isMain));
    if (!shown) return false;
    const text = withResolvedDates(ctx.article(shown.article).text, shown, ctx.datesOf(shown.article));
    const set = new Set(contentWords(ctx.textOf(shown)));
    if (sets.some((s) => overlapRatio(s, set) > options.maxSummaryOverlap)) return false;
    sets.push(set);
    chosen.push({ text, citations: citeAll(shown, group.members) });
    return true;
  };
  const main = mainGroup(findings);
  if (main) tryAdd(main, true);
  for (const group of findings.facts) {
    if (chosen.length >= options.maxSummary) break;
    if (group === main || group.outlets.length < 2) continue;
    tryAdd(group, false);
  }
  if (chosen.length < options.minSummary) {
    const firstArticle = findings.statements[0]?.article;
    const leads = findings.facts
      .filter((g) => g.outlets.length === 1 && g.representative.article === firstArticle)
      .sort((a, b) => a.representative.sentence - b.representative.sentence);
    for (const group of leads) {
      if (chosen.length >= options.minSummary) break;
      tryAdd(group, false);
    }
  }
  return chosen;
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

/** The shown passage first, then every other member (one citation per passage). */
function citeAll(shown: Citation, members: readonly Citation[]): Citation[] {
  const out = [cite(shown)];
  for (const m of members)
    if (!out.some((c) => c.article === m.article && c.start === m.start && c.end === m.end))
      out.push(cite(m));
  return out;
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
