/**
 * Migrations of the PostgreSQL store, in order; Kysely's Migrator records which ran (and takes an
 * advisory lock, so two processes opening a new database migrate it once).
 *
 * The tables are the ones every backend has (`store-tables.ts`), plus PostgreSQL's own: a `seq`
 * column giving the insertion order SQLite keeps as `rowid`, and the search tables of the same shape
 * as SQLite's FTS5 ones, each with a generated, weighted `tsvector` (titles A, bodies B) under a GIN
 * index. The `simple` configuration: words as written (lower-cased), no stemming, any language; a
 * body is indexed up to its first 200,000 characters (a tsvector holds at most 1 MB).
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { createMetaTable, createPendingTable, createStoreTables } from './store-tables.ts';

/** The migrations, keyed by name (applied in name order; the same names as SQLite's). */
export const POSTGRES_MIGRATIONS: Record<string, Migration> = {
  '001-initial': {
    async up(db: Kysely<unknown>) {
      await createStoreTables(db, 'bytea');
      await sql`ALTER TABLE articles ADD COLUMN seq bigserial`.execute(db);
      await sql`CREATE INDEX articles_seq ON articles (seq)`.execute(db);
      await sql`
        CREATE TABLE article_search (
          id text PRIMARY KEY, title text NOT NULL, body text NOT NULL,
          tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', left(body, 200000)), 'B')
          ) STORED)`.execute(db);
      await sql`
        CREATE TABLE story_search (
          id text PRIMARY KEY, headline text NOT NULL, summary text NOT NULL,
          tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', headline), 'A') || setweight(to_tsvector('simple', summary), 'B')
          ) STORED)`.execute(db);
      await sql`CREATE INDEX article_search_tsv ON article_search USING gin (tsv)`.execute(db);
      await sql`CREATE INDEX story_search_tsv ON story_search USING gin (tsv)`.execute(db);
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
export const postgresMigrationProvider: MigrationProvider = {
  getMigrations: async () => POSTGRES_MIGRATIONS,
};
