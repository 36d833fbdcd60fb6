/**
 * When to check a feed next: the poll interval after a success, exponential backoff after errors,
 * Retry-After honoured, and a fixed per-feed jitter so that feeds added together do not poll together.
 * Pure: the current time is passed in.
 */
import { createHash } from 'node:crypto';
import { feeds as feedsConfig } from '../config.ts';

/** The schedule's settings (defaults: `config.feeds`). */
export interface ScheduleOptions {
  pollIntervalMs: number;
  maxBackoffMs: number;
  jitterRatio: number;
}

/** How a poll of a feed ended, as the schedule needs it. */
export type PollOutcome =
  | { kind: 'ok' }
  | { kind: 'not-modified' }
  | {
      kind: 'error';
      /** Consecutive failures, this one included (1 after the first). */
      errorCount: number;
      /** HTTP status of the failed response, if it was one. */
      httpStatus?: number;
      /** The Retry-After header as sent (seconds or an HTTP date). */
      retryAfter?: string;
    };

/** Statuses whose Retry-After is honoured: "too many requests" and "service unavailable" (RFC 9110). */
const RETRY_AFTER_STATUSES = new Set([429, 503]);

/** A number in [0, 1) fixed by the URL (SHA-1 of it): the same feed always gets the same share of jitter. */
export function jitterFraction(url: string): number {
  return createHash('sha1').update(url).digest().readUInt32BE(0) / 2 ** 32;
}

/** The wait after `errorCount` consecutive failures, before jitter: interval × 2^errorCount, at most `maxBackoffMs`. */
export function backoffMs(errorCount: number, options: Partial<ScheduleOptions> = {}): number {
  const opts = { ...feedsConfig, ...options };
  return Math.min(opts.pollIntervalMs * 2 ** Math.max(0, errorCount), opts.maxBackoffMs);
}

/**
 * Milliseconds a Retry-After header asks to wait from `nowMs`: delta-seconds (`120`) or an HTTP date;
 * null when it is neither. A date in the past gives 0.
 */
export function parseRetryAfter(value: string, nowMs: number): number | null {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null; // "-5", "1.5": not a delay nor a date
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * The delay before the next check of `url` after `outcome`, in milliseconds.
 *
 * `ok` and `not-modified`: the poll interval. `error`: `backoffMs(errorCount)`. Each is shortened by
 * `jitterFraction(url) × jitterRatio` of itself, so it never passes the cap. After a 429 or 503 with a
 * Retry-After, the delay is at least what the server asked (capped at `maxBackoffMs`).
 */
export function delayAfter(
  url: string,
  outcome: PollOutcome,
  nowMs: number,
  options: Partial<ScheduleOptions> = {},
): number {
  const opts = { ...feedsConfig, ...options };
  const base = outcome.kind === 'error' ? backoffMs(outcome.errorCount, opts) : opts.pollIntervalMs;
  const delay = Math.round(base * (1 - opts.jitterRatio * jitterFraction(url)));
  if (outcome.kind !== 'error' || outcome.retryAfter === undefined) return delay;
  if (outcome.httpStatus === undefined || !RETRY_AFTER_STATUSES.has(outcome.httpStatus)) return delay;
  const asked = parseRetryAfter(outcome.retryAfter, nowMs);
  return asked === null ? delay : Math.max(delay, Math.min(asked, opts.maxBackoffMs));
}

/** The ISO time of the next check of `url` after `outcome`, polled at `now` (ISO). See `delayAfter`. */
export function nextCheckAt(
  url: string,
  outcome: PollOutcome,
  now: string,
  options: Partial<ScheduleOptions> = {},
): string {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`nextCheckAt: "${now}" is not an ISO time`);
  return new Date(nowMs + delayAfter(url, outcome, nowMs, options)).toISOString();
}
