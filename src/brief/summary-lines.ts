/**
 * The candidate lines of a summary and the concepts they are weighed by: every usable statement of the
 * story as it would be shown (bracketed dates in, cited to every passage of its fact group), its words
 * and its bigram concepts; the concepts weighted by how many of the story's independent documents use
 * them (a syndicated copy counting as its original), below the floor weighing nothing.
 */
import type { Citation } from '../model/citation.ts';
import type { StatementRef } from '../model/findings.ts';
import { bigramConcepts } from '../text/index.ts';
import { withResolvedDates } from './bracket-dates.ts';
import { cite } from './cite.ts';
import { conceptWeights, documentFloor } from './concept-coverage.ts';
import type { BriefContext } from './context.ts';

/** A statement as a summary line would show it. */
export interface SummaryLine {
  shown: StatementRef;
  /** The passage with its relative dates resolved in brackets. */
  text: string;
  /** The shown passage first, then every other passage stating it. */
  citations: Citation[];
  /** Words of `text`. */
  words: number;
  /** Distinct bigram concepts of the passage. */
  concepts: string[];
  /** Position of its article in the story. */
  order: number;
  /** Index of its fact group in `findings.facts` (-1 when no group holds it). */
  group: number;
  /** Independent sources that state it (its fact group's; 1 when no group holds it). */
  sources: number;
}

/** What the candidates are drawn from. */
export interface CandidateOptions {
  /** The main event's line: candidate 0 when given. */
  main?: SummaryLine;
  /** Statements never candidates (the main event's other wordings). */
  excluded: readonly StatementRef[];
  /** True when a statement may be shown at all (reads alone, no likely error, not background, not too long). */
  usable: (s: StatementRef) => boolean;
  /** Fewest words of a candidate. */
  minWords: number;
  /** Fewest independent sources stating a candidate (its fact group's outlets). */
  minSources: number;
}

/** The candidates, the concept weights, and the number of independent documents they were counted over. */
export function summaryCandidates(
  ctx: BriefContext,
  options: CandidateOptions,
): { candidates: SummaryLine[]; weights: Map<string, number>; documents: number } {
  const { findings } = ctx;
  const groupOf = new Map<string, number>();
  findings.facts.forEach((g, i) => {
    for (const m of g.members) groupOf.set(keyOf(m), i);
  });
  const excluded = new Set(options.excluded.map(keyOf));
  if (options.main) excluded.add(keyOf(options.main.shown));
  const docOf = (id: string) => {
    const original = ctx.article(id).duplicateOf;
    return original !== undefined && ctx.order.includes(original) ? original : id;
  };
  const perDocument = new Map<string, Set<string>>();
  const candidates: SummaryLine[] = options.main ? [options.main] : [];
  for (const s of findings.statements) {
    const concepts = bigramConcepts(ctx.textOf(s));
    const doc = docOf(s.article);
    const set = perDocument.get(doc) ?? new Set<string>();
    for (const c of concepts) set.add(c);
    perDocument.set(doc, set);
    if (s.fragment || excluded.has(keyOf(s))) continue;
    const group = groupOf.get(keyOf(s)) ?? -1;
    if ((group < 0 ? 1 : findings.facts[group].outlets.length) < options.minSources || !options.usable(s))
      continue;
    const line = shownLine(ctx, s, group, concepts);
    if (line.words >= options.minWords) candidates.push(line);
  }
  const documents = perDocument.size;
  const weights = conceptWeights([...perDocument.values()], documentFloor(documents));
  return { candidates, weights, documents };
}

/** The line showing statement `s`, cited to it and then to the other passages of fact group `group` (-1: none). */
export function shownLine(
  ctx: BriefContext,
  s: StatementRef,
  group: number,
  concepts: string[] = bigramConcepts(ctx.textOf(s)),
): SummaryLine {
  const others = group < 0 ? [] : ctx.findings.facts[group].members;
  const text = withResolvedDates(ctx.article(s.article).text, s, ctx.datesOf(s.article));
  const citations = [cite(s)];
  for (const m of others)
    if (!citations.some((c) => c.article === m.article && c.start === m.start && c.end === m.end))
      citations.push(cite(m));
  return {
    shown: s,
    text,
    citations,
    words: text.split(/\s+/).filter(Boolean).length,
    concepts,
    order: ctx.order.indexOf(s.article),
    group,
    sources: group < 0 ? 1 : ctx.findings.facts[group].outlets.length,
  };
}

function keyOf(c: Citation): string {
  return `${c.article}:${c.start}:${c.end}`;
}
