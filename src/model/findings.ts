/**
 * Findings: what the reconcile stage learns about one story across its articles, before any
 * briefing text is chosen. Every finding keeps the exact passages (citations) it rests on.
 */
import type { EntityKind } from './annotations.ts';
import type { FactStatus } from './briefing.ts';
import type { Citation } from './citation.ts';
import type { Claim, ClaimKind } from './claim.ts';
import type { Diagnostic } from './diagnostic.ts';

/** Why two spellings were taken for one entity (kept so a reader can audit every merge). */
export interface MergeNote {
  /** The two names (as written) whose groups were joined. */
  names: [string, string];
  /** The rule that joined them, in words ("same phonetic key gl-hsn", "acronym defined in parentheses"). */
  reason: string;
}

/** One person, organisation or place: every mention of it across the story's articles. */
export interface EntityFinding {
  /** Stable within the findings (`e0`, `e1`, ...). */
  id: string;
  /** Canonical name: the most frequent, then longest, full form. */
  name: string;
  kind: EntityKind;
  /** Other spellings seen (as written). */
  aliases: string[];
  /** Ids of the articles that mention it, in story order. */
  articles: string[];
  /** Roles written before its mentions ("Deputy Foreign Minister"). */
  roles: string[];
  /** Roles and descriptions the articles give it, verbatim, with their passages and outlets (added by reconcile). */
  descriptions?: EntityDescriptionFinding[];
  /** Every mention, as a citation. */
  mentions: Citation[];
  /** Why its spellings were merged. */
  merges: MergeNote[];
}

/** A role or description of an entity ("Ruritania's special envoy for trade"), as worded by the articles. */
export interface EntityDescriptionFinding {
  /** The wording, as written at the first citation (the same wording, folded, at every citation). */
  text: string;
  citations: Citation[];
  outlets: string[];
}

/** A statement of one article: a sentence (trimmed) with its place in the article. */
export interface StatementRef extends Citation {
  /** The outlet that published the article (its id when the outlet is unknown). */
  outlet: string;
  /** Index of the sentence in its article. */
  sentence: number;
}

/** A statement with how it relates to the rest of the story (what the brief needs to pick lines). */
export interface StatementInfo extends StatementRef {
  /** Highest cosine to any sentence of another outlet (0 = nobody else says anything like it). */
  closest: number;
  /**
   * Topic relevance: mean share of other outlets that use each of its words, divided by the story's
   * median (1 = as on topic as a typical sentence of the story; off-topic blurbs score well below).
   */
  relevance: number;
  /** The same measure over its whole paragraph (also relative to the story's median paragraph). */
  paragraphRelevance: number;
  /** Number of content words. */
  words: number;
  /** Questions, headings and other fragments: never shown as a line. */
  fragment: boolean;
}

/** Sentences of several articles that state the same thing. */
export interface FactGroup {
  /** Member statements, at most one per article, in story order. */
  members: StatementRef[];
  /** The member best suited to be shown (central, self-contained, free of likely errors). */
  representative: StatementRef;
  /** Distinct independent sources among the members: outlets, a syndicated copy (`duplicateOf`) counting as its original. */
  outlets: string[];
  status: FactStatus;
  /** Mean similarity of the members to one another (1 for a single member). */
  cohesion: number;
}

/** One value of a disputed claim, with every passage that states it. */
export interface VariantFinding {
  value: string;
  citations: Citation[];
  outlets: string[];
  /** The weekday written with a date value, when two variants give one date with different weekdays. */
  weekday?: string;
}

/** Where outlets give different values for the same claim. */
export interface DisputeFinding {
  kind: ClaimKind;
  key: string;
  /** Human label ("date of the main event", "number of dead"). */
  topic: string;
  variants: VariantFinding[];
  /** Why the values are rival readings of one thing, in words. */
  why?: string;
  likelyError?: { article: string; value: string; reason: string };
}

/** One dated event, merged across the outlets that state it. */
export interface TimelineEvent {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** The passage shown for it (a sentence or trimmed clause). */
  representative: Citation;
  /** Every passage that states it (the representative included). */
  citations: Citation[];
  outlets: string[];
  /** True when it is the story's main event. */
  main: boolean;
}

/** One quote as one article gives it. */
export interface QuoteItem {
  text: string;
  citation: Citation;
  outlet: string;
}

/** The same speaker saying similar words, across outlets. */
export interface QuoteGroup {
  /** The speaker's canonical name (an entity name when bound, else as written). */
  speaker: string;
  items: QuoteItem[];
}

/** Everything reconcile finds in one story: the input of the brief stage. */
export interface Findings {
  story: string;
  entities: EntityFinding[];
  /** Fact groups, most supported first. */
  facts: FactGroup[];
  /** Index into `facts` of the story's main event, when one was found. */
  mainEvent: number | null;
  /** Every sentence of every article, in story order. */
  statements: StatementInfo[];
  /** Every checkable claim found (numbers with what they count, event dates). */
  claims: Claim[];
  disputes: DisputeFinding[];
  /** Dated events, sorted by date. */
  timeline: TimelineEvent[];
  /**
   * Plans and announced events that lie after the publication of the articles that state them
   * ("will hold a session on Friday", "cranes from 2027"), sorted by date; kept out of `timeline`
   * (added by reconcile; optional).
   */
  upcoming?: TimelineEvent[];
  quotes: QuoteGroup[];
  diagnostics: Diagnostic[];
}
