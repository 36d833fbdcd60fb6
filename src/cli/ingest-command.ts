/**
 * `parallax ingest <inputs...> [--db FILE|URL]`: add articles to the store, update the stories they touch.
 *
 * Reads the inputs like `brief` (files, folders, feeds, OPML, URLs, stdin), ingests them in one
 * batch, prints what changed (or the report as JSON with `--json`) and the diagnostics. Exit 0 when
 * every input was used, 1 when some were rejected (the rest is stored), 74 when the database fails.
 */
import { readInputs } from '../io/read-inputs.ts';
import type { RawDocument } from '../model/source.ts';
import { ingestDocuments } from '../service/ingest-documents.ts';
import type { IngestReport } from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';
import { describeDatabase } from '../store/store-error.ts';
import { checkOutletFile } from './check-outlets.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { openStoreForCli } from './open-store-for-cli.ts';
import { diagnosticLinesOf, pathsOf, verbosityOf } from './print-diagnostics.ts';
import type { Progress } from './progress.ts';
import type { CliIo } from './run-command.ts';

/** Options of `parallax ingest`. */
export interface IngestCommandOptions {
  db: string;
  quiet: boolean;
  /** Also print notes (`info` diagnostics) (`--verbose`). */
  verbose?: boolean;
  json: boolean;
  allowPrivate?: boolean;
  timeoutMs?: number;
  /** The time of the ingest (default: now). */
  now?: () => string;
  /** Commit every this many new documents (default `service.chunkDocuments`). */
  chunkSize?: number;
  /** …or every this many seconds of work. */
  chunkSeconds?: number;
  /** Progress display (default: none); closed before the summary and diagnostics are printed. */
  progress?: Progress;
  /** PostgreSQL: queue the documents and return, leaving the work to `parallax worker` (`--no-wait`). */
  noWait?: boolean;
}

/** Runs `parallax ingest` and returns the exit code. */
export async function runIngest(inputs: string[], opts: IngestCommandOptions, io: CliIo): Promise<ExitCode> {
  checkOutletFile();
  const store = await openStoreForCli(opts.db);
  try {
    const read = io.readInputs ?? readInputs;
    const ingest = await read(inputs, {
      stdin: io.stdin,
      ...(opts.allowPrivate && { allowPrivate: true }),
      ...(opts.timeoutMs !== undefined && { timeoutMs: opts.timeoutMs }),
    });
    const at = (opts.now ?? (() => new Date().toISOString()))();
    const { report, queued } = await ingestInto(store, ingest.documents, at, opts);
    opts.progress?.done();
    const problems = [...ingest.diagnostics, ...report.diagnostics];
    if (opts.json)
      io.stdout.write(
        `${JSON.stringify({ ...report, ...(queued !== undefined && { queued }), diagnostics: problems }, null, 2)}\n`,
      );
    else if (queued !== undefined && opts.noWait)
      io.stdout.write(`${queuedLine(report.documents, queued, opts.db)}\n`);
    else io.stdout.write(`${summaryLines(report, opts.db).join('\n')}\n`);
    const rejected = ingest.diagnostics.filter((d) => d.severity === 'error').length + report.unusable;
    if (!opts.quiet) {
      const paths = pathsOf(ingest.documents);
      const lines = diagnosticLinesOf(problems, paths, verbosityOf(opts));
      if (rejected > 0) lines.push(`parallax: ${rejected} inputs rejected; the rest was stored [PX902]`);
      else if (ingest.documents.length === 0) lines.push('parallax: no document found in the inputs [PX902]');
      if (lines.length > 0) io.stderr.write(`${lines.join('\n')}\n`);
    }
    return rejected > 0 || ingest.documents.length === 0 ? EXIT.rejected : EXIT.ok;
  } finally {
    await store.close();
  }
}

/**
 * Ingests into `store`: inline on SQLite; on PostgreSQL through the job queue (`parallax worker`),
 * waiting for the commit and working the queue meanwhile unless `noWait`. `queued` is set for a queue.
 */
async function ingestInto(
  store: Store,
  documents: RawDocument[],
  at: string,
  opts: IngestCommandOptions,
): Promise<{ report: IngestReport; queued?: number }> {
  const chunk = opts.chunkSize !== undefined && { chunkSize: opts.chunkSize };
  if (store.kind === 'postgres') {
    const { ingestViaQueue } = await import('../queue/ingest-via-queue.ts');
    const run = await ingestViaQueue(opts.db, store, documents, {
      at,
      ...chunk,
      noWait: opts.noWait === true,
      ...(opts.progress && { onProgress: opts.progress.onProgress }),
    });
    return { report: run.report, queued: run.enqueued.queued };
  }
  const report = await ingestDocuments(store, documents, {
    at,
    ...chunk,
    ...(opts.chunkSeconds !== undefined && { chunkSeconds: opts.chunkSeconds }),
    ...(opts.progress && { onProgress: opts.progress.onProgress }),
  });
  return { report };
}

/** The line of an ingest that only queued its documents. */
export function queuedLine(documents: number, queued: number, db: string): string {
  return `${documents} documents: ${queued} queued for the workers (${documents - queued} already stored or queued) — ${describeDatabase(db)}`;
}

/** The human summary of an ingest. */
export function summaryLines(r: IngestReport, db: string): string[] {
  const skipped = [
    r.known && `${r.known} already stored`,
    r.exactCopies && `${r.exactCopies} exact copies`,
    r.unusable && `${r.unusable} unusable`,
    r.nearDuplicates && `${r.nearDuplicates} linked as near copies`,
  ].filter(Boolean);
  return [
    `${r.documents} documents: ${r.added} added${skipped.length ? ` (${skipped.join(', ')})` : ''}`,
    `stories: ${r.storiesCreated.length} new, ${r.storiesUpdated.length} updated, ${r.storiesMerged.length} merged — ${describeDatabase(db)}`,
  ];
}
