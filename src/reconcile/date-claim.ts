/**
 * A date mention of a statement as an event-date claim: its value, the weekday written with it (in the
 * mention or just before it: "on Friday, March 14"), and whether it was resolved rather than written
 * whole ("on Friday", "last night").
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { Statement } from './collect-statements.ts';
import { findWeekday, namesItsDay } from './dates.ts';

/** Bounds written before a date open a period ("since May 3", "until Friday"); they date no event. */
export const DATE_BOUNDS: ReadonlySet<string> = new Set([
  'since',
  'until',
  'by',
  'before',
  'after',
  'from',
  'through',
]);

/** The day of a story's latest report (its latest publication date), the frame of undated articles' plans. */
export function latestReport(items: readonly AnalyzedArticle[]): string | undefined {
  return items
    .map((a) => a.article.published?.slice(0, 10))
    .filter((p): p is string => Boolean(p))
    .sort()
    .at(-1);
}

/** Builds the claim of date `d` in statement `s` of an article whose text is `text`. */
export function dateClaim(
  text: string,
  s: Pick<Statement, 'article' | 'start' | 'end' | 'source'>,
  d: DateMention,
  key: string,
  topic: string,
): Claim {
  const before = text.slice(Math.max(s.start, d.start - 14), d.start);
  const weekday = d.weekday ?? findWeekday(d.text) ?? findWeekday(before);
  const claim: Claim = {
    kind: 'event-date',
    key,
    topic,
    value: d.value,
    citation: { article: s.article, start: d.start, end: d.end },
    outlet: s.source,
    statement: { article: s.article, start: s.start, end: s.end },
  };
  if (weekday) claim.weekday = weekday;
  if (!namesItsDay(d.text)) claim.relative = true;
  return claim;
}
