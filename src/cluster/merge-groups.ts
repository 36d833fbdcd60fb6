/**
 * Merges stories that the single pass split: two groups whose average pairwise cosine
 * (average link: `dot(sumA, sumB) / (|A|·|B|)`) reaches `mergeThreshold` become one, best pair
 * first, until no pair qualifies.
 *
 * The pass compares an article with one centroid at a time, so a loosely bound story whose first
 * articles happen to be its least similar can start as two groups; average link judges the groups
 * as wholes and does not depend on the order in which they formed.
 */
import { dot } from './sparse-vector.ts';
import type { SparseVector } from './sparse-vector.ts';

/** Returns the assignment with groups merged while some pair has average link ≥ `mergeThreshold`. */
export function mergeGroups(
  vectors: readonly SparseVector[],
  assignment: readonly number[],
  mergeThreshold: number,
): number[] {
  const labels = [...new Set(assignment)].sort((a, b) => a - b);
  const members = new Map<number, number>(labels.map((l) => [l, 0]));
  const sums = new Map<number, SparseVector>(labels.map((l) => [l, new Map()]));
  assignment.forEach((label, i) => {
    members.set(label, members.get(label)! + 1);
    const sum = sums.get(label)!;
    for (const [f, w] of vectors[i]) sum.set(f, (sum.get(f) ?? 0) + w);
  });
  const into = new Map<number, number>();
  for (;;) {
    let best: { a: number; b: number; link: number } | null = null;
    const live = labels.filter((l) => !into.has(l));
    for (let x = 0; x < live.length; x++) {
      for (let y = x + 1; y < live.length; y++) {
        const [a, b] = [live[x], live[y]];
        const link = dot(sums.get(a)!, sums.get(b)!) / (members.get(a)! * members.get(b)!);
        if (link >= mergeThreshold && (best === null || link > best.link)) best = { a, b, link };
      }
    }
    if (best === null) break;
    const sum = sums.get(best.a)!;
    for (const [f, w] of sums.get(best.b)!) sum.set(f, (sum.get(f) ?? 0) + w);
    members.set(best.a, members.get(best.a)! + members.get(best.b)!);
    into.set(best.b, best.a);
  }
  const root = (l: number): number => (into.has(l) ? root(into.get(l)!) : l);
  return assignment.map(root);
}
