/**
 * Stories as zod schemas (the type in `../story.ts` is inferred from it).
 */
import { z } from 'zod';

/** One story: the ids of its articles, most central first. */
export const StorySchema = z.strictObject({
  /** Stable id (`s` + 12 hex digits) derived from its article ids. */
  id: z.string(),
  articles: z.array(z.string()),
});
