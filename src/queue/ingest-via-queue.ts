/**
 * The service driver's queued ingest (a PostgreSQL store): the documents are queued for the workers
 * (`enqueue-documents.ts`), and the caller waits until every batch of them is committed and the
 * stories they changed are briefed, then gets the report a one-process ingest would give (a story
 * counts as created or updated by its members; the diagnostics of its batches and of their stories'
 * brief jobs). Each document counts once, as what it was when queued or, when an uncommitted batch
 * held it, by the outcome its batch's commit recorded (`enqueue-documents.ts`). While it waits it may work the queue itself (one job at
 * a time), so that an ingest finishes even when no `parallax worker` runs.
 */
import type pg from 'pg';
import { service as config } from '../config.ts';
import type { RawDocument } from '../model/source.ts';
import {
  addReport,
  countOutcomes,
  type DocumentOutcome,
  emptyReport,
  type IngestProgress,
  type IngestReport,
} from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';
import { failedBriefs, queueMissingBriefs } from './brief-job.ts';
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
    const ids = documents.map((d) => d.id);
    const enqueued = await enqueueDocuments(pool, documents, {
      at: options.at,
      known: await store.knownIds(ids),
      ...(options.feedUrl !== undefined && { feedUrl: options.feedUrl }),
      ...(options.chunkSize !== undefined && { chunkSize: options.chunkSize }),
    });
    const settled = ids.filter((id) => enqueued.states.get(id) !== 'open');
    // Stories of stored documents still waiting for their briefs (an ingest killed, a worker gone, a
    // brief failed for good): queued again unless a brief job of theirs may still run.
    const ours = new Set(ids);
    const waiting = (await store.pendingBriefs()).filter((p) => p.articles.some((a) => ours.has(a)));
    await queueMissingBriefs(
      pool,
      store,
      config.jobAttempts,
      waiting.map((p) => p.id),
    );
    if (options.noWait || (enqueued.batches.length === 0 && waiting.length === 0)) {
      const report = emptyReport(0);
      Object.assign(
        report,
        countOutcomes(settled, (id) => outcomeOf(enqueued, new Map(), id)),
      );
      report.documents = documents.length;
      return { enqueued, report };
    }
    const worker = options.work === false ? undefined : await startWorker(url, store);
    const progress = options.onProgress;
    const report = emptyReport(0);
    try {
      const wait = { pollMs: options.pollMs ?? 200, ...(worker && { failed: worker.done }) };
      const parts = await waitForBatches(pool, enqueued.batches, {
        ...wait,
        ...(progress && {
          onCommitted: (n: number) =>
            progress('write', Math.min(settled.length + n, documents.length), documents.length),
        }),
      });
      const stories = parts.flatMap((p) => [...p.storiesCreated, ...p.storiesUpdated]);
      await waitForBriefs(store, [...new Set([...stories, ...waiting.map((p) => p.id)])], { ...wait, pool });
      // The reports again: the brief jobs added their diagnostics to them.
      for (const part of await batchReports(pool, enqueued.batches)) addReport(report, part);
    } finally {
      await worker?.stop();
    }
    // Each document counted once, by what it was when queued or by its batch's outcome for it.
    const outcomes = await documentOutcomes(pool, ids);
    Object.assign(
      report,
      countOutcomes(ids, (id) => outcomeOf(enqueued, outcomes, id)),
    );
    return { enqueued, report };
  } finally {
    await pool.end();
  }
}

/** How the ingest counts document `id`: as it was when queued, or (`open`) by its batch's outcome. */
function outcomeOf(
  enqueued: Enqueued,
  outcomes: ReadonlyMap<string, DocumentOutcome>,
  id: string,
): DocumentOutcome {
  const state = enqueued.states.get(id) ?? 'known';
  // A batch committed by a worker older than the outcome column recorded none: it stored the document.
  return state === 'open' ? (outcomes.get(id) ?? 'known') : state;
}

/** The outcomes the batches' commits recorded for the documents of `ids`. */
async function documentOutcomes(pool: pg.Pool, ids: string[]): Promise<Map<string, DocumentOutcome>> {
  const { rows } = await pool.query<{ id: string; outcome: DocumentOutcome }>(
    'SELECT id, outcome FROM parallax_documents WHERE id = ANY($1) AND outcome IS NOT NULL',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.outcome]));
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

/**
 * Waits until no story of `ids` waits for its briefing (a later ingest may have touched it again),
 * or, with the queue's `pool`, until what still waits is a story whose brief job failed for good
 * (its PX509 is in a batch's report; the next ingest queues it again).
 */
export async function waitForBriefs(
  store: Store,
  ids: string[],
  options: Pick<WaitOptions, 'pollMs' | 'failed'> & { pool?: pg.Pool },
): Promise<void> {
  const check = failure(options.failed);
  let waiting = ids;
  for (;;) {
    waiting = (await store.pendingBriefs(waiting)).map((p) => p.id);
    if (options.pool !== undefined) {
      const failed = await failedBriefs(options.pool, waiting);
      waiting = waiting.filter((id) => !failed.has(id));
    }
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
    const reports = await batchReports(pool, batches);
    const committed = reports.reduce((n, r) => n + r.documents, 0);
    if (committed > told) {
      told = committed;
      options.onCommitted?.(committed);
    }
    if (reports.length === batches.length) return reports;
    check();
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}

/** The reports of the committed batches among `batches`, in batch order. */
async function batchReports(pool: pg.Pool, batches: number[]): Promise<IngestReport[]> {
  const { rows } = await pool.query<{ report: IngestReport }>(
    'SELECT report FROM parallax_batches WHERE id = ANY($1) AND report IS NOT NULL ORDER BY id',
    [batches],
  );
  return rows.map((r) => r.report);
}
