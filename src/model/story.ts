/**
 * Story: a group of articles about one event, as the cluster stage forms it.
 * Inferred from the one schema source, `schema/story.ts`.
 */
import type { z } from 'zod';
import type { StorySchema } from './schema/story.ts';

/** One story: the ids of its articles, most central first. */
export type Story = z.infer<typeof StorySchema>;
