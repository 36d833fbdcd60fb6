/**
 * Per-source lines: for each article, 1–3 sentences whose content no other outlet has (low similarity
 * to every sentence of other outlets) while staying on the story's topic (its words are shared vocabulary).
 */
import type { Article } from '../model/article.ts';
import type { PerSource } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { Findings } from '../model/findings.ts';
import { startsDangling } from '../reconcile/self-contained.ts';
import { lineOf } from './cite.ts';
import { holdsAny } from './pick-summary.ts';

/** Options of per-source picking (from `config.brief`). */
export interface DistinctiveOptions {
  distinctiveMaxSimilarity: number;
  distinctiveMinRelevance: number;
  minDistinctiveWords: number;
  maxDistinctive: number;
}

/** Picks each article's distinctive sentences, in article order; articles with none get an empty list. */
export function pickDistinctive(
  findings: Findings,
  order: readonly string[],
  articles: ReadonlyMap<string, Article>,
  errors: readonly Citation[],
  options: DistinctiveOptions,
): PerSource[] {
  return order.map((id) => {
    const picks = findings.statements
      .filter(
        (s) =>
          s.article === id &&
          !s.fragment &&
          s.closest < options.distinctiveMaxSimilarity &&
          s.paragraphRelevance >= options.distinctiveMinRelevance &&
          s.words >= options.minDistinctiveWords &&
          !holdsAny(s, errors) &&
          !startsDangling(articles.get(id)!.text.slice(s.start, s.end)),
      )
      .sort((a, b) => b.relevance - a.relevance || a.sentence - b.sentence)
      .slice(0, options.maxDistinctive)
      .sort((a, b) => a.sentence - b.sentence);
    return { article: id, distinctive: picks.map((s) => lineOf(articles, s, [])) };
  });
}
