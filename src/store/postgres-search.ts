/**
 * Full-text search on PostgreSQL: the `tsvector` columns of `story_search` and `article_search`
 * (GIN-indexed), ranked by `ts_rank` (titles weigh more: they are `A`), with a headline of the body.
 */
import { type Kysely, sql } from 'kysely';
import type { SearchRow, StoreFlavor } from './flavor.ts';
import type { Database } from './schema.ts';
import { MAX_QUERY_WORDS } from './search-query.ts';

/**
 * What a user typed as a `tsquery`: words only (letters and digits, lower-cased), each quoted, all
 * required, the last a prefix; null when there is no word. User syntax (`&`, `|`, `!`, `:*`, quotes)
 * never gets through, so no input can make the query fail or mean something else.
 */
export function tsQuery(input: string): string | null {
  const words = (
    input
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

const HEADLINE = 'StartSel="", StopSel="", MaxWords=16, MinWords=6, ShortWord=0, FragmentDelimiter=" … "';

/** What PostgreSQL does its own way: the `seq` column and tsvector search. */
export const postgresFlavor: StoreFlavor = {
  insertionOrder: sql`seq`,
  async search(db: Kysely<Database>, query: string, limit: number) {
    const q = tsQuery(query);
    if (q === null) return { stories: [], articles: [] };
    const stories = await sql<SearchRow>`
      SELECT s.id, s.headline AS title, ts_headline('simple', s.summary, q, ${HEADLINE}) AS snippet
      FROM story_search s, to_tsquery('simple', ${q}) q
      WHERE s.tsv @@ q ORDER BY ts_rank(s.tsv, q) DESC, s.id LIMIT ${limit}`.execute(db);
    const articles = await sql<SearchRow>`
      SELECT s.id, s.title, ts_headline('simple', s.body, q, ${HEADLINE}) AS snippet, a.story_id
      FROM article_search s JOIN articles a ON a.id = s.id, to_tsquery('simple', ${q}) q
      WHERE s.tsv @@ q ORDER BY ts_rank(s.tsv, q) DESC, s.id LIMIT ${limit}`.execute(db);
    return { stories: stories.rows, articles: articles.rows };
  },
};
