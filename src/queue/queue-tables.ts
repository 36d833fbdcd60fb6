/**
 * The tables of the PostgreSQL job queue, beside the store's and graphile-worker's own schema.
 *
 * `parallax_batches`: one row a chunk of an ingest (the chunk a one-process ingest would commit at
 * once), in the order they were queued; `report` is set when the chunk is committed to the store.
 * `parallax_documents`: each queued document (unique id: queueing it twice does nothing), its batch,
 * and once analyzed, the `analyze` stage's result; the annotations are kept after the commit so that
 * re-briefing a story reads its members' annotations instead of running the NLP stage again. Its
 * `outcome` (a `DocumentOutcome`) is written with its batch's report: what the commit did with it.
 * `parallax_workers`: the workers of live processes, with the backend of the connection each process
 * holds while it runs: a worker whose connection is gone was killed, and its jobs are unlocked.
 */
import pg from 'pg';
import type { Annotations } from '../model/annotations.ts';

/** Key of the advisory locks of the queue: creating its tables, queueing an ingest, grouping. */
export const LOCK = { tables: 7_140_001, enqueue: 7_140_002, group: 7_140_003 } as const;

const TABLES = `
  CREATE TABLE IF NOT EXISTS parallax_batches (
    id bigserial PRIMARY KEY, at text NOT NULL, feed_url text, report json);
  CREATE TABLE IF NOT EXISTS parallax_documents (
    seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE, batch bigint NOT NULL REFERENCES parallax_batches (id),
    document json, result json);
  ALTER TABLE parallax_documents ADD COLUMN IF NOT EXISTS outcome text;
  CREATE INDEX IF NOT EXISTS parallax_documents_batch ON parallax_documents (batch);
  CREATE TABLE IF NOT EXISTS parallax_workers (
    worker_id text PRIMARY KEY, backend_pid integer NOT NULL, backend_start text NOT NULL);`;

/** A connection pool for the queue; a connection the server drops never crashes the process. */
export function queuePool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Creates the queue's tables and graphile-worker's schema when missing (once, under a lock). */
export async function prepareQueue(pool: pg.Pool): Promise<void> {
  const { runMigrations } = await loadGraphile();
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK.tables]);
    try {
      await client.query(TABLES);
      await runMigrations({ pgPool: pool, logger: quietLogger() });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK.tables]);
    }
  } finally {
    client.release();
  }
}

/** graphile-worker's logger with its debug and info lines dropped (warnings and errors go to stderr). */
export function quietLogger(): import('graphile-worker').Logger {
  if (graphile === undefined) throw new Error('quietLogger: graphile-worker is not loaded (loadGraphile)');
  return new graphile.Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') process.stderr.write(`parallax worker: ${message}\n`);
  });
}

let graphile: typeof import('graphile-worker') | undefined;

/** Loads graphile-worker once (it is needed only with a PostgreSQL store). */
export async function loadGraphile(): Promise<typeof import('graphile-worker')> {
  graphile ??= await import('graphile-worker');
  return graphile;
}

/** The kept annotations of analyzed documents among `ids`. */
export async function storedAnnotations(
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
