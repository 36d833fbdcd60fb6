/**
 * Incremental clustering: `createClusterer(options)` holds stories and takes articles one by one.
 *
 * `add` compares the article only with candidate stories found through the capped inverted index
 * (see `story-index.ts`), joins the most similar one if the cosine reaches `threshold`, else
 * opens a story. Every `reviewEvery` additions (and on `review()`), the stories touched since the
 * last review are reviewed: their articles move to a clearly better story, an article that drifted
 * away from its story (cosine to the others below `splitThreshold`) is split off, and stories
 * whose average pairwise cosine reaches `mergeThreshold` merge. A story's old members are
 * re-checked when it has grown by half since their last check, so the review's cost per added
 * article stays bounded (amortised).
 *
 * `refine()` settles the stories touched since the last `refine` (a service calls it after
 * `review()`): by default it clusters their region again from scratch with the batch procedure
 * (`recluster-region.ts`, `cluster-items.ts`: the articles' feature counts weighed under the current
 * document frequencies), so the stories do not depend on the order or the batches the articles came
 * in; with `reclusterRegions` off it patches them with the contrastive post-pass instead
 * (`refine-stories.ts`: split sibling events, merge fragments of one event).
 *
 * IDF: with `options.idf` (document frequencies of a reference collection, e.g. the batch) the
 * weights are fixed; without it the clusterer keeps running document frequencies and weighs
 * each article with the frequencies seen so far, its own included (an article's vector is fixed
 * when it is added).
 */
import { cluster as defaults } from '../config.ts';
import type { Story } from '../model/story.ts';
import { normalize, type SparseVector, smoothedIdf } from '../text/index.ts';
import type { ClusterItem } from './article-features.ts';
import { buildStories, compareIds } from './build-stories.ts';
import { clusterItems } from './cluster-items.ts';
import type { ClusterOptions } from './cluster-options.ts';
import type { FeatureCounts } from './count-features.ts';
import { dayOfFeatures } from './event-time.ts';
import { type RegionEntry, reclusterRegion } from './recluster-region.ts';
import { type RefineOutcome, refineStories } from './refine-stories.ts';
import {
  candidates,
  emptyStoryIndex,
  mergeStories,
  moveArticle,
  openStory,
  type StoryIndex,
  similarityWithoutSelf,
  topFeatures,
} from './story-index.ts';
import { timeApart } from './time-gate.ts';
import { weightCounts } from './weight-features.ts';

/** Fixed document frequencies: `df` of each feature over `n` documents. */
export interface IdfTable {
  df: ReadonlyMap<string, number>;
  n: number;
}

/** Options of `createClusterer`: the cluster options plus an optional fixed IDF table. */
export interface ClustererOptions extends ClusterOptions {
  idf?: IdfTable;
}

/** One held article as a snapshot gives it: its weighted unit vector and a label of its story. */
export interface HeldEntry {
  id: string;
  published: string | null;
  vector: SparseVector;
  /** Story label: equal labels, same story (labels are the clusterer's own numbers in `held()`). */
  story: string | number;
  /** Its feature counts, when known: the region re-clustering weighs them with the current document frequencies. */
  counts?: FeatureCounts;
}

/**
 * A state to start from: articles already clustered (vectors as they were weighed when added) and
 * the running document frequencies. Restoring costs one pass over the entries, no scoring.
 */
export interface ClustererState {
  entries: readonly HeldEntry[];
  df: ReadonlyMap<string, number>;
}

/** An incremental clusterer (mutable state; not a stage itself: `clusterArticles` is). */
export interface Clusterer {
  /** Adds one article; throws on a repeated id (programmer error). */
  add(item: ClusterItem): void;
  /** Adds one article already weighed (a unit vector, as `held()` gives it); throws on a repeated id. */
  addWeighted(entry: RegionEntry): void;
  /** Reviews the stories touched since the last review (moves, splits, merges). */
  review(): void;
  /**
   * Settles `stories` (labels as `held()` gives them), by default every story touched by `add`,
   * `review` or a split since the last `refine`; either way that set is cleared. Re-clusters their
   * region (`reclusterRegions`, the default; the outcome then counts no splits or merges, only the
   * stories changed) or runs the contrastive post-pass on them (`refine-stories.ts`). Moves articles
   * in place (so `held()` reflects it).
   */
  refine(stories?: Iterable<number>): RefineOutcome;
  /** The current stories, largest first (does not review). */
  stories(): Story[];
  /** Every held article with its vector and the number of its current story. */
  held(): HeldEntry[];
  /** Number of articles held. */
  readonly size: number;
}

/**
 * Creates an incremental clusterer, empty or carrying on from `state` (a service restores what the
 * last ingest left; a restored story counts as reviewed, so only what is added afterwards is checked).
 */
