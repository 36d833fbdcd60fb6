/**
 * The SQLite backend of `Store`: better-sqlite3 under Kysely, WAL mode, FTS5 search.
 *
 * `openSqliteStore(path)` opens (or creates) the database, runs the migrations and returns the
 * store; `':memory:'` gives a private in-memory store (tests). The queries are the shared ones
 * (`read-queries.ts`, `write-queries.ts`, `feed-queries.ts`) with SQLite's flavor (`sqlite-search.ts`).
 */
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { sqliteMigrationProvider } from './sqlite-migrations.ts';
import { sqliteFlavor } from './sqlite-search.ts';
import type { Store } from './store.ts';
import { migrationFailure, StoreOpenError } from './store-error.ts';
import { storeOver } from './store-over.ts';

export { StoreOpenError };

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
    throw new StoreOpenError(migrationFailure(path, error));
  }
  return storeOver(db, 'sqlite', sqliteFlavor);
}
