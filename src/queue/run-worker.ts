/**
 * A worker process's job loop: graphile-worker runs the queue's jobs (`queue-jobs.ts`) `concurrency`
 * at a time, picking new ones up at once (LISTEN/NOTIFY). The engine is warmed up first (`warm-up.ts`).
 *
 * A worker killed mid-job (SIGKILL, a lost machine) leaves its job locked; graphile-worker alone
 * would wait hours before running it again. So each process holds one connection for its lifetime
 * and records its workers with that connection's backend; every process, when it starts and every
 * few seconds, unlocks the jobs of workers whose connection is gone (`forceUnlockWorkers`), and they
 * are retried (a connection closes with its process; PostgreSQL drops a dead machine's by TCP keepalive). A job's work is safe to repeat (see `queue-jobs.ts`): nothing is lost or stored twice.
 */
import { EventEmitter } from 'node:events';
import type { TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { IngestProgress } from '../service/ingest-report.ts';
import type { Store } from '../store/store.ts';
import { queueTasks } from './queue-jobs.ts';
import { loadGraphile, prepareQueue, queuePool, quietLogger } from './queue-tables.ts';
import { warmUp } from './warm-up.ts';

/** Options of `startWorker`. */
export interface WorkerOptions {
  /** Jobs run at once in this process (default 1: analysis is CPU work, one core a process). */
  concurrency?: number;
  /** How often the dead workers' jobs are looked for, in milliseconds (default 5000). */
  sweepMs?: number;
  onProgress?: IngestProgress;
  onAnalyzed?: (ms: number) => void;
  onBatch?: (event: 'start' | 'end', documents: number) => void;
  onBriefed?: (ms: number) => void;
  /** Attempts of the brief jobs this worker queues (default `service.jobAttempts`). */
  briefAttempts?: number;
  /** Warm the engine's stages up before taking jobs (default true; `warm-up.ts`). */
  warm?: boolean;
  /** Told after each job with its task and this process's CPU microseconds meanwhile (benchmarks; exact at concurrency 1). */
  onJob?: (task: string, cpuMicros: number) => void;
}

/** A running worker: `stop` finishes the jobs in hand and closes its connections. */
export interface RunningWorker {
  stop(): Promise<void>;
  /** Settles when the worker stops, or rejects with the error that stopped it. */
  done: Promise<void>;
}

/** Starts working the queue of the PostgreSQL database at `url`, whose store is `store`. */
export async function startWorker(
  url: string,
  store: Store,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Before the worker is registered and takes jobs: its first ones do not wait for the engine's set-up.
  if (options.warm !== false) warmUp();
  const graphile = await loadGraphile();
  const pool = queuePool(url, concurrency + 4);
  await prepareQueue(pool);
  const life = await pool.connect();
  const me =
    // The start as text: a JavaScript Date would drop its microseconds, and it would never match again.
    (
      await life.query<{ pid: number; start: string }>(
        'SELECT pid, backend_start::text AS start FROM pg_stat_activity WHERE pid = pg_backend_pid()',
      )
    ).rows[0];
  const utils = await graphile.makeWorkerUtils({ pgPool: pool, logger: quietLogger() });
  const sweep = () => unlockDeadWorkers(pool, utils).catch(() => {});
  await sweep();
  const timer = setInterval(sweep, options.sweepMs ?? 5000);
  timer.unref();
  // graphile-worker locks a job in the name of the worker pool (`run`): the pool is recorded as it is
  // created, before its first job as a rule (a pool that died before being recorded: see the sweep).
  const events = new EventEmitter() as import('graphile-worker').WorkerEvents;
  const registered: Promise<unknown>[] = [];
  events.on('pool:create', ({ workerPool }) => {
    registered.push(
      life.query('INSERT INTO parallax_workers (worker_id, backend_pid, backend_start) VALUES ($1, $2, $3)', [
        workerPool.id,
        me.pid,
        me.start,
      ]),
    );
  });
  const runner = await graphile.run({
    pgPool: pool,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: quietLogger(),
    events,
    taskList: timedTasks(
      queueTasks({
        pool,
        store,
        ...(options.onProgress && { onProgress: options.onProgress }),
        ...(options.onAnalyzed && { onAnalyzed: options.onAnalyzed }),
        ...(options.onBatch && { onBatch: options.onBatch }),
        ...(options.onBriefed && { onBriefed: options.onBriefed }),
        ...(options.briefAttempts !== undefined && { briefAttempts: options.briefAttempts }),
      }),
      options.onJob,
    ),
  });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      clearInterval(timer);
      await Promise.allSettled(registered);
      await life.query('DELETE FROM parallax_workers WHERE backend_pid = $1 AND backend_start = $2', [
        me.pid,
        me.start,
      ]);
      life.release();
      await utils.release();
      await pool.end();
    })();
    return closed;
  };
  const done = runner.promise.then(close, async (error) => {
    await close();
    throw error;
  });
  return {
    async stop() {
      await runner.stop().catch(() => {});
      await done.catch(() => {});
    },
    done,
  };
}

/** `tasks`, each telling `onJob` of its task and the process's CPU time while it ran. */
function timedTasks(tasks: TaskList, onJob: WorkerOptions['onJob']): TaskList {
  if (onJob === undefined) return tasks;
  return Object.fromEntries(
    Object.entries(tasks).map(([name, task]) => [
      name,
      async (payload, helpers) => {
        const from = process.cpuUsage();
        try {
          return await task!(payload, helpers);
        } finally {
          const used = process.cpuUsage(from);
          onJob(name, used.user + used.system);
        }
      },
    ]),
  ) as TaskList;
}

/**
 * Unlocks the jobs of dead workers: recorded pools whose process's connection is gone, and, for a
 * process killed in the moment between creating its pool and recording it, lockers never recorded
 * that have held a job for a minute (a live pool is recorded within milliseconds).
 */
async function unlockDeadWorkers(pool: pg.Pool, utils: import('graphile-worker').WorkerUtils): Promise<void> {
  const { rows } = await pool.query<{ worker_id: string }>(
    `SELECT w.worker_id FROM parallax_workers w
     WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = w.backend_pid AND a.backend_start::text = w.backend_start)
     UNION
     SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
     WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - interval '1 minute'
       AND NOT EXISTS (SELECT 1 FROM parallax_workers w WHERE w.worker_id = j.locked_by)`,
  );
  const dead = rows.map((r) => r.worker_id);
  if (dead.length === 0) return;
  await utils.forceUnlockWorkers(dead);
  await pool.query('DELETE FROM parallax_workers WHERE worker_id = ANY($1)', [dead]);
}
