/**
 * Dated passages that tell no event: the date is in the text, but what the passage says on it is not
 * something that happened then. Each rule reads the passage's own words around its date:
 *
 * - a direct quote ("Being young here today is a crime", "You can't play the way I played today"):
 *   a speaker's words, not the report's account of a dated event;
 * - a habit ("usually opens on the first Monday of every month"), a condition ("If the Rovers win, the
 *   final is on Saturday, May 4", "would have won on Friday"), a future state ("will be 40 on May 2"),
 *   a negation ("had not been released Friday", "no one would comment yesterday"), a state "as of" a day;
 * - an offset from the date ("about three weeks before the March 3 launch") or a vague span given a
 *   day ("last summer", "in the past few days");
 * - a statistic's or a comparison's year ("40 percent of its output last year", "up from a year ago");
 * - a blog footer ("posted in Local News on Monday, May 3, 2030") or a headline in title case.
 *
 * Also here: a day or month written as a noun's attribute ("for the May 2030 gala") backs an entry
 * but never makes one (`dayIsAttribute`). (A weekday abbreviation that is a word or a name, "they sat
 * out", "the Sun Herald", is no date at all: the date reader drops it.)
 */
import type { DateMention } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { namesItsDay } from './dates.ts';
import { EVENT_NOUN, NOUN_AFTER } from './year-tells-when.ts';

/** Share of a passage's letters inside quote marks above which the passage is a quote. */
const QUOTED_SHARE = 0.6;

