/**
 * Assigns article vectors to groups: one pass with a threshold, then one refinement pass.
 *
 * Assignments are arrays of group labels (`assignment[i]` = group of vector i); `order` is the
 * fixed visiting order (by publication date, then id) that makes the result deterministic.
 */
import { addToGroup, bestGroup, emptyIndex, type Group, type GroupIndex } from './group-index.ts';
import { dot, type SparseVector } from './sparse-vector.ts';

/** Builds the indexed groups of an assignment, groups numbered in first-seen order along `order`. */
export function indexAssignment(
  vectors: readonly SparseVector[],
  order: readonly number[],
  assignment: readonly number[],
): { index: GroupIndex; groupOf: number[] } {
  const index = emptyIndex();
  const renumber = new Map<number, number>();
  const groupOf = new Array<number>(vectors.length).fill(-1);
  for (const i of order) {
    let g = renumber.get(assignment[i]);
    if (g === undefined) {
      g = renumber.size;
      renumber.set(assignment[i], g);
    }
    addToGroup(index, g, i, vectors[i]);
    groupOf[i] = g;
  }
  return { index, groupOf };
}

/**
 * The single pass: visits vectors in `order`; each joins the most similar group if the cosine
 * is at least `threshold`, else opens a new group.
 */
export function singlePass(
  vectors: readonly SparseVector[],
  order: readonly number[],
  threshold: number,
): number[] {
  const index = emptyIndex();
  const assignment = new Array<number>(vectors.length).fill(-1);
  for (const i of order) {
    const match = bestGroup(vectors[i], index);
    const g = match.group !== -1 && match.similarity >= threshold ? match.group : index.groups.length;
    addToGroup(index, g, i, vectors[i]);
    assignment[i] = g;
  }
  return assignment;
}

/**
 * The refinement pass: with the centroids of `assignment` fixed, moves every vector to the group
 * whose centroid is most similar, which undoes the order effects of the single pass (an early
 * article that started a story before its true story formed, or joined a story too early).
 *
 * The own group is compared without the vector itself (else every article favours the group it
 * shapes). An article alone in its group may only join a story of two or more at least
 * `attachThreshold` similar, so an unrelated article stays alone (and two lone articles never
 * swap places). Stable: a vector stays unless another group is
 * strictly more similar; the result does not depend on the visiting order.
 */
export function refine(
  vectors: readonly SparseVector[],
  order: readonly number[],
  assignment: readonly number[],
  attachThreshold: number,
): number[] {
  const { index, groupOf } = indexAssignment(vectors, order, assignment);
  return groupOf.map((current, i) => {
    const v = vectors[i];
    const group = index.groups[current];
    const best = bestGroup(v, index, current);
    if (best.group === -1 || best.similarity <= similarityWithout(v, group)) return current;
    if (group.members.length > 1) return best.group;
    const joinable = index.groups[best.group].members.length > 1 && best.similarity >= attachThreshold;
    return joinable ? best.group : current;
  });
}

/** Cosine between a member's unit vector and the centroid of the other members of its group (0 when alone). */
export function similarityWithout(v: SparseVector, group: Group): number {
  const self = dot(v, v);
  const d = dot(v, group.sum);
  const squared = group.length * group.length - 2 * d + self;
  return squared <= 1e-12 ? 0 : (d - self) / Math.sqrt(squared);
}
