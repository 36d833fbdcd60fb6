/**
 * A date mention of a statement as an event-date claim: its value, the weekday written with it (in the
 * mention or just before it: "on Friday, March 14"), and whether it was resolved rather than written
 * whole ("on Friday", "last night").
 */
import type { DateMention } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { Statement } from './collect-statements.ts';
import { findWeekday, namesItsDay } from './dates.ts';

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
