/**
 * The state of incremental clustering: articles (unit vectors), stories (vector sums) and an
 * inverted index feature → stories whose bounded lookups keep the work per article constant.
 *
 * Candidate search looks up only the article's `queryFeatures` heaviest features, and each
 * posting list keeps only the `maxPostings` stories that gained the feature last, so finding
 * candidates touches at most `queryFeatures × maxPostings` entries however many stories are held;
 * the `maxCandidates` best by partial score are then scored exactly (cosine to the centroid).
 */
import { addInto, dot, type SparseVector } from '../text/index.ts';

/** One held article: its id, publication date, unit vector, event day and current story. */
export interface HeldArticle {
  id: string;
  published: string | null;
  vector: SparseVector;
  /** Day number of its core event (`event-time.ts`, read off the vector), or null when undated. */
  day: number | null;
  story: number;
}

/** One story: member article indices, the sum of their vectors and its length. */
export interface HeldStory {
  members: number[];
  sum: SparseVector;
  length: number;
  /** Members when every member was last checked for drift (see `review`). */
  checkedSize: number;
}

/** Bounds of the candidate search. */
export interface SearchBounds {
  queryFeatures: number;
  maxPostings: number;
  maxCandidates: number;
}

/** A scored candidate story. */
export interface Candidate {
  story: number;
  similarity: number;
}

/** Articles, stories (an empty story has been merged away or emptied) and the capped postings. */
export interface StoryIndex {
  articles: HeldArticle[];
  stories: HeldStory[];
  postings: Map<string, number[]>;
}

/** A new, empty index. */
export function emptyStoryIndex(): StoryIndex {
  return { articles: [], stories: [], postings: new Map() };
}

/** The `k` heaviest features of `v` (ties: feature name order), heaviest first. */
export function topFeatures(v: SparseVector, k: number): string[] {
  return [...v]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map((entry) => entry[0]);
}

/** Cosine between a unit vector and a story centroid (0 for an empty story). */
export function similarityToStory(v: SparseVector, story: HeldStory): number {
  return story.length === 0 ? 0 : dot(v, story.sum) / story.length;
}

/** Cosine of two stories' centroids (0 when either is empty). */
export function cosineOfStories(index: StoryIndex, x: number, y: number): number {
  const [a, b] = [index.stories[x], index.stories[y]];
  return a.length === 0 || b.length === 0 ? 0 : dot(a.sum, b.sum) / (a.length * b.length);
}

/** Cosine between a member's unit vector and the centroid of the other members (0 when alone). */
export function similarityWithoutSelf(v: SparseVector, story: HeldStory): number {
  const self = dot(v, v);
  const d = dot(v, story.sum);
  const squared = story.length * story.length - 2 * d + self;
  return squared <= 1e-12 ? 0 : (d - self) / Math.sqrt(squared);
}

/**
 * The candidate stories of `v`, best first (ties: lower story number), each scored by exact cosine;
 * leaves out `skip` and empty stories.
 */
export function candidates(index: StoryIndex, v: SparseVector, bounds: SearchBounds, skip = -1): Candidate[] {
  const partial = new Map<number, number>();
  for (const feature of topFeatures(v, bounds.queryFeatures)) {
    const posting = index.postings.get(feature);
    if (posting === undefined) continue;
    const weight = v.get(feature)!;
    for (const s of posting) if (s !== skip) partial.set(s, (partial.get(s) ?? 0) + weight);
  }
  return topByScore(partial, bounds.maxCandidates)
    .map((story) => ({ story, similarity: similarityToStory(v, index.stories[story]) }))
    .filter((c) => index.stories[c.story].members.length > 0)
    .sort((a, b) => b.similarity - a.similarity || a.story - b.story);
}

/** The `k` keys with the highest scores (ties: lower key), by insertion into a small sorted list: O(n·k), no full sort. */
export function topByScore(scores: ReadonlyMap<number, number>, k: number): number[] {
  const top: Array<[number, number]> = [];
  for (const [key, score] of scores) {
    if (top.length === k) {
      const [lastKey, lastScore] = top[k - 1];
      if (score < lastScore || (score === lastScore && key > lastKey)) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && (top[i - 1][1] < score || (top[i - 1][1] === score && top[i - 1][0] > key))) i--;
    top.splice(i, 0, [key, score]);
  }
  return top.map((entry) => entry[0]);
}

/** Opens a new empty story and returns its number. */
export function openStory(index: StoryIndex): number {
  index.stories.push({ members: [], sum: new Map(), length: 0, checkedSize: 0 });
  return index.stories.length - 1;
}

/** Adds a vector to story `s`'s sum (updating length and postings). */
export function addVector(index: StoryIndex, s: number, v: SparseVector, maxPostings: number): void {
  const story = index.stories[s];
  const squared = story.length * story.length + 2 * dot(story.sum, v) + dot(v, v);
  for (const feature of v.keys()) if (!story.sum.has(feature)) post(index, feature, s, maxPostings);
  addInto(story.sum, v);
  story.length = Math.sqrt(Math.max(squared, 0));
}

/** Appends story `s` to the posting list of `feature` (capped: see the module comment). */
export function post(index: StoryIndex, feature: string, s: number, maxPostings: number): void {
  let posting = index.postings.get(feature);
  if (posting === undefined) {
    posting = [];
    index.postings.set(feature, posting);
  }
  posting.push(s);
  if (posting.length > 2 * maxPostings) posting.splice(0, posting.length - maxPostings);
}

/** Takes held article `a` out of its story (if any), leaving it in none (`story` -1). */
export function detachArticle(index: StoryIndex, a: number): void {
  const article = index.articles[a];
  if (article.story === -1) return;
  const old = index.stories[article.story];
  const squared =
    old.length * old.length - 2 * dot(old.sum, article.vector) + dot(article.vector, article.vector);
  addInto(old.sum, article.vector, -1);
  old.length = old.sum.size === 0 ? 0 : Math.sqrt(Math.max(squared, 0));
  old.members = old.members.filter((m) => m !== a);
  article.story = -1;
}

/** Moves held article `a` into story `s` (out of its current story, if any). */
export function moveArticle(index: StoryIndex, a: number, s: number, maxPostings: number): void {
  const article = index.articles[a];
  if (article.story === s) return;
  detachArticle(index, a);
  addVector(index, s, article.vector, maxPostings);
  index.stories[s].members.push(a);
  article.story = s;
}

/** Merges story `b` into story `a` (b is left empty). */
export function mergeStories(index: StoryIndex, a: number, b: number, maxPostings: number): void {
  const from = index.stories[b];
  const into = index.stories[a];
  addVector(index, a, from.sum, maxPostings);
  // addVector measured |a + b|² with dot(b, b) = |b|², right for a sum too.
  into.members.push(...from.members);
  for (const m of from.members) index.articles[m].story = a;
  into.checkedSize = 0;
  index.stories[b] = { members: [], sum: new Map(), length: 0, checkedSize: 0 };
}
