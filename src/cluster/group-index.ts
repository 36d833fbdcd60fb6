/**
 * Groups of articles with an inverted index (feature → groups holding it, with the group's weight),
 * so that finding the most similar centroid touches only groups that share a feature.
 *
 * A group keeps the running sum of its members' unit vectors; the cosine between a unit vector
 * `v` and the centroid is `dot(v, sum) / |sum|`. The index is the caller's accumulator: it grows
 * with `addToGroup` and is the state incremental clustering would keep between batches.
 */
import { addInto, dot, type SparseVector } from './sparse-vector.ts';

/** A group of articles: member indices (into the vector list), their vector sum and its length. */
export interface Group {
  members: number[];
  sum: SparseVector;
  /** `norm(sum)`, kept up to date (incrementally) by `addToGroup`. */
  length: number;
}

/** Groups plus the inverted index over their sums. */
export interface GroupIndex {
  groups: Group[];
  /** feature → (group index → weight of the feature in that group's sum). */
  postings: Map<string, Map<number, number>>;
}

/** The most similar group to a vector: its index (-1 when there is none) and the cosine. */
export interface Match {
  group: number;
  similarity: number;
}

/** A new, empty index. */
export function emptyIndex(): GroupIndex {
  return { groups: [], postings: new Map() };
}

/** Cosine between a unit vector and a group's centroid. */
export function similarityToGroup(v: SparseVector, group: Group): number {
  return group.length === 0 ? 0 : dot(v, group.sum) / group.length;
}

/**
 * Returns the group whose centroid is most similar to `v` (ties: the lower index), leaving out
 * group `skip`; `group` is -1 when there is no other group.
 */
export function bestGroup(v: SparseVector, index: GroupIndex, skip = -1): Match {
  const n = index.groups.length;
  const scores = dotsWithGroups(v, index);
  let best: Match = { group: -1, similarity: 0 };
  for (let g = 0; g < n; g++) {
    if (g === skip) continue;
    const length = index.groups[g].length;
    const similarity = length === 0 ? 0 : scores[g] / length;
    if (best.group === -1 || similarity > best.similarity) best = { group: g, similarity };
  }
  return best;
}

/** Dot products of `v` with every group's sum (index = group), through the inverted index. */
export function dotsWithGroups(v: SparseVector, index: GroupIndex): Float64Array {
  const scores = new Float64Array(index.groups.length);
  for (const [feature, weight] of v) {
    const posting = index.postings.get(feature);
    if (posting !== undefined) for (const [g, w] of posting) scores[g] += weight * w;
  }
  return scores;
}

/** Adds member `member` with vector `v` to group `g`; `g === groups.length` opens a new group. */
export function addToGroup(index: GroupIndex, g: number, member: number, v: SparseVector): void {
  if (g === index.groups.length) index.groups.push({ members: [], sum: new Map(), length: 0 });
  const group = index.groups[g];
  // |sum + v|² = |sum|² + 2·dot(sum, v) + |v|²: no pass over the (growing) sum.
  const squared = group.length * group.length + 2 * dot(group.sum, v) + dot(v, v);
  group.members.push(member);
  addInto(group.sum, v);
  group.length = Math.sqrt(Math.max(squared, 0));
  for (const feature of v.keys()) {
    let posting = index.postings.get(feature);
    if (posting === undefined) {
      posting = new Map();
      index.postings.set(feature, posting);
    }
    posting.set(g, group.sum.get(feature) ?? 0);
  }
}
