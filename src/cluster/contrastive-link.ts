/**
 * Contrastive link between two groups of articles: their average cosine under a local IDF.
 *
 * Two sibling events of one kind (two earthquakes, two arrests) share a topic's whole vocabulary,
 * so their global TF-IDF cosine is as high as that of two reports of one event. Inside the union
 * of the two groups, each feature is re-weighted by a local IDF `ln((n + 1) / df_local)`: what
 * nearly every member holds (the topic's words) weighs ~0, and what only part of the members hold
 * (names, places, particular details) weighs most. Features held by one member only are dropped
 * (they cannot link anything). Two halves of one event still share those partial features; two
 * sibling events do not, so the link between them falls.
 */
import { addInto, dot, type SparseVector } from '../text/index.ts';

/**
 * Average pairwise cosine between groups `a` and `b` under the local IDF of `a ∪ b`.
 *
 * Members are given as their TF-IDF vectors before normalisation (`weightCounts`); each is
 * re-weighted by `ln((n + 1) / df_local)` over the features held by 2+ members of the union, then
 * normalised. The average over all |a|·|b| pairs is the dot product of the two groups' vector sums
 * divided by |a|·|b|, so the cost is linear in the members. Returns 0 when either group is empty.
 */
export function contrastiveLink(a: readonly SparseVector[], b: readonly SparseVector[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const localDf = new Map<string, number>();
  for (const v of a) for (const feature of v.keys()) localDf.set(feature, (localDf.get(feature) ?? 0) + 1);
  for (const v of b) for (const feature of v.keys()) localDf.set(feature, (localDf.get(feature) ?? 0) + 1);
  const n = a.length + b.length;
  const localIdf = Array.from({ length: n + 1 }, (_, df) => (df < 2 ? 0 : Math.log((n + 1) / df)));
  const sumOf = (group: readonly SparseVector[]) => {
    const sum: SparseVector = new Map();
    for (const v of group) addInto(sum, localVector(v, localDf, localIdf));
    return sum;
  };
  return dot(sumOf(a), sumOf(b)) / (a.length * b.length);
}

/** One member's unit vector under a local IDF (`localIdf[df]`, 0 for features to drop). */
function localVector(
  raw: SparseVector,
  localDf: ReadonlyMap<string, number>,
  localIdf: readonly number[],
): SparseVector {
  const out: SparseVector = new Map();
  let squared = 0;
  for (const [feature, weight] of raw) {
    const w = weight * localIdf[localDf.get(feature) ?? 0];
    if (w > 0) {
      out.set(feature, w);
      squared += w * w;
    }
  }
  const length = Math.sqrt(squared);
  if (length > 0) for (const [feature, w] of out) out.set(feature, w / length);
  return out;
}
