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
 *   ones a one-process ingest would make; then the next batch, until one is still being analyzed
 *   (its last `analyze` job asks for grouping again). Each story whose members changed gets a
 *   `parallax_brief` job.
 * - `parallax_brief` (one story, any number in parallel): the engine's brief stage on the story's
 *   members as the last commit left them (`briefPending`). Its job key is the story's: touches of a
 *   story while its brief waits make one job; a touch while it runs makes a second one, and the
 *   first one's briefing (of older members) is refused by the store, so the newest members' stays.
 *
 * A batch ready before an older one waits: the older one's last `analyze` job asks for grouping,
 * and that job commits both in order.
 *
 * All can be run again after a crash: an analyzed document is not analyzed again, a batch whose
 * articles were committed before its report was written is skipped by the ingest (known ids), and a
 * story whose brief job was never queued (a crash between the commit and queueing it) is found
 * pending by the next group job (`queueMissingBriefs`).
 */
import type { JobHelpers, TaskList } from 'graphile-worker';
import type pg from 'pg';
import { analyze } from '../engine.ts';
import type { AnalyzedArticle, Annotations } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { RawDocument } from '../model/source.ts';
import { briefPending } from '../service/brief-pending.ts';
import { ingestDocuments } from '../service/ingest-documents.ts';
import type { IngestProgress } from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';
import { LOCK } from './queue-tables.ts';

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
}

/** The brief job of a story: its name and job key. */
export const BRIEF_JOB = 'parallax_brief';

/** The job key of story `id`'s brief job (one waiting per story). */
export function briefKey(id: string): string {
  return `brief:${id}`;
}

/** The task list for graphile-worker. */
export function queueTasks(context: JobContext): TaskList {
  return {
    parallax_analyze: (payload, helpers) => analyzeJob(context, payload as { ids: string[] }, helpers),
    parallax_group: () => groupBatches(context),
    parallax_brief: (payload) => briefJob(context, payload as { id: string }),
  };
}

async function briefJob(context: JobContext, payload: { id: string }): Promise<void> {
  const started = performance.now();
  // A briefing refused because another brief of the story was written meanwhile (not because its
  // members changed: that brings its own job) is computed again on what is now current.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await briefPending(context.store, payload.id, {
      storedAnnotations: (ids) => storedAnnotations(context.pool, ids),
    });
    if (outcome !== 'stale') break;
  }
  context.onBriefed?.(performance.now() - started);
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
      await queueMissingBriefs(context, client);
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
      ...(context.onProgress && { onProgress: context.onProgress }),
    },
  );
  // The raw content is not needed any more; the annotations are kept for re-briefing.
  await client.query('BEGIN');
  await client.query('UPDATE parallax_batches SET report = $2 WHERE id = $1', [
    batch.id,
    JSON.stringify(report),
  ]);
  await client.query('UPDATE parallax_documents SET document = NULL WHERE batch = $1', [batch.id]);
  await queueBriefs(client, [...report.storiesCreated, ...report.storiesUpdated]);
  await client.query('COMMIT');
  context.onBatch?.('end', rows.length);
  return true;
}

/** Queues a brief job for each story of `ids` (one job key a story: a waiting one is kept). */
async function queueBriefs(client: pg.ClientBase, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(
    `SELECT graphile_worker.add_job($2, json_build_object('id', id), job_key => $3 || id, max_attempts => 5)
     FROM unnest($1::text[]) AS id`,
    [ids, BRIEF_JOB, briefKey('')],
  );
}

/** Queues a brief job for each pending story that has none (its group job died before queueing it). */
async function queueMissingBriefs(context: JobContext, client: pg.PoolClient): Promise<void> {
  const pending = (await context.store.pendingBriefs()).map((p) => p.id);
  if (pending.length === 0) return;
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM unnest($1::text[]) AS id
     WHERE NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = $2 || id)`,
    [pending, briefKey('')],
  );
  await queueBriefs(
    client,
    rows.map((r) => r.id),
  );
}

/** The kept annotations of analyzed documents among `ids`. */
async function storedAnnotations(
  client: pg.Pool | pg.PoolClient,
  ids: string[],
): Promise<Map<string, Annotations>> {
  const { rows } = await client.query<{ id: string; annotations: Annotations }>(
    `SELECT id, result->'annotations' AS annotations FROM parallax_documents
     WHERE id = ANY($1) AND result IS NOT NULL AND (result->'annotations') IS NOT NULL`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.annotations]));
}
