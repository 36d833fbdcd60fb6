/**
 * `parallax feeds add | list | remove | poll`: the feeds the service polls, kept in the store.
 */
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { feeds as feedsConfig } from '../config.ts';
import { feedsTable, resultLine, roundLine } from '../feeds/format-feeds.ts';
import { type IngestFn, type PollOptions, pollFeeds } from '../feeds/poll-feeds.ts';
import { readSubscription, type Subscription } from '../feeds/read-subscription.ts';
import { type FeedFetcher, fetchFeed } from '../io/fetch-feed.ts';
import { type FetchOptions, fetchUrl } from '../io/fetch-url.ts';
import { isUrl } from '../io/read-inputs.ts';
import { ingestDocuments } from '../service/ingest-documents.ts';
import { openSqliteStore, StoreOpenError } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { CliError, EXIT, type ExitCode } from './exit-codes.ts';

/** What the feeds commands touch; every field but the streams has a real default, tests replace them. */
export interface FeedsIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Opens the store (default `openSqliteStore`). */
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
  /** The database file (default `parallax.db`). */
  db: string;
  quiet?: boolean;
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** `feeds add`: subscribe to URLs without fetching them first (`--no-check`). */
  check?: boolean;
  /** `feeds poll`: keep polling on schedule until stopped. */
  watch?: boolean;
}

/** The default database file, in the working directory. */
export const DEFAULT_DB = 'parallax.db';

/** Opens the store, turning an open failure into a one-line CLI error; runs `body` and closes it. */
async function withStore<T>(opts: FeedsOptions, io: FeedsIo, body: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await (io.openStore ?? openSqliteStore)(opts.db);
  } catch (error) {
    if (error instanceof StoreOpenError) throw new CliError(error.message, EXIT.storeFailed);
    throw error;
  }
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** Reads or fetches one `feeds add` input and says what it is. */
async function inspect(input: string, opts: FeedsOptions, io: FeedsIo): Promise<Subscription> {
  if (isUrl(input)) {
    const fetchOptions: Partial<FetchOptions> = {};
    if (opts.allowPrivate) fetchOptions.allowPrivate = true;
    if (opts.timeoutMs !== undefined) fetchOptions.timeoutMs = opts.timeoutMs;
    const fetched = await (io.fetchUrl ?? fetchUrl)(input, fetchOptions);
    if (!fetched.ok) return { kind: 'other', reason: fetched.diagnostic.message.replace(`${input}: `, '') };
    return readSubscription(fetched.bytes);
  }
  try {
    const sub = readSubscription(await (io.readFile ?? readFile)(input));
    if (sub.kind === 'feed')
      return { kind: 'other', reason: 'a feed file cannot be polled; add the URL it is published at' };
    return sub;
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return {
      kind: 'other',
      reason: err.code === 'ENOENT' ? 'no such file' : `cannot be read (${err.code ?? err.message})`,
    };
  }
}

/**
 * `feeds add`: subscribes to each feed URL, and to every feed of each OPML list (a file or a URL).
 *
 * A URL is fetched first and must be a feed or an OPML list (unless `check` is false); its title is
 * stored. Feeds already present are reported and left as they are. Returns 1 when an input was refused.
 */
export async function feedsAdd(inputs: string[], opts: FeedsOptions, io: FeedsIo): Promise<ExitCode> {
  const at = (io.now ?? (() => new Date()))().toISOString();
  return withStore(opts, io, async (store) => {
    let refused = 0;
    const subscribe = async (url: string, title: string | null) => {
      const fresh = await store.addFeed(url, at);
      if (fresh && title) await store.updateFeed(url, { title });
      io.stdout.write(`${fresh ? 'added' : 'already subscribed'}: ${url}${title ? ` (${title})` : ''}\n`);
    };
    for (const input of inputs) {
      if (opts.check === false && isUrl(input)) {
        await subscribe(input, null);
        continue;
      }
      const sub = await inspect(input, opts, io);
      if (sub.kind === 'other') {
        refused++;
        io.stderr.write(`parallax: ${input}: not added: ${sub.reason}\n`);
      } else if (sub.kind === 'feed') await subscribe(input, sub.title);
      else {
        for (const url of sub.feedUrls) await subscribe(url, null);
        io.stdout.write(`${sub.feedUrls.length} feeds listed in ${input}\n`);
      }
    }
    return refused > 0 ? EXIT.rejected : EXIT.ok;
  });
}

/** `feeds list`: prints the table of feeds (UTC times). */
export async function feedsList(opts: FeedsOptions, io: FeedsIo): Promise<ExitCode> {
  return withStore(opts, io, async (store) => {
    const feeds = await store.listFeeds();
    if (feeds.length === 0) io.stdout.write('no feeds; add one with: parallax feeds add <url | opml>\n');
    else io.stdout.write(feedsTable(feeds));
    return EXIT.ok;
  });
}

