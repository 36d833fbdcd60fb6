/**
 * Encoding of the store's non-plain columns: MinHash signatures as bytes, vectors and documents as JSON.
 */
import type { Article } from '../model/article.ts';
import type { ClusterEntry } from './store.ts';

/** A signature as bytes (uint32s in the machine's byte order, little-endian on every platform Node runs on). */
export function encodeSignature(signature: Uint32Array): Uint8Array {
  return new Uint8Array(
    signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.byteLength),
  );
}

/** The signature stored by `encodeSignature`. */
export function decodeSignature(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}

/** A stored internal article. */
export function decodeArticle(data: string): Article {
  return JSON.parse(data) as Article;
}

/**
 * A clustered article's vector as JSON: `[feature, weight]` pairs, or `[feature, weight, count]`
 * triples when its feature counts are known (the clusterer weighs them again under later document
 * frequencies; features of weight 0, such as dates when they are off, are not kept).
 */
export function encodeClusterVector(entry: Pick<ClusterEntry, 'vector' | 'counts'>): string {
  const counts = entry.counts === undefined ? undefined : new Map(entry.counts);
  if (counts === undefined) return JSON.stringify(entry.vector);
  return JSON.stringify(entry.vector.map(([f, w]) => [f, w, counts.get(f) ?? 0]));
}

/** The vector (and counts, when stored) written by `encodeClusterVector`. */
export function decodeClusterVector(json: string): Pick<ClusterEntry, 'vector' | 'counts'> {
  const rows = JSON.parse(json) as Array<[string, number, number?]>;
  const vector = rows.map(([f, w]): [string, number] => [f, w]);
  if (rows.length === 0 || rows.some((r) => r.length < 3 || !(r[2]! > 0))) return { vector };
  return { vector, counts: rows.map(([f, , c]): [string, number] => [f, c!]) };
}
