/**
 * A day of a month written without a year ("Aug 9", "18 August", "Sept. 3"): wire datelines and
 * features date their event so. One reader for the stages that place such a day (clustering, the
 * borrowed dates of reconcile).
 */
import { MONTH_NAMES } from './month-names.ts';
import { validDay } from './valid-day.ts';

/** The month and day of a date written without a year: `month` 1–12, `day` 1–31. */
export interface MonthDay {
  month: number;
  day: number;
}

const MONTH = `(${MONTH_NAMES.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|')}|Sept\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "Aug 9", "August 9th", "Sept. 3" (month first) or "18 August", "9th Aug" (day first), the whole expression. */
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+${DAY}$`, 'i');
const DAY_FIRST = new RegExp(`^${DAY}(?:\\s+of)?\\s+${MONTH}$`, 'i');

/** The month and day an expression writes without a year ("Aug 9", "18 August"), or null (a weekday, a month alone, a year). */
export function monthDayOf(expression: string): MonthDay | null {
  const text = expression.trim().replace(/[,.]+$/, '');
  const mf = MONTH_FIRST.exec(text);
  const df = mf ? null : DAY_FIRST.exec(text);
  if (mf === null && df === null) return null;
  const [name, day] = mf ? [mf[1], Number(mf[2])] : [df![2], Number(df![1])];
  const month =
    MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
  // 2000 is a leap year: 29 February is a day of some year.
  return month > 0 && validDay(2000, month, day) ? { month, day } : null;
}
