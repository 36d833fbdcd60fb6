/**
 * TF-IDF weighting over one batch: turns feature counts into L2-normalised sparse vectors, with the
 * smoothed IDF of `text/term-vectors.ts` (tiny batches still work) and the weights of each feature kind.
 */

import { documentFrequencies, normalize, type SparseVector, smoothedIdf } from '../text/index.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { DATE_PREFIX, type FeatureCounts, NAME_PREFIX } from './count-features.ts';
import { TIME_PREFIX, TIME_WEIGHT } from './event-time.ts';
import { VALUE_PREFIX } from './event-values.ts';

/** Weights one article's counts by TF-IDF with the given IDF function (names times `nameWeight`, dates times `dateWeight`, the event day at `TIME_WEIGHT`, event values left out); not normalised. */
export function weightCounts(
  counts: FeatureCounts,
  idfOf: (feature: string) => number,
  options: Pick<ClusterOptions, 'nameWeight' | 'dateWeight' | 'sublinearTf'>,
): SparseVector {
  const raw: SparseVector = new Map();
  for (const [feature, count] of counts) {
    if (feature.startsWith(TIME_PREFIX)) {
      // The event day rides along for the time gate; its weight moves no cosine (`event-time.ts`).
      raw.set(feature, TIME_WEIGHT);
      continue;
    }
    // Event values are read from the counts by the post-pass (`signature-split.ts`), never weighed.
    if (feature.startsWith(VALUE_PREFIX)) continue;
    const tf = options.sublinearTf ? 1 + Math.log(count) : count;
    const kind = feature.startsWith(NAME_PREFIX)
      ? options.nameWeight
      : feature.startsWith(DATE_PREFIX)
        ? options.dateWeight
        : 1;
    if (kind !== 0) raw.set(feature, tf * idfOf(feature) * kind);
  }
  return raw;
}

/** Weights every article's counts by TF-IDF over the batch and normalises to unit length. */
export function weightFeatures(
  batch: readonly FeatureCounts[],
  options: Pick<ClusterOptions, 'nameWeight' | 'dateWeight' | 'sublinearTf'>,
): SparseVector[] {
  const df = documentFrequencies(batch);
  const n = batch.length;
  return batch.map((counts) => normalize(weightCounts(counts, (f) => smoothedIdf(df.get(f)!, n), options)));
}
