/**
 * How key facts relate to the rest of a briefing when it is shown: which facts only repeat a summary
 * line (and are left out of "Key facts"), and which dispute a disputed fact is about.
 */
import type { Dispute, Fact, SummaryLine } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import { extractiveText } from './generated-lines.ts';

/** A line's words for comparison: lower case, letters and digits only, single spaces. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Share of a fact's words that a summary line must hold for the fact to be the line reworded (another
 * outlet's copy: "his mother" for "his mum", "According to X, …" for "X said …"), and the fact the
 * line's. Calibrated on the ECB+ gold briefings: the four such pairs hold 86–96% of the fact's words;
 * the nearest facts that say more hold 76% (a list of its own) and 78% (a figure of its own).
 */
const REWORDED_SHARE = 0.85;

/**
 * True when the fact says what the line says in other words: each holds most of the other's words, and
 * the line all of the fact's numbers. A shorter fact inside a longer line is kept: it is the line's
 * point with its own sources, a corroboration the line does not show.
 */
function reworded(fact: string, line: string): boolean {
  const own = new Set(fact.split(' '));
  const theirs = new Set(line.split(' '));
  const share = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length / a.size;
  if (share(own, theirs) < REWORDED_SHARE || share(theirs, own) < REWORDED_SHARE) return false;
  // A figure of its own is news ("about 240,000" beside "about 270,000"), never a rewording.
  return [...own].every((w) => !/\d/.test(w) || theirs.has(w));
}

/**
 * The facts that say something the summary does not: a fact whose words are a summary line's, lie
 * wholly inside one, or reword one (`reworded`) is already read there.
 */
export function factsBeyondSummary(facts: readonly Fact[], summary: readonly SummaryLine[]): Fact[] {
  const lines = summary.map((l) => words(extractiveText(l))).filter(Boolean);
  return facts.filter((f) => {
    const w = words(f.text);
    return !w || !lines.some((l) => l === w || l.includes(w) || reworded(w, l));
  });
}

/** True when two citations point into the same article at overlapping characters. */
function overlaps(a: Citation, b: Citation): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

/**
 * The index of the dispute a disputed fact is about: one whose variants cite an overlapping passage,
 * else one whose variant value the fact states; -1 when none can be told.
 */
export function disputeOfFact(fact: Fact, disputes: readonly Dispute[]): number {
  const cited = disputes.findIndex((d) =>
    d.variants.some((v) => v.citations.some((c) => fact.citations.some((f) => overlaps(c, f)))),
  );
  if (cited >= 0) return cited;
  const text = words(fact.text);
  return disputes.findIndex((d) =>
    d.variants.some((v) => {
      const value = words(v.value);
      return value.length > 0 && ` ${text} `.includes(` ${value} `);
    }),
  );
}

/** The number of distinct passages among citations (what the marks after a line count). */
export function passageCount(cs: readonly Citation[]): number {
  return new Set(cs.map((c) => `${c.article}:${c.start}:${c.end}`)).size;
}
