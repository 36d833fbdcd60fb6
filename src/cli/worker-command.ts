/**
 * `parallax worker [--concurrency N] --db postgres://…`: works the job queue of a PostgreSQL store
 * (`src/queue/`): analyzes queued documents and commits their batches, until SIGINT or SIGTERM.
 *
 * Analysis is CPU work and a Node process has one thread for it, so `--concurrency N` (N > 1) runs N
 * worker processes (this command again, one job at a time each) and stops them together. Workers
 * may run on several machines against one database. Exit 0 when stopped, 2 for a SQLite store (no
 * queue), 74 when the database fails.
 */
import { fork } from 'node:child_process';
import { isDatabaseUrl } from '../store/store-error.ts';
import { CliError, EXIT, type ExitCode } from './exit-codes.ts';
import { openStoreForCli } from './open-store-for-cli.ts';

/** Options of `parallax worker`. */
export interface WorkerCommandOptions {
  db: string;
  concurrency: number;
  quiet?: boolean;
}

/** What `runWorkerCommand` writes to, and how it is stopped (default: SIGINT or SIGTERM). */
export interface WorkerIo {
  stderr: { write(chunk: string): unknown };
  stop?: AbortSignal;
}

/** Runs the worker(s) until stopped; resolves to the exit code. */
export async function runWorkerCommand(opts: WorkerCommandOptions, io: WorkerIo): Promise<ExitCode> {
  if (!isDatabaseUrl(opts.db))
    throw new CliError(
      'parallax worker needs a PostgreSQL store (--db postgres://… or PARALLAX_DATABASE_URL)',
      EXIT.usage,
    );
  const stop = io.stop ?? stopSignal();
  const note = (line: string) => opts.quiet || io.stderr.write(`parallax worker: ${line}\n`);
  if (opts.concurrency > 1) return runProcesses(opts, stop, note);
  const store = await openStoreForCli(opts.db);
  const { startWorker } = await import('../queue/run-worker.ts');
  try {
    const worker = await startWorker(opts.db, store);
    note(`process ${process.pid} working the queue`);
    stop.addEventListener('abort', () => void worker.stop(), { once: true });
    await worker.done;
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** Runs `concurrency` worker processes (the database URL in their environment, not on a command line). */
async function runProcesses(
  opts: WorkerCommandOptions,
  stop: AbortSignal,
  note: (line: string) => unknown,
): Promise<ExitCode> {
  const args = ['worker', '--concurrency', '1', ...(opts.quiet ? ['--quiet'] : [])];
  const children = Array.from({ length: opts.concurrency }, () =>
    fork(process.argv[1], args, { env: { ...process.env, PARALLAX_DATABASE_URL: opts.db } }),
  );
  note(`${children.length} worker processes`);
  stop.addEventListener(
    'abort',
    () => {
      for (const c of children) c.kill('SIGTERM');
    },
    { once: true },
  );
  const codes = await Promise.all(
    children.map((c) => new Promise<number>((done) => c.on('exit', (code) => done(code ?? 1)))),
  );
  return (codes.find((c) => c !== 0) ?? EXIT.ok) as ExitCode;
}

/** Aborted by the first SIGINT or SIGTERM. */
function stopSignal(): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return controller.signal;
}
