/**
 * Event values: the decimal figures an article states (a magnitude "5.6", an amount "$2.6 million",
 * a share "4.5 per cent"), the distinguishing signature of look-alike sibling events.
 *
 * Two quakes on one island, two raids on one street share the place, the kind and most of the
 * words; what differs is the event's own figures: one quake was 5.6, the other 5.9. Reports of one
 * event repeat its figures (or dispute them, and then one article often gives both: "Tehran put it
 * at 5.9, the USGS at 6.1"); reports of two events never write the other's. Decimals only: whole
 * numbers are counts, ages, years and list items, held by chance by unrelated reports.
 *
 * Some corpora are tokenised with a space after the point ("6. 1"); read as one decimal here (a
 * figure shared by several articles is the point, not its exact value), when the part after the
 * point is one or two digits and no further digit group follows.
 *
 * Each value travels in the article's feature counts as `v:<value>` (count 1), beside its words;
 * `weightCounts` leaves it out of the vector (it moves no cosine), and the post-pass reads it from
 * the counts (`signature-split.ts`).
 */
import type { FeatureCounts } from './count-features.ts';

/** Prefix of an event-value feature. */
export const VALUE_PREFIX = 'v:';

/** A decimal: 1–3 digits, a point (maybe a space after it), 1–2 digits; not part of a longer number, date or version. */
const DECIMAL = /(?<![\d.,:/])(\d{1,3})\. ?(\d{1,2})(?![\d]|\s?[.,:/]\s?\d)/gu;

/** The decimal values a text states, as `v:` features (each once). */
export function valueFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(DECIMAL)) out.add(`${VALUE_PREFIX}${Number(m[1])}.${m[2]}`);
  return [...out];
}

/** The event values held in feature counts (`v:` features). */
export function valuesOf(counts: FeatureCounts): Set<string> {
  const out = new Set<string>();
  for (const key of counts.keys()) if (key.startsWith(VALUE_PREFIX)) out.add(key);
  return out;
}
