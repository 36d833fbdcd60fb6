/**
 * The tables of the store, as Kysely sees them (the same columns on every backend).
 *
 * JSON documents (articles, briefings, changes, vectors) are kept as text: the store filters and
 * sorts only on the plain columns, and the API returns the documents as they are. Articles are
 * listed in insertion order (SQLite's rowid).
 */
/** One stored article. `data` is the internal Article as JSON (paragraphs and removed passages included). */
export interface ArticlesTable {
  id: string;
  content_hash: string;
  story_id: string | null;
  duplicate_of: string | null;
  usable: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  feed_url: string | null;
  added_at: string;
  data: string;
  /** MinHash signature, little-endian uint32s. */
  signature: Uint8Array | null;
  /** The clusterer's unit vector, JSON `[[feature, weight], ...]`; null when not clustered. */
  cluster_vector: string | null;
}

/** LSH band keys of the stored articles' signatures (near-duplicate lookup). */
export interface ArticleBandsTable {
  band: string;
  article_id: string;
}

/** One story: its current briefing and the columns the list needs. */
export interface StoriesTable {
  id: string;
  headline: string;
  articles: number;
  outlets: number;
  disputes: number;
  version: number;
  created_at: string;
  updated_at: string;
  merged_into: string | null;
  briefing: string;
}

/** Every kept version of every story's briefing. */
export interface StoryVersionsTable {
  story_id: string;
  version: number;
  created_at: string;
  changes: string | null;
  briefing: string;
}

/** The entities of a story's current briefing, one row per spelling key. */
export interface StoryEntitiesTable {
  story_id: string;
  /** `entityKey` of one spelling. */
  key: string;
  /** The canonical name in this story. */
  name: string;
  kind: string;
  /** JSON array of every spelling, the name first. */
  spellings: string;
}

/** Running document frequencies of the clusterer's features. */
export interface ClusterDfTable {
  feature: string;
  df: number;
}

/** Polled feeds and their status. */
export interface FeedsTable {
  url: string;
  title: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  next_check_at: string;
  status: string;
  error_count: number;
  last_error: string | null;
  articles_added: number;
}

/**
 * Stories whose members changed and whose briefing is still to be written (a queue's ingest briefs
 * out of its serialized step): the members in briefing order, as of `members_version`.
 */
export interface StoryPendingTable {
  story_id: string;
  /** Grows by one each time an ingest changes the story's members. */
  members_version: number;
  /** JSON array of the member article ids, most central first. */
  members: string;
  /** The time of the ingest that last changed them (ISO 8601). */
  at: string;
}

/** Counters of the store: `generation` grows by one with every committed ingest. */
export interface MetaTable {
  key: string;
  value: number;
}

/** The database as Kysely types it. */
export interface Database {
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  stories: StoriesTable;
  story_versions: StoryVersionsTable;
  story_entities: StoryEntitiesTable;
  cluster_df: ClusterDfTable;
  feeds: FeedsTable;
  meta: MetaTable;
  story_pending: StoryPendingTable;
}
