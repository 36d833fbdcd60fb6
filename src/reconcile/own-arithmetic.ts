/**
 * An article that contradicts its own date: it gives another year and a span of years whose sum is the
 * date other outlets give ("launched in 1839" + "sailed only eight years" = 1847, while it says 1874).
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import { NUMBER_WORDS } from './quantity.ts';

const SPAN = new RegExp(`\\b(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+years?\\b`, 'gi');

/** How many sentences before a span of years the year it counts from may be written. */
const LOOKBACK_SENTENCES = 2;

/**
 * The reason, in words, when the claim's own article sums another of its years and a span of years
 * (written in the same sentence or up to two sentences after it) to a rival value's year; else null.
 */
export function contradictsOwnYears(claim: Claim, rivals: string[], item: AnalyzedArticle): string | null {
  const own = Number(claim.value.slice(0, 4));
  const rivalYears = new Set(rivals.map((v) => Number(v.slice(0, 4))).filter((y) => y !== own));
  if (rivalYears.size === 0) return null;
  const { text } = item.article;
  const { sentences, dates } = item.annotations;
  const sentenceAt = (pos: number) => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  for (const m of text.matchAll(SPAN)) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const k = sentenceAt(m.index);
    if (k < 0) continue;
    for (const d of dates) {
      if (d.kind !== 'absolute' || d.sentence < k - LOOKBACK_SENTENCES || d.sentence > k) continue;
      if (d.start <= m.index && m.index < d.end) continue;
      const from = Number(d.value.slice(0, 4));
      if (from === own || !rivalYears.has(from + n)) continue;
      return `its own article gives ${from} and "${m[0]}" (${from} + ${n} = ${from + n}, not ${own})`;
    }
  }
  return null;
}
