/**
 * Story: a group of articles about one event, as the cluster stage forms it.
 */

/** One story: the ids of its articles, most central first. */
export interface Story {
  /** Stable id (`s` + 12 hex digits) derived from its article ids. */
  id: string;
  articles: string[];
}
