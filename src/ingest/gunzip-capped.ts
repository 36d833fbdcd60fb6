/**
 * Gzip decompression with a size cap, so that a small bomb cannot fill memory.
 */
import { gunzipSync } from 'node:zlib';

/** The outcome of decompressing: the bytes, or why there are none. */
export type GunzipResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'corrupt'; detail: string };

/** True when `bytes` start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip data, refusing to produce more than `maxBytes`.
 *
 * zlib stops as soon as the output passes the cap (`maxOutputLength`), so a bomb costs at most
 * `maxBytes` of memory. Multi-member gzip files are handled by zlib.
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): GunzipResult {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      return { ok: false, reason: 'too-large', detail: `decompresses to more than ${maxBytes} bytes` };
    }
    return { ok: false, reason: 'corrupt', detail: err.message || String(error) };
  }
}
