/**
 * Article: one news article with its metadata and its cleaned text.
 * `text` is the single source of truth: every range in the system points into it.
 * Inferred from the one schema source, `schema/article.ts` (fields documented there).
 */
import type { z } from 'zod';
import type { ArticleSchema, ExtractionSchema } from './schema/article.ts';

/** How the text and metadata of an article were obtained (the explicit cascade, trafilatura-style). */
export type Extraction = z.infer<typeof ExtractionSchema>;

/** One article. Fields that are unknown are `null`, never guessed. */
export type Article = z.infer<typeof ArticleSchema>;
