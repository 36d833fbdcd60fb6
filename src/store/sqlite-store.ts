/**
 * The SQLite backend of `Store`: better-sqlite3 under Kysely, WAL mode, FTS5 search.
 *
 * `openSqliteStore(path)` opens (or creates) the database, runs the migrations and returns the
 * store; `':memory:'` gives a private in-memory store (tests). Reads and the one write of an ingest
 * (`commitIngest`, in one transaction) are the queries of `sqlite-queries.ts` and `sqlite-writes.ts`.
 */
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { feedQueries } from './sqlite-feeds.ts';
import { sqliteMigrationProvider } from './sqlite-migrations.ts';
import { readQueries } from './sqlite-queries.ts';
import { writeQueries } from './sqlite-writes.ts';
import type { Store } from './store.ts';

/** Thrown when the database file cannot be opened or migrated; the CLI names the file in its message. */
export class StoreOpenError extends Error {}

/** Opens the SQLite store at `path` (created when missing), migrated to the current schema. */
export async function openSqliteStore(path: string): Promise<Store> {
  let raw: SQLite.Database;
  try {
    raw = new SQLite(path);
    if (path !== ':memory:') raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    throw new StoreOpenError(`cannot open database ${path}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const { error } = await new Migrator({ db, provider: sqliteMigrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new StoreOpenError(`cannot migrate database ${path}: ${(error as Error).message}`);
  }
  return {
    kind: 'sqlite',
    ...readQueries(db),
    ...writeQueries(db),
    ...feedQueries(db),
    close: () => db.destroy(),
  };
}
