/**
 * Scores a clustering against gold clusters: B-cubed, pairwise and the adjusted Rand index.
 *
 * Both clusterings are lists of clusters of item ids and must cover the same items, each once.
 * Pure; used by `scripts/eval-cluster.ts` and by tests.
 */

/** Precision, recall and their harmonic mean. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Every score of one clustering against the gold one. */
export interface ClusterScores {
  bcubed: PRF;
  pairwise: PRF;
  /** Adjusted Rand index: 1 for identical clusterings, about 0 for chance. */
  ari: number;
  predictedClusters: number;
  goldClusters: number;
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Maps every item to the index of its cluster; throws when an item occurs twice. */
export function labelsOf(clusters: readonly (readonly string[])[]): Map<string, number> {
  const labels = new Map<string, number>();
  clusters.forEach((cluster, c) => {
    for (const item of cluster) {
      if (labels.has(item)) throw new Error(`scoreClusters: item ${item} is in two clusters`);
      labels.set(item, c);
    }
  });
  return labels;
}

/** Contingency counts: `${predicted}|${gold}` → items in both; checks that both cover the same items. */
function contingency(predicted: Map<string, number>, gold: Map<string, number>): Map<string, number> {
  if (predicted.size !== gold.size) throw new Error('scoreClusters: clusterings cover different items');
  const cells = new Map<string, number>();
  for (const [item, p] of predicted) {
    const g = gold.get(item);
    if (g === undefined) throw new Error(`scoreClusters: item ${item} has no gold cluster`);
    const key = `${p}|${g}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return cells;
}

/** Number of unordered pairs among `n` items. */
const pairs = (n: number) => (n * (n - 1)) / 2;

/** B-cubed precision/recall/F1 (item-averaged). */
export function bcubed(predicted: readonly (readonly string[])[], gold: readonly (readonly string[])[]): PRF {
  const p = labelsOf(predicted);
  const g = labelsOf(gold);
  const cells = contingency(p, g);
  let precision = 0;
  let recall = 0;
  for (const [item, pl] of p) {
    const gl = g.get(item)!;
    const both = cells.get(`${pl}|${gl}`)!;
    precision += both / predicted[pl].length;
    recall += both / gold[gl].length;
  }
  const n = p.size;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  return { precision: precision / n, recall: recall / n, f1: f1(precision / n, recall / n) };
}

/** Pairwise precision/recall/F1 over pairs of items placed together (1 when there are no such pairs). */
export function pairwise(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): PRF {
  const cells = contingency(labelsOf(predicted), labelsOf(gold));
  let both = 0;
  for (const count of cells.values()) both += pairs(count);
  const predictedPairs = predicted.reduce((sum, c) => sum + pairs(c.length), 0);
  const goldPairs = gold.reduce((sum, c) => sum + pairs(c.length), 0);
  const precision = predictedPairs === 0 ? 1 : both / predictedPairs;
  const recall = goldPairs === 0 ? 1 : both / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Adjusted Rand index (Hubert & Arabie); 1 when the expected and maximum index coincide. */
export function adjustedRand(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): number {
  const cells = contingency(labelsOf(predicted), labelsOf(gold));
  let index = 0;
  for (const count of cells.values()) index += pairs(count);
  const a = predicted.reduce((sum, c) => sum + pairs(c.length), 0);
  const b = gold.reduce((sum, c) => sum + pairs(c.length), 0);
  const total = pairs(cells.size === 0 ? 0 : [...cells.values()].reduce((s, c) => s + c, 0));
  const expected = total === 0 ? 0 : (a * b) / total;
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Computes every score of `predicted` against `gold`. */
export function scoreClusters(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): ClusterScores {
  return {
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    ari: adjustedRand(predicted, gold),
    predictedClusters: predicted.length,
    goldClusters: gold.length,
  };
}
