/**
 * Migrations of the SQLite store, in order; Kysely's Migrator records which ran.
 *
 * Tables are built with Kysely's schema builder (portable to PostgreSQL); the full-text index is
 * SQLite's FTS5 (a PostgreSQL backend uses tsvector columns instead, in its own migrations).
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

/** The migrations, keyed by name (applied in name order). */
export const SQLITE_MIGRATIONS: Record<string, Migration> = {
  '001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('story_id', 'text')
        .addColumn('duplicate_of', 'text')
        .addColumn('usable', 'integer', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('outlet', 'text')
        .addColumn('published', 'text')
        .addColumn('url', 'text')
        .addColumn('feed_url', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('signature', 'blob')
        .addColumn('cluster_vector', 'text')
        .execute();
      await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();
      await db.schema.createIndex('articles_hash').on('articles').column('content_hash').execute();
      await db.schema
        .createTable('article_bands')
        .addColumn('band', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_bands_pk', ['band', 'article_id'])
        .execute();
      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('articles', 'integer', (c) => c.notNull())
        .addColumn('outlets', 'integer', (c) => c.notNull())
        .addColumn('disputes', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'text')
        .addColumn('briefing', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('stories_updated')
        .on('stories')
        .columns(['merged_into', 'updated_at'])
        .execute();
      await db.schema
        .createTable('story_versions')
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('changes', 'text')
        .addColumn('briefing', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_versions_pk', ['story_id', 'version'])
        .execute();
      await db.schema
        .createTable('story_entities')
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('spellings', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_entities_pk', ['story_id', 'key', 'name'])
        .execute();
      await db.schema.createIndex('story_entities_key').on('story_entities').column('key').execute();
      await db.schema
        .createTable('cluster_df')
        .addColumn('feature', 'text', (c) => c.primaryKey())
        .addColumn('df', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('feeds')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_checked_at', 'text')
        .addColumn('next_check_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error_count', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('articles_added', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feeds_due').on('feeds').column('next_check_at').execute();
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
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      await sql`INSERT INTO meta (key, value) VALUES ('generation', 0)`.execute(db);
    },
  },
};

/** Hands the migrations to Kysely's Migrator. */
export const sqliteMigrationProvider: MigrationProvider = {
  getMigrations: async () => SQLITE_MIGRATIONS,
};
