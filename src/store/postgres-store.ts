/**
 * The PostgreSQL backend of `Store`: `pg` under Kysely's PostgreSQL dialect, tsvector search.
 *
 * `openPostgresStore(url)` connects, runs the migrations and returns the store. The queries are the
 * shared ones with PostgreSQL's flavor (`postgres-search.ts`); `commitIngest` runs in one transaction
 * on one pooled connection, and its generation check (`UPDATE meta … WHERE value = g`) makes a
 * concurrent writer's commit wait, then apply nothing and be recomputed, as on SQLite.
 */
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { service } from '../config.ts';
import { postgresMigrationProvider } from './postgres-migrations.ts';
import { postgresFlavor } from './postgres-search.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { describeDatabase, migrationFailure, StoreOpenError } from './store-error.ts';
import { storeOver } from './store-over.ts';

/** Options of `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** Most connections the process opens (default 4). */
  maxConnections?: number;
  /** Give up opening the store after this many milliseconds (default 5000; later connections: `service.poolWaitMs`). */
  connectTimeoutMs?: number;
}

/** Opens the PostgreSQL store at `url` (`postgres://user:password@host:port/database`), migrated. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const name = describeDatabase(url);
  let pool: pg.Pool;
  let probe: pg.Client;
  try {
    // The first connection gives up soon (a wrong host fails fast); the pool's later ones wait
    // longer (`service.poolWaitMs`: a loaded machine can be slow to give one).
    probe = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    });
    pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      connectionTimeoutMillis: service.poolWaitMs,
    });
  } catch (error) {
    throw new StoreOpenError(`cannot open database ${name}: ${(error as Error).message}`);
  }
  // An idle pooled connection the server drops (restart) must not crash the process.
  pool.on('error', () => {});
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.end();
  } catch (error) {
    await probe.end().catch(() => {});
    await pool.end().catch(() => {});
    throw new StoreOpenError(`cannot open database ${name}: ${connectionProblem(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const { error } = await new Migrator({ db, provider: postgresMigrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new StoreOpenError(migrationFailure(name, error));
  }
  return storeOver(db, 'postgres', postgresFlavor);
}

/** One line on why a connection failed, in the user's terms. */
export function connectionProblem(error: unknown): string {
  const err = error as { code?: string; message?: string; errors?: Array<{ code?: string }> };
  const code = err.code ?? err.errors?.[0]?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running, on that host and port?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case '28P01':
    case '28000':
      return 'authentication failed (wrong user or password)';
    case '3D000':
      return 'the database does not exist (create it with createdb)';
    case '42501':
      return 'permission denied';
  }
  const message = err.message || String(error);
  return /timeout/i.test(message) ? 'connection timed out' : message.split('\n')[0];
}
