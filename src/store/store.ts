/**
 * The storage interface: one shape for every backend (SQLite now, PostgreSQL next).
 *
 * Reads serve the API and the web UI; `commitIngest` is the one write of an ingest and runs in one
 * transaction, so a crash never leaves half an ingest behind. All methods are async so that a
 * networked backend fits the same shape. The clock is not read here: callers pass times in.
 */
import type { Article } from '../model/article.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import type {
  ArticleSummary,
  EntityRecord,
  FeedRecord,
  FeedUpdate,
  SearchHit,
  StoredArticle,
  StoredStory,
  StorySummary,
  StoryVersion,
} from './records.ts';

/** One article as the clusterer holds it: its weighted vector (fixed when it was added) and its story. */
export interface ClusterEntry {
  id: string;
  published: string | null;
  vector: Array<[string, number]>;
  /** Its feature counts, when known (see `HeldEntry.counts`). */
  counts?: Array<[string, number]>;
  storyId: string;
}

/** What the incremental clusterer needs to carry on where the last ingest stopped. */
export interface ClusterState {
  entries: ClusterEntry[];
  /** Running document frequency of each feature over all clustered articles. */
  df: Map<string, number>;
}

/** A new article to store, with what dedup and clustering need later. */
export interface NewArticle {
  article: Article;
  /** Hash of the normalized text: an exact copy of a stored article has the same one. */
  contentHash: string;
  /** MinHash signature (near-duplicate detection against later articles). */
  signature: Uint32Array;
  /** LSH band keys of the signature. */
  bands: string[];
  /** Clusterer entry (absent for unusable articles and exact copies). */
  cluster?: ClusterEntry;
  /** Feed it came from, if any. */
  feedUrl?: string;
}

/** A story as an ingest leaves it: its members and its new briefing version. */
export interface StoryWrite {
  id: string;
  articles: string[];
  briefing: StoryBriefing;
  summary: Pick<StorySummary, 'headline' | 'articles' | 'outlets' | 'disputes'>;
  /** The version to append (previous + 1, or 1 for a new story); `null` when the briefing did not change. */
  version: Omit<StoryVersion, 'storyId' | 'briefing'> | null;
  /** Entities of the briefing, for entity pages: canonical name, kind and spellings. */
  entities: Array<{ name: string; kind: string; spellings: string[] }>;
}

/** A story whose members changed, its briefing to be written later (see `Store.commitBriefing`). */
export interface PendingStory {
  id: string;
  /** Member article ids, most central first (the order the briefing takes them in). */
  articles: string[];
}

/** A pending story as stored: its members as of `membersVersion`, set by the ingest at `at`. */
export interface PendingBrief extends PendingStory {
  membersVersion: number;
  at: string;
}

/** Everything one ingest writes, applied in one transaction. */
export interface IngestCommit {
  at: string;
  /** The store's generation the ingest was computed from. */
  generation: number;
  articles: NewArticle[];
  /** Stories created or changed, with their briefings. */
  stories: StoryWrite[];
  /**
   * Stories whose members changed, briefed later: their members are written and their members
   * version grows by one (a briefing computed from an older version is then refused).
   */
  pending?: PendingStory[];
  /** Stories absorbed by another: id → the story that took their articles. */
  merged: Array<{ id: string; into: string }>;
  /** Document-frequency increments of the clusterer's features. */
  dfDelta: Map<string, number>;
}

/** Paging of a list. */
export interface Page {
  limit: number;
  offset: number;
}

/** The storage interface. */
export interface Store {
  /** Which backend this is (`sqlite`, `postgres`). */
  readonly kind: string;

  // Reads for the API and the UI.
  /** Stories, most recently updated first; merged stories are not listed. */
  listStories(page: Page): Promise<StorySummary[]>;
  countStories(): Promise<number>;
  /** A story's current version and successor without its briefing (a cheap check before a cached page), or null. */
  storyHead(id: string): Promise<{ id: string; version: number; mergedInto: string | null } | null>;
  /** A story with its current briefing, or null. A merged story is returned with `mergedInto` set. */
  getStory(id: string): Promise<StoredStory | null>;
  /** Every kept version of a story with its briefing and changes, newest first. */
  listVersions(storyId: string): Promise<StoryVersion[]>;
  getVersion(storyId: string, version: number): Promise<StoryVersion | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Several articles at once, in the order of `ids` (missing ones are left out). */
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  listArticles(page: Page): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** An entity by key (see `entityKey`), or null. */
  getEntity(key: string): Promise<EntityRecord | null>;
  /** Full-text search over story headlines/summaries and article titles/texts. */
  search(query: string, limit: number): Promise<SearchHit[]>;

  // What an ingest needs.
  /** Which of these article ids are stored already. */
  knownIds(ids: string[]): Promise<Set<string>>;
  /** Stored article ids by content hash, for the hashes given that are stored. */
  idsByContentHash(hashes: string[]): Promise<Map<string, string>>;
  /** Stored articles sharing at least one LSH band key with the given ones, with their signatures. */
  bandNeighbours(
    bands: string[],
  ): Promise<Array<{ id: string; signature: Uint32Array; duplicateOf: string | null }>>;
  /** The clusterer's state after the last ingest. */
  loadClusterState(): Promise<ClusterState>;
  /** The stored (internal) articles, paragraphs included, for re-running reconcile and brief. */
  loadArticles(ids: string[]): Promise<Article[]>;
  /** The current version number and briefing of stories (for the next version's diff). */
  currentBriefings(ids: string[]): Promise<Map<string, { version: number; briefing: StoryBriefing }>>;
  /**
   * Applies one ingest in one transaction, if the store is still at `commit.generation` (else it
   * writes nothing and returns false: another process ingested meanwhile). Returns true when applied.
   */
  commitIngest(commit: IngestCommit): Promise<boolean>;
  /** Stories waiting for their briefing: those of `ids`, or every one (at most `limit`, default all). */
  pendingBriefs(ids?: string[], limit?: number): Promise<PendingBrief[]>;
  /**
   * Writes the briefing of a pending story, in one transaction, if its members are still those of
   * `membersVersion` and its current version is still `write.version.version - 1` (else it writes
   * nothing and returns false). The story is then no longer pending.
   */
  commitBriefing(write: StoryWrite, membersVersion: number): Promise<boolean>;
  /** How many ingests were committed so far (a process's cached clusterer is current while it is unchanged). */
  generation(): Promise<number>;

  // Feeds.
  /** Adds a feed (no-op when present); returns whether it was new. */
  addFeed(url: string, at: string): Promise<boolean>;
  listFeeds(): Promise<FeedRecord[]>;
  /** Feeds whose `nextCheckAt` is at or before `at`. */
  dueFeeds(at: string): Promise<FeedRecord[]>;
  updateFeed(url: string, update: FeedUpdate): Promise<void>;
  removeFeed(url: string): Promise<boolean>;

  close(): Promise<void>;
}
