/**
 * Turns a final assignment into `Story` objects: stable ids, most central article first,
 * stories sorted by size (largest first) then id.
 */
import type { Story } from '../model/story.ts';
import { addInto, dot, norm, type SparseVector } from '../text/index.ts';
import { hashId } from '../util/hash-id.ts';

/** Builds the stories of `assignment` (group label of each article; `ids[i]` and `vectors[i]` describe article i). */
export function buildStories(
  ids: readonly string[],
  vectors: readonly SparseVector[],
  assignment: readonly number[],
): Story[] {
  const members = new Map<number, number[]>();
  assignment.forEach((label, i) => {
    const list = members.get(label);
    if (list === undefined) members.set(label, [i]);
    else list.push(i);
  });
  const stories = [...members.values()].map((group): Story => {
    const sum: SparseVector = new Map();
    for (const i of group) addInto(sum, vectors[i]);
    const length = norm(sum);
    const ranked = group
      .map((i) => ({ id: ids[i], similarity: length === 0 ? 0 : dot(vectors[i], sum) / length }))
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
