/**
 * Borrowed time frame: an article without a publication date cannot resolve "on Thursday" or "last
 * year" by itself (the NLP stage leaves them out, PX302). Within a story it can borrow one: the median
 * publication date of the story's other articles, else the story's event date (the day most often
 * named in the articles' lead sentences). Its relative dates are then re-resolved against that date
 * and marked `reference: 'story'`. Pure: returns new analyzed articles, never mutates the input.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { findDates } from '../nlp/index.ts';
import { diagnose } from '../util/diagnose.ts';

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
  const out = items.map((item, i) => {
    if (item.article.published) return item;
    const others = items.filter((_, j) => j !== i);
    const median = medianPublished(others);
    const frame = median
      ? { date: median, how: "the median publication date of the story's other articles" }
      : storyEventDate(items, leadSentences);
    if (!frame) return item;
    const { article, annotations } = item;
    const { dates } = findDates(article.text, annotations.sentences, frame.date);
    const known = new Set(annotations.dates.map((d) => `${d.start}:${d.end}`));
    const added = dates.filter((d) => d.kind === 'relative' && !known.has(`${d.start}:${d.end}`));
    if (added.length === 0) return item;
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

/** The median (lower middle) publication day of the articles that have one, or null. */
export function medianPublished(items: readonly AnalyzedArticle[]): string | null {
  const days = items
    .map((a) => a.article.published?.slice(0, 10))
    .filter((d): d is string => Boolean(d && /^\d{4}-\d{2}-\d{2}$/.test(d)))
    .sort();
  return days.length ? days[Math.floor((days.length - 1) / 2)] : null;
}

/** The day most often named (absolute, day precision) in the lead sentences of the story, latest on a tie. */
function storyEventDate(items: readonly AnalyzedArticle[], leadSentences: number) {
  const counts = new Map<string, number>();
  for (const { annotations } of items)
    for (const d of annotations.dates)
      if (d.sentence < leadSentences && d.precision === 'day' && d.kind === 'absolute')
        counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0];
  return best ? { date: best[0], how: "the story's event date (named in its lead sentences)" } : null;
}
