/**
 * Summary: 2–4 sentences, the most corroborated statements of the story, main event first. Each is
 * a self-contained source sentence (no dangling connective or unbound pronoun), not overlong, sharing
 * at most half its words with a line already chosen, and cited to every outlet that supports it.
 */
import type { Article } from '../model/article.ts';
import type { Line } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { FactGroup, Findings, StatementRef } from '../model/findings.ts';
import { contentWords, overlapRatio } from '../reconcile/content-words.ts';
import { startsDangling } from '../reconcile/self-contained.ts';
import { lineOf } from './cite.ts';

/** Options of the summary (from `config.brief`). */
export interface SummaryOptions {
  minSummary: number;
  maxSummary: number;
  maxSummaryOverlap: number;
  maxSummaryWords: number;
}

/**
 * Picks the summary lines; falls back to single-source lead sentences when too few facts are shared.
 * Sentences holding a passage of `errors` (values judged likely errors) are never shown.
 */
export function pickSummary(
  findings: Findings,
  articles: ReadonlyMap<string, Article>,
  errors: readonly Citation[],
  options: SummaryOptions,
): Line[] {
  const textOf = (r: StatementRef) => articles.get(r.article)!.text.slice(r.start, r.end);
  const chosen: Line[] = [];
  const sets: Set<string>[] = [];
  const tryAdd = (group: FactGroup) => {
    const shown = [group.representative, ...group.members].find(
      (m) => usable(textOf(m), options) && !holdsAny(m, errors),
    );
    if (!shown) return;
    const set = new Set(contentWords(textOf(shown)));
    if (sets.some((s) => overlapRatio(s, set) > options.maxSummaryOverlap)) return;
    sets.push(set);
    chosen.push(lineOf(articles, shown, group.members));
  };
  for (const group of findings.facts) {
    if (chosen.length >= options.maxSummary) break;
    if (group.status === 'corroborated') tryAdd(group);
  }
  if (chosen.length < options.minSummary) {
    const firstArticle = findings.statements[0]?.article;
    const leads = findings.facts
      .filter((g) => g.status === 'single-source' && g.representative.article === firstArticle)
      .sort((a, b) => a.representative.sentence - b.representative.sentence);
    for (const group of leads) {
      if (chosen.length >= options.minSummary) break;
      tryAdd(group);
    }
  }
  return chosen;
}

function usable(text: string, options: SummaryOptions): boolean {
  return !startsDangling(text) && text.split(/\s+/).length <= options.maxSummaryWords && !/\?\s*$/.test(text);
}

/** True when one of `ranges` lies inside the statement. */
export function holdsAny(r: StatementRef, ranges: readonly Citation[]): boolean {
  return ranges.some((c) => c.article === r.article && c.start >= r.start && c.end <= r.end);
}
