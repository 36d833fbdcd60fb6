/**
 * Validation of query and path parameters: each bad value is a 400 (or 404 for ids) naming the problem.
 */
import type { Page } from '../store/store.ts';
import { badRequest, HttpError, notFound } from './http-error.ts';

/** Limits of the list and search parameters. */
export const PARAM_LIMITS = {
  /** Largest `limit` of a list or search (bounds the work of one request). */
  maxLimit: 200,
  /** Default `limit` of a list. */
  defaultListLimit: 50,
  /** Default `limit` of a search. */
  defaultSearchLimit: 20,
  /** Largest `offset` (deeper pages are never useful and only cost the database). */
  maxOffset: 1_000_000,
  /** Longest search query, in characters. */
  maxQueryLength: 500,
  /** Longest id or key accepted before looking it up. */
  maxIdLength: 200,
} as const;

/** An integer query parameter in `[min, max]`, `fallback` when absent; a 400 otherwise. */
export function intParam(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw))
    throw badRequest(`${name} must be an integer from ${min} to ${max}, got ${show(raw)}`);
  const n = Number(raw);
  if (n < min || n > max) throw badRequest(`${name} must be an integer from ${min} to ${max}, got ${n}`);
  return n;
}

/** The paging of a list from `limit` (1..200, default 50) and `offset` (0.., default 0). */
export function pageParams(query: (name: string) => string | undefined): Page {
  return {
    limit: intParam('limit', query('limit'), 1, PARAM_LIMITS.maxLimit, PARAM_LIMITS.defaultListLimit),
    offset: intParam('offset', query('offset'), 0, PARAM_LIMITS.maxOffset, 0),
  };
}

/** The search query `q`: required, trimmed, at most 500 characters. */
export function searchQuery(raw: string | undefined): string {
  const q = (raw ?? '').trim();
  if (q === '') throw badRequest('q is required: the words to search for');
  if (q.length > PARAM_LIMITS.maxQueryLength)
    throw badRequest(`q is too long: ${q.length} characters, at most ${PARAM_LIMITS.maxQueryLength}`);
  return q;
}

/** An id from the path: one that could never be stored (too long, control characters) is a 404 without a lookup. */
export function idParam(what: string, raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (raw.length === 0 || raw.length > PARAM_LIMITS.maxIdLength || /[\u0000-\u001f\u007f]/.test(raw))
    throw notFound(what, raw);
  return raw;
}

/** A version number from the path: a positive integer, else 404 (no such version). */
export function versionParam(storyId: string, raw: string): number {
  const n = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n)) throw noVersion(storyId, raw);
  return n;
}

/** The 404 for a version a story does not have. */
export function noVersion(storyId: string, version: string | number): HttpError {
  return new HttpError(404, 'not-found', `story ${storyId} has no version ${show(String(version))}`);
}

/** A value quoted for a message, cut to 40 characters. */
function show(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
