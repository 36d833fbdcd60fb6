/**
 * Ranges and citations: every annotation and every briefing line points into one article's `text`.
 * Inferred from the one schema source, `schema/citation.ts` (see there).
 */
import type { z } from 'zod';
import type { CitationSchema, RangeSchema } from './schema/citation.ts';

/** A half-open `[start, end)` range into one text, in UTF-16 code units. */
export type Range = z.infer<typeof RangeSchema>;

/** A range into the cleaned `text` of the article with id `article`. */
export type Citation = z.infer<typeof CitationSchema>;
