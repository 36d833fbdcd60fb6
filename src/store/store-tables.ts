/**
 * The tables every backend of the store has, built with Kysely's schema builder (the same on SQLite
 * and PostgreSQL but for the type of binary columns). Each backend's migrations call these and add
 * what is their own (full-text search, insertion order).
 */
import { type Kysely, sql } from 'kysely';

/** Creates the tables of the first migration; `binary` is the backend's type for bytes. */
export async function createStoreTables(db: Kysely<unknown>, binary: 'blob' | 'bytea'): Promise<void> {
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
    .addColumn('signature', binary)
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
}

/** Creates the `meta` table with the store's `generation` counter at 0. */
export async function createMetaTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO meta (key, value) VALUES ('generation', 0)`.execute(db);
}

/** Creates `story_pending`: stories whose new members wait for their briefing (see `Store.commitBriefing`). */
export async function createPendingTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('story_pending')
    .addColumn('story_id', 'text', (c) => c.primaryKey())
    .addColumn('members_version', 'integer', (c) => c.notNull())
    .addColumn('members', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
