/**
 * One round of feed polling: every due feed fetched (conditional GET, a few at a time), new items
 * ingested into the store one feed at a time, and each feed's status and next check recorded.
 */
import { feeds as feedsConfig } from '../config.ts';
import type { FeedFetcher } from '../io/fetch-feed.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import type { IngestProgress, IngestReport } from '../service/ingest-report.ts';
import type { FeedRecord, FeedUpdate } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { diagnose } from '../util/diagnose.ts';
import { readFeedBody } from './read-feed-body.ts';
import { nextCheckAt, type PollOutcome, type ScheduleOptions } from './schedule.ts';

/** The ingest a poll hands documents to: `ingestDocuments`, or a fake in tests. */
export type IngestFn = (
  store: Store,
  documents: RawDocument[],
  options: { at: string; feedUrl?: string; onProgress?: IngestProgress },
) => Promise<IngestReport>;

/** How the poll of one feed ended. */
export interface FeedPollResult {
  url: string;
  status: 'ok' | 'not-modified' | 'error';
  /** Items the feed gave (0 unless `ok`). */
  documents: number;
  /** New articles stored. */
  added: number;
  errorCount: number;
  nextCheckAt: string;
  /** Why it failed (one diagnostic naming the feed), or the feed's and the ingest's diagnostics. */
  diagnostics: Diagnostic[];
  /** The ingest's report, when there was an ingest. */
  report?: IngestReport;
}

/**
 * What `onEvent` hears: how many feeds are due (once, first), a feed's fetch starting, and each feed's
 * result as soon as it is recorded.
 */
export type PollEvent =
  | { type: 'due'; feeds: number }
  | { type: 'start'; url: string }
  | { type: 'done'; result: FeedPollResult };

/** Options of `pollFeeds`. */
export interface PollOptions {
  /** The time of this round (ISO): feeds due at or before it are polled, and it is stored as their check time. */
  now: string;
  fetch: FeedFetcher;
  ingest: IngestFn;
  /** Fetch feeds on loopback, private and link-local addresses (default `config.ingest.allowPrivate`). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** Feeds fetched at once (default `config.feeds.concurrency`). */
  concurrency?: number;
  schedule?: Partial<ScheduleOptions>;
  onEvent?: (event: PollEvent) => void;
  /** Handed to each ingest. */
  onProgress?: IngestProgress;
}

/** The results of one round, in the order the feeds were due, with counts. */
export interface PollSummary {
  feeds: FeedPollResult[];
  ok: number;
  notModified: number;
  errors: number;
  added: number;
}

/** The one-line reason of an error diagnostic, for `lastError`: its message without the feed URL in front, and its code. */
function reason(d: Diagnostic, url: string): string {
  const message = d.message.startsWith(`${url}: `) ? d.message.slice(url.length + 2) : d.message;
  return `${message} [${d.code}]`;
}

/** Runs `tasks` with at most `limit` at once; each task handles its own errors. */
async function runLimited(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
}

