/**
 * Relative dates resolved in brackets: "on Thursday" becomes "on Thursday [3 July 2031]". The bracket
 * is the only text a briefing line may hold that is not in its source; `check-briefing.ts` removes
 * exactly these insertions (`stripDateInsertions`) before comparing a line with its cited passage.
 */
import type { DateMention } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { MONTH_NAMES as MONTHS } from '../util/month-names.ts';

/** A bracketed date as the brief inserts it: " [3 July 2031]" (a space, then the day, month and year). */
const INSERTION = new RegExp(` \\[(?:[1-9]|[12]\\d|3[01]) (?:${MONTHS.join('|')}) \\d{4}\\]`, 'g');

/** Relative expressions worth resolving for a reader (weekdays, today, yesterday, tomorrow, tonight). */
const WORTH =
  /^(?:(?:last|this|next|on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** "3 July 2031" for `2031-07-03`; null for anything but a full day. */
export function dayInWords(value: string): string | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : null;
}

/**
 * The passage `range` of `text` with every relative day mention in it followed by its date in brackets.
 *
 * Only day-precision relative mentions resolved against the article's own publication date are
 * bracketed (a date borrowed from the story is a guess), and none when the passage already names that
 * day in full.
 */
export function withResolvedDates(text: string, range: Range, dates: readonly DateMention[]): string {
  const inside = dates.filter((d) => d.start >= range.start && d.end <= range.end);
  const named = new Set(inside.filter((d) => d.kind === 'absolute').map((d) => d.value));
  const picks = inside
    .filter(
      (d) =>
        d.kind === 'relative' &&
        d.precision === 'day' &&
        d.reference !== 'story' &&
        !named.has(d.value) &&
        WORTH.test(text.slice(d.start, d.end).trim()) &&
        !/^\s*\[/.test(text.slice(d.end, d.end + 3)),
    )
    .sort((a, b) => a.end - b.end);
  let out = '';
  let at = range.start;
  for (const d of picks) {
    const words = dayInWords(d.value);
    if (!words || d.end <= at) continue;
    out += `${text.slice(at, d.end)} [${words}]`;
    at = d.end;
  }
  return out + text.slice(at, range.end);
}

/** Removes the brief's bracketed date insertions from a line, giving back the source passage. */
export function stripDateInsertions(line: string): string {
  return line.replace(INSERTION, '');
}
