/**
 * The feed queries of the store (every backend): the list of polled feeds, their validators and status.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { FeedRecord } from './records.ts';
import type { Database, FeedsTable } from './schema.ts';
import type { Store } from './store.ts';

function feedOf(row: Selectable<FeedsTable>): FeedRecord {
  return {
    url: row.url,
    title: row.title,
    addedAt: row.added_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastCheckedAt: row.last_checked_at,
    nextCheckAt: row.next_check_at,
    status: row.status as FeedRecord['status'],
    errorCount: row.error_count,
    lastError: row.last_error,
    articlesAdded: row.articles_added,
  };
}

/** The feed half of a store over `db`. */
export function feedQueries(
  db: Kysely<Database>,
): Pick<Store, 'addFeed' | 'listFeeds' | 'dueFeeds' | 'updateFeed' | 'removeFeed'> {
  return {
    async addFeed(url, at) {
      const result = await db
        .insertInto('feeds')
        .values({
          url,
          title: null,
          added_at: at,
          etag: null,
          last_modified: null,
          last_checked_at: null,
          next_check_at: at,
          status: 'new',
          error_count: 0,
          last_error: null,
          articles_added: 0,
        })
        .onConflict((oc) => oc.column('url').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async listFeeds() {
      return (await db.selectFrom('feeds').selectAll().orderBy('url').execute()).map(feedOf);
    },
    async dueFeeds(at) {
      const rows = await db
        .selectFrom('feeds')
        .selectAll()
        .where('next_check_at', '<=', at)
        .orderBy('next_check_at')
        .orderBy('url')
        .execute();
      return rows.map(feedOf);
    },
    async updateFeed(url, update) {
      const set: Partial<Omit<FeedsTable, 'url' | 'added_at' | 'articles_added'>> = {};
      if (update.title !== undefined) set.title = update.title;
      if (update.etag !== undefined) set.etag = update.etag;
      if (update.lastModified !== undefined) set.last_modified = update.lastModified;
      if (update.lastCheckedAt !== undefined) set.last_checked_at = update.lastCheckedAt;
      if (update.nextCheckAt !== undefined) set.next_check_at = update.nextCheckAt;
      if (update.status !== undefined) set.status = update.status;
      if (update.errorCount !== undefined) set.error_count = update.errorCount;
      if (update.lastError !== undefined) set.last_error = update.lastError;
      const added = update.addArticles ?? 0;
      await db
        .updateTable('feeds')
        .set({ ...set, articles_added: sql`articles_added + ${added}` })
        .where('url', '=', url)
        .execute();
    },
    async removeFeed(url) {
      const result = await db.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
