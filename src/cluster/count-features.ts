/**
 * Counts the features of one article: content words (light-stemmed) and names.
 *
 * Word features are `w:<stem>`, name features `n:<lower-cased name>`, date features `d:<value>`
 * at each precision (`d:2025`, `d:2025-07`, `d:2025-07-03`); the prefixes keep the kinds apart
 * so that each can be weighted on its own. Two reports of one event name the same people and
 * the same dates; two events of the same kind (two fires, two rehab stays) share words only.
 */
import type { Annotations } from '../model/annotations.ts';
import { lightStem, TOPIC_STOPWORDS } from '../text/index.ts';
import type { ClusterOptions } from './cluster-options.ts';

/** Prefix of word features. */
export const WORD_PREFIX = 'w:';
/** Prefix of name features. */
export const NAME_PREFIX = 'n:';

/** Prefix of date features. */
export const DATE_PREFIX = 'd:';

/** Feature counts of one article: feature → number of occurrences. */
export type FeatureCounts = Map<string, number>;

const HAS_LETTER = /\p{L}/u;
const NOT_WORD_CHAR = /[^\p{L}\p{N}'’-]/u;

/** Returns the word feature for a token's normalised form, or null when it is not a content word. */
export function wordFeature(norm: string, pos: string, options: ClusterOptions): string | null {
  if (options.dropPos.includes(pos)) return null;
  const lower = norm.toLowerCase();
  if (!HAS_LETTER.test(lower) || NOT_WORD_CHAR.test(lower)) return null;
  if (TOPIC_STOPWORDS.has(lower)) return null;
  const stem = lightStem(lower).replace(/^['’-]+|['’-]+$/gu, '');
  if (stem.length < options.minWordLength || TOPIC_STOPWORDS.has(stem)) return null;
  return WORD_PREFIX + stem;
}

/** Returns the name feature for a mention's text ("Gul Hassan" → `n:gul hassan`), or null when empty. */
export function nameFeature(text: string): string | null {
  const lower = text
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return HAS_LETTER.test(lower) ? NAME_PREFIX + lower : null;
}

/** A word-feature function: `(norm, pos) → feature or null`. */
export type WordFeatureOf = (norm: string, pos: string) => string | null;

/** `wordFeature` with a cache: a batch repeats the same words, so each (pos, norm) is stemmed once. */
export function cachedWordFeature(options: ClusterOptions): WordFeatureOf {
  const cache = new Map<string, Map<string, string | null>>();
  return (norm, pos) => {
    let byNorm = cache.get(pos);
    if (byNorm === undefined) {
      byNorm = new Map();
      cache.set(pos, byNorm);
    }
    let feature = byNorm.get(norm);
    if (feature === undefined) {
      feature = wordFeature(norm, pos, options);
      byNorm.set(norm, feature);
    }
    return feature;
  };
}

/** Counts the word and name features of one article's annotations. */
export function countFeatures(
  annotations: Annotations,
  options: ClusterOptions,
  featureOf: WordFeatureOf = (norm, pos) => wordFeature(norm, pos, options),
): FeatureCounts {
  const counts: FeatureCounts = new Map();
  const bump = (feature: string | null) => {
    if (feature !== null) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  for (const token of annotations.tokens) bump(featureOf(token.norm, token.pos));
  for (const mention of annotations.mentions) bump(nameFeature(mention.text));
  if (options.dateWeight > 0) {
    for (const date of annotations.dates) for (const feature of dateFeatures(date.value)) bump(feature);
  }
  return counts;
}

/** Date features of a resolved date value (`2025-07-03`): one per precision, coarsest first. */
export function dateFeatures(value: string): string[] {
  const parts = value.split('-');
  return parts.map((_, i) => DATE_PREFIX + parts.slice(0, i + 1).join('-'));
}
