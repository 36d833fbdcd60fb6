/**
 * TF-IDF vectors over statements' content words and their cosine: how alike two sentences are,
 * with words that every sentence of the story uses ("Russia") weighing less than rare ones.
 */

/** A sparse, unit-length vector. */
export type Vector = ReadonlyMap<string, number>;

/** Builds one unit vector per word list; IDF is computed over the lists themselves. */
export function tfidfVectors(lists: ReadonlyArray<readonly string[]>): Vector[] {
  const df = new Map<string, number>();
  for (const words of lists) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = lists.length;
  return lists.map((words) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = c * Math.log(1 + n / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

/** Cosine of two unit vectors (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/** The pairwise cosines of a story's vectors, computed once and shared by every step that compares sentences. */
export interface Similarities {
  /** Exactly `cosine(vectors[i], vectors[j])`. */
  get(i: number, j: number): number;
  /** The indices whose vector shares a word with vector `i` (every other index has cosine 0 with it), `i` included. */
  neighbours(i: number): Iterable<number>;
}

/**
 * Computes all pairwise cosines through an inverted index over the vectors' words: only pairs sharing a
 * word are visited, and each row is summed in the order `cosine` sums it (the smaller vector's entries
 * in insertion order, the first argument's on a tie), so every value is bit-identical to `cosine`.
 */
export function pairwiseCosines(vectors: readonly Vector[]): Similarities {
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    for (const [w, x] of v) {
      const list = postings.get(w);
      if (list) list.push([i, x]);
      else postings.set(w, [[i, x]]);
    }
  });
  // rows[i].get(j): the dot product summed in vector i's insertion order.
  const rows = vectors.map((v) => {
    const row = new Map<number, number>();
    for (const [w, x] of v)
      for (const [j, y] of postings.get(w)!) {
        const dot = row.get(j);
        row.set(j, dot === undefined ? x * y : dot + x * y);
      }
    return row;
  });
  const sizes = vectors.map((v) => v.size);
  return {
    get: (i, j) => (sizes[i] <= sizes[j] ? rows[i].get(j) : rows[j].get(i)) ?? 0,
    neighbours: (i) => rows[i].keys(),
  };
}
