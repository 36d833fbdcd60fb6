/**
 * `parallax feeds add | list | remove | poll`: the feeds the service polls, kept in the store.
 */
import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { feedsTable } from '../feeds/format-feeds.ts';
import { readSubscription, type Subscription } from '../feeds/read-subscription.ts';
import { type FetchOptions, fetchUrl } from '../io/fetch-url.ts';
import { isUrl } from '../io/read-inputs.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { feedsPoll } from './feeds-poll-command.ts';
import { DEFAULT_DB, type FeedsIo, type FeedsOptions, withStore } from './feeds-store.ts';

export type { FeedsIo, FeedsOptions } from './feeds-store.ts';

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
