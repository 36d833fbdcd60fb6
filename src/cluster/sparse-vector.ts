/**
 * Sparse vectors as `Map<feature, weight>`: the representation of articles and story centroids.
 *
 * Helpers here never mutate their arguments, except `addInto`, whose first argument is the
 * accumulator the caller owns.
 */

/** A sparse vector: feature name → weight (absent features weigh 0). */
export type SparseVector = Map<string, number>;

/** Dot product of two sparse vectors (iterates the smaller one). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Euclidean (L2) length of a sparse vector. */
export function norm(v: SparseVector): number {
  let sum = 0;
  for (const value of v.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Returns `v` scaled to unit length; the empty (or all-zero) vector stays empty. */
export function normalize(v: SparseVector): SparseVector {
  const length = norm(v);
  const out: SparseVector = new Map();
  if (length === 0) return out;
  for (const [key, value] of v) out.set(key, value / length);
  return out;
}

/** Cosine similarity of two sparse vectors; 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/**
 * Adds `factor * v` into the accumulator `sum` in place and returns it.
 *
 * Features whose weight falls to (near) zero are removed, so that removing a vector that was
 * added before leaves no trace behind.
 */
export function addInto(sum: SparseVector, v: SparseVector, factor = 1): SparseVector {
  for (const [key, value] of v) {
    const next = (sum.get(key) ?? 0) + factor * value;
    if (Math.abs(next) < 1e-12) sum.delete(key);
    else sum.set(key, next);
  }
  return sum;
}
