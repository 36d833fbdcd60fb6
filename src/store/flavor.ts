/**
 * What differs between the store's backends inside the shared Kysely queries: how articles are
 * ordered by insertion, and full-text search (SQLite FTS5, PostgreSQL tsvector).
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { SearchHit } from './records.ts';
import type { Database } from './schema.ts';

/** A story or article found by search, as a backend's query returns it. */
export interface SearchRow {
  id: string;
  title: string;
  snippet: string;
  story_id?: string | null;
}

/** The backend-specific parts of the queries. */
export interface StoreFlavor {
  /** An expression that orders articles by insertion (SQLite `rowid`, PostgreSQL `seq`). */
  insertionOrder: RawBuilder<unknown>;
  /** Best-matching stories and articles for what a user typed (never an error on any input). */
  search(
    db: Kysely<Database>,
    query: string,
    limit: number,
  ): Promise<{ stories: SearchRow[]; articles: SearchRow[] }>;
}

/** Stories first, then articles, at most `limit` hits in all. */
export function searchHits(
  found: { stories: SearchRow[]; articles: SearchRow[] },
  limit: number,
): SearchHit[] {
  const hits: SearchHit[] = [
    ...found.stories.map((r) => ({
      kind: 'story' as const,
      id: r.id,
      title: r.title,
      snippet: r.snippet,
      storyId: r.id,
    })),
    ...found.articles.map((r) => ({
      kind: 'article' as const,
      id: r.id,
      title: r.title,
      snippet: r.snippet,
      storyId: r.story_id ?? null,
    })),
  ];
  return hits.slice(0, limit);
}
