/**
 * The features of one analysed article: its text's words and names, and its headline's words.
 *
 * The headline is metadata, outside `article.text` (HTML `<title>`, a plain-text headline line), so
 * the NLP stage never sees it; yet it is the densest statement of the event ("Red Sox offer
 * Teixeira $200 million"). Its words count as word features, once, unless the text itself starts
 * with the headline. Headlines are title-cased, so capitalisation says nothing there: no names are
 * read from it.
 */
import { cluster as defaults } from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { countFeatures, type FeatureCounts, type WordFeatureOf, wordFeature } from './count-features.ts';
import { eventDay, eventMonthDay, monthDayFeature, timeFeature } from './event-time.ts';
import { valueFeatures } from './event-values.ts';

const HEADLINE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** What the clusterer takes: an id, a publication date and feature counts (see `clusterItemOf`). */
export interface ClusterItem {
  id: string;
  published: string | null;
  features: FeatureCounts;
}

/** Makes the clusterer's input from an analysed article. */
export function clusterItemOf(
  item: AnalyzedArticle,
  options: ClusterOptions = defaults,
  featureOf?: WordFeatureOf,
): ClusterItem {
  return {
    id: item.article.id,
    published: item.article.published,
    features: articleFeatures(item, options, featureOf),
  };
}

/** Counts an article's features: text words and names (`countFeatures`), the headline's words, its event day or, without one, the month and day it writes without a year (`event-time.ts`) and the figures it states (`event-values.ts`). */
export function articleFeatures(
  item: AnalyzedArticle,
  options: ClusterOptions,
  featureOf: WordFeatureOf = (norm, pos) => wordFeature(norm, pos, options),
): FeatureCounts {
  const counts = countFeatures(item.annotations, options, featureOf);
  const bump = (feature: string | null) => {
    if (feature !== null) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  const { title, text } = item.article;
  if (title !== null && !text.trimStart().startsWith(title.trim())) {
    // Headline words have no part of speech here; 'X' keeps every content word (stopwords still drop).
    for (const m of title.matchAll(HEADLINE_WORD)) bump(featureOf(m[0].toLowerCase(), 'X'));
  }
  const day = options.maxEventGapDays > 0 ? eventDay(item) : null;
  if (day !== null) bump(timeFeature(day));
  const monthDay = options.maxEventGapDays > 0 && day === null ? eventMonthDay(item) : null;
  if (monthDay !== null) bump(monthDayFeature(monthDay));
  if (options.signatureLink > 0) {
    const values = new Set([...valueFeatures(text), ...(title === null ? [] : valueFeatures(title))]);
    for (const value of values) bump(value);
  }
  return counts;
}
