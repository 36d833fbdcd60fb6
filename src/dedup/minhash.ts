/**
 * MinHash signatures over word shingles, and LSH banding to find candidate near-duplicate pairs.
 *
 * A shingle is `shingleWords` consecutive normalised words; its 32-bit FNV-1a hash is re-mixed
 * with one seed per signature slot (murmur3's finaliser) and each slot keeps the minimum. The
 * share of equal slots of two signatures estimates the Jaccard similarity of their shingle sets.
 */
import { letterDigitRuns } from '../text/index.ts';

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: spreads the bits of `h`. */
function mix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The MinHash signature (length `hashes`) of a text's `shingleWords`-word shingles; all slots 2³²−1 when it has none. */
export function minhash(text: string, hashes: number, shingleWords: number): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  const w = letterDigitRuns(text);
  const seeds = Array.from({ length: hashes }, (_, i) => mix(i + 1));
  const count = Math.max(w.length - shingleWords + 1, w.length > 0 ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const shingle = fnv1a(w.slice(i, i + shingleWords).join(' '));
    for (let k = 0; k < hashes; k++) {
      const h = mix(shingle ^ seeds[k]);
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** LSH band keys of a signature: `bands` keys, each the band number and its rows' hash. */
export function bandKeys(sig: Uint32Array, bands: number): string[] {
  const rows = Math.floor(sig.length / bands);
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[b * rows + r], 0x01000193);
    keys.push(`${b}:${(h >>> 0).toString(36)}:${sig[b * rows]}`);
  }
  return keys;
}
