/**
 * TF-IDF weighting over one batch: turns feature counts into L2-normalised sparse vectors.
 *
 * IDF is smoothed as `ln((1 + N) / (1 + df)) + 1` (as if one extra document held every
 * feature), so that tiny batches still work: a feature every article shares keeps weight 1 instead
 * of 0 (five articles of one story stay similar), while a feature of one article weighs more.
 */
import type { ClusterOptions } from './cluster-options.ts';
import { DATE_PREFIX, type FeatureCounts, NAME_PREFIX } from './count-features.ts';
import { TIME_PREFIX, TIME_WEIGHT } from './event-time.ts';
import { normalize, type SparseVector } from './sparse-vector.ts';

/** Number of articles of the batch that hold each feature. */
export function documentFrequencies(batch: readonly FeatureCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of batch)
    for (const feature of counts.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  return df;
}

/** Smoothed inverse document frequency of a feature held by `df` of `n` articles. */
export function idf(df: number, n: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** Weights one article's counts by TF-IDF with the given IDF function (names times `nameWeight`, dates times `dateWeight`, the event day at `TIME_WEIGHT`); not normalised. */
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
  return batch.map((counts) => normalize(weightCounts(counts, (f) => idf(df.get(f)!, n), options)));
}
