/**
 * What the `parallax feeds` commands share: their injectable I/O, their options and the store they open.
 */
import type { IngestFn } from '../feeds/poll-feeds.ts';
import type { FeedFetcher } from '../io/fetch-feed.ts';
import type { fetchUrl } from '../io/fetch-url.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { openStoreForCli } from './open-store-for-cli.ts';

/** What the feeds commands touch; every field but the streams has a real default, tests replace them. */
export interface FeedsIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** The environment (`PARALLAX_DATABASE_URL`). */
  env?: Record<string, string | undefined>;
  /** Opens the store (default `openStore`: SQLite file or PostgreSQL URL). */
  openStore?: (path: string) => Promise<Store>;
  /** The clock (default `() => new Date()`). */
  now?: () => Date;
  /** Fetches a feed for a poll (default `fetchFeed`). */
  fetchFeed?: FeedFetcher;
  /** Fetches a URL given to `feeds add` (default `fetchUrl`). */
  fetchUrl?: typeof fetchUrl;
  /** Reads a file given to `feeds add` (default `fs.promises.readFile`). */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Ingests a feed's items (default `ingestDocuments`). */
  ingest?: IngestFn;
  /** Waits between rounds of `poll --watch`; resolves early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Stops `poll --watch` (default: the first SIGINT or SIGTERM). */
  signal?: AbortSignal;
}

/** Options shared by the feeds commands. */
export interface FeedsOptions {
  /** The store: a SQLite file or a PostgreSQL URL (default `parallax.db`). */
  db: string;
  quiet?: boolean;
  /** Also print notes (`info` diagnostics) (`--verbose`). */
  verbose?: boolean;
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** `feeds add`: subscribe to URLs without fetching them first (`--no-check`). */
  check?: boolean;
  /** `feeds poll`: keep polling on schedule until stopped. */
  watch?: boolean;
}

/** Opens the store, turning an open failure into a one-line CLI error; runs `body` and closes it. */
export async function withStore<T>(
  opts: FeedsOptions,
  io: FeedsIo,
  body: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStoreForCli(opts.db, io.openStore ?? openStore);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