/** `feeds remove`: unsubscribes each URL (its stored articles stay). Returns 1 when one was not subscribed. */
export async function feedsRemove(urls: string[], opts: FeedsOptions, io: FeedsIo): Promise<ExitCode> {
  return withStore(opts, io, async (store) => {
    let missing = 0;
    for (const url of urls) {
      if (await store.removeFeed(url)) io.stdout.write(`removed: ${url}\n`);
      else {
        missing++;
        io.stderr.write(`parallax: ${url}: not subscribed\n`);
      }
    }
    return missing > 0 ? EXIT.rejected : EXIT.ok;
  });
}

/** A signal aborted by the first SIGINT or SIGTERM, and the function that stops listening. */
function processSignal(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/** Waits `ms`, or less when `signal` aborts. */
async function sleepUnlessStopped(ms: number, signal: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => {});
}

/**
 * `feeds poll`: polls the feeds that are due once, or with `watch` round after round, sleeping until
 * the next feed is due (at most `config.feeds.watchMaxSleepMs`), until SIGINT/SIGTERM (the round in
 * progress is finished). One line per feed on stderr (unless `quiet`), a summary per round on stdout.
 * Returns 1 when a feed failed in the last round, else 0.
 */
export async function feedsPoll(opts: FeedsOptions, io: FeedsIo): Promise<ExitCode> {
  const now = io.now ?? (() => new Date());
  const own = opts.watch && !io.signal ? processSignal() : null;
  const signal = io.signal ?? own?.signal ?? new AbortController().signal;
  const sleep = io.sleep ?? sleepUnlessStopped;
  try {
    return await withStore(opts, io, async (store) => {
      let code: ExitCode = EXIT.ok;
      do {
        const poll: PollOptions = {
          now: now().toISOString(),
          fetch: io.fetchFeed ?? fetchFeed,
          ingest: io.ingest ?? ingestDocuments,
          onEvent: (e) => {
            if (e.type === 'done' && !opts.quiet) io.stderr.write(`parallax: ${resultLine(e.result)}\n`);
          },
        };
        if (opts.allowPrivate) poll.allowPrivate = true;
        if (opts.timeoutMs !== undefined) poll.timeoutMs = opts.timeoutMs;
        const round = await pollFeeds(store, poll);
        const next = (await store.listFeeds()).reduce<string | null>(
          (min, f) => (min === null || f.nextCheckAt < min ? f.nextCheckAt : min),
          null,
        );
        io.stdout.write(`${roundLine(round, next)}\n`);
        code = round.errors > 0 ? EXIT.rejected : EXIT.ok;
        if (!opts.watch || signal.aborted) break;
        const wait = next ? Date.parse(next) - now().getTime() : feedsConfig.watchMaxSleepMs;
        await sleep(Math.min(Math.max(wait, 1000), feedsConfig.watchMaxSleepMs), signal);
      } while (!signal.aborted);
      return code;
    });
  } finally {
    own?.release();
  }
}

/** Parses `--timeout` (milliseconds, a positive integer). */
function parseTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError('expected a positive number of milliseconds');
  return n;
}

/**
 * Adds `feeds` with its four subcommands to `program`; each action hands its exit code to `setExitCode`.
 */
export function registerFeedsCommand(
  program: Command,
  io: FeedsIo,
  setExitCode: (code: number) => void,
): Command {
  const feeds = program.command('feeds').description('manage and poll the feeds the store follows');
  const db = (cmd: Command) => cmd.option('--db <file>', 'the database file', DEFAULT_DB);
  const net = (cmd: Command) =>
    cmd
      .option('--allow-private', 'fetch URLs on loopback, private and link-local addresses')
      .option('--timeout <ms>', 'timeout of each fetch in milliseconds', parseTimeout);
  const toOptions = (o: Record<string, unknown>): FeedsOptions => {
    const out: FeedsOptions = { db: String(o.db ?? DEFAULT_DB) };
    if (o.quiet) out.quiet = true;
    if (o.allowPrivate) out.allowPrivate = true;
    if (typeof o.timeout === 'number') out.timeoutMs = o.timeout;
    if (o.check === false) out.check = false;
    if (o.watch) out.watch = true;
    return out;
  };
  net(db(feeds.command('add')))
    .description('follow feeds: feed URLs, and OPML lists (files or URLs) of feeds')
    .argument('<inputs...>', 'feed URLs or OPML files/URLs')
    .option('--no-check', 'add URLs without fetching them first')
    .action(async (inputs: string[], o: Record<string, unknown>) => {
      setExitCode(await feedsAdd(inputs, toOptions(o), io));
    });
  db(feeds.command('list'))
    .description('show the feeds with their status and schedule')
    .action(async (o: Record<string, unknown>) => {
      setExitCode(await feedsList(toOptions(o), io));
    });
  db(feeds.command('remove'))
    .description('stop following feeds (their articles stay in the store)')
    .argument('<urls...>', 'feed URLs as listed')
    .action(async (urls: string[], o: Record<string, unknown>) => {
      setExitCode(await feedsRemove(urls, toOptions(o), io));
    });
  net(db(feeds.command('poll')))
    .description('fetch the feeds that are due and ingest their new items')
    .option('-w, --watch', 'keep polling on schedule until interrupted (Ctrl-C)')
    .option('-q, --quiet', 'print no line per feed')
    .action(async (o: Record<string, unknown>) => {
      setExitCode(await feedsPoll(toOptions(o), io));
    });
  return feeds;
}
