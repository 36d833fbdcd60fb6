/**
 * Briefing: the JSON contract of `parallax brief --format json`. Stable: extend, never rename.
 */

import type { EntityKind } from './annotations.ts';
import type { Article, Extraction } from './article.ts';
import type { Citation } from './citation.ts';
import type { Diagnostic } from './diagnostic.ts';

/** One line of a briefing and the exact passages it rests on. */
export interface Line {
  text: string;
  citations: Citation[];
}

/** How well a fact is supported across outlets. */
export type FactStatus = 'corroborated' | 'single-source' | 'disputed';

/** A key fact with its support. */
export interface Fact extends Line {
  status: FactStatus;
  /** Number of distinct independent sources that support it (a syndicated copy counts as its original). */
  sources: number;
}

/** One value that some outlets give for a disputed topic. */
export interface Variant {
  value: string;
  citations: Citation[];
}

/** Where the sources disagree. */
export interface Dispute {
  topic: string;
  variants: Variant[];
  /** Why the variants are rival readings of one thing (same attribute, independent outlets), in words. */
  why?: string;
  /** The variant that is likely an error, when one can be told, and why in words. */
  likelyError?: { article: string; value?: string; reason: string };
}

/** A timeline entry: a dated event. */
export interface Entry extends Line {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
}

/** A quote with its speaker; `text` occurs verbatim in each cited article. */
export interface QuoteLine {
  speaker: string | null;
  text: string;
  citations: Citation[];
  /** Other outlets' different wordings of the same quote, each verbatim at its own citations. */
  wordings?: Line[];
}

/** A person, organisation or place, every spelling merged into one. */
export interface Entity {
  name: string;
  kind: EntityKind;
  /** The other spellings seen. */
  aliases: string[];
  /** Ids of the articles that mention it. */
  articles: string[];
  /** Roles or descriptions given to it ("Deputy Foreign Minister"). */
  roles?: string[];
  /**
   * The roles and descriptions the articles give it, each verbatim at its citations, with the outlets
   * that give it ("Ruritania's special envoy for trade", "Deputy Trade Minister").
   */
  descriptions?: EntityDescription[];
}

/** A role or description of an entity as the articles word it: `text` is verbatim at each citation. */
export interface EntityDescription extends Line {
  /** The outlets that give it (one per article's outlet, in story order). */
  outlets: string[];
}

/** What one article reports that the others do not. */
export interface PerSource {
  article: string;
  distinctive: Line[];
}

/** A theme behind the headline: sentences of several outlets grouped by shared words, labelled from them. */
export interface Theme {
  /** Key phrases of its sentences (their own words), e.g. "Vrelo reservoir · controlled release". */
  label: string;
  /** Its best sentences, each cited (1–3). */
  lines: Line[];
}

/** The briefing of one story. */
export interface StoryBriefing {
  id: string;
  headline: string;
  articles: string[];
  summary: Line[];
  facts: Fact[];
  disputes: Dispute[];
  timeline: Entry[];
  quotes: QuoteLine[];
  entities: Entity[];
  perSource: PerSource[];
  questions: string[];
  /** What's behind the headline: 3–5 themes across outlets; absent when the story is too small. */
  themes?: Theme[];
  /**
   * What the papers say: per outlet, its angle, as "Outlet reports that …" lines; "Outlet reports that" is
   * a label, the rest is the cited passage (first letter lower-cased when it opens a sentence).
   */
  papers?: Line[];
}

/**
 * The article as printed in the JSON output: the contract's fields, plus how it was extracted.
 * Removed boilerplate is described by kind and size only, so that none of its text reaches the output.
 */
export type ArticleOut = Pick<
  Article,
  | 'id'
  | 'path'
  | 'url'
  | 'title'
  | 'outlet'
  | 'author'
  | 'published'
  | 'language'
  | 'text'
  | 'diagnostics'
  | 'usable'
  | 'duplicateOf'
> & {
  extraction: Omit<Extraction, 'removed'> & { removed: Array<{ kind: string; words: number }> };
};

/** The whole output of `parallax brief --format json`. */
export interface BriefOutput {
  articles: ArticleOut[];
  stories: StoryBriefing[];
  diagnostics: Diagnostic[];
}

/** The whole output of `parallax articles --format json`. */
export interface ArticlesOutput {
  articles: ArticleOut[];
  diagnostics: Diagnostic[];
}
