/**
 * The cluster stage: groups analysed articles into stories about one event.
 *
 * 1. Features: content words (light-stemmed), names and dates (weighted apart), TF-IDF over the batch.
 * 2. One pass in a fixed order (published date, then id): an article joins the story whose
 *    centroid is most similar if the cosine reaches the threshold, else starts a story.
 * 3. One refinement pass: every article moves to its most similar centroid (stable; an article
 *    left alone joins a story only above a lower attach threshold).
 * 4. Merge: stories whose average pairwise cosine reaches the merge threshold become one
 *    (undoes splits that the visiting order caused).
 * Pure and deterministic: the same articles in any order give the same stories.
 */
import { cluster as defaults } from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Story } from '../model/story.ts';
import { indexAssignment, refine, singlePass } from './assign-stories.ts';
import { buildStories, compareIds } from './build-stories.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { cachedWordFeature, countFeatures } from './count-features.ts';
import { mergeGroups } from './merge-groups.ts';
import { weightFeatures } from './weight-features.ts';

export type { ClusterOptions } from './cluster-options.ts';
export { type ClusterScores, scoreClusters } from './score-clusters.ts';

/**
 * Groups articles into stories; returns them largest first.
 *
 * Throws only on a programmer error: two items with the same article id.
 */
export function clusterArticles(items: AnalyzedArticle[], options: Partial<ClusterOptions> = {}): Story[] {
  const opts: ClusterOptions = { ...defaults, ...options };
  const ids = items.map((item) => item.article.id);
  if (new Set(ids).size !== ids.length) throw new Error('clusterArticles: article ids must be unique');
  if (items.length === 0) return [];
  const featureOf = cachedWordFeature(opts);
  const vectors = weightFeatures(
    items.map((item) => countFeatures(item.annotations, opts, featureOf)),
    opts,
  );
  const order = processingOrder(items);
  const first = singlePass(vectors, order, opts.threshold);
  const refined = refine(vectors, order, first, opts.attachThreshold);
  const { index, groupOf } = indexAssignment(vectors, order, refined);
  const into = mergeGroups(index, opts.mergeThreshold);
  return buildStories(
    ids,
    vectors,
    groupOf.map((g) => into[g]),
  );
}

/** Indices of `items` by publication date (unknown dates last), then article id. */
export function processingOrder(items: readonly AnalyzedArticle[]): number[] {
  return items
    .map((item, index) => ({ index, published: item.article.published, id: item.article.id }))
    .sort(
      (a, b) =>
        (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
        compareIds(a.published ?? '', b.published ?? '') ||
        compareIds(a.id, b.id),
    )
    .map((entry) => entry.index);
}
