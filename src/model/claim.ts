/**
 * Claims: checkable statements extracted from one article, aligned across articles by `key`.
 */
import type { Citation } from './citation.ts';

/** What a claim states. */
export type ClaimKind = 'number' | 'event-date' | 'name';

/** One checkable statement from one article. */
export interface Claim {
  kind: ClaimKind;
  /** What the claim is about, normalised so that the same subject in two outlets has the same key (e.g. `dead`, `event-date`). */
  key: string;
  /** Human label of the subject ("people killed", "date of the main event"). */
  topic: string;
  /** The normalised value ("149", "2025-07-03"). */
  value: string;
  /** For a number: the exact amount, normalised ("€1.25 billion"), so two ways of writing one amount are one variant. */
  amount?: string;
  /** The passage that states it. */
  citation: Citation;
  /**
   * The independent source of the article that states it: its outlet (its id when the outlet is
   * unknown), or its original's when it is a syndicated copy (`duplicateOf`) of an article in the story.
   */
  outlet?: string;
  /** The sentence the claim sits in. */
  statement?: Citation;
  /** True when the text hedges the value ("about 17", "more than 100"). */
  approximate?: boolean;
  /** For a date: true when it was resolved against a reference date ("on Tuesday", "last night"), not written whole. */
  relative?: boolean;
  /** For an event date: the weekday the text names next to it ("Thursday"), when it names one. */
  weekday?: string;
}
