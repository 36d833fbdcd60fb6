/**
 * All pairwise cosines of a set of unit term vectors, through an inverted index over their terms.
 */

/** The pairwise cosines of a story's vectors, computed once and shared by every step that compares sentences. */
export interface Similarities {
  /** Exactly `dot(vectors[i], vectors[j])` (their cosine, the vectors being unit length). */
  get(i: number, j: number): number;
  /** The indices whose vector shares a word with vector `i` (every other index has cosine 0 with it), `i` included. */
  neighbours(i: number): Iterable<number>;
}

/**
 * Computes all pairwise cosines through an inverted index over the vectors' words: only pairs sharing a
 * word are visited, and each row is summed in the order `dot` sums it (the smaller vector's entries
 * in insertion order, the first argument's on a tie), so every value is bit-identical to `dot`.
 * Rows are dense up to `denseMax` vectors (fast look-ups). Beyond, a row is kept as its sorted
 * neighbours and their cosines in typed arrays (12 bytes a pair, looked up by binary search), or dense
 * when it touches more than half of the vectors (8 bytes a vector): at most 12·n²/2 bytes in all.
 * (Rows were Maps, ~60 bytes a pair: 3,000 sentences that all share a word took over 500 MB.)
 */
export function pairwiseCosines(
  vectors: ReadonlyArray<ReadonlyMap<string, number>>,
  denseMax = DENSE_MAX,
): Similarities {
  const n = vectors.length;
  const ids = new Map<string, number>();
  const entries = vectors.map((v) => {
    const wordIds = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [w, x] of v) {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
      }
      wordIds[k] = id;
      weights[k++] = x;
    }
    return { wordIds, weights };
  });
  const postings: Array<{ at: number[]; weight: number[] }> = Array.from({ length: ids.size }, () => ({
    at: [],
    weight: [],
  }));
  entries.forEach(({ wordIds, weights }, i) => {
    for (let k = 0; k < wordIds.length; k++) {
      postings[wordIds[k]].at.push(i);
      postings[wordIds[k]].weight.push(weights[k]);
    }
  });
  const sizes = vectors.map((v) => v.size);
  // row i holds the dot products summed in vector i's insertion order; products are > 0, so a 0 is "no shared word".
  const scratch = new Float64Array(n);
  const dense = n <= denseMax;
  const denseRows: Array<Float64Array | undefined> = [];
  const sparseAt: Int32Array[] = [];
  const sparseValue: Float64Array[] = [];
  const touchedRows: Int32Array[] = [];
  for (const { wordIds, weights } of entries) {
    const row = dense ? new Float64Array(n) : scratch;
    const touched: number[] = [];
    for (let k = 0; k < wordIds.length; k++) {
      const x = weights[k];
      const { at, weight } = postings[wordIds[k]];
      for (let p = 0; p < at.length; p++) {
        const j = at[p];
        if (row[j] === 0) touched.push(j);
        row[j] += x * weight[p];
      }
    }
    const neighbours = Int32Array.from(touched);
    touchedRows.push(neighbours);
    if (dense) denseRows.push(row);
    else if (touched.length * 2 > n) {
      denseRows.push(row.slice());
      row.fill(0);
    } else {
      const at = neighbours.slice().sort();
      const value = new Float64Array(at.length);
      for (let k = 0; k < at.length; k++) value[k] = row[at[k]];
      for (const j of touched) row[j] = 0;
      denseRows.push(undefined);
      sparseAt[denseRows.length - 1] = at;
      sparseValue[denseRows.length - 1] = value;
    }
  }
  const dot = (i: number, j: number): number => {
    const row = denseRows[i];
    if (row !== undefined) return row[j];
    const at = sparseAt[i];
    let lo = 0;
    let hi = at.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < j) lo = mid + 1;
      else if (at[mid] > j) hi = mid - 1;
      else return sparseValue[i][mid];
    }
    return 0;
  };
  return {
    get: (i, j) => (sizes[i] <= sizes[j] ? dot(i, j) : dot(j, i)),
    neighbours: (i) => touchedRows[i],
  };
}

/** Up to this many vectors the cosines are kept in dense rows (8·n² bytes: 32 MB at 2,048). */
const DENSE_MAX = 2048;
