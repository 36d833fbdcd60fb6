/**
 * Borrowed time frame: an article without a publication date cannot resolve "on Thursday" or "last
 * year" by itself (the NLP stage leaves them out, PX302). Within a story it can borrow one: the median
 * publication date of the story's other articles, else the story's event date (the day most often
 * named in the articles' lead sentences). Its relative dates are then re-resolved against that date
 * and marked `reference: 'story'`. An article whose header date was refused as ambiguous ("9/10/2010")
 * is first dated by the reading near its story's other publication dates, when one clearly is; so is a
 * wire copy whose dateline names a day without a year ("VARN, Oct 4 (Nordwire) -") when the story's
 * reports lie years apart (`dateline-reading.ts`), and an article dated so counts in the median the
 * others borrow. Pure:
 * returns new analyzed articles, never mutates the input.
 */

import { ambiguousReadings, isoDay, yearlessDate } from '../extract/ambiguous-readings.ts';
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { findDates, toldAhead } from '../nlp/index.ts';
import { diagnose } from '../util/diagnose.ts';
import { validDay } from '../util/valid-day.ts';
import { datelineReading } from './dateline-reading.ts';
import { daysApart, namesItsDay, spanOf } from './dates.ts';

/** The story's articles, dates re-resolved where a time frame was borrowed, and what was done. */
export interface BorrowedDates {
  items: AnalyzedArticle[];
  diagnostics: Diagnostic[];
}

/**
 * Re-resolves the relative dates of every undated article against the story's time frame.
 * `leadSentences`: how many opening sentences of each article may name the event date (the fallback).
 */
export function borrowTimeFrame(items: AnalyzedArticle[], leadSentences: number): BorrowedDates {
  const diagnostics: Diagnostic[] = [];
  const namedDays = datedArticlesDays(items);
  // Header dates first: an article its own header dates (a dateline's day, an ambiguous numeric date)
  // then counts among the story's publication dates for the articles that have none at all.
  const headed = items.map((item, i) => {
    if (item.article.published) return item;
    const others = items.filter((_, j) => j !== i);
    const median = medianPublished(others);
    if (!median) return item;
    // Only reports spread over more than weeks make the median unfair: then the dateline says which.
    const days = publishedDays(others);
    const spread = daysApart(days[0], days[days.length - 1]) > HEADER_NEAR_DAYS;
    const header =
      (spread ? datelineReading(item.article, days, HEADER_NEAR_DAYS, HEADER_MARGIN_DAYS) : null) ??
      headerReading(item.article, median);
    return header ? dateByHeader(item, header, median, diagnostics) : item;
  });
  const out = headed.map((item, i) => {
    if (item.article.published) return item;
    const others = headed.filter((_, j) => j !== i);
    const median = medianPublished(others);
    const frame = median
      ? { date: median, how: "the median publication date of the story's other articles" }
      : storyEventDate(items, leadSentences);
    if (!frame) return item;
    const { article, annotations } = item;
    const added = relativeDatesAgainst(item, frame.date);
    if (added.length === 0) return item;
    if (median && !frameFits(annotations.dates, added, median, namedDays)) {
      diagnostics.push(
        diagnose(
          'info',
          'PX505',
          'reconcile',
          `no publication date: nothing in the article ties it to ${median}, the median publication date of the story's other articles; its relative dates are left undated`,
          { article: article.id },
        ),
      );
      return item;
    }
    const merged = [...annotations.dates, ...added.map((d) => ({ ...d, reference: 'story' as const }))].sort(
      (a, b) => a.start - b.start,
    );
    diagnostics.push(
      diagnose(
        'info',
        'PX505',
        'reconcile',
        `no publication date: ${added.length} relative date(s) resolved against ${frame.date}, ${frame.how}`,
        { article: article.id },
      ),
    );
    return { article, annotations: { ...annotations, dates: merged } };
  });
  return { items: out, diagnostics };
}

/**
 * How far (in days) from the story's median publication date the nearer reading of an ambiguous header
 * date ("9/10/2010": 9 October or 10 September) may fall to be chosen, and by how many days the other
 * reading must lie farther: two readings about as near tell nothing.
 */
const HEADER_NEAR_DAYS = 45;
const HEADER_MARGIN_DAYS = 14;

/**
 * The date an undated article's header gives once the story's `median` publication date is known: a
 * year-less weekday date (`weekdayReading`), else the reading of an ambiguous numeric date (PX210)
 * nearer the median, when it is near (`HEADER_NEAR_DAYS`) and clearly nearer than the other
 * (`HEADER_MARGIN_DAYS`); else null.
 */
function headerReading(article: Article, median: string): string | null {
  const weekdayDay = weekdayReading(article, median);
  if (weekdayDay) return weekdayDay;
  if (!article.diagnostics.some((d) => d.code === 'PX210')) return null;
  const readings = article.extraction.removed
    .map((r) => ambiguousReadings(r.text))
    .find((r) => r.length === 2);
  if (!readings) return null;
  const [a, b] = readings.map((r) => daysApart(r, median));
  const [best, near, far] = a <= b ? [readings[0], a, b] : [readings[1], b, a];
  return near <= HEADER_NEAR_DAYS && far - near >= HEADER_MARGIN_DAYS ? best : null;
}

/**
 * The date of a header line written with a weekday but no year ("Updated: Thu 12 Mar"): the one day of
 * that month and day, in the years around the story's `median` publication date, that fell on that
 * weekday and lies within `HEADER_NEAR_DAYS` of the median; null when none or several do.
 */
