/**
 * Article: one news article with its metadata and its cleaned text.
 * `text` is the single source of truth: every range in the system points into it.
 */
import type { Range } from './citation.ts';
import type { Diagnostic } from './diagnostic.ts';

/** How the text and metadata of an article were obtained (the explicit cascade, trafilatura-style). */
export interface Extraction {
  /** Which method produced `text`, e.g. `plain-text`, `readability`, `body-text`. */
  method: string;
  /** Where each metadata field came from, e.g. `{ published: 'json-ld', title: 'og' }`. */
  sources: Partial<Record<'title' | 'outlet' | 'author' | 'published' | 'language', string>>;
  /** Passages removed from the input as boilerplate (footers, bylines, promotion), verbatim. */
  removed: Array<{ kind: string; text: string }>;
}

/** One article. Fields that are unknown are `null`, never guessed. */
export interface Article {
  /** Stable id (`a` + 12 hex digits), unique within a run. */
  id: string;
  path?: string;
  url?: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date `YYYY-MM-DD` or full ISO timestamp, or null when unknown. */
  published: string | null;
  /** ISO 639-1 code (e.g. `en`) or null when unknown. */
  language: string | null;
  /** The cleaned article body: paragraphs separated by `\n\n`. */
  text: string;
  /** Paragraph ranges into `text`. */
  paragraphs: Range[];
  extraction: Extraction;
  diagnostics: Diagnostic[];
  /** True when the article is usable downstream (has a body of news text). */
  usable: boolean;
  /** Id of the article this one copies (exact or near-duplicate, e.g. syndicated wire copy), set by `src/dedup`. */
  duplicateOf?: string;
}
