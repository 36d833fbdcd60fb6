/**
 * Articles as zod schemas (the types in `../article.ts` and `ArticleOut` are inferred from them).
 * `text` is the single source of truth: every range in the system points into it.
 */
import { z } from 'zod';
import { Count, RangeSchema } from './citation.ts';
import { DiagnosticSchema } from './diagnostic.ts';

/** Where each metadata field came from, e.g. `{ published: 'json-ld', title: 'og' }`. */
const MetadataSources = z.strictObject({
  title: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  language: z.string().optional(),
});

/** How the text and metadata of an article were obtained (the explicit cascade, trafilatura-style). */
export const ExtractionSchema = z.strictObject({
  /** Which method produced `text`, e.g. `plain-text`, `readability`, `body-text`. */
  method: z.string(),
  sources: MetadataSources,
  /** Passages removed from the input as boilerplate (footers, bylines, promotion), verbatim. */
  removed: z.array(z.strictObject({ kind: z.string(), text: z.string() })),
});

/** The fields an article has both inside the engine and in the output, in output order. */
const articleHead = {
  /** Stable id (`a` + 12 hex digits), unique within a run. */
  id: z.string(),
  path: z.string().optional(),
  url: z.string().optional(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO date `YYYY-MM-DD` or full ISO timestamp, or null when unknown. */
  published: z.string().nullable(),
  /** ISO 639-1 code (e.g. `en`) or null when unknown. */
  language: z.string().nullable(),
  /** The cleaned article body: paragraphs separated by `\n\n`. */
  text: z.string().describe('The cleaned text; every citation is a [start, end) range into it.'),
};
const articleTail = {
  diagnostics: z.array(DiagnosticSchema),
  /** True when the article is usable downstream (has a body of news text). */
  usable: z.boolean(),
  /** Id of the article this one copies (exact or near-duplicate, e.g. syndicated wire copy), set by `src/dedup`. */
  duplicateOf: z.string().optional(),
};

/** One article. Fields that are unknown are `null`, never guessed. */
export const ArticleSchema = z.strictObject({
  ...articleHead,
  /** Paragraph ranges into `text`. */
  paragraphs: z.array(RangeSchema),
  extraction: ExtractionSchema,
  ...articleTail,
});

/** The fields of an article as printed in the JSON output (`ArticleOut`), for records that extend it. */
export const articleOutShape = {
  ...articleHead,
  ...articleTail,
  /** How it was extracted; removed boilerplate by kind and size only, so none of its text reaches the output. */
  extraction: z.strictObject({
    method: z.string(),
    sources: MetadataSources,
    removed: z.array(z.strictObject({ kind: z.string(), words: Count })),
  }),
};

/**
 * The article as printed in the JSON output: the contract's fields, plus how it was extracted.
 * Removed boilerplate is described by kind and size only, so that none of its text reaches the output.
 */
export const ArticleOutSchema = z.strictObject(articleOutShape);
