/**
 * A small LRU of rendered pages. A story page depends only on the story's version and on the
 * minute it is rendered in (its "updated 5 minutes ago" labels), so the key carries both: a new
 * version or the next minute renders afresh, and nothing stale is served longer than that minute.
 */
import { createLru } from '../util/lru.ts';

/** An LRU map of rendered HTML, at most `max` entries. */
export interface PageCache {
  get(key: string): string | undefined;
  set(key: string, html: string): void;
}

/** Creates an empty page cache holding at most `max` pages. */
export function createPageCache(max: number): PageCache {
  return createLru<string>(max);
}

/** The key of a story page: story, version, and the minute of `now` (ISO 8601). */
export function storyPageKey(id: string, version: number, now: string): string {
  return `${id}@${version}@${now.slice(0, 16)}`;
}
