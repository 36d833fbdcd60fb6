/**
 * Dated parts of a sentence: the passage each date of a sentence dates, so that a sentence naming two
 * events ("On May 2, 2031, the port reopened, following the 2029 fire") gives one timeline entry per
 * date with its own words, and never the same text under two dates.
 *
 * A sentence is cut at ";" and at ", but/while/whereas"; a part that still holds dates of different
 * values is cut again at the last comma before each later date. A part too thin to stand alone (fewer
 * than `minWords` content words, or only an attribution: ", the agency said on Friday") is joined to the part before it, and its date then yields to that
 * part's: the first date of a part owns it (the date of the main clause; "following …", "effective
 * from …" tails are subordinate). Parts without a date are dropped.
 */
import type { DateMention } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { contentWords } from '../text/index.ts';
import { trimRange } from './collect-statements.ts';

/** One passage of a sentence and the date that dates it. */
export interface DatedPart extends Range {
  date: DateMention;
  /** True when the part is less than the whole sentence. */
  clause: boolean;
  /** Dates of other values inside the part (they yield to `date`). */
  otherDates: number;
}

const CUT = /;\s+|,\s+(?=(?:but|while|whereas)\s)/gi;

/**
 * Splits a sentence (`sentence.start`–`sentence.end` of `text`) into dated parts.
 * `dates` are the date mentions inside the sentence.
 */
export function datedParts(
  text: string,
  sentence: Range,
  dates: readonly DateMention[],
  minWords: number,
): DatedPart[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return [];
  const segments: Array<[number, number]> = [];
  let from = sentence.start;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CUT)) {
    segments.push([from, sentence.start + m.index]);
    from = sentence.start + m.index + m[0].length;
  }
  segments.push([from, sentence.end]);
  const pieces: Array<[number, number]> = [];
  for (const [a, b] of segments) {
    const inside = distinctValues(sorted.filter((d) => d.start >= a && d.end <= b));
    let start = a;
    for (let k = 1; k < inside.length; k++) {
      const comma = text.slice(inside[k - 1].end, inside[k].start).lastIndexOf(',');
      if (comma < 0) continue;
      const cut = inside[k - 1].end + comma;
      pieces.push([start, cut]);
      start = cut + 1;
    }
    pieces.push([start, b]);
  }
  const parts: Array<{ start: number; end: number; dates: DateMention[]; words: number }> = [];
  for (const [a, b] of pieces) {
    const [start, end] = tidy(text, a, b);
    if (end <= start) continue;
    const inside = sorted.filter((d) => d.start >= start && d.end <= end);
    const words = contentWords(text.slice(start, end)).filter((w) => !/^\d/.test(w)).length;
    const prev = parts.at(-1);
    // A thin tail joins the part before it (only across a comma cut, not across ";" or "but"); so
    // does an attribution tail (", the fire service said on Friday"): telling is no event of its own.
    // (Not after quoted words: ", ” X told reporters Thursday" attributes the quote, which dates nothing.)
    const quoted = prev !== undefined && /^[\s,]*["”’']/.test(text.slice(prev.end, end));
    const thin = words < minWords || (!quoted && attributionOnly(text.slice(start, end), inside, start));
    if (prev && thin && inside.length && adjacentByComma(text, prev.end, start)) {
      prev.end = end;
      prev.dates.push(...inside);
      prev.words += words;
      continue;
    }
    parts.push({ start, end, dates: inside, words });
  }
  const dated = parts.filter((p) => p.dates.length > 0);
  const [first, last] = tidy(text, sentence.start, sentence.end);
  return dated.map((p): DatedPart => {
    // A lone dated part that is the sentence, or too thin to stand alone, is shown as the whole sentence.
    const whole = dated.length === 1 && (p.words < minWords || (p.start === first && p.end === last));
    const [start, end] = whole ? trimRange(text, sentence.start, sentence.end) : [p.start, p.end];
    const date = p.dates[0];
    const others = new Set(p.dates.filter((d) => d.value !== date.value).map((d) => d.value));
    return { start, end, date, clause: !whole, otherDates: others.size };
  });
}

/** A reporting verb closing an attribution tail. */
const ATTRIBUTION =
  /^(?:according\s+to\s+.+|.{1,80}?\s(?:said|says|told\s+\S+|announced|confirmed|reported|added|stated)(?:\s+(?:on|in|late|early|last|this))?)$/iu;

/** True when a part, its dates taken out, is only "<who> said": the telling of the part before it. */
function attributionOnly(part: string, dates: readonly DateMention[], start: number): boolean {
  let rest = part;
  for (const d of [...dates].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, d.start - start) + rest.slice(d.end - start);
  rest = rest.replace(/\s+/g, ' ').trim();
  return rest !== '' && !/[,;]/.test(rest) && ATTRIBUTION.test(rest);
}

/** The dates of a segment with the repeats of an earlier value left out. */
function distinctValues(dates: DateMention[]): DateMention[] {
  const seen = new Set<string>();
  return dates.filter((d) => !seen.has(d.value) && Boolean(seen.add(d.value)));
}

/** Trims spaces, list marks, a leading conjunction and trailing punctuation off `[a, b)`. */
function tidy(text: string, a: number, b: number): [number, number] {
  let [start, end] = trimRange(text, a, b);
  const lead = /^(?:but|while|whereas)\s+/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (end > start && /[\s,;:.]/.test(text[end - 1])) end--;
  return [start, end];
}

function adjacentByComma(text: string, prevEnd: number, start: number): boolean {
  return /^[\s,]*$/.test(text.slice(prevEnd, start)) && text.slice(prevEnd, start).includes(',');
}
