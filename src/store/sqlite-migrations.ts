/**
 * Migrations of the SQLite store, in order; Kysely's Migrator records which ran.
 *
 * The tables are the ones every backend has (`store-tables.ts`); the full-text index is SQLite's
 * FTS5 (PostgreSQL's migrations use tsvector columns with GIN indexes instead).
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { createMetaTable, createPendingTable, createStoreTables } from './store-tables.ts';

/** The migrations, keyed by name (applied in name order). */
export const SQLITE_MIGRATIONS: Record<string, Migration> = {
  '001-initial': {
    async up(db: Kysely<unknown>) {
      await createStoreTables(db, 'blob');
      const fts = "tokenize = 'unicode61 remove_diacritics 2'";
      await sql
        .raw(`CREATE VIRTUAL TABLE article_search USING fts5(id UNINDEXED, title, body, ${fts})`)
        .execute(db);
      await sql
        .raw(`CREATE VIRTUAL TABLE story_search USING fts5(id UNINDEXED, headline, summary, ${fts})`)
        .execute(db);
    },
  },
  '002-generation': {
    async up(db: Kysely<unknown>) {
      await createMetaTable(db);
    },
  },
  '003-story-pending': {
    async up(db: Kysely<unknown>) {
      await createPendingTable(db);
    },
  },
};

/** Hands the migrations to Kysely's Migrator. */
export const sqliteMigrationProvider: MigrationProvider = {
  getMigrations: async () => SQLITE_MIGRATIONS,
};
