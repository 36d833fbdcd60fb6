/**
 * The cluster stage: groups analysed articles into stories about one event.
 *
 * Built on the incremental clusterer (`clusterer.ts`):
 * 1. Features: content words (light-stemmed), names and dates (weighted apart), TF-IDF with the
 *    document frequencies of the whole batch (fixed IDF, so the weights do not depend on order).
 * 2. Articles are added in a fixed order (published date, then id): each joins the most similar
 *    candidate story (found through the inverted index) if the cosine reaches the threshold.
 * 3. One review: every article moves to a clearly better story (an article left alone joins a
 *    story only above a lower attach threshold), drifted articles split off, and stories whose
 *    average pairwise cosine reaches the merge threshold become one.
 * 4. The contrastive post-pass (`split-siblings.ts`): stories whose two halves disagree on the
 *    names and details that only part of the story holds split (sibling events), so do two groups
 *    that each keep stating their own figures (`signature-split.ts`), and fragments of one event
 *    that agree on them merge.
 * Pure and deterministic: the same articles in any order give the same stories.
 */
import { cluster as defaults } from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Story } from '../model/story.ts';
import { articleFeatures } from './article-features.ts';
import { buildStories } from './build-stories.ts';
import { clusterItems } from './cluster-items.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { byPublishedThenId } from './clusterer.ts';
import { cachedWordFeature } from './count-features.ts';
import { weightCounts } from './weight-features.ts';

export { type ClusterItem, clusterItemOf } from './article-features.ts';
export type { ClusterOptions } from './cluster-options.ts';
export {
  type Clusterer,
  type ClustererOptions,
  type ClustererState,
  createClusterer,
  type HeldEntry,
  type IdfTable,
} from './clusterer.ts';

import { documentFrequencies, normalize, smoothedIdf } from '../text/index.ts';

export { type RefineOutcome, refineStories } from './refine-stories.ts';
export { type ClusterScores, scoreClusters } from './score-clusters.ts';
export { type SplitSiblingsOptions, splitSiblings } from './split-siblings.ts';

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
  const counts = items.map((item) => articleFeatures(item, opts, featureOf));
  const table = { df: documentFrequencies(counts), n: items.length };
  const groups = clusterItems(
    items.map((item, i) => ({ id: ids[i], published: item.article.published, features: counts[i] })),
    table,
    opts,
  );
  const label = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const id of group) label.set(id, g);
  });
  const idfOf = (f: string) => smoothedIdf(table.df.get(f) ?? 1, table.n);
  return buildStories(
    ids,
    counts.map((c) => normalize(weightCounts(c, idfOf, opts))),
    ids.map((id) => label.get(id)!),
  );
}

/** Indices of `items` by publication date (unknown dates last), then article id. */
export function processingOrder(items: readonly AnalyzedArticle[]): number[] {
  return items
    .map((item, index) => ({ index, published: item.article.published, id: item.article.id }))
    .sort(byPublishedThenId)
    .map((entry) => entry.index);
}
