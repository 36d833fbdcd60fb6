/**
 * Merges stories that the single pass split: while two groups have an average pairwise cosine
 * (average link, `dot(sumA, sumB) / (|A|·|B|)`) of at least `mergeThreshold`, the best such pair
 * becomes one group.
 *
 * The pass compares an article with one centroid at a time, so a loosely bound story whose first
 * articles happen to be its least alike can start as two groups (the five seed articles did, in
 * about a quarter of the orders). Average link judges groups as wholes, whatever their order.
 */
import { dotsWithGroups, type GroupIndex } from './group-index.ts';
import { addInto, dot, type SparseVector } from './sparse-vector.ts';

/**
 * Returns, for every group of `index`, the group it ends up merged into (itself when unmerged).
 *
 * Only candidate pairs (link ≥ threshold) are kept: the link of a merged group to a third one is
 * a weighted mean of its parts' links, so a pair below the threshold can only reach it through a
 * part that already did. Memory is O(candidates), not O(groups²). `index` is not changed.
 */
export function mergeGroups(index: GroupIndex, mergeThreshold: number): number[] {
  const sums: SparseVector[] = index.groups.map((group) => group.sum);
  const size = index.groups.map((group) => group.members.length);
  const links = index.groups.map(() => new Map<number, number>());
  index.groups.forEach((group, a) => {
    const dots = dotsWithGroups(group.sum, index);
    for (let b = a + 1; b < dots.length; b++) {
      const link = dots[b] / (size[a] * size[b]);
      if (link >= mergeThreshold) setLink(links, a, b, link);
    }
  });
  const target = index.groups.map((_, g) => g);
  for (let pair = bestPair(links); pair !== null; pair = bestPair(links)) {
    const [a, b] = pair;
    const neighbours = new Set([...links[a].keys(), ...links[b].keys()]);
    for (const c of neighbours) {
      links[c].delete(a);
      links[c].delete(b);
    }
    links[a].clear();
    links[b].clear();
    sums[a] = addInto(new Map(sums[a]), sums[b]);
    size[a] += size[b];
    for (let g = 0; g < target.length; g++) if (target[g] === b) target[g] = a;
    for (const c of neighbours) {
      if (c === a || c === b) continue;
      const link = dot(sums[a], sums[c]) / (size[a] * size[c]);
      if (link >= mergeThreshold) setLink(links, a, c, link);
    }
  }
  return target;
}

/** Records the link of groups `a` and `b` in both rows. */
function setLink(links: Map<number, number>[], a: number, b: number, link: number): void {
  links[a].set(b, link);
  links[b].set(a, link);
}

/** The pair with the highest link (ties: the lowest group numbers), or null when none is left. */
function bestPair(links: readonly Map<number, number>[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestLink = -Infinity;
  for (let a = 0; a < links.length; a++) {
    for (const [b, link] of links[a]) {
      if (b < a) continue;
      const tie = link === bestLink && best !== null && (a < best[0] || (a === best[0] && b < best[1]));
      if (link > bestLink || tie) {
        best = [a, b];
        bestLink = link;
      }
    }
  }
  return best;
}
