/**
 * The two readings of a numeric date whose day/month order cannot be told ("9/10/2010", "05 / 02 / 07"):
 * `parseDate` refuses such a date (PX210); a later stage that has evidence (the story's other dates)
 * may choose between them.
 */
import { validDay } from '../util/valid-day.ts';
import { fullYear } from './parse-date.ts';
import { tidyDateText } from './tidy-date-text.ts';

const NUMERIC = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/;

const pad = (n: number): string => String(n).padStart(2, '0');

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
    .map(([mo, d]) => `${y}-${pad(mo)}-${pad(d)}`);
}
