/**
 * The URLs of the web UI, built in one place so that pages and tests agree on them.
 */
import type { Citation } from '../model/citation.ts';
import { entityKey } from '../store/records.ts';

/** A story's briefing page. */
export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

/** A story's history: every kept version and what changed. */
export function historyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}/history`;
}

/** One kept version of a story's briefing. */
export function versionHref(id: string, version: number): string {
  return `/stories/${encodeURIComponent(id)}/versions/${version}`;
}

/** An article's page. */
export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}

/** The article page with the cited passage marked and scrolled to (`#passage`). */
export function citationHref(c: Citation): string {
  return `${articleHref(c.article)}?start=${c.start}&end=${c.end}#passage`;
}

/** The page of an entity, by its name (folded with `entityKey`). */
export function entityHref(name: string): string {
  return `/entities/${encodeURIComponent(entityKey(name))}`;
}

/** The search page for a query. */
export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** True for an http(s) URL, the only kind the page links to. */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\/[^\s]+$/i.test(url);
}

/** The Atom feed of a story: one entry per version. */
export function storyFeedHref(id: string): string {
  return `${storyHref(id)}/feed`;
}

/** The Atom feed of a search. */
export function searchFeedHref(query: string): string {
  return `/search/feed?q=${encodeURIComponent(query)}`;
}
