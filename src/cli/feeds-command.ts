/**
 * `parallax feeds add | list | remove`: the feeds the service polls, kept in the store (`poll` is in
 * feeds-poll-command.ts; the commands and their options are declared in program.ts).
 */
import { readFile } from 'node:fs/promises';
import { feedsTable } from '../feeds/format-feeds.ts';
import { readSubscription, type Subscription } from '../feeds/read-subscription.ts';
import { type FetchOptions, fetchUrl } from '../io/fetch-url.ts';
import { isUrl } from '../io/read-inputs.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { type FeedsIo, type FeedsOptions, withStore } from './feeds-store.ts';

export type { FeedsIo, FeedsOptions } from './feeds-store.ts';

/** Reads or fetches one `feeds add` input and says what it is. */
async function inspect(input: string, opts: FeedsOptions, io: FeedsIo): Promise<Subscription> {
  if (isUrl(input)) {
    const fetchOptions: Partial<FetchOptions> = {};
    if (opts.allowPrivate) fetchOptions.allowPrivate = true;
    if (opts.timeoutMs !== undefined) fetchOptions.timeoutMs = opts.timeoutMs;
    const fetched = await (io.fetchUrl ?? fetchUrl)(input, fetchOptions);
    if (!fetched.ok) {
      const { message, code } = fetched.diagnostic;
      return { kind: 'other', reason: `${message.replace(`${input}: `, '')} [${code}]` };
    }
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
