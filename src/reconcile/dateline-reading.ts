/**
 * The day a wire dateline names without a year ("KELVANE, Korvany, Aug 9 (KNA) -"), read in the year
 * that puts it next to a publication date of the story's other articles. A story that mixes reports
 * of years apart (a fire and the fire on the same hills seven years before) gives an undated wire copy
 * no fair median to borrow; its own dateline's month and day tell which of those reports it stands by.
 */
import { isoDay } from '../extract/ambiguous-readings.ts';
import { readDateline } from '../extract/read-dateline.ts';
import type { Article } from '../model/article.ts';
import { monthDayOf } from '../util/month-day.ts';
import { validDay } from '../util/valid-day.ts';
import { daysApart } from './dates.ts';

/** How many leading paragraphs may hold the dateline (as the extractor reads it). */
const DATELINE_PARAGRAPHS = 3;

/**
 * The ISO day of the article's dateline, in the year (one of those of `days`, or one either side) that
 * puts it within `nearDays` of one of `days` (the story's other publication days) and at least
 * `marginDays` nearer than any other year's reading; null without a dated dateline or a clear reading.
 */
export function datelineReading(
  article: Article,
  days: readonly string[],
  nearDays: number,
  marginDays: number,
): string | null {
  const dateline = article.paragraphs
    .slice(0, DATELINE_PARAGRAPHS)
    .map((p) => readDateline(article.text.slice(p.start, p.end)))
    .find((d) => d !== null);
  const md = dateline?.day ? monthDayOf(dateline.day) : null;
  if (!md) return null;
  const { month, day } = md;
  const distance = new Map<string, number>();
  for (const p of days) {
    const year = +p.slice(0, 4);
    for (const y of [year - 1, year, year + 1]) {
      if (!validDay(y, month, day)) continue;
      const iso = isoDay(y, month, day);
      const gap = daysApart(iso, p);
      distance.set(iso, Math.min(gap, distance.get(iso) ?? Number.POSITIVE_INFINITY));
    }
  }
  const [best, next] = [...distance].sort((a, b) => a[1] - b[1]);
  if (!best || best[1] > nearDays || (next && next[1] - best[1] < marginDays)) return null;
  return best[0];
}
