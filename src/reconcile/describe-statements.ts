/**
 * Statement descriptions: for every sentence, how close the nearest sentence of another outlet comes
 * and how much of its vocabulary other outlets share. The brief uses them to find what only one
 * outlet reports (low `closest`) while staying on topic (high `relevance`).
 */
import type { StatementInfo } from '../model/findings.ts';
import type { Similarities } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { outletVocabulary, paragraphRelevance, relativeToMedian, topicRelevance } from './topic-relevance.ts';

/** Describes every statement (same order as the input). */
export function describeStatements(statements: Statement[], sims: Similarities): StatementInfo[] {
  const vocab = outletVocabulary(statements);
  const own = relativeToMedian(
    statements.map((s) => (s.fragment ? 0 : topicRelevance(s.set, s.outlet, vocab))),
  );
  const inParagraph = relativeToMedian(paragraphRelevance(statements, vocab));
  return statements.map((s, i) => {
    let closest = 0;
    // Only sentences sharing a word can come closer than 0.
    for (const j of sims.neighbours(i))
      if (statements[j].outlet !== s.outlet) closest = Math.max(closest, sims.get(i, j));
    const plain = [...s.set].filter((w) => !w.startsWith('@'));
    return {
      article: s.article,
      start: s.start,
      end: s.end,
      outlet: s.outlet,
      sentence: s.sentence,
      closest,
      relevance: own[i],
      paragraphRelevance: inParagraph[i],
      words: plain.length,
      fragment: s.fragment,
    };
  });
}
