/**
 * Fetching a feed for a poll: a conditional GET (ETag / Last-Modified) on top of `fetchUrl`.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Resolver } from './check-address.ts';
import { type FetchOptions, fetchUrl } from './fetch-url.ts';

/** The validators of the last successful response, sent back so that an unchanged feed costs a 304. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

/** What a feed fetch gives: a new body, "not modified", or a failure with what the schedule needs. */
export type FeedFetchResult =
  | {
      status: 'fetched';
      /** The final URL, after redirects. */
      url: string;
      bytes: Uint8Array;
      contentType: string | null;
      /** Validators to store for the next poll (null when the server sent none). */
      etag: string | null;
      lastModified: string | null;
    }
  | {
      status: 'not-modified';
      /** Validators to keep: the ones the 304 carried, else the ones sent. */
      etag: string | null;
      lastModified: string | null;
    }
  | {
      status: 'failed';
      /** Names the feed URL and says why (PX115–PX118, PX106). */
      diagnostic: Diagnostic;
      /** The HTTP status of a failed response (429, 503, 500, …); absent for network errors. */
      httpStatus?: number;
      /** The Retry-After header as sent, when there was one. */
      retryAfter?: string;
    };

/** Options of `fetchFeed` (defaults: `config.ingest`, as for any URL). */
export interface FeedFetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  resolve?: Resolver;
}

/** A feed fetcher: `fetchFeed`, or a fake in tests. */
export type FeedFetcher = (
  url: string,
  validators: FeedValidators,
  options: FeedFetchOptions,
) => Promise<FeedFetchResult>;

/** Feed media types first; pages are still accepted so that a wrong URL gets a clear "not a feed". */
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1';

/**
 * Fetches a feed with a conditional GET: sends `If-None-Match` / `If-Modified-Since` from the stored
 * validators and reports a 304 as `not-modified`.
 *
 * Everything else is `fetchUrl`'s: private addresses refused unless `allowPrivate`, timeout, size cap,
 * redirects checked hop by hop, content types, charset. Never throws.
 */
export async function fetchFeed(
  url: string,
  validators: FeedValidators,
  options: FeedFetchOptions = {},
): Promise<FeedFetchResult> {
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const fetchOptions: Partial<FetchOptions> = { headers };
  if (options.allowPrivate !== undefined) fetchOptions.allowPrivate = options.allowPrivate;
  if (options.timeoutMs !== undefined) fetchOptions.timeoutMs = options.timeoutMs;
  if (options.maxBytes !== undefined) fetchOptions.maxBytes = options.maxBytes;
  if (options.resolve !== undefined) fetchOptions.resolve = options.resolve;
  const result = await fetchUrl(url, fetchOptions);
  if (result.ok) {
    return {
      status: 'fetched',
      url: result.url,
      bytes: result.bytes,
      contentType: result.contentType,
      etag: result.etag ?? null,
      lastModified: result.lastModified ?? null,
    };
  }
  if (result.status === 304) {
    return {
      status: 'not-modified',
      etag: result.etag ?? validators.etag,
      lastModified: result.lastModified ?? validators.lastModified,
    };
  }
  const failed: FeedFetchResult = { status: 'failed', diagnostic: result.diagnostic };
  if (result.status !== undefined) failed.httpStatus = result.status;
  if (result.retryAfter) failed.retryAfter = result.retryAfter;
  return failed;
}