/** Polls one feed and records the outcome; never throws (a failure becomes the feed's error status). */
async function pollOne(
  store: Store,
  feed: FeedRecord,
  opts: PollOptions,
  serial: <T>(job: () => Promise<T>) => Promise<T>,
): Promise<FeedPollResult> {
  const { url } = feed;
  const when = (outcome: PollOutcome) => nextCheckAt(url, outcome, opts.now, opts.schedule);
  const failed = async (diagnostic: Diagnostic, httpStatus?: number, retryAfter?: string) => {
    const errorCount = feed.errorCount + 1;
    const outcome: PollOutcome = { kind: 'error', errorCount };
    if (httpStatus !== undefined) outcome.httpStatus = httpStatus;
    if (retryAfter !== undefined) outcome.retryAfter = retryAfter;
    const next = when(outcome);
    await store.updateFeed(url, {
      status: 'error',
      lastCheckedAt: opts.now,
      nextCheckAt: next,
      errorCount,
      lastError: reason(diagnostic, url),
    });
    const result: FeedPollResult = {
      url,
      status: 'error',
      documents: 0,
      added: 0,
      errorCount,
      nextCheckAt: next,
      diagnostics: [diagnostic],
    };
    return result;
  };
  try {
    const fetchOptions: { allowPrivate?: boolean; timeoutMs?: number } = {};
    if (opts.allowPrivate !== undefined) fetchOptions.allowPrivate = opts.allowPrivate;
    if (opts.timeoutMs !== undefined) fetchOptions.timeoutMs = opts.timeoutMs;
    const fetched = await opts.fetch(url, { etag: feed.etag, lastModified: feed.lastModified }, fetchOptions);
    if (fetched.status === 'failed')
      return await failed(fetched.diagnostic, fetched.httpStatus, fetched.retryAfter);
    const base: FeedUpdate = { lastCheckedAt: opts.now, errorCount: 0, lastError: null };
    if (fetched.status === 'not-modified') {
      const next = when({ kind: 'not-modified' });
      await store.updateFeed(url, {
        ...base,
        status: 'not-modified',
        nextCheckAt: next,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
      });
      return {
        url,
        status: 'not-modified',
        documents: 0,
        added: 0,
        errorCount: 0,
        nextCheckAt: next,
        diagnostics: [],
      };
    }
    const body = readFeedBody(fetched.bytes, url);
    if (!body.ok) return await failed(body.diagnostic);
    const ingestOptions: { at: string; feedUrl: string; onProgress?: IngestProgress } = {
      at: opts.now,
      feedUrl: url,
    };
    if (opts.onProgress) ingestOptions.onProgress = opts.onProgress;
    const report =
      body.documents.length > 0
        ? await serial(() => opts.ingest(store, body.documents, ingestOptions))
        : undefined;
    const next = when({ kind: 'ok' });
    const update: FeedUpdate = {
      ...base,
      status: 'ok',
      nextCheckAt: next,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      addArticles: report?.added ?? 0,
    };
    if (body.title !== null) update.title = body.title;
    await store.updateFeed(url, update);
    return {
      url,
      status: 'ok',
      documents: body.documents.length,
      added: report?.added ?? 0,
      errorCount: 0,
      nextCheckAt: next,
      diagnostics: [...body.diagnostics, ...(report?.diagnostics ?? [])],
      ...(report ? { report } : {}),
    };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const d = diagnose('error', 'PX903', 'ingest', `${url}: internal error while polling (${err.message})`, {
      input: url,
    });
    try {
      return await failed(d);
    } catch {
      const next = when({ kind: 'error', errorCount: feed.errorCount + 1 });
      return {
        url,
        status: 'error',
        documents: 0,
        added: 0,
        errorCount: feed.errorCount + 1,
        nextCheckAt: next,
        diagnostics: [d],
      };
    }
  }
}

/**
 * Polls every feed due at `now` (`store.dueFeeds`) and returns what happened to each.
 *
 * Fetches run `concurrency` at a time through `fetch` (a conditional GET with the stored validators);
 * ingests run one at a time (each is one store transaction over the clusterer's state, which must not
 * interleave). 200: the body is read as a feed (`readFeedBody`), its items ingested with
 * `{ at: now, feedUrl }`, and the feed set to `ok` with the new validators, title and article count.
 * 304: `not-modified`, nothing ingested. Failure (network, HTTP status, not a feed, an ingest that
 * throws): `error`, `errorCount` + 1, `lastError`, and the next check backed off (`schedule.ts`). One
 * feed's failure never stops the others. The clock is not read: `now` is the time of the round.
 */
export async function pollFeeds(store: Store, pollOptions: PollOptions): Promise<PollSummary> {
  const at = Date.parse(pollOptions.now);
  if (Number.isNaN(at)) throw new RangeError(`pollFeeds: now "${pollOptions.now}" is not an ISO time`);
  // One format for every stored time, so that the store's string comparison of times is a time comparison.
  const options = { ...pollOptions, now: new Date(at).toISOString() };
  const due = await store.dueFeeds(options.now);
  options.onEvent?.({ type: 'due', feeds: due.length });
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job, job);
    chain = run.catch(() => {});
    return run;
  };
  const results: FeedPollResult[] = new Array(due.length);
  const tasks = due.map((feed, i) => async () => {
    options.onEvent?.({ type: 'start', url: feed.url });
    results[i] = await pollOne(store, feed, options, serial);
    options.onEvent?.({ type: 'done', result: results[i] });
  });
  await runLimited(tasks, options.concurrency ?? feedsConfig.concurrency);
  const count = (s: FeedPollResult['status']) => results.filter((r) => r.status === s).length;
  return {
    feeds: results,
    ok: count('ok'),
    notModified: count('not-modified'),
    errors: count('error'),
    added: results.reduce((n, r) => n + r.added, 0),
  };
}
