/**
 * What the store holds and returns: plain records, the same for every backend.
 *
 * Briefings and articles are kept in the JSON contract's shapes (`StoryBriefing`, `ArticleOut`), so
 * the API can return them as they are. Times are ISO 8601 strings (UTC), passed in by the caller.
 */
import type { EntityKind } from '../model/annotations.ts';
import type { ArticleOut, StoryBriefing } from '../model/briefing.ts';

/** One line of the story list: enough to render the list without loading briefings. */
export interface StorySummary {
  id: string;
  headline: string;
  /** Number of articles in the story (near-duplicates included). */
  articles: number;
  /** Number of distinct outlets among them (an article without an outlet counts as its own). */
  outlets: number;
  /** Number of disputes in the current briefing (0: the sources agree). */
  disputes: number;
  /** Current version number (1 for a new story). */
  version: number;
  /** When the story was first stored. */
  createdAt: string;
  /** When its briefing last changed. */
  updatedAt: string;
}

/** What changed between two versions of a story's briefing (all lists empty for version 1's "created"). */
export interface StoryChanges {
  /** Articles that joined the story, and their outlets. */
  addedArticles: Array<{ id: string; outlet: string | null; title: string | null }>;
  /** Articles that left it (moved to another story by a review). */
  removedArticles: string[];
  /** Outlets that had no article in the story before. */
  newOutlets: string[];
  /** Key facts whose text is new. */
  newFacts: string[];
  /** Key facts now supported by more independent sources: text, before, after. */
  strengthenedFacts: Array<{ text: string; before: number; after: number }>;
  /** Dispute topics that are new in this version. */
  disputesOpened: string[];
  /** Dispute topics of the previous version that are gone (the sources now agree, or the story changed). */
  disputesSettled: string[];
  /** The previous headline, when it changed. */
  previousHeadline?: string;
}

/** One kept version of a story's briefing. */
export interface StoryVersion {
  storyId: string;
  version: number;
  createdAt: string;
  /** What changed since the previous version (`null` for version 1). */
  changes: StoryChanges | null;
  briefing: StoryBriefing;
}

/** A story with its current briefing. */
export interface StoredStory extends StorySummary {
  briefing: StoryBriefing;
  /** Set when this story was merged into another: the id to go to (its briefing is the last before the merge). */
  mergedInto: string | null;
}

/** An article as stored: the contract's article plus where it sits. */
export interface StoredArticle extends ArticleOut {
  /** The story it belongs to (`null` for unusable articles and exact copies). */
  storyId: string | null;
  addedAt: string;
}

/** A short view of an article for lists (no text). */
export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  storyId: string | null;
  duplicateOf: string | null;
}

/** An entity across stories: every story that names it (under its name or one of its spellings). */
export interface EntityRecord {
  /** Lookup key: the name folded to lower case without diacritics, spaces as `-` (see `entityKey`). */
  key: string;
  name: string;
  kind: EntityKind;
  /** Every spelling seen, the name first. */
  spellings: string[];
  stories: Array<{ id: string; headline: string; updatedAt: string; name: string }>;
}

/** One search hit, with a short plain-text snippet (never HTML). */
export interface SearchHit {
  kind: 'story' | 'article';
  id: string;
  title: string;
  snippet: string;
  /** For an article: its story. */
  storyId: string | null;
}

/** One feed the service polls. */
export interface FeedRecord {
  url: string;
  title: string | null;
  addedAt: string;
  /** Validators of the last successful response, for conditional GET. */
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  /** When it should be polled next (backoff after errors moves it later). */
  nextCheckAt: string;
  /** `ok`, `not-modified`, `error` or `new` (never polled). */
  status: 'new' | 'ok' | 'not-modified' | 'error';
  /** Consecutive failures (0 after a success). */
  errorCount: number;
  lastError: string | null;
  /** Articles stored from this feed so far. */
  articlesAdded: number;
}

/** Fields of a feed that a poll updates. */
export type FeedUpdate = Partial<
  Pick<
    FeedRecord,
    | 'title'
    | 'etag'
    | 'lastModified'
    | 'lastCheckedAt'
    | 'nextCheckAt'
    | 'status'
    | 'errorCount'
    | 'lastError'
  >
> & { addArticles?: number };

/** Folds an entity name into its lookup key: lower case, no diacritics, runs of other characters as `-`. */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
