/**
 * The read queries of the store, on every backend: what the API, the web UI and an ingest read.
 */
import type { Kysely, Selectable } from 'kysely';
import { toArticleOut } from '../extract/to-article-out.ts';
import type { EntityKind } from '../model/annotations.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import { decodeArticle, decodeClusterVector, decodeSignature } from './codec.ts';
import { type StoreFlavor, searchHits } from './flavor.ts';
import type { EntityRecord, StoredArticle, StoredStory, StorySummary, StoryVersion } from './records.ts';
import type { ArticlesTable, Database, StoriesTable } from './schema.ts';
import type { ClusterState, Store } from './store.ts';

/** Longest list of ids put into one `IN (...)` (SQLite's default limit on parameters is 32766, PostgreSQL's 65535). */
const CHUNK = 500;

/** Runs `query` over `ids` in chunks and concatenates the rows. */
export async function inChunks<T>(
  ids: readonly string[],
  query: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await query(ids.slice(i, i + CHUNK))));
  return out;
}

function summaryOf(row: Selectable<StoriesTable>): StorySummary {
  return {
    id: row.id,
    headline: row.headline,
    articles: row.articles,
    outlets: row.outlets,
    disputes: row.disputes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function storedArticleOf(row: Selectable<ArticlesTable>): StoredArticle {
  return { ...toArticleOut(decodeArticle(row.data)), storyId: row.story_id, addedAt: row.added_at };
}

type ReadQueries = Pick<
  Store,
  | 'listStories'
  | 'countStories'
  | 'storyHead'
  | 'getStory'
  | 'listVersions'
  | 'getVersion'
  | 'getArticle'
  | 'getArticles'
  | 'listArticles'
  | 'countArticles'
  | 'getEntity'
  | 'search'
  | 'knownIds'
  | 'idsByContentHash'
  | 'bandNeighbours'
  | 'loadClusterState'
  | 'loadArticles'
  | 'currentBriefings'
>;

/** The read half of a store over `db` (every backend; `flavor` holds what differs). */
export function readQueries(db: Kysely<Database>, flavor: StoreFlavor): ReadQueries {
  const summaryColumns = [
    'id',
    'headline',
    'articles',
    'outlets',
    'disputes',
    'version',
    'created_at',
    'updated_at',
  ] as const;
  return {
    async listStories(page) {
      const rows = await db
        .selectFrom('stories')
        .select(summaryColumns)
        .where('merged_into', 'is', null)
        .where('articles', '>', 0)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return rows.map((r) => summaryOf({ ...r, merged_into: null, briefing: '' }));
    },
    async countStories() {
      const row = await db
        .selectFrom('stories')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('merged_into', 'is', null)
        .where('articles', '>', 0)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async storyHead(id) {
      const row = await db
        .selectFrom('stories')
        .select(['id', 'version', 'merged_into'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { id: row.id, version: row.version, mergedInto: row.merged_into } : null;
    },
    async getStory(id) {
      const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const story: StoredStory = {
        ...summaryOf(row),
        briefing: JSON.parse(row.briefing) as StoryBriefing,
        mergedInto: row.merged_into,
      };
      return story;
    },
    async listVersions(storyId) {
      const rows = await db
        .selectFrom('story_versions')
        .selectAll()
        .where('story_id', '=', storyId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map(versionOf);
    },
    async getVersion(storyId, version) {
      const row = await db
        .selectFrom('story_versions')
        .selectAll()
        .where('story_id', '=', storyId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? versionOf(row) : null;
    },
    async getArticle(id) {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? storedArticleOf(row) : null;
    },
    async getArticles(ids) {
      const rows = await inChunks(ids, (chunk) =>
        db.selectFrom('articles').selectAll().where('id', 'in', chunk).execute(),
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => (byId.has(id) ? [storedArticleOf(byId.get(id)!)] : []));
    },
    async listArticles(page) {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'title', 'outlet', 'published', 'url', 'story_id', 'duplicate_of'])
        .orderBy(flavor.insertionOrder, 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        outlet: r.outlet,
        published: r.published,
        url: r.url,
        storyId: r.story_id,
        duplicateOf: r.duplicate_of,
      }));
    },
    async countArticles() {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async getEntity(key) {
      const rows = await db
        .selectFrom('story_entities')
        .innerJoin('stories', 'stories.id', 'story_entities.story_id')
        .select([
          'story_entities.name',
          'story_entities.kind',
          'story_entities.spellings',
          'stories.id',
          'stories.headline',
          'stories.updated_at',
        ])
        .where('story_entities.key', '=', key)
        .where('stories.merged_into', 'is', null)
        .orderBy('stories.updated_at', 'desc')
        .orderBy('stories.id')
        .execute();
      if (rows.length === 0) return null;
      return entityOf(key, rows);
    },
    async search(query, limit) {
      return searchHits(await flavor.search(db, query, limit), limit);
    },
    async knownIds(ids) {
      const rows = await inChunks(ids, (chunk) =>
        db.selectFrom('articles').select('id').where('id', 'in', chunk).execute(),
      );
      return new Set(rows.map((r) => r.id));
    },
    async idsByContentHash(hashes) {
      const rows = await inChunks(hashes, (chunk) =>
        db
          .selectFrom('articles')
          .select(['id', 'content_hash'])
          .where('content_hash', 'in', chunk)
          .where('usable', '=', 1)
          .orderBy(flavor.insertionOrder)
          .execute(),
      );
      const out = new Map<string, string>();
      for (const r of rows) if (!out.has(r.content_hash)) out.set(r.content_hash, r.id);
      return out;
    },
    async bandNeighbours(bands) {
      const rows = await inChunks(bands, (chunk) =>
        db
          .selectFrom('article_bands')
          .innerJoin('articles', 'articles.id', 'article_bands.article_id')
          .select(['articles.id', 'articles.signature', 'articles.duplicate_of'])
          .where('article_bands.band', 'in', chunk)
          .distinct()
          .execute(),
      );
      const seen = new Set<string>();
      return rows.flatMap((r) => {
        if (seen.has(r.id) || r.signature === null) return [];
        seen.add(r.id);
        return [{ id: r.id, signature: decodeSignature(r.signature), duplicateOf: r.duplicate_of }];
      });
    },
    async loadClusterState() {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'published', 'cluster_vector', 'story_id'])
        .where('cluster_vector', 'is not', null)
        .where('story_id', 'is not', null)
        .orderBy(flavor.insertionOrder)
        .execute();
      const df = await db.selectFrom('cluster_df').selectAll().execute();
      const state: ClusterState = {
        entries: rows.map((r) => ({
          id: r.id,
          published: r.published,
          ...decodeClusterVector(r.cluster_vector!),
          storyId: r.story_id!,
        })),
        df: new Map(df.map((r) => [r.feature, r.df])),
      };
      return state;
    },
    async loadArticles(ids) {
      const rows = await inChunks(ids, (chunk) =>
        db.selectFrom('articles').select(['id', 'data']).where('id', 'in', chunk).execute(),
      );
      const byId = new Map(rows.map((r) => [r.id, r.data]));
      return ids.flatMap((id) => (byId.has(id) ? [decodeArticle(byId.get(id)!)] : []));
    },
    async currentBriefings(ids) {
      const rows = await inChunks(ids, (chunk) =>
        db.selectFrom('stories').select(['id', 'version', 'briefing']).where('id', 'in', chunk).execute(),
      );
      return new Map(
        rows.map((r) => [r.id, { version: r.version, briefing: JSON.parse(r.briefing) as StoryBriefing }]),
      );
    },
  };
}

function versionOf(row: Selectable<Database['story_versions']>): StoryVersion {
  return {
    storyId: row.story_id,
    version: row.version,
    createdAt: row.created_at,
    changes: row.changes === null ? null : JSON.parse(row.changes),
    briefing: JSON.parse(row.briefing) as StoryBriefing,
  };
}

/** Folds the rows of one entity key into an entity: the most frequent name, every spelling, every story. */
function entityOf(
  key: string,
  rows: Array<{
    name: string;
    kind: string;
    spellings: string;
    id: string;
    headline: string;
    updated_at: string;
  }>,
): EntityRecord {
  const names = new Map<string, number>();
  const spellings = new Set<string>();
  for (const r of rows) {
    names.set(r.name, (names.get(r.name) ?? 0) + 1);
    for (const s of JSON.parse(r.spellings) as string[]) spellings.add(s);
  }
  const name = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  spellings.delete(name);
  const stories = new Map<string, EntityRecord['stories'][number]>();
  for (const r of rows)
    if (!stories.has(r.id))
      stories.set(r.id, { id: r.id, headline: r.headline, updatedAt: r.updated_at, name: r.name });
  return {
    key,
    name,
    kind: rows.find((r) => r.name === name)!.kind as EntityKind,
    spellings: [name, ...[...spellings].sort()],
    stories: [...stories.values()],
  };
}
