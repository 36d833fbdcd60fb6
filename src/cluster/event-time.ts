/**
 * Event time: when an article's core event happened, as a day number, for the time gate.
 *
 * Two reports of one event are written within days of it; two look-alike events of one kind at one
 * place (two rockfalls on one hillside, one buyer's two deals) are months or years apart however
 * alike their words. The estimate, in order (the NLP stage has already resolved every date, see
 * `nlp/resolve-dates.ts`; nothing is parsed again here):
 * 1. The publication date (metadata, dateline, date line): news is written on or just after its event.
 * 2. Else the first date the text writes in full (day, month and year: `kind` absolute, precision
 *    day) whose weekday, when the text writes one, matches: a dateline or lede date. A date whose
 *    written weekday does not fit the calendar is a typo: read in the neighbouring year the weekday
 *    fits (a wrong year), else it says nothing (a wrong day).
 *    Years alone, months and relative dates (resolved against nothing) are background, not the event.
 * 3. Else none: the article is placed by its words alone.
 * The day travels inside the article's vector as one feature `t:<YYYY-MM-DD>` of negligible weight
 * (`TIME_WEIGHT`), so a service's stored vectors carry it through a restore unchanged.
 *
 * An article with no event day may still write the month and day of its event without a year: wire
 * copy dates its dateline so ("KELVANE, Aug 9 (KNA) -"), and a feature names "the fire that broke out
 * on 18 August". The NLP stage leaves such an expression unresolved (it has no year to read it in,
 * PX302 with its range); `eventMonthDay` reads the first of them that writes a month and a day as a
 * partial event time, carried as `t:--MM-DD` (ISO 8601's date without a year). It never gates nor
 * splits by itself: it only tells which run of a story's dated members the article is nearest to in
 * the calendar (`time-gate.ts`).
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import { type MonthDay, monthDayOf } from '../util/month-day.ts';

/** Prefix of the event-time feature. */
export const TIME_PREFIX = 't:';

/** Weight of the event-time feature before normalisation: it must not move any cosine (1e-6² per pair). */
export const TIME_WEIGHT = 1e-6;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Day number (days since 1970-01-01, UTC) of a `YYYY-MM-DD…` string, or null when it has no full date. */
export function dayNumber(iso: string | null | undefined): number | null {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The estimated day of an article's core event (see the module comment), or null when it gives none. */
export function eventDay(item: AnalyzedArticle): number | null {
  const published = dayNumber(item.article.published);
  if (published !== null) return published;
  const stated = item.annotations.dates
    .filter((d) => d.kind === 'absolute' && d.precision === 'day' && d.qualifier === undefined)
    .sort((a, b) => a.start - b.start)
    .map(writtenDay)
    .find((d) => d !== null);
  return stated ?? null;
}

/**
 * The day of a date written in full: its own when its written weekday (if any) fits; else, when the
 * weekday fits the same day and month one year before or after (and only one of them), that day — a
 * year typed wrong ("Monday, 13 April 2025" for 13 April 2026, a Monday) is the commonest slip, and a
 * weekday is seldom wrong in a way a neighbouring year repairs; else null (the date says nothing).
 */
function writtenDay(d: DateMention): number | null {
  const day = dayNumber(d.value);
  if (day === null) return null;
  if (d.weekday === undefined || weekdayName(day) === d.weekday.toLowerCase()) return day;
  const year = Number(d.value.slice(0, 4));
  const fits = [year - 1, year + 1]
    .map((y) => dayNumber(`${y}${d.value.slice(4, 10)}`))
    .filter((n): n is number => n !== null && weekdayName(n) === d.weekday?.toLowerCase());
  return fits.length === 1 ? fits[0] : null;
}

/** The weekday (lower case) of a day number; 1970-01-01 was a Thursday (index 4). */
function weekdayName(day: number): string {
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7];
}

/**
 * The month and day of an article's event when it has no event day (see the module comment): the
 * first expression the NLP stage left unresolved, in text order, that writes a month and a day; else null.
 */
export function eventMonthDay(item: AnalyzedArticle): MonthDay | null {
  if (eventDay(item) !== null) return null;
  const { text } = item.article;
  return (
    (item.annotations.diagnostics ?? [])
      .filter((d) => d.code === 'PX302' && d.start !== undefined && d.end !== undefined)
      .sort((a, b) => a.start! - b.start!)
      .map((d) => monthDayOf(text.slice(d.start, d.end)))
      .find((md) => md !== null) ?? null
  );
}

/** The partial event-time feature of a month and day (`t:--08-09`). */
export function monthDayFeature(md: MonthDay): string {
  return `${TIME_PREFIX}--${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
}

const MONTH_DAY_KEY = /^--(\d{2})-(\d{2})$/;

/** The month and day a vector (or feature counts) carries as its partial event time, or null. */
export function monthDayOfFeatures(features: ReadonlyMap<string, number>): MonthDay | null {
  for (const key of features.keys()) {
    if (!key.startsWith(TIME_PREFIX)) continue;
    const m = MONTH_DAY_KEY.exec(key.slice(TIME_PREFIX.length));
    if (m !== null) return { month: Number(m[1]), day: Number(m[2]) };
  }
  return null;
}

/**
 * Days between a month and day and a day number, the nearer way round the calendar (0–183): how far
 * apart they lie in whichever year brings them closest.
 */
export function calendarDistance(md: MonthDay, day: number): number {
  const year = Number(isoDay(day).slice(0, 4));
  let best = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    // 29 February of a year without one: the day after 28 February (1 March).
    const t = Date.UTC(y, md.month - 1, md.day) / DAY_MS;
    best = Math.min(best, Math.abs(t - day));
  }
  return best;
}

/** The event-time feature of a day (`t:2026-03-10`). */
export function timeFeature(day: number): string {
  return TIME_PREFIX + isoDay(day);
}

/** The event day a vector (or feature counts) carries, or null. */
export function dayOfFeatures(features: ReadonlyMap<string, number>): number | null {
  for (const key of features.keys()) {
    if (!key.startsWith(TIME_PREFIX)) continue;
    const day = dayNumber(key.slice(TIME_PREFIX.length));
    if (day !== null) return day;
  }
  return null;
}
