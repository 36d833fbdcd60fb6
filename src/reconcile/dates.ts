/**
 * Calendar helpers for date values `YYYY`, `YYYY-MM`, `YYYY-MM-DD`: weekdays, day spans, compatibility.
 * Pure arithmetic on the proleptic Gregorian calendar (UTC), no clock.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday name of a `YYYY-MM-DD` value, or null for a coarser value. */
export function weekdayOf(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return WEEKDAYS[new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay()];
}

/** Finds a weekday name in a text ("Thursday", "Thu."), as its full name, or null. */
export function findWeekday(text: string): string | null {
  const m =
    /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(text) ??
    /\b(Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b\.?(?=,|\s+\d)/.exec(text);
  if (!m) return null;
  const k = m[1].slice(0, 3).toLowerCase();
  return WEEKDAYS.find((d) => d.toLowerCase().startsWith(k)) ?? null;
}

/** First and last day (as epoch days) a value covers: `2025` spans the whole year. */
export function spanOf(value: string): [number, number] | null {
  const m = SPAN.exec(value);
  if (!m) return null;
  const y = +m[1];
  if (m[3]) return [epochDay(y, +m[2] - 1, +m[3]), epochDay(y, +m[2] - 1, +m[3])];
  if (m[2]) return [epochDay(y, +m[2] - 1, 1), epochDay(y, +m[2], 0)];
  return [epochDay(y, 0, 1), epochDay(y, 11, 31)];
}

const SPAN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function epochDay(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m, d) / 86400000);
}

/** Days between two values' spans (0 when they overlap), or Infinity when either is not a date. */
export function daysApart(a: string, b: string): number {
  return spanGap(spanOf(a), spanOf(b));
}

/** Days between two spans (0 when they overlap), or Infinity when either is null: `daysApart` on spans computed once. */
export function spanGap(x: readonly [number, number] | null, y: readonly [number, number] | null): number {
  if (!x || !y) return Number.POSITIVE_INFINITY;
  if (x[1] < y[0]) return y[0] - x[1];
  if (y[1] < x[0]) return x[0] - y[1];
  return 0;
}

/** True when two values can name the same moment: one contains the other ("2021" and "2021-08") or they lie within `toleranceDays`. */
export function datesCompatible(a: string, b: string, toleranceDays: number): boolean {
  return daysApart(a, b) <= toleranceDays;
}

/** A gap in days said in words ("2 years", "5 months", "12 days"). */
export function gapInWords(days: number): string {
  if (days >= 365) {
    const n = Math.round(days / 365.25);
    return `${n} year${n === 1 ? '' : 's'}`;
  }
  if (days >= 60) return `${Math.round(days / 30.4)} months`;
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * True when a date expression writes its day out (a day number with a month, or a numeric date:
 * "21 May", "July 9, 2026", "2026-05-21"), not one resolved from a weekday or "last night".
 */
export function namesItsDay(text: string): boolean {
  if (/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.test(text)) return true;
  return /\d/.test(text) && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text);
}
