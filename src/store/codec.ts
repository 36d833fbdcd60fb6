/**
 * Encoding of the store's non-plain columns: MinHash signatures as bytes, vectors and documents as JSON.
 */
import type { Article } from '../model/article.ts';

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
