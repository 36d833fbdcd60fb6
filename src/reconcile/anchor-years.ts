/**
 * Years a story writes for a month and day that another sentence gives without one: "the deputy was
 * killed on June 24" read against a report of 2007 lands on 2006-06-24, while another sentence of the
 * story says "June 24, 2005". A month-day the text leaves without a year takes the year the story
 * writes for that same month-day, when it writes exactly one, earlier than the guess, and the guess
 * lies more than `RECENT_DAYS` before the article's publication: a day of the last weeks is the news
 * itself (where a written year a year back is more likely the slip: "3 June 2025" in a report of
 * 4 June 2026), while a guess months back is a background day the story dates elsewhere.
 * An undated article's month-day, guessed against a frame borrowed from the story (`reference:
 * 'story'`), is measured against the story's median publication date.
 * Pure: returns new analyzed articles.
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import { MONTH_NAME } from '../text/index.ts';
import { medianPublished } from './borrow-dates.ts';

/** The expression names its month ("June 24", "24 June", "Oct. 19"), not only a weekday or "yesterday". */
const MONTH = new RegExp(`\\b${MONTH_NAME}\\b`, 'i');

/** A guessed day this close to its article's publication is the news itself and keeps its year. */
const RECENT_DAYS = 60;
const DAY_MS = 86_400_000;

/** A month and day written without a year ("June 24", "24 June"), resolved against a reference date. */
function isBareMonthDay(d: DateMention): boolean {
  return d.kind === 'relative' && d.precision === 'day' && MONTH.test(d.text) && !d.qualifier;
}

/** Re-dates every bare month-day of the story whose month-day the story writes with one earlier year. */
export function anchorYears(items: AnalyzedArticle[]): AnalyzedArticle[] {
  const years = new Map<string, Set<string>>();
  for (const { annotations } of items)
    for (const d of annotations.dates)
      if (d.kind === 'absolute' && d.precision === 'day') {
        const key = d.value.slice(5);
        years.set(key, (years.get(key) ?? new Set()).add(d.value.slice(0, 4)));
      }
  if (years.size === 0) return items;
  const frame = medianPublished(items);
  return items.map((item) => {
    // An undated article's month-days were guessed against the frame it borrowed from its story.
    const own = item.article.published?.slice(0, 10);
    const published = Date.parse((own ?? frame) || '');
    if (Number.isNaN(published)) return item;
    let changed = false;
    const dates = item.annotations.dates.map((d) => {
      if (!isBareMonthDay(d) || (!own && d.reference !== 'story')) return d;
      if (published - Date.parse(d.value) <= RECENT_DAYS * DAY_MS) return d;
      const written = years.get(d.value.slice(5));
      if (written?.size !== 1) return d;
      const [year] = written;
      if (year >= d.value.slice(0, 4)) return d;
      changed = true;
      return { ...d, value: `${year}-${d.value.slice(5)}` };
    });
    return changed ? { ...item, annotations: { ...item.annotations, dates } } : item;
  });
}
