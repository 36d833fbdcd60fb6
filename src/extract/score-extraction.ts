/**
 * The AEB extraction metric: 4-gram shingles of `\w+` tokens, per-document precision and recall
 * over shingle multisets, corpus means, F1 of the means.
 */

/** Precision and recall of one extracted text against its gold text. */
export interface ExtractionScore {
  precision: number;
  recall: number;
}

/** Shingle size of the AEB metric. */
const SHINGLE = 4;

/** Tokens of a text: runs of Unicode word characters (letters, marks, digits, connector punctuation). */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{Nd}\p{Pc}]+/gu) ?? [];
}

/** Multiset of the 4-gram shingles of a text (a text shorter than 4 tokens is one shingle of all of them). */
function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  const n = Math.max(1, t.length - SHINGLE + 1);
  if (t.length === 0) return out;
  for (let i = 0; i < n; i++) {
    const key = t.slice(i, i + SHINGLE).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Scores one extracted text against its gold text.
 *
 * TP = Σ min(gold, predicted), FP = Σ max(0, predicted − gold), FN = Σ max(0, gold − predicted)
 * over shingle counts; precision TP/(TP+FP), recall TP/(TP+FN). Both are 1 when both texts are
 * empty, and 0 when only one side is empty.
 */
export function scoreExtraction(predicted: string, gold: string): ExtractionScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const t = g.get(k) ?? 0;
    tp += Math.min(c, t);
    fp += Math.max(0, c - t);
  }
  for (const [k, c] of g) fn += Math.max(0, c - (p.get(k) ?? 0));
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

/** Corpus precision and recall (means over documents) and the F1 of the two means. */
export function corpusScore(scores: ExtractionScore[]): { precision: number; recall: number; f1: number } {
  const n = Math.max(1, scores.length);
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
