/**
 * The service driver's queued ingest (a PostgreSQL store): the documents are queued for the workers
 * (`enqueue-documents.ts`), and the caller waits until every batch of them is committed and the
 * stories they changed are briefed, then gets the report a one-process ingest would give (a story
 * counts as created or updated by its members). While it waits it may work the queue itself (one job at
 * a time), so that an ingest finishes even when no `parallax worker` runs.
 */
import type pg from 'pg';
import type { RawDocument } from '../model/source.ts';
import { addReport, emptyReport, type IngestProgress, type IngestReport } from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';
import { type Enqueued, enqueueDocuments } from './enqueue-documents.ts';
import { prepareQueue, queuePool } from './queue-tables.ts';
import { startWorker } from './run-worker.ts';

/** Options of a queued ingest. */
export interface QueuedIngestOptions {
  at: string;
  feedUrl?: string;
  chunkSize?: number;
  /** Work the queue while waiting (default true); false: only wait for the workers. */
  work?: boolean;
  /** Return once queued, without waiting (the report then counts the queued documents only). */
  noWait?: boolean;
  /** How often the batches are checked, in milliseconds (default 200). */
  pollMs?: number;
  /** Told as batches are committed (`write`: documents stored of the total). */
  onProgress?: IngestProgress;
}

/** A queued ingest's outcome: what was queued and, unless `noWait`, the summed report. */
export interface QueuedIngest {
  enqueued: Enqueued;
  report: IngestReport;
}

/** Queues `documents` on the store's database at `url` and (unless `noWait`) waits for their commit. */
export async function ingestViaQueue(
  url: string,
  store: Store,
  documents: RawDocument[],
  options: QueuedIngestOptions,
): Promise<QueuedIngest> {
  const pool = queuePool(url, 2);
  try {
    await prepareQueue(pool);
    const known = await store.knownIds(documents.map((d) => d.id));
    const enqueued = await enqueueDocuments(pool, documents, {
      at: options.at,
      known,
      ...(options.feedUrl !== undefined && { feedUrl: options.feedUrl }),
      ...(options.chunkSize !== undefined && { chunkSize: options.chunkSize }),
    });
    const report = emptyReport(known.size);
    // Stories of stored documents still waiting for their briefs (an ingest killed, a worker gone).
    const ids = new Set(documents.map((d) => d.id));
    const waiting = (await store.pendingBriefs()).filter((p) => p.articles.some((a) => ids.has(a)));
    if (options.noWait || (enqueued.batches.length === 0 && waiting.length === 0)) {
      report.documents = documents.length;
      return { enqueued, report };
    }
    const worker = options.work === false ? undefined : await startWorker(url, store);
    const progress = options.onProgress;
    try {
      const parts = await waitForBatches(pool, enqueued.batches, {
        pollMs: options.pollMs ?? 200,
        ...(worker && { failed: worker.done }),
        ...(progress && { onCommitted: (n: number) => progress('write', known.size + n, documents.length) }),
      });
      for (const part of parts) addReport(report, part);
      const stories = [...report.storiesCreated, ...report.storiesUpdated, ...waiting.map((p) => p.id)];
      await waitForBriefs(store, [...new Set(stories)], {
        pollMs: options.pollMs ?? 200,
        ...(worker && { failed: worker.done }),
      });
    } finally {
      await worker?.stop();
    }
    report.documents = documents.length;
    return { enqueued, report };
  } finally {
    await pool.end();
  }
}

/** How `waitForBatches` waits. */
export interface WaitOptions {
  pollMs: number;
  /** A worker whose failure ends the wait (its error is thrown). */
  failed?: Promise<void>;
  /** Told the documents of the batches committed so far, when that grows. */
  onCommitted?: (documents: number) => void;
}

/** A check of `failed`: throws its error once it has failed. */
function failure(failed: Promise<void> | undefined): () => void {
  let stop: unknown;
  failed?.catch((error) => {
    stop = error ?? new Error('the worker stopped');
  });
  return () => {
    if (stop !== undefined) throw stop;
  };
}

/** Waits until no story of `ids` waits for its briefing (a later ingest may have touched it again). */
export async function waitForBriefs(
  store: Store,
  ids: string[],
  options: Pick<WaitOptions, 'pollMs' | 'failed'>,
): Promise<void> {
  const check = failure(options.failed);
  let waiting = ids;
  for (;;) {
    waiting = (await store.pendingBriefs(waiting)).map((p) => p.id);
    if (waiting.length === 0) return;
    check();
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}

/** Waits until every batch has its report; returns them in batch order. */
export async function waitForBatches(
  pool: pg.Pool,
  batches: number[],
  options: WaitOptions,
): Promise<IngestReport[]> {
  const check = failure(options.failed);
  let told = 0;
  for (;;) {
    const { rows } = await pool.query<{ id: string; report: IngestReport }>(
      'SELECT id, report FROM parallax_batches WHERE id = ANY($1) AND report IS NOT NULL ORDER BY id',
      [batches],
    );
    const committed = rows.reduce((n, r) => n + r.report.documents, 0);
    if (committed > told) {
      told = committed;
      options.onCommitted?.(committed);
    }
    if (rows.length === batches.length) return rows.map((r) => r.report);
    check();
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}
