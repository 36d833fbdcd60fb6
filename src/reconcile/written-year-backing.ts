/**
 * A year another outlet writes without dating anything: "A 2019 survey commissioned by the regional
 * council found …" names a document, so the NLP stage reads no date there (`find-years.ts`), yet it
 * tells the same background event as "In 2019 the regional council paid for a survey". Such a passage
 * backs a lone outlet's entry of that year, as an attribute year does ("the 1974 convention" beside
 * "signed in 1974"): the entry is then told by two outlets. Both passages must write the year in
 * digits and share words (the timeline's merge overlap); a year the other outlet's text reads as a date
 * is left to the timeline's own rules (a baseline, a quote or a target backs nothing).
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Citation } from '../model/citation.ts';
import { contentWords, jaccard } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';

/** A written year: four digits standing alone (not part of an amount, a code or a longer number). */
const YEAR = /(?<![\d.,$#£€-])\b(1[6-9]\d{2}|20\d{2})\b(?![.,]\d|%|-\d)/g;

/** A passage of another outlet that backs an entry, with its outlet. */
export interface YearBacking {
  citation: Citation;
  outlet: string;
}

/**
 * The statement of another outlet than `outlet` that writes `year` outside any date mention of its
 * article and shares at least `minJaccard` of content words with `words`, or undefined.
 */
export function writtenYearBacking(
  year: string,
  words: ReadonlySet<string>,
  outlet: string,
  statements: readonly Statement[],
  items: readonly AnalyzedArticle[],
  minJaccard: number,
): YearBacking | undefined {
  for (const s of statements) {
    if (s.fragment || s.outlet === outlet || !s.text.includes(year)) continue;
    const { dates } = items[s.item].annotations;
    const written = [...s.text.matchAll(YEAR)].some((m) => {
      if (m[1] !== year) return false;
      const start = s.start + m.index;
      return !dates.some((d) => d.start <= start && start < d.end);
    });
    if (!written) continue;
    const set = new Set(contentWords(s.text).filter((w) => !/^\d/.test(w)));
    if (jaccard(set, words) >= minJaccard)
      return { citation: { article: s.article, start: s.start, end: s.end }, outlet: s.outlet };
  }
  return undefined;
}
