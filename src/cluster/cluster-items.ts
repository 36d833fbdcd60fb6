/**
 * The batch procedure over feature counts, shared by `clusterArticles` (a whole batch) and the
 * incremental clusterer's region re-clustering (`recluster-region.ts`), so both give the same
 * stories for the same articles and document frequencies:
 * 1. TF-IDF under the given document frequencies; articles added in a fixed order (publication
 *    date, then id), each joining the most similar candidate story at `threshold`.
 * 2. One review (moves, drift splits, merges of converged stories).
 * 3. The contrastive post-pass (`split-siblings.ts`) unless `refine` is off.
 * Pure and deterministic: the result does not depend on the order of `items`.
 */
import type { ClusterItem } from './article-features.ts';
import { compareIds } from './build-stories.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { byPublishedThenId, createClusterer, type IdfTable } from './clusterer.ts';
import { splitSiblings } from './split-siblings.ts';

/** Groups `items` (unique ids) into stories; returns groups of ids, members in id order, groups by first id. */
export function clusterItems(
  items: readonly ClusterItem[],
  table: IdfTable,
  opts: ClusterOptions,
): string[][] {
  const clusterer = createClusterer({
    ...opts,
    idf: table,
    reviewEvery: Number.POSITIVE_INFINITY,
    reclusterRegions: false,
  });
  for (const item of [...items].sort(byPublishedThenId)) clusterer.add(item);
  clusterer.review();
  const groups = clusterer.stories().map((s) => [...s.articles].sort(compareIds));
  if (!opts.refine) return groups.sort((a, b) => compareIds(a[0], b[0]));
  const featuresOf = new Map(items.map((item) => [item.id, item.features]));
  return splitSiblings(groups, featuresOf, table, opts);
}
