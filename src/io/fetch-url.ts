/**
 * Fetching one URL for ingest: timeout, size cap, manual redirects, content-type check, address check.
 */
import { readFileSync } from 'node:fs';
import { ingest as ingestConfig } from '../config.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DiagnosticCode } from '../model/diagnostic-codes.ts';
import { diagnose } from '../util/diagnose.ts';
import { checkHost, type Resolver, systemResolver } from './check-address.ts';

/** Options of `fetchUrl` (defaults: `config.ingest`). */
export interface FetchOptions {
  /** Whole fetch, redirects and body included, in milliseconds (PX115 when passed). */
  timeoutMs: number;
  /** Bodies larger than this are cut off and refused (PX106), decompressed size counted. */
  maxBytes: number;
  maxRedirects: number;
  /** Allow loopback, private and link-local addresses (tests, intranets). */
  allowPrivate: boolean;
  /** Accepted media types (lower case, without parameters). */
  contentTypes: readonly string[];
  /** Host name resolution (default `dns.lookup`, all addresses); injectable for tests. */
  resolve?: Resolver;
  /** Extra request headers (e.g. `if-none-match` for a conditional GET); they cannot replace the User-Agent; an `accept` replaces the default one. */
  headers?: Readonly<Record<string, string>>;
}

/** Cache validators a response carried (for the next conditional GET), null when absent. */
export interface ResponseValidators {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetched body, or the diagnostic that says why there is none. */
export type FetchResult =
  | ({
      ok: true;
      /** The final URL, after redirects. */
      url: string;
      /** The body; transcoded to UTF-8 when the Content-Type named another charset and it was not UTF-8. */
      bytes: Uint8Array;
      contentType: string | null;
      /** The charset the Content-Type header named (lower case), if any. */
      charset?: string | null;
    } & ResponseValidators)
  | ({
      ok: false;
      diagnostic: Diagnostic;
      /** The HTTP status, when the failure is one (e.g. 304 to a conditional GET, 429, 503). */
      status?: number;
      /** The Retry-After header of a failed response, as sent. */
      retryAfter?: string | null;
    } & ResponseValidators);

/** The media types asked for, pages first. */
const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8';

let cachedAgent: string | null = null;

/** The User-Agent Parallax sends: `Parallax/<version> (+self-hosted news story engine)`. */
export function userAgent(): string {
  if (cachedAgent === null) {
    let version = 'unknown';
    try {
      version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    } catch {
      // keep "unknown"
    }
    cachedAgent = `Parallax/${version} (+self-hosted news story engine)`;
  }
  return cachedAgent;
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(header: string | null): string | null {
  const type = header?.split(';')[0].trim().toLowerCase();
  return type ? type : null;
}

/** The `charset` parameter of a Content-Type header, lower case, or null. */
function charsetOf(header: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(header ?? '');
  return m ? m[1].toLowerCase() : null;
}

/**
 * The body as UTF-8 when the header names another charset the runtime knows and the bytes are not
 * valid UTF-8 (UTF-8 is tried first, as in `decodeText`: a page labelled Latin-1 that is valid UTF-8
 * is almost always UTF-8); gzip data and everything else is returned as it is.
 */
function transcode(bytes: Uint8Array, charset: string | null): Uint8Array {
  if (charset === null || /^utf-?8$/.test(charset)) return bytes;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return bytes;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return bytes;
  } catch {
    try {
      return Buffer.from(new TextDecoder(charset).decode(bytes), 'utf8');
    } catch {
      return bytes; // a charset the runtime does not know: leave it to `decodeText`
    }
  }
}

/** Reads a response body to its end, stopping (and cancelling) once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches `url` with global `fetch` and returns its body bytes, or a diagnostic naming the URL.
 *
 * http(s) only. Redirects are followed by hand, at most `maxRedirects` (PX118), and before every
 * request the host's addresses are resolved and checked unless `allowPrivate` (PX116): loopback,
 * private, link-local, unique-local and mapped forms of them are refused. Non-2xx statuses, network
 * errors and the overall `timeoutMs` give PX115; a media type outside `contentTypes` PX117 (a missing
 * Content-Type is let through to content sniffing); a body over `maxBytes` PX106, read no further.
 * Sends an honest User-Agent and any extra `headers`. A failed HTTP response reports its `status`,
 * `retryAfter` and validators; a body is transcoded to UTF-8 when the Content-Type names another
 * charset and the bytes are not UTF-8. Never throws.
 */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const opts: FetchOptions = {
    timeoutMs: ingestConfig.fetchTimeoutMs,
    maxBytes: ingestConfig.maxBytes,
    maxRedirects: ingestConfig.maxRedirects,
    allowPrivate: ingestConfig.allowPrivate,
    contentTypes: ingestConfig.fetchContentTypes,
    ...options,
  };
  const fail = (code: DiagnosticCode, message: string): Extract<FetchResult, { ok: false }> => ({
    ok: false,
    diagnostic: diagnose('error', code, 'ingest', `${url}: ${message}`, { input: url }),
  });
  const headers = new Headers(opts.headers);
  headers.set('user-agent', userAgent());
  if (!headers.has('accept')) headers.set('accept', ACCEPT);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return fail('PX115', 'not a valid URL');
    }
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:')
        return fail(
          hop ? 'PX118' : 'PX115',
          `${current.protocol} URLs are not fetched (http and https only)`,
        );
      if (!opts.allowPrivate) {
        const check = await checkHost(current.hostname, opts.resolve ?? systemResolver);
        if (!check.ok && check.private) {
          const via = hop ? ` (after a redirect to ${current.href})` : '';
          return fail('PX116', `refused${via}: ${check.reason}; pass --allow-private to fetch it`);
        }
        if (!check.ok) return fail('PX115', check.reason);
      }
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers,
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (hop >= opts.maxRedirects) return fail('PX118', `more than ${opts.maxRedirects} redirects`);
        try {
          current = new URL(response.headers.get('location') ?? '', current);
        } catch {
          return fail('PX118', 'redirect to an invalid URL');
        }
        continue;
      }
      const validators: ResponseValidators = {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        const failed = fail(
          'PX115',
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        );
        return {
          ...failed,
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          ...validators,
        };
      }
      const contentType = response.headers.get('content-type');
      const type = mediaType(contentType);
      if (type !== null && !opts.contentTypes.includes(type)) {
        await response.body?.cancel().catch(() => {});
        return fail('PX117', `content type ${type} is not a page, a feed or text`);
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      const encoded = response.headers.has('content-encoding');
      if (!encoded && declared > opts.maxBytes) {
        await response.body?.cancel().catch(() => {});
        return fail('PX106', `${declared} bytes, more than the limit of ${opts.maxBytes}; not read`);
      }
      const bytes = await readCapped(response, opts.maxBytes);
      if (bytes === null)
        return fail('PX106', `more than the limit of ${opts.maxBytes} bytes; not read further`);
      const charset = charsetOf(contentType);
      return {
        ok: true,
        url: current.href,
        bytes: transcode(bytes, charset),
        contentType: type,
        charset,
        ...validators,
      };
    }
  } catch (error) {
    if (controller.signal.aborted) return fail('PX115', `timed out after ${opts.timeoutMs} ms`);
    const err = error as Error & { cause?: { code?: string; message?: string } };
    return fail('PX115', `cannot fetch (${err.cause?.code ?? err.cause?.message ?? err.message})`);
  } finally {
    clearTimeout(timer);
  }
}
