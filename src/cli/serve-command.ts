/**
 * `parallax serve [--db FILE|URL] [--port N] [--host H]`: the web UI and JSON API over a store.
 *
 * Opens the store, serves until SIGINT/SIGTERM (or the `stop` signal tests pass), then closes the
 * server and the store. The write token comes from `PARALLAX_TOKEN`; without it writes are refused.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { AppDeps } from '../server/app-deps.ts';
import { type RunningServer, type ServeOptions, serve } from '../server/serve.ts';
import type { Store } from '../store/store.ts';
import { isDatabaseUrl } from '../store/store-error.ts';
import { checkOutletFile } from './check-outlets.ts';
import { CliError, EXIT, type ExitCode } from './exit-codes.ts';
import { openStoreForCli } from './open-store-for-cli.ts';

/** Options of `parallax serve` as parsed. */
export interface ServeCommandOptions {
  db: string;
  port: number;
  host: string;
  /** No warnings or notes on stderr (`--quiet`). */
  quiet?: boolean;
  /** Notes too: whether writes are enabled (`--verbose`). */
  verbose?: boolean;
}

/** What `runServe` reads and writes; tests replace all of it. */
export interface ServeIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env?: Record<string, string | undefined>;
  /** Stops the server when aborted (default: SIGINT or SIGTERM). */
  stop?: AbortSignal;
  /** Opens the store (default `openStore`: SQLite file or PostgreSQL URL). */
  openStore?: (path: string) => Promise<Store>;
  /** Starts the server (default `serve`). */
  serve?: (deps: AppDeps, options: ServeOptions) => Promise<RunningServer>;
}

/** True when `host` is a loopback address or name (only this machine can connect). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** An AbortSignal aborted by the first SIGINT or SIGTERM. */
function processStopSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  controller.signal.addEventListener('abort', () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  });
  return controller.signal;
}

/** A PostgreSQL server's ingest: queue the documents for `parallax worker` and wait for their commit. */
async function queuedIngest(url: string, store: Store): Promise<NonNullable<AppDeps['ingest']>> {
  const { ingestViaQueue } = await import('../queue/ingest-via-queue.ts');
  return async (documents, at) => (await ingestViaQueue(url, store, documents, { at, work: false })).report;
}

/** Runs the server until stopped; resolves to the exit code (0, or 2 when it cannot listen). */
export async function runServe(opts: ServeCommandOptions, io: ServeIo): Promise<ExitCode> {
  checkOutletFile(io.env ?? process.env);
  const token = io.env?.PARALLAX_TOKEN?.trim() || null;
  const path = opts.db === ':memory:' || isDatabaseUrl(opts.db) ? opts.db : resolve(opts.db);
  const store = await openStoreForCli(path, io.openStore);
  let server: RunningServer;
  try {
    const deps: AppDeps = { store, token, now: () => new Date().toISOString() };
    if (store.kind === 'postgres') deps.ingest = await queuedIngest(path, store);
    server = await (io.serve ?? serve)(deps, { port: opts.port, host: opts.host });
  } catch (error) {
    await store.close();
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE')
      throw new CliError(`port ${opts.port} on ${opts.host} is in use`, EXIT.usage);
    if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EACCES')
      throw new CliError(`cannot listen on ${opts.host}:${opts.port} (${err.code})`, EXIT.usage);
    throw error;
  }
  const note = (line: string) => opts.quiet || io.stderr.write(`parallax: ${line}\n`);
  if (!isLoopback(opts.host)) {
    note(
      `warning: listening on ${opts.host}, reachable from other machines; the API and UI have no ` +
        'read access control',
    );
  }
  if (!token) note('PARALLAX_TOKEN is not set: ingest and other writes are disabled');
  else if (opts.verbose)
    note('note: PARALLAX_TOKEN is set: ingest and other writes need it as a bearer token');
  io.stdout.write(`Parallax serving ${path} at ${server.url}\n`);
  const stop = io.stop ?? processStopSignal();
  if (!stop.aborted)
    await new Promise<void>((done) => stop.addEventListener('abort', () => done(), { once: true }));
  await server.close();
  await store.close();
  return EXIT.ok;
}
