/**
 * The contract's ranges and citations, as zod schemas (the types in `../citation.ts` are inferred from them).
 *
 * A range is half-open, `[start, end)`, in UTF-16 code units (JavaScript string indices), so
 * `article.text.slice(start, end)` is exactly the passage.
 */
import { z } from 'zod';

/** A count or an offset: a whole number, 0 or more. */
export const Count = z.int().nonnegative();

/** A half-open `[start, end)` range into one text. */
export const RangeSchema = z.strictObject({ start: Count, end: Count });

/** A range into the cleaned `text` of the article with id `article`. */
export const CitationSchema = z.strictObject({
  /** Id of the article whose text the range points into. */
  article: z.string(),
  start: Count,
  end: Count,
});
