/**
 * Places told by their context: a name the gazetteer does not know (a village, a province, a district
 * written in any transliteration) is a place when the sentence says so in lower case around it.
 *
 * - a place noun right after it: "Tarvesh province", "the Ulmara area", "Kesh island";
 * - a place noun right before it, maybe with "of", "near", "were" or "such as": "the villages of
 *   Ulmara", "villages Ulmara and Tarvesh", "villages near Ulmara", "the hardest-hit villages were …";
 * - a distance and a direction before it: "12 km (7 miles) east of Ulmara";
 * - a locative word before it and a state or country after a comma: "in Santa Rosa, California";
 * - a name listed with such a place ("the villages of Ulmara, Tarvesh and Kolb"): the list shares the kind.
 *
 * Only names with no other evidence change: `other` runs, and two-word runs read as persons for no
 * reason but their shape. A name that is a place once in an article is a place in the whole article.
 */
import type { Mention } from '../model/annotations.ts';

const NOUNS =
  'villages?|towns?|cit(?:y|ies)|provinces?|districts?|count(?:y|ies)|regions?|islands?|ports?|hamlets?|suburbs?|municipalit(?:y|ies)|neighbou?rhoods?';

const PLURALS =
  'villages|towns|cities|provinces|districts|counties|regions|islands|ports|hamlets|suburbs|municipalities|neighbou?rhoods';

/** A place noun after the name; "town hall", "district court" and the like name an institution, not the place. */
const NOUN_AFTER =
  /^\s+(?:province|village|town|district|county|area|region|island|municipality|suburb|hamlet|neighbou?rhood)\b(?!\s+(?:hall|meeting|council|court|attorney|judge|house|crier)\b)/;

/** A place noun before the name with a linking word between ("villages of", "towns such as", "villages were"). */
const NOUN_BEFORE = new RegExp(
  `\\b(?:(?:${NOUNS})\\s+(?:of|near|around|outside|such as|including|like|called|named)|(?:${PLURALS})\\s+(?:were|are)(?:\\s+identified\\s+as|\\s+named)?)\\s+$`,
);

/** A place noun right before the name ("the villages Ulmara and Kolb"): trusted for a one-word name only. */
const NOUN_RIGHT_BEFORE = new RegExp(`\\b(?:${NOUNS})\\s+$`);

/** A distance, then a compass direction: "7 km (4 miles) east of". */
const BEARING =
  /\b(?:km|kms|kilomet(?:re|er)s?|miles?)\)?\s+(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$/;

/** "at his home in Santa Rosa, California": a locative word before the name... */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside)\s+$/;
/** ...and a one-word state or country after a comma, then a comma, a stop or lower-case words. */
const STATE_AFTER = /^,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?(?=\s*[,.;]|\s+\p{Ll})/u;

/** Words between two listed names: a comma, "and", "or". */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** True when a mention carries no evidence of its kind beyond its shape. */
function loose(m: Mention): boolean {
  return m.method === 'capitalised-run' && (m.kind === 'other' || (m.kind === 'person' && !m.role));
}

function cued(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (NOUN_AFTER.test(text.slice(m.end, m.end + 40)) || NOUN_BEFORE.test(before) || BEARING.test(before))
    return true;
  if (LOCATIVE_BEFORE.test(before) && STATE_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  // "the town Lina Moor grew up in": a person may follow a bare place noun; a lone `other` word is a place.
  return m.kind === 'other' && NOUN_RIGHT_BEFORE.test(before);
}

/** Types as places the names whose context says they are places (rules in the file header). */
export function markContextPlaces(text: string, mentions: Mention[]): void {
  const places = new Set<Mention>();
  mentions.forEach((m) => {
    if (loose(m) && cued(text, m)) places.add(m);
  });
  // A list shares the kind of its cued member, both ways along the list.
  for (const step of [1, -1]) {
    const order = step === 1 ? mentions : [...mentions].reverse();
    for (let i = 1; i < order.length; i++) {
      const prev = order[i - 1];
      const m = order[i];
      if (!places.has(prev) || !loose(m) || m.sentence !== prev.sentence) continue;
      const gap = step === 1 ? text.slice(prev.end, m.start) : text.slice(m.end, prev.start);
      if (LIST_GAP.test(gap)) places.add(m);
    }
  }
  const names = new Set([...places].map((m) => m.text));
  for (const m of mentions) {
    if (!(places.has(m) || (names.has(m.text) && loose(m)))) continue;
    m.kind = 'place';
    m.method = 'place-context';
  }
}
