/**
 * Queues documents for the workers: the chunks a one-process ingest would commit (input order, at
 * most `chunkSize` documents each) become batches, and each new document an `analyze` job, in one
 * transaction. Ingests queue one at a time (an advisory lock), so each one's batches are contiguous
 * and the workers commit them in the order a single process would. A document already stored or
 * queued (by this or another ingest) is not queued again: queueing the same inputs twice stores them
 * once, and the second ingest waits for the batches that hold its documents (an ingest killed after
 * queueing leaves batches the next ingest of the same inputs takes on).
 *
 * The same transaction decides, in one statement, how the ingest will count each of its documents
 * (`Enqueued.states`): one an uncommitted batch holds is counted by the outcome its batch's commit
 * records, any other as what it already was. So each document counts exactly once, whichever
 * process commits it and whatever an ingest killed before left stored or queued.
 */
import type pg from 'pg';
import { service as config } from '../config.ts';
import type { RawDocument } from '../model/source.ts';
import type { DocumentOutcome } from '../service/ingest-report.ts';
import { LOCK } from './queue-tables.ts';

/** Options of one queued ingest. */
export interface EnqueueOptions {
  /** The time of the ingest (ISO 8601), recorded on articles and versions. */
  at: string;
  feedUrl?: string;
  /** Documents a batch holds at most (default `service.chunkDocuments`, as a one-process ingest). */
  chunkSize?: number;
  /** Ids already stored (they are not queued). */
  known?: ReadonlySet<string>;
}

/** What was queued. */
export interface Enqueued {
  /** The uncommitted batches holding the documents (queued now or before), in order. */
  batches: number[];
  /** Documents queued by this call. */
  queued: number;
  /**
   * Each document's state as it was queued: `open` when an uncommitted batch holds it (queued now,
   * or by an ingest still running or killed), so that its batch's commit decides its outcome; else
   * what it is already (`known`, or `copy`: an exact copy a committed batch did not store).
   */
  states: Map<string, 'open' | DocumentOutcome>;
}

/** Queues `documents` (see the module comment). */
export async function enqueueDocuments(
  pool: pg.Pool,
  documents: RawDocument[],
  options: EnqueueOptions,
): Promise<Enqueued> {
  const chunkSize = Math.max(1, options.chunkSize ?? config.chunkDocuments);
  const out: Enqueued = { batches: [], queued: 0, states: new Map() };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK.enqueue]);
    for (let start = 0; start < documents.length; start += chunkSize) {
      const chunk = documents.slice(start, start + chunkSize).filter((d) => !options.known?.has(d.id));
      const batch = await client.query<{ id: string }>(
        'INSERT INTO parallax_batches (at, feed_url) VALUES ($1, $2) RETURNING id',
        [options.at, options.feedUrl ?? null],
      );
      const id = Number(batch.rows[0].id);
      // One analyze job for every `queueJobDocuments` new documents, in queue order.
      const added = await client.query<{ n: number }>(
        `WITH ins AS (
           INSERT INTO parallax_documents (id, batch, document)
           SELECT d.id, $2, d.document FROM json_to_recordset($1::json) AS d(id text, document json)
           ON CONFLICT (id) DO NOTHING RETURNING id, seq),
         parts AS (SELECT id, seq, (row_number() OVER (ORDER BY seq) - 1) / $3 AS part FROM ins)
         SELECT count(*)::int AS n,
           graphile_worker.add_job('parallax_analyze', json_build_object('ids', json_agg(id ORDER BY seq)), max_attempts => $4)
         FROM parts GROUP BY part ORDER BY part`,
        [
          JSON.stringify(chunk.map((d) => ({ id: d.id, document: d }))),
          id,
          config.queueJobDocuments,
          config.jobAttempts,
        ],
      );
      const count = added.rows.reduce((n, r) => n + r.n, 0);
      out.queued += count;
      if (count === 0) await client.query('DELETE FROM parallax_batches WHERE id = $1', [id]);
    }
    const { rows } = await client.query<{ id: string; batch: string; open: boolean; outcome: string | null }>(
      `SELECT d.id, d.batch, b.report IS NULL AS open, d.outcome FROM parallax_documents d
       JOIN parallax_batches b ON b.id = d.batch WHERE d.id = ANY($1) ORDER BY d.batch`,
      [documents.map((d) => d.id)],
    );
    for (const d of documents) out.states.set(d.id, 'known');
    for (const r of rows) out.states.set(r.id, r.open ? 'open' : r.outcome === 'copy' ? 'copy' : 'known');
    out.batches = [...new Set(rows.filter((r) => r.open).map((r) => Number(r.batch)))];
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
