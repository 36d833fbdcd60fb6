/**
 * `parallax feeds poll [--watch]`: one polling round over the feeds that are due, or round after round.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { feeds as feedsConfig } from '../config.ts';
import { resultLine, roundLine } from '../feeds/format-feeds.ts';
import { type FeedPollResult, type PollOptions, pollFeeds } from '../feeds/poll-feeds.ts';
import { fetchFeed } from '../io/fetch-feed.ts';
import { ingestDocuments } from '../service/ingest-documents.ts';
import { checkOutletFile } from './check-outlets.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { type FeedsIo, type FeedsOptions, withStore } from './feeds-store.ts';
import { diagnosticLinesOf, verbosityOf } from './print-diagnostics.ts';
import type { Progress } from './progress.ts';

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
 * progress is finished). One line per feed on stderr with its diagnostics (unless `quiet`; notes too
 * when `verbose`), `progress` of the round's feeds, a summary per round on stdout.
 * Returns 1 when a feed failed in the last round, else 0.
 */
export async function feedsPoll(opts: FeedsOptions, io: FeedsIo, progress?: Progress): Promise<ExitCode> {
  /** A feed's diagnostics (the feed's and its ingest's) at the verbosity asked, labelled with the feed. */
  const feedDiagnostics = (r: FeedPollResult): string[] => {
    const shown = r.status === 'error' ? r.diagnostics.slice(1) : r.diagnostics; // the first is in the result line
    const labelled = shown.map((d) => (d.input ? d : { ...d, input: r.url }));
    return diagnosticLinesOf(labelled, new Map(), verbosityOf(opts));
  };
  checkOutletFile();
  const now = io.now ?? (() => new Date());
  const own = opts.watch && !io.signal ? processSignal() : null;
  const signal = io.signal ?? own?.signal ?? new AbortController().signal;
  const sleep = io.sleep ?? sleepUnlessStopped;
  try {
    return await withStore(opts, io, async (store) => {
      let code: ExitCode = EXIT.ok;
      do {
        let due = 0;
        let polled = 0;
        const poll: PollOptions = {
          now: now().toISOString(),
          fetch: io.fetchFeed ?? fetchFeed,
          ingest: io.ingest ?? ingestDocuments,
          onEvent: (e) => {
            if (e.type === 'due') due = e.feeds;
            if (e.type !== 'done') return;
            polled++;
            const lines = opts.quiet
              ? []
              : [`parallax: ${resultLine(e.result)}`, ...feedDiagnostics(e.result)];
            if (lines.length > 0) {
              progress?.done(); // a bar being drawn would garble the lines: it is drawn anew below them
              io.stderr.write(`${lines.join('\n')}\n`);
            }
            progress?.onProgress('fetch', polled, due);
          },
        };
        if (opts.allowPrivate) poll.allowPrivate = true;
        if (opts.timeoutMs !== undefined) poll.timeoutMs = opts.timeoutMs;
        const round = await pollFeeds(store, poll).finally(() => progress?.done());
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
