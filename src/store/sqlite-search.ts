/**
 * Full-text search on SQLite: the FTS5 tables `story_search` and `article_search`, ranked by bm25
 * (titles weigh 4, bodies 1), with a snippet of the body.
 */
import { type Kysely, sql } from 'kysely';
import type { SearchRow, StoreFlavor } from './flavor.ts';
import type { Database } from './schema.ts';
import { ftsQuery } from './search-query.ts';

/** What SQLite does its own way: `rowid` order and FTS5. */
export const sqliteFlavor: StoreFlavor = {
  insertionOrder: sql`rowid`,
  async search(db: Kysely<Database>, query: string, limit: number) {
    const match = ftsQuery(query);
    if (match === null) return { stories: [], articles: [] };
    const stories = await sql<SearchRow>`
      SELECT id, headline AS title, snippet(story_search, 2, '', '', '…', 16) AS snippet
      FROM story_search WHERE story_search MATCH ${match} ORDER BY bm25(story_search, 0, 4, 1) LIMIT ${limit}`.execute(
      db,
    );
    const articles = await sql<SearchRow>`
      SELECT s.id, s.title, snippet(article_search, 2, '', '', '…', 16) AS snippet, a.story_id
      FROM article_search s JOIN articles a ON a.id = s.id
      WHERE article_search MATCH ${match} ORDER BY bm25(article_search, 0, 4, 1) LIMIT ${limit}`.execute(db);
    return { stories: stories.rows, articles: articles.rows };
  },
};