function weekdayReading(article: Article, median: string): string | null {
  const found = article.extraction.removed
    .filter((r) => r.kind === 'date-line' || r.kind === 'byline')
    .map((r) => yearlessDate(r.text))
    .find((d) => d !== null);
  if (!found) return null;
  const year = +median.slice(0, 4);
  const days = [year - 1, year, year + 1]
    .filter((y) => validDay(y, found.month, found.day))
    .map((y) => isoDay(y, found.month, found.day))
    .filter((iso) => new Date(`${iso}T00:00:00Z`).getUTCDay() === found.weekday)
    .filter((iso) => daysApart(iso, median) <= HEADER_NEAR_DAYS);
  return days.length === 1 ? days[0] : null;
}

/** The article dated by the chosen reading of its header date, its relative dates resolved against it. */
function dateByHeader(
  item: AnalyzedArticle,
  published: string,
  median: string,
  diagnostics: Diagnostic[],
): AnalyzedArticle {
  const { article, annotations } = item;
  const added = relativeDatesAgainst(item, published);
  const merged = [...annotations.dates, ...added].sort((a, b) => a.start - b.start);
  diagnostics.push(
    diagnose(
      'info',
      'PX505',
      'reconcile',
      `header date (ambiguous, or without a year) read as ${published}, the reading near ${median} (the median publication date of the story's other articles); ${added.length} relative date(s) resolved against it`,
      { article: article.id },
    ),
  );
  const extraction = {
    ...article.extraction,
    sources: { ...article.extraction.sources, published: 'story-dates' },
  };
  return { article: { ...article, published, extraction }, annotations: { ...annotations, dates: merged } };
}

/** The relative dates of an article resolved against `date` that its own annotations left out. */
function relativeDatesAgainst({ article, annotations }: AnalyzedArticle, date: string): DateMention[] {
  const { dates } = findDates(article.text, annotations.sentences, date);
  const known = new Set(annotations.dates.map((d) => `${d.start}:${d.end}`));
  return dates.filter((d) => d.kind === 'relative' && !known.has(`${d.start}:${d.end}`));
}

/** The publication days (`YYYY-MM-DD`) of the articles that have one, sorted. */
function publishedDays(items: readonly AnalyzedArticle[]): string[] {
  return items
    .map((a) => a.article.published?.slice(0, 10))
    .filter((d): d is string => Boolean(d && /^\d{4}-\d{2}-\d{2}$/.test(d)))
    .sort();
}

/** The median (lower middle) publication day of the articles that have one, or null. */
export function medianPublished(items: readonly AnalyzedArticle[]): string | null {
  const days = publishedDays(items);
  return days.length ? days[Math.floor((days.length - 1) / 2)] : null;
}

/** Days (as epoch days) the dated articles of a story name in their own right (day precision, own reference). */
function datedArticlesDays(items: readonly AnalyzedArticle[]): number[] {
  const days: number[] = [];
  for (const { article, annotations } of items) {
    if (!article.published) continue;
    for (const d of annotations.dates) {
      const span = d.precision === 'day' && !d.reference ? spanOf(d.value) : null;
      if (span) days.push(span[0]);
    }
  }
  return days;
}

/**
 * How close (in days) a borrowed day must fall to a day a dated article names to tell the same event.
 * A weekday or "yesterday" always lands within a week of the frame, so only a hit tells anything; a
 * written month-day ("on 12 May") lands where the text puts it, and a near day is the same event told
 * with a slip.
 */
const SAME_EVENT_DAYS = 1;
const SAME_EVENT_WRITTEN_DAYS = 31;

/**
 * True when an undated article's own text ties it to the borrowed `frame`: it writes the frame's year
 * (an absolute date of that year), or one of its borrowed days lands on a day the story's dated
 * articles name (it retells their event). Without either, the article may be the event years before
 * the follow-ups that date the story, or a follow-up years after: its "Thursday" would take the
 * wrong year. An article that writes a year later than the frame's is not tied to it, whatever else
 * it names.
 */
function frameFits(
  own: readonly DateMention[],
  borrowed: readonly DateMention[],
  frame: string,
  namedDays: readonly number[],
): boolean {
  const year = frame.slice(0, 4);
  const ownYears = own.filter((d) => d.kind === 'absolute').map((d) => d.value.slice(0, 4));
  // An article that writes a later year than the frame's was not written in that frame.
  if (ownYears.some((y) => y > year)) return false;
  if (ownYears.includes(year)) return true;
  return borrowed.some((d) => {
    const span = d.precision === 'day' ? spanOf(d.value) : null;
    const near = namesItsDay(d.text) ? SAME_EVENT_WRITTEN_DAYS : SAME_EVENT_DAYS;
    return span !== null && namedDays.some((n) => Math.abs(n - span[0]) <= near);
  });
}

/** Words that make a date a birth date ("was born on April 2, 1931", "her birthday, May 5, 1960"): no event of the story. */
const BIRTH = /\b(?:born|birth|birthday|birthdate)\b[^.;]*$/i;

/**
 * The day most often named (absolute, day precision) in the lead sentences of the story, latest on a
 * tie. A birth date or a date told ahead of the report ("will host the March 2 ceremony") is not the
 * day the story's reports were written around, and is not counted.
 */
function storyEventDate(items: readonly AnalyzedArticle[], leadSentences: number) {
  const counts = new Map<string, number>();
  for (const { article, annotations } of items)
    for (const d of annotations.dates) {
      if (d.sentence >= leadSentences || d.precision !== 'day' || d.kind !== 'absolute') continue;
      const s = annotations.sentences[d.sentence];
      if (!s) continue;
      const sentence = article.text.slice(s.start, s.end);
      const at = d.start - s.start;
      if (BIRTH.test(sentence.slice(0, at)) || toldAhead(sentence, at, d.end - s.start)) continue;
      counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
    }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0];
  return best ? { date: best[0], how: "the story's event date (named in its lead sentences)" } : null;
}