const HABIT =
  /\b(?:usually|typically|normally|routinely|generally|customarily)\b|\b(?:every|each)\s+(?:day|week|month|year|morning|night|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
const CONDITION = /^\W*(?:if|unless)\b/i;
/** A counterfactual before the date: "would've cost them the 2013 pick", "would have won on Friday". */
const MODAL = /\bwould(?:\s*['’]\s*ve|\s+have)\b/i;
const AGE = /\bwill\s+be\s+\d+\b|\bturns?\s+\d+\b/i;
/** A negated verb ("had not been made public", "hadn't been submitted") or nobody acting ("No member would comment"). */
const NEGATION =
  /\b(?:had|has|have|was|were|is|are|did|does|do|could|would|will|can|should)\s+(?:not|never)\b|n['’]t\b|\b(?:no\s+one|nobody|no\s+member|none)\b/i;
const AS_OF = /\bas\s+of\s+$/i;
/** "three weeks before the …", "two days after": the date is the offset's reference point. */
const OFFSET =
  /\b(?:hours?|days?|weeks?|months?|years?)\s+(?:before|after|prior\s+to|ahead\s+of|earlier\s+than)\s+[^,.;]{0,50}$/i;
/** Words of a span wider than a day: a day resolved from them is a guess ("two weeks ago" counts days, and stays). */
const COUNTED_WEEKS = /\b(?:\d+|one|two|three|four|five|six)\s+weeks?\s+ago\b/i;
const VAGUE_SPAN =
  /\b(?:week|weeks|summer|winter|spring|autumn|fall|month|months|year|years)\b|\bfew\s+days\b|\b(?:earlier|later)\s+(?:in\s+the\s+)?day\b/i;
/** "in past months", "in the past few days": a span of several units, never one day or month. */
const PLURAL_SPAN =
  /\b(?:past|recent|last|coming|next)\s+(?:few\s+|several\s+|\w+\s+)?(?:days|weeks|months|years)\b/i;
/** "13 percent of national output last year": the year a share is measured over. */
const STATISTIC = /(?:\bper\s*cent|\bpercent|%)\s+of\s+[^,.;]{0,50}$/i;
const BASELINE_BEFORE = /\b(?:than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?)\s+$/i;
/** "up from a year ago": a relative year after "from" is a comparison's baseline ("from 1943 to 1947" is a span). */
const FROM_BEFORE = /\bfrom\s+$/i;
/** A determiner or possessive right before a day or month: the date may be a noun's attribute. */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my)|['’]s?)\s+$/i;
/** "for the May 2030 gala": a purpose's date is the target's, whatever the noun. */
const FOR_THE_BEFORE = /\bfor\s+the\s+$/i;
const FOOTER = /\bposted\s+(?:in|on|at|by)\b/i;

/**
 * The reason the passage `part` (inside `sentence` of `text`) tells no event on date `d`, or null when
 * it may. `quotes` are the article's direct quote ranges.
 */
export function tellsNoEvent(
  text: string,
  sentence: Range,
  part: Range,
  d: DateMention,
  quotes: readonly Range[],
): string | null {
  const passage = text.slice(part.start, part.end);
  const before = text.slice(part.start, d.start);
  if (quoted(part, d, quotes)) return 'quote';
  if (FOOTER.test(text.slice(sentence.start, sentence.end))) return 'footer';
  if (titleCase(text.slice(sentence.start, sentence.end))) return 'headline';
  if (HABIT.test(passage)) return 'habit';
  if (CONDITION.test(text.slice(sentence.start, sentence.end)) || MODAL.test(before)) return 'condition';
  if (AGE.test(passage)) return 'age';
  if (d.qualifier !== 'since' && NEGATION.test(ownClause(text, part.start, d.start, quotes)))
    return 'negation';
  if (AS_OF.test(before) || OFFSET.test(before)) return 'reference';
  if (d.precision === 'day' && !namesItsDay(d.text) && VAGUE_SPAN.test(d.text) && !COUNTED_WEEKS.test(d.text))
    return 'vague';
  if (d.precision !== 'year' && PLURAL_SPAN.test(d.text)) return 'vague';
  if (d.precision === 'year' && STATISTIC.test(before)) return 'statistic';
  if (
    d.precision === 'year' &&
    (BASELINE_BEFORE.test(before) || (d.kind === 'relative' && FROM_BEFORE.test(before)))
  )
    return 'baseline';
  return null;
}

/** Where a clause begins: a comma, a semicolon or a subordinating word. */
const CLAUSE_START =
  /[,;:]|\b(?:when|after|before|because|while|since|that|which|who|where|until|as|but|and)\b/gi;

/**
 * The words of the date's own clause before it (from the last clause boundary), quoted words left out:
 * "King said he didn't want to decide when the season ended on May 3" reads "the season ended on".
 */
function ownClause(text: string, from: number, to: number, quotes: readonly Range[]): string {
  let start = from;
  for (const m of text.slice(from, to).matchAll(CLAUSE_START)) start = from + m.index + m[0].length;
  let out = '';
  for (let i = start; i < to; i++) out += quotes.some((q) => q.start <= i && i < q.end) ? ' ' : text[i];
  return out;
}

/**
 * True when `d` lies in a quote and most of the passage's letters are quoted. A date written whole in
 * a quote ("the mercy he did not show on March 11, 2030") is a fact the speaker dates, and stays.
 */
function quoted(part: Range, d: DateMention, quotes: readonly Range[]): boolean {
  if (namesItsDay(d.text) || !quotes.some((q) => q.start <= d.start && d.end <= q.end)) return false;
  let inside = 0;
  for (const q of quotes) inside += Math.max(0, Math.min(q.end, part.end) - Math.max(q.start, part.start));
  return inside >= QUOTED_SHARE * (part.end - part.start);
}

/**
 * A day or month written before a noun ("the May 2030 gala", "the club's March 3 opening"): the noun's
 * date, unless the noun is an event's ("the June 4 blast"); after "for the" it is a purpose's date
 * whatever the noun. Like a year's attribute, it backs an entry and never makes one.
 */
export function dayIsAttribute(text: string, d: DateMention): boolean {
  if (d.precision === 'year') return false;
  const before = text.slice(Math.max(0, d.start - 20), d.start);
  const after = text.slice(d.end, d.end + 60);
  if (!DETERMINER_BEFORE.test(before) || !NOUN_AFTER.test(after)) return false;
  return FOR_THE_BEFORE.test(before) || !EVENT_NOUN.test(after);
}

/** A headline: at least four words of four letters or more, nearly all capitalised, and no closing stop. */
export function titleCase(sentence: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(sentence)) return false;
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}
