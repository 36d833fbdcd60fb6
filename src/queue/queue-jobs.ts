/**
 * The three jobs of the queue, each a call into the engine:
 *
 * - `parallax_analyze` (a few documents, any number in parallel, in any process): the engine's pure
 *   `analyze` stage; its result is kept with the queued document; the last of a batch asks for a
 *   `parallax_group` job.
 * - `parallax_group` (the serialized step): under a PostgreSQL advisory lock, the oldest batch not
 *   committed yet, once every document of it is analyzed, goes through the service driver
 *   (`ingestDocuments` with `briefLater`: dedup, assign to stories, refine, one commit of the
 *   articles and the stories' members) with the analyzed results handed in, so the stories are the
 *   ones a one-process ingest would make, and the report records each document's outcome (what an
 *   ingest counts it as); then the next batch, until one is still being analyzed
 *   (its last `analyze` job asks for grouping again). Each story whose members changed gets a
 *   `parallax_brief` job, which waits while later batches are queued (they may change it again).
 * - `parallax_brief` (one story, any number in parallel): the engine's brief stage on the story's
 *   members as the last commit left them (`brief-job.ts`: its job key, its diagnostics, a brief
 *   that fails for good).
 *
 * A batch ready before an older one waits: the older one's last `analyze` job asks for grouping,
 * and that job commits both in order.
 *
 * All can be run again after a crash: an analyzed document is not analyzed again, a batch whose
 * articles were committed before its report was written is skipped by the ingest (known ids: their
 * outcome is then `known`, so an ingest waiting for the batch counts them once), and a
 * story whose brief job was never queued (a crash between the commit and queueing it) is found
 * pending by the next group job (`queueMissingBriefs`).
 */
import type { JobHelpers, TaskList } from 'graphile-worker';
import type pg from 'pg';
import { service as config } from '../config.ts';
import { analyze } from '../engine.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { RawDocument } from '../model/source.ts';
import { ingestDocuments } from '../service/ingest-documents.ts';
import type { DocumentOutcome, IngestProgress } from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';
import { briefJob, queueBriefs, queueMissingBriefs, startWaitingBriefs } from './brief-job.ts';
import { LOCK, storedAnnotations } from './queue-tables.ts';

/** The group job's key and queue: at most one waits, and they run one at a time. */
export const GROUP_JOB = 'parallax_group';

/** What the jobs of one process work with. */
export interface JobContext {
  pool: pg.Pool;
  store: Store;
  /** Told of each stage's progress while a batch is grouped, briefed and committed (benchmarks). */
  onProgress?: IngestProgress;
  /** Told after each document's analysis, with its milliseconds (benchmarks). */
  onAnalyzed?: (ms: number) => void;
  /** Told as the group step starts and ends a batch (benchmarks). */
  onBatch?: (event: 'start' | 'end', documents: number) => void;
  /** Told after each brief job, with its milliseconds (benchmarks). */
  onBriefed?: (ms: number) => void;
  /** Attempts of the brief jobs this process queues (default `service.jobAttempts`). */
  briefAttempts?: number;
}

/** The task list for graphile-worker. */
export function queueTasks(context: JobContext): TaskList {
  return {
    parallax_analyze: (payload, helpers) => analyzeJob(context, payload as { ids: string[] }, helpers),
    parallax_group: () => groupBatches(context),
    parallax_brief: (payload, helpers) => briefJob(context, payload as { id: string }, helpers),
  };
}

async function analyzeJob(
  context: JobContext,
  payload: { ids: string[] },
  helpers: JobHelpers,
): Promise<void> {
  for (const id of payload.ids) {
    const { rows } = await context.pool.query<{ document: RawDocument | null; done: boolean }>(
      'SELECT document, result IS NOT NULL AS done FROM parallax_documents WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (row === undefined || row.done || row.document === null) continue;
    const started = performance.now();
    const result = analyze(row.document);
    context.onAnalyzed?.(performance.now() - started);
    await context.pool.query('UPDATE parallax_documents SET result = $2 WHERE id = $1', [
      id,
      JSON.stringify(result),
    ]);
  }
  // Grouping is asked for once the documents' batch is all analyzed (by whichever job is last;
  // two last ones at once both ask, and one job key keeps that to one job).
  const { rows: ready } = await context.pool.query(
    `SELECT 1 FROM parallax_documents d JOIN parallax_batches b ON b.id = d.batch
     WHERE d.id = ANY($1) AND b.report IS NULL
       AND NOT EXISTS (SELECT 1 FROM parallax_documents o WHERE o.batch = d.batch AND o.result IS NULL)`,
    [payload.ids],
  );
  if (ready.length > 0) await helpers.addJob(GROUP_JOB, {}, { jobKey: GROUP_JOB, queueName: GROUP_JOB });
}

/** Commits every batch that is ready, in order, under the group lock (see the module comment). */
export async function groupBatches(context: JobContext): Promise<void> {
  const client = await context.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK.group]);
    try {
      while (await groupNextBatch(context, client));
      await queueMissingBriefs(client, context.store, context.briefAttempts ?? config.jobAttempts);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK.group]);
    }
  } finally {
    client.release();
  }
}

/** Commits the oldest uncommitted batch if all of it is analyzed; false when there is none ready. */
async function groupNextBatch(context: JobContext, client: pg.PoolClient): Promise<boolean> {
  const batch = (
    await client.query<{ id: string; at: string; feed_url: string | null }>(
      'SELECT id, at, feed_url FROM parallax_batches WHERE report IS NULL ORDER BY id LIMIT 1',
    )
  ).rows[0];
  if (batch === undefined) return false;
  const { rows } = await client.query<{ document: RawDocument; result: AnalyzedArticle | Article | null }>(
    'SELECT document, result FROM parallax_documents WHERE batch = $1 ORDER BY seq',
    [batch.id],
  );
  if (rows.some((r) => r.result === null)) return false;
  const analyzed = new Map(rows.map((r) => [r.document.id, r.result!]));
  context.onBatch?.('start', rows.length);
  const outcomes = new Map<string, DocumentOutcome>();
  const report = await ingestDocuments(
    context.store,
    rows.map((r) => r.document),
    {
      at: batch.at,
      ...(batch.feed_url !== null && { feedUrl: batch.feed_url }),
      chunkSize: rows.length,
      briefLater: true,
      analyzed,
      storedAnnotations: (ids) => storedAnnotations(client, ids),
      onOutcomes: (chunk) => {
        for (const [id, outcome] of chunk) outcomes.set(id, outcome);
      },
      ...(context.onProgress && { onProgress: context.onProgress }),
    },
  );
  // The raw content is not needed any more; the annotations are kept for re-briefing.
  await client.query('BEGIN');
  await client.query('UPDATE parallax_batches SET report = $2 WHERE id = $1', [
    batch.id,
    JSON.stringify(report),
  ]);
  await client.query(
    'UPDATE parallax_documents SET document = NULL, outcome = $2::json ->> id WHERE batch = $1',
    [batch.id, JSON.stringify(Object.fromEntries(outcomes))],
  );
  // Batches still waiting may touch the same stories: their briefs wait (see `brief-job.ts`).
  const { rows: behind } = await client.query('SELECT 1 FROM parallax_batches WHERE report IS NULL LIMIT 1');
  await queueBriefs(
    client,
    [...report.storiesCreated, ...report.storiesUpdated],
    context.briefAttempts ?? config.jobAttempts,
    behind.length > 0 ? config.briefBacklogWaitMs : undefined,
  );
  if (behind.length === 0) await startWaitingBriefs(client);
  await client.query('COMMIT');
  context.onBatch?.('end', rows.length);
  return true;
}
