/**
 * Annotations the NLP stage adds to an article: every one is a range into `Article.text`.
 * They are kept beside the article (never written into it).
 */
import type { z } from 'zod';
import type { Range } from './citation.ts';
import type { EntityKindSchema } from './schema/briefing.ts';

/** A sentence: a range, with its token ranges. */
export interface Sentence extends Range {
  index: number;
  /** The paragraph it belongs to (index into `Article.paragraphs`). */
  paragraph: number;
}

/** A token: a range, its normalised form and its part of speech (Universal POS from wink-nlp). */
export interface Token extends Range {
  /** Lower-cased form. */
  norm: string;
  pos: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

/** The kinds of named entity Parallax distinguishes. */
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** One mention of a name in a text. */
export interface Mention extends Range {
  /** The name as written, titles stripped (`text.slice(start, end)`). */
  text: string;
  kind: EntityKind;
  /** A title or role written right before it ("Deputy Foreign Minister"), when present. */
  role?: string;
  sentence: number;
  /** How the kind was decided, e.g. `gazetteer:country`, `title`, `org-cue`, `capitalised-run`. */
  method: string;
  /**
   * The other written form of the same name in this article (added by the NLP stage): on an acronym,
   * the range of its expansion ("Northern Rivers Front (NRF)": on `NRF`, the range of the expansion);
   * on the expansion, the range of the acronym written after it.
   */
  alias?: Range;
  /** The gazetteer's canonical name when it differs from the text ("U.S." → "United States", "Afghan" → "Afghanistan"). */
  canonical?: string;
}

/** Precision of a resolved date. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date expression resolved against the article's publication date. */
export interface DateMention extends Range {
  text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  precision: DatePrecision;
  /** `absolute` when the expression names its year; `relative` when resolved against a reference date. */
  kind: 'absolute' | 'relative';
  sentence: number;
  /** The weekday the text names next to the date ("Thursday, July 3, 2023"), for consistency checks. */
  weekday?: string;
  /**
   * A word that qualifies the date (added by the NLP stage): `early`/`mid`/`late` (inside the range),
   * a season (`late summer`: value is the year), `decade` (`1990s` → value `1990`), a bound written
   * before the range (`since`, `until`, `by`, `before`, `after`, `from`, `through`), or `range`
   * ("July 3-4": value is the first day).
   */
  qualifier?: string;
  /**
   * `story` when the article has no publication date and the expression was resolved against a date
   * borrowed from its story (added by the reconcile stage, see `reconcile/borrow-dates.ts`).
   */
  reference?: 'story';
  /**
   * True when a day and month told as past fall within weeks after the report's date ("went up on
   * July 19" in a report of July 10): kept in the report's year as a contradiction (a slip of the
   * text or of the date), never a timeline entry; date alignment may set it against the others.
   */
  afterReport?: true;
}

/** A direct quote: `start`/`end` cover the quoted words only (no quote marks). */
export interface Quote extends Range {
  text: string;
  /** The speaker as written (a name, or an organisation such as "the ministry"), or null when unknown. */
  speaker: string | null;
  /** Where the speaker is named in the text (for a pronoun: the name it was bound to). */
  speakerRange?: Range;
  /** The reporting verb or phrase ("said", "according to"). */
  cue?: string;
  /**
   * Which rule found the speaker (added by the NLP stage): `after-quote`, `before-quote` or
   * `sentence-subject`, then `:name`, `:phrase`, `:pronoun` or `:relative-pronoun`.
   */
  attribution?: string;
  sentence: number;
}

/** Everything the NLP stage finds in one article. */
export interface Annotations {
  article: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  dates: DateMention[];
  quotes: Quote[];
  /** Findings about the annotation of this article (added by the NLP stage; PX3xx codes). */
  diagnostics?: import('./diagnostic.ts').Diagnostic[];
}

/** An article together with its annotations: what the stages after NLP work on. */
export interface AnalyzedArticle {
  article: import('./article.ts').Article;
  annotations: Annotations;
}
