/**
 * Turns a final assignment into `Story` objects: stable ids, most central article first,
 * stories sorted by size (largest first) then id.
 */
import type { Story } from '../model/story.ts';
import { hashId } from '../util/hash-id.ts';
import { indexAssignment } from './assign-stories.ts';
import { similarityToGroup } from './group-index.ts';
import type { SparseVector } from './sparse-vector.ts';

/** Builds the stories of `assignment` (`ids[i]` and `vectors[i]` describe article i). */
export function buildStories(
  ids: readonly string[],
  vectors: readonly SparseVector[],
  order: readonly number[],
  assignment: readonly number[],
): Story[] {
  const stories = indexAssignment(vectors, order, assignment).index.groups.map((group): Story => {
    const ranked = group.members
      .map((i) => ({ id: ids[i], similarity: similarityToGroup(vectors[i], group) }))
      .sort((a, b) => b.similarity - a.similarity || compareIds(a.id, b.id));
    const articles = ranked.map((r) => r.id);
    return { id: hashId('s', ...[...articles].sort(compareIds)), articles };
  });
  return stories.sort((a, b) => b.articles.length - a.articles.length || compareIds(a.id, b.id));
}

/** Code-unit order of two ids (locale-independent, so the output is the same everywhere). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
