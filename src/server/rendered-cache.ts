/**
 * Rendered responses kept per story version: the body (HTML or JSON) and its gzip, computed once
 * and served until the story changes (its version is part of the key), with an `ETag` so that a
 * client that has it gets a 304 without the store being read again.
 */
import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { createLru, type Lru } from '../util/lru.ts';

/** One rendered body, its UTF-8 bytes and its gzip (each made once, when first sent) and its validator. */
export interface Rendered {
  body: string;
  type: string;
  etag: string;
  bytes?: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
}

/** An LRU of rendered bodies. */
export type RenderedCache = Lru<Rendered>;

/** Creates an empty cache of at most `max` rendered bodies. */
export function createRenderedCache(max: number): RenderedCache {
  return createLru<Rendered>(max);
}

/** The key of a story's state: id, version, and where it was merged into (a merge changes what is served). */
export function versionKey(head: { id: string; version: number; mergedInto: string | null }): string {
  return `${head.id}@${head.version}${head.mergedInto ? `>${head.mergedInto}` : ''}`;
}

/** A weak validator for a key (a story id, its version, …): the same key, the same validator. */
export function etagFor(key: string): string {
  return `W/"${Buffer.from(key).toString('base64url')}"`;
}

/** True when the request's `If-None-Match` holds `etag` (weak comparison, as RFC 9110 asks for it). */
export function matches(c: Context, etag: string): boolean {
  const header = c.req.header('If-None-Match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string): string => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/** `Cache-Control` of a page that changes when its story does: any cache may keep it, but must ask again. */
export const REVALIDATE = 'public, no-cache';

/** A 304 for `etag`, with the headers a 200 would carry. */
export function notModified(c: Context, etag: string): Response {
  return c.body(null, 304, { ETag: etag, 'Cache-Control': REVALIDATE, Vary: 'Accept-Encoding' });
}

/** True when the client accepts gzip. */
function acceptsGzip(c: Context): boolean {
  return (
    /\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '') &&
    !/\bgzip\s*;\s*q=0(?:\.0*)?\b/i.test(c.req.header('Accept-Encoding') ?? '')
  );
}

/** A view of a Buffer's bytes as a plain Uint8Array (no copy). */
function view(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Sends a rendered body: 304 when the client has it, gzip when it accepts gzip. The body is encoded and
 * compressed once per entry and sent as bytes: encoding a 100 kB page again for every request cost
 * more than everything else the request does.
 */
export function sendRendered(c: Context, entry: Rendered, status: 200 | 404 = 200): Response {
  if (matches(c, entry.etag)) return notModified(c, entry.etag);
  const headers: Record<string, string> = {
    'Content-Type': entry.type,
    ETag: entry.etag,
    'Cache-Control': REVALIDATE,
    Vary: 'Accept-Encoding',
  };
  if (acceptsGzip(c)) {
    entry.gzip ??= view(gzipSync(entry.body));
    return c.body(entry.gzip, status, { ...headers, 'Content-Encoding': 'gzip' });
  }
  entry.bytes ??= view(Buffer.from(entry.body, 'utf8'));
  return c.body(entry.bytes, status, headers);
}
