/**
 * The queue's brief job (`parallax_brief`, one story): the engine's brief stage on the story's
 * members as the last commit left them (`briefPending`). Its job key is the story's: touches of a
 * story while its brief waits make one job; a touch while it runs makes a second one, and the first
 * one's briefing (of older members) is refused by the store, so the newest members' stays.
 *
 * While later batches wait to be grouped, a brief waits for them (`queueBriefs` with a wait,
 * `service.briefBacklogWaitMs` from the story's first change not briefed yet): a story that six
 * queued batches touch is briefed once, on its final members, not six times. When the group step
 * finds no batch left, the waiting briefs start at once (`startWaitingBriefs`).
 *
 * Its diagnostics travel as a batch's do: they are added to the report of the newest committed batch
 * that created or updated the story (`parallax_batches.report`), which the ingest waiting for that
 * batch reads once its stories are briefed, and prints or answers with like its other diagnostics.
 *
 * A brief that fails its last attempt records a PX509 warning there (the story, the error) and fails
 * for good. The story stays pending with its last briefing; a wait for it ends (`failedBriefs`), and
 * the next ingest queues it again (`queueMissingBriefs`: a job failed for good counts as missing,
 * and queueing it again resets its attempts).
 */
import type { JobHelpers } from 'graphile-worker';
import type pg from 'pg';
import type { Diagnostic } from '../model/diagnostic.ts';
import { briefPending } from '../service/brief-pending.ts';
import type { Store } from '../store/store.ts';
import { diagnose } from '../util/diagnose.ts';
import type { JobContext } from './queue-jobs.ts';
import { storedAnnotations } from './queue-tables.ts';

/** The brief job's task name. */
export const BRIEF_JOB = 'parallax_brief';

/** The job key of story `id`'s brief job (one waiting per story). */
export function briefKey(id: string): string {
  return `brief:${id}`;
}

/** A connection or pool of the queue's database. */
type Queryable = pg.Pool | pg.PoolClient;

/**
 * A job that may still run: attempts left, or running its last one. (Story ids are read as `s.id`:
 * a bare `id` inside the job subquery would be the job's own id.)
 */
const LIVE = 'j.attempts < j.max_attempts OR j.locked_at IS NOT NULL';

/** Runs the brief job of story `payload.id` (see the module comment). */
export async function briefJob(
  context: JobContext,
  payload: { id: string },
  helpers: Pick<JobHelpers, 'job'>,
): Promise<void> {
  const started = performance.now();
  let diagnostics: Diagnostic[] = [];
  try {
    // A briefing refused because another brief of the story was written meanwhile (not because its
    // members changed: that brings its own job) is computed again on what is now current.
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await briefPending(context.store, payload.id, {
        storedAnnotations: (ids) => storedAnnotations(context.pool, ids),
        onDiagnostics: (found) => diagnostics.push(...found),
      });
      if (outcome !== 'stale') break;
      // Nothing of a refused briefing was written: its diagnostics are the next one's to tell.
      diagnostics = [];
    }
  } catch (error) {
    if (helpers.job.attempts < helpers.job.max_attempts) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await recordBriefDiagnostics(context.pool, payload.id, [
      diagnose(
        'warning',
        'PX509',
        'brief',
        `story ${payload.id}: its briefing failed on the last of ${helpers.job.max_attempts} attempts (${message}); it keeps its last briefing and the next ingest briefs it again`,
      ),
    ]);
    throw error;
  }
  await recordBriefDiagnostics(context.pool, payload.id, diagnostics);
  context.onBriefed?.(performance.now() - started);
}

/** Adds `diagnostics` to the report of the newest committed batch that created or updated story `id` (each once). */
async function recordBriefDiagnostics(pool: Queryable, id: string, diagnostics: Diagnostic[]): Promise<void> {
  if (diagnostics.length === 0) return;
  await pool.query(
    `UPDATE parallax_batches b
     SET report = jsonb_set(b.report::jsonb, '{diagnostics}', (b.report::jsonb -> 'diagnostics') || coalesce(
       (SELECT jsonb_agg(x) FROM jsonb_array_elements($2::jsonb) AS x
        WHERE NOT (b.report::jsonb -> 'diagnostics') @> jsonb_build_array(x)), '[]'))::json
     WHERE b.id = (SELECT max(id) FROM parallax_batches WHERE report IS NOT NULL
       AND ((report::jsonb -> 'storiesCreated') ? $1 OR (report::jsonb -> 'storiesUpdated') ? $1))`,
    [id, JSON.stringify(diagnostics)],
  );
}

/**
 * Queues a brief job for each story of `ids` (one job key a story: a waiting one is kept, a failed
 * one reset). With `waitMs`, the job starts `waitMs` after the story's waiting job was first
 * queued (queueing it again does not move that on); without, at once.
 */
export async function queueBriefs(
  client: Queryable,
  ids: string[],
  attempts: number,
  waitMs?: number,
): Promise<void> {
  if (ids.length === 0) return;
  await client.query(
    `SELECT graphile_worker.add_job($2, json_build_object('id', id), job_key => $3 || id, max_attempts => $4,
       run_at => CASE WHEN $5::int IS NOT NULL THEN make_interval(secs => $5::int / 1000.0) + coalesce(
         (SELECT j.created_at FROM graphile_worker.jobs j WHERE j.key = $3 || id AND j.locked_at IS NULL), now()) END)
     FROM unnest($1::text[]) AS id`,
    [ids, BRIEF_JOB, briefKey(''), attempts, waitMs ?? null],
  );
}

/**
 * Starts now every brief job that waits for the backlog (`queueBriefs` with a wait): no batch is
 * left to group, so no change it waited for is coming. A job waiting to retry keeps its wait.
 */
export async function startWaitingBriefs(client: Queryable): Promise<void> {
  // Queued again under its key (replacing the waiting job, which is not running): run now, and the
  // workers are told at once (a job whose start is merely moved would wait for their next poll).
  await client.query(
    `SELECT graphile_worker.add_job($1, json_build_object('id', substr(j.key, length($2) + 1)),
       job_key => j.key, max_attempts => j.max_attempts)
     FROM graphile_worker.jobs j
     WHERE j.task_identifier = $1 AND j.key LIKE $2 || '%' AND j.locked_at IS NULL AND j.attempts = 0 AND j.run_at > now()`,
    [BRIEF_JOB, briefKey('')],
  );
}

/**
 * Queues a brief job for each pending story (of `ids`, or every one) that has none that may still
 * run: its group job died before queueing it, or its brief failed for good.
 */
export async function queueMissingBriefs(
  client: Queryable,
  store: Store,
  attempts: number,
  ids?: string[],
): Promise<void> {
  const pending = (await store.pendingBriefs(ids)).map((p) => p.id);
  if (pending.length === 0) return;
  const { rows } = await client.query<{ id: string }>(
    `SELECT s.id FROM unnest($1::text[]) AS s(id)
     WHERE NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = $2 || s.id AND (${LIVE}))`,
    [pending, briefKey('')],
  );
  await queueBriefs(
    client,
    rows.map((r) => r.id),
    attempts,
  );
}

/** The stories of `ids` whose brief job failed for good (no attempt left, none running). */
export async function failedBriefs(client: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await client.query<{ id: string }>(
    `SELECT s.id FROM unnest($1::text[]) AS s(id)
     WHERE EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = $2 || s.id AND NOT (${LIVE}))`,
    [ids, briefKey('')],
  );
  return new Set(rows.map((r) => r.id));
}
