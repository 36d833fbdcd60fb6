/**
 * The two readings of a numeric date whose day/month order cannot be told ("9/10/2010", "05 / 02 / 07"):
 * `parseDate` refuses such a date (PX210); a later stage that has evidence (the story's other dates)
 * may choose between them.
 */
import { MONTH_NAMES } from '../util/month-names.ts';
import { validDay } from '../util/valid-day.ts';
import { fullYear } from './parse-date.ts';
import { tidyDateText } from './tidy-date-text.ts';

const NUMERIC = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;

/** The ISO day `YYYY-MM-DD` of a year, month and day. */
export const isoDay = (y: number, mo: number, d: number): string =>
  `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The readings (ISO `YYYY-MM-DD`, day-first then month-first) of the first numeric date in `text` whose
 * day/month order is ambiguous (both parts 12 or under, different); empty when there is none.
 */
export function ambiguousReadings(text: string): string[] {
  const m = NUMERIC.exec(tidyDateText(text));
  if (!m) return [];
  const a = +m[1];
  const b = +m[3];
  if (a > 12 || b > 12 || a === b) return [];
  const y = fullYear(m[4]);
  return [
    [b, a],
    [a, b],
  ]
    .filter(([mo, d]) => validDay(y, mo, d))
    .map(([mo, d]) => isoDay(y, mo, d));
}

/** "jan" … "dec": a month's first three letters, as the patterns below capture them. */
const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase());
const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(sun|mon|tue|wed|thu|fri|sat)[a-z]*\\.?,?';
const DAY_MONTH = new RegExp(`\\b${WEEKDAY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?![a-z])`, 'i');
const MONTH_DAY = new RegExp(`\\b${WEEKDAY}\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i');

/** A header date with a weekday but no year ("Updated: Thu 12 Mar", "Fri, March 13"). */
export interface YearlessDate {
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
}

/**
 * The weekday, month and day of a header date written without a year ("Updated: Thu 12 Mar"), or null
 * when the line has a four-digit year or no such date. The weekday lets a later stage find the one year
 * near the story's dates on which that day fell.
 */
export function yearlessDate(text: string): YearlessDate | null {
  if (/\b\d{4}\b/.test(text)) return null;
  const dm = DAY_MONTH.exec(text);
  const md = dm ? null : MONTH_DAY.exec(text);
  if (!dm && !md) return null;
  const [weekday, day, month] = dm ? [dm[1], +dm[2], dm[3]] : [md![1], +md![3], md![2]];
  const out = {
    month: MONTH_ABBREVIATIONS.indexOf(month.toLowerCase()) + 1,
    day,
    weekday: WEEKDAY_NAMES.indexOf(weekday.toLowerCase()),
  };
  return day >= 1 && day <= 31 ? out : null;
}
