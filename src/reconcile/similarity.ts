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
