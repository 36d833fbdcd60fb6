/**
 * Term vectors: sparse vectors as `Map<term, weight>`, their algebra (dot, norm, cosine), and TF-IDF
 * weighting of word lists. Articles, story centroids, sentences and theme candidates are all compared
 * through these.
 *
 * Helpers here never mutate their arguments, except `addInto`, whose first argument is the
 * accumulator the caller owns.
 */

/** A sparse vector: term → weight (absent terms weigh 0). */
export type SparseVector = Map<string, number>;

/** Dot product of two sparse vectors (iterates the smaller one; the first on a tie). */
export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Euclidean (L2) length of a sparse vector. */
export function norm(v: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of v.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Returns `v` scaled to unit length; the empty (or all-zero) vector stays empty. */
export function normalize(v: ReadonlyMap<string, number>): SparseVector {
  const length = norm(v);
  const out: SparseVector = new Map();
  if (length === 0) return out;
  for (const [key, value] of v) out.set(key, value / length);
  return out;
}

/** Cosine similarity of two sparse vectors of any length; 0 when either is empty (for unit vectors, `dot`). */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/**
 * Adds `factor * v` into the accumulator `sum` in place and returns it.
 *
 * Terms whose weight falls to (near) zero are removed, so that removing a vector that was
 * added before leaves no trace behind.
 */
export function addInto(sum: SparseVector, v: ReadonlyMap<string, number>, factor = 1): SparseVector {
  for (const [key, value] of v) {
    const next = (sum.get(key) ?? 0) + factor * value;
    if (Math.abs(next) < 1e-12) sum.delete(key);
    else sum.set(key, next);
  }
  return sum;
}

/** Term counts of a word list, in the order the words first occur. */
export function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Number of documents (term-count maps) that hold each term. */
export function documentFrequencies(docs: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of docs) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** An inverse document frequency: the weight of a term held by `df` of `n` documents. */
export type Idf = (df: number, n: number) => number;

/**
 * Smoothed IDF `ln((1 + n) / (1 + df)) + 1` (as if one extra document held every term), for tiny
 * batches: a term every document shares keeps weight 1 instead of 0 (five articles of one story stay
 * similar), while a term of one document weighs more. Clustering weighs articles with it.
 */
export const smoothedIdf: Idf = (df, n) => Math.log((1 + n) / (1 + df)) + 1;

/** IDF `ln(1 + n / df)`: never 0, so words every sentence of a story uses still count a little (sentences). */
export const sentenceIdf: Idf = (df, n) => Math.log(1 + n / df);

/**
 * IDF `ln(n / df)` for a term of at least two documents, 0 for a term of one (left out of the vectors):
 * grouping sentences into themes, where a word only one sentence uses groups nothing.
 */
export const sharedTermIdf: Idf = (df, n) => (df < 2 ? 0 : Math.log(n / df));

/**
 * Unit-length TF-IDF vectors of word lists, the IDF computed over the lists themselves; terms weighing
 * 0 are left out. Term order is the order of first occurrence in each list.
 */
export function tfidfVectors(lists: ReadonlyArray<readonly string[]>, idf: Idf): SparseVector[] {
  const counts = lists.map(termCounts);
  const df = documentFrequencies(counts);
  const n = lists.length;
  return counts.map((tf) => {
    const v: SparseVector = new Map();
    for (const [w, c] of tf) {
      const x = c * idf(df.get(w)!, n);
      if (x !== 0) v.set(w, x);
    }
    return normalize(v);
  });
}
