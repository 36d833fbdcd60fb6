/**
 * The day a wire dateline names without a year ("KELVANE, Korvany, Aug 9 (KNA) -"), read in the year
 * that puts it next to a publication date of the story's other articles. A story that mixes reports
 * of years apart (a fire and the fire on the same hills seven years before) gives an undated wire copy
 * no fair median to borrow; its own dateline's month and day tell which of those reports it stands by.
 */
import { isoDay } from '../extract/ambiguous-readings.ts';
import { readDateline } from '../extract/read-dateline.ts';
import type { Article } from '../model/article.ts';
import { MONTH_NAMES } from '../util/month-names.ts';
import { validDay } from '../util/valid-day.ts';

/** How many leading paragraphs may hold the dateline (as the extractor reads it). */
const DATELINE_PARAGRAPHS = 3;

const epochDay = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

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
  const m = dateline?.day ? /^(\p{L}{3})\p{L}*\.?\s+(\d{1,2})$/u.exec(dateline.day) : null;
  if (!m) return null;
  const month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === m[1].toLowerCase()) + 1;
  const day = +m[2];
  const distance = new Map<string, number>();
  for (const p of days) {
    const year = +p.slice(0, 4);
    for (const y of [year - 1, year, year + 1]) {
      if (!validDay(y, month, day)) continue;
      const iso = isoDay(y, month, day);
      const gap = Math.abs(epochDay(iso) - epochDay(p));
      distance.set(iso, Math.min(gap, distance.get(iso) ?? Number.POSITIVE_INFINITY));
    }
  }
  const [best, next] = [...distance].sort((a, b) => a[1] - b[1]);
  if (!best || best[1] > nearDays || (next && next[1] - best[1] < marginDays)) return null;
  return best[0];
}