export function createClusterer(options: Partial<ClustererOptions> = {}, state?: ClustererState): Clusterer {
  const opts: ClustererOptions = { ...defaults, ...options };
  const index: StoryIndex = emptyStoryIndex();
  const running = new Map<string, number>(state?.df ?? []);
  const ids = new Set<string>();
  const labels = new Map<string | number, number>();
  /** Feature counts of held articles (by article number), where known. */
  const counts = new Map<number, FeatureCounts>();
  for (const entry of state?.entries ?? []) {
    if (ids.has(entry.id)) throw new Error(`clusterer: article id ${entry.id} restored twice`);
    ids.add(entry.id);
    const s = labels.get(entry.story) ?? openStory(index);
    labels.set(entry.story, s);
    const a =
      index.articles.push({
        id: entry.id,
        published: entry.published,
        vector: entry.vector,
        day: dayOfFeatures(entry.vector),
        story: -1,
      }) - 1;
    if (entry.counts !== undefined) counts.set(a, entry.counts);
    moveArticle(index, a, s, opts.maxPostings);
  }
  for (const story of index.stories) story.checkedSize = story.members.length;
  let dirty = new Set<number>();
  /** Stories touched since the last `refine`. */
  let unrefined = new Set<number>();
  /** Articles added since the last `refine` (their stories seed the re-clustered region). */
  let arrived: number[] = [];
  let sinceReview = 0;
  const idfOf = opts.idf
    ? (feature: string) => smoothedIdf(opts.idf!.df.get(feature) ?? 1, Math.max(opts.idf!.n, 1))
    : (feature: string) => smoothedIdf(running.get(feature)!, ids.size);

  const add = (item: ClusterItem) => {
    if (ids.has(item.id)) throw new Error(`clusterer: article id ${item.id} added twice`);
    if (!opts.idf) for (const f of item.features.keys()) running.set(f, (running.get(f) ?? 0) + 1);
    ids.add(item.id);
    counts.set(index.articles.length, item.features);
    place(item.id, item.published, normalize(weightCounts(item.features, idfOf, opts)));
  };

  const addWeighted = (entry: RegionEntry) => {
    if (ids.has(entry.id)) throw new Error(`clusterer: article id ${entry.id} added twice`);
    ids.add(entry.id);
    place(entry.id, entry.published, entry.vector);
  };

  /** The single pass for one weighed article: join the best candidate story at `threshold`, else open one. */
  const place = (id: string, published: string | null, vector: SparseVector) => {
    const day = dayOfFeatures(vector);
    const a = index.articles.push({ id, published, vector, day, story: -1 }) - 1;
    const best = candidates(index, vector, opts).find((c) => !apart([day], c.story));
    const s = best !== undefined && best.similarity >= opts.threshold ? best.story : openStory(index);
    moveArticle(index, a, s, opts.maxPostings);
    arrived.push(a);
    dirty.add(s);
    unrefined.add(s);
    if (++sinceReview >= opts.reviewEvery) review();
  };

  const review = () => {
    sinceReview = 0;
    const touched = [...dirty].sort((x, y) => x - y);
    dirty = new Set();
    for (const s of touched) unrefined.add(s);
    const moves = new Map<number, number>();
    for (const s of touched) {
      const story = index.stories[s];
      const recheck = story.members.length >= 1.5 * story.checkedSize;
      const members = recheck ? story.members : story.members.slice(story.checkedSize);
      for (const a of members) {
        const target = bestMove(a);
        if (target !== null) moves.set(a, target);
      }
      if (recheck) story.checkedSize = story.members.length;
    }
    const after = new Set<number>();
    for (const [a, target] of [...moves].sort((x, y) => x[0] - y[0])) {
      const from = index.articles[a].story;
      const to = target === -1 ? openStory(index) : target;
      moveArticle(index, a, to, opts.maxPostings);
      after.add(from).add(to);
      unrefined.add(from).add(to);
    }
    mergeConverged([...new Set([...touched, ...after])]);
  };

  /** Where article `a` should move (-1: a story of its own), or null to stay. */
  const bestMove = (a: number): number | null => {
    const { vector, story: s } = index.articles[a];
    const own = index.stories[s];
    const stay = similarityWithoutSelf(vector, own);
    const day = [index.articles[a].day];
    const best = candidates(index, vector, opts, s).find((c) => !apart(day, c.story));
    if (best !== undefined && best.similarity > stay) {
      if (own.members.length > 1) return best.story;
      const joinable =
        index.stories[best.story].members.length > 1 && best.similarity >= opts.attachThreshold;
      if (joinable) return best.story;
    }
    return own.members.length >= 3 && stay < opts.splitThreshold ? -1 : null;
  };

  /** Merges each listed story with its best candidate while their average link reaches the threshold. */
  const mergeConverged = (worklist: number[]) => {
    const queue = worklist.sort((x, y) => x - y);
    for (let i = 0; i < queue.length; i++) {
      const a = queue[i];
      const story = index.stories[a];
      if (story.members.length === 0) continue;
      const centroid = normalize(story.sum);
      const probe = new Map(topFeatures(centroid, opts.queryFeatures).map((f) => [f, centroid.get(f)!]));
      let best = -1;
      let bestLink = opts.mergeThreshold;
      const days = daysOf(a);
      for (const c of candidates(index, probe, opts, a)) {
        if (apart(days, c.story)) continue;
        const other = index.stories[c.story];
        const link = dotSums(a, c.story) / (story.members.length * other.members.length);
        if (link > bestLink || (link === bestLink && (best === -1 || c.story < best))) {
          best = c.story;
          bestLink = link;
        }
      }
      if (best === -1) continue;
      const [keep, drop] = a < best ? [a, best] : [best, a];
      mergeStories(index, keep, drop, opts.maxPostings);
      unrefined.add(keep);
      queue.push(keep);
    }
  };

  /** Event days of story s's members. */
  const daysOf = (s: number) => index.stories[s].members.map((m) => index.articles[m].day);
  /** The time gate between some event days and story s (`time-gate.ts`); off at `maxEventGapDays` 0. */
  const apart = (days: readonly (number | null)[], s: number) =>
    opts.maxEventGapDays > 0 &&
    days.some((d) => d !== null) &&
    timeApart(days, daysOf(s), opts.maxEventGapDays);

  const dotSums = (a: number, b: number) => {
    const [x, y] = [index.stories[a].sum, index.stories[b].sum];
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    let sum = 0;
    for (const [k, w] of small) {
      const o = large.get(k);
      if (o !== undefined) sum += w * o;
    }
    return sum;
  };

  const refine = (stories?: Iterable<number>): RefineOutcome => {
    const listed = stories === undefined ? unrefined : new Set(stories);
    // Re-clustering reaches from where the new articles are now (a review may have moved them); the
    // stories a review touched beyond those are in their region when they are near.
    const seeds = stories === undefined ? new Set(arrived.map((a) => index.articles[a].story)) : listed;
    unrefined = new Set();
    arrived = [];
    if (!opts.reclusterRegions) return refineStories(index, listed, opts);
    const changed = reclusterRegion(index, seeds, opts, clusterRegion, (a) => {
      const c = counts.get(a);
      return c === undefined ? null : normalize(weightCounts(c, idfOf, opts));
    });
    for (const s of changed) index.stories[s].checkedSize = index.stories[s].members.length;
    return { splits: 0, merges: 0, changed };
  };

  /**
   * The batch procedure on a region: on feature counts under the current document frequencies
   * (`clusterItems`, as `clusterArticles` runs it) when every member's counts are known, else on
   * the held vectors (a sub-clusterer: fixed order, single pass, review, refine).
   */
  const clusterRegion = (members: readonly number[]): number[] => {
    const known = members.map((a) => counts.get(a));
    if (known.every((c) => c !== undefined)) {
      const table = opts.idf ?? { df: running, n: ids.size };
      const items = members.map((a, i) => ({ ...index.articles[a], features: known[i]! }));
      const groups = clusterItems(items, table, opts);
      const label = new Map(groups.flatMap((g, k) => g.map((id) => [id, k] as const)));
      return members.map((a) => label.get(index.articles[a].id)!);
    }
    const sub = createClusterer({ ...opts, reviewEvery: Number.POSITIVE_INFINITY, reclusterRegions: false });
    for (const a of [...members].sort((x, y) => byPublishedThenId(index.articles[x], index.articles[y])))
      sub.addWeighted(index.articles[a]);
    sub.review();
    sub.refine();
    const label = new Map(sub.held().map((h) => [h.id, h.story as number]));
    return members.map((a) => label.get(index.articles[a].id)!);
  };

  const stories = () =>
    buildStories(
      index.articles.map((a) => a.id),
      index.articles.map((a) => a.vector),
      index.articles.map((a) => a.story),
    );

  const held = () =>
    index.articles.map((a, i): HeldEntry => {
      const entry: HeldEntry = { id: a.id, published: a.published, vector: a.vector, story: a.story };
      const c = counts.get(i);
      if (c !== undefined) entry.counts = c;
      return entry;
    });

  return {
    add,
    addWeighted,
    review,
    refine,
    stories,
    held,
    get size() {
      return index.articles.length;
    },
  };
}

/** Publication date (unknown last), then id: the order a batch adds articles in (`processingOrder`). */
export function byPublishedThenId(
  a: { published: string | null; id: string },
  b: { published: string | null; id: string },
): number {
  return (
    (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
    compareIds(a.published ?? '', b.published ?? '') ||
    compareIds(a.id, b.id)
  );
}
