/**
 * Event-date claims: the dates that the story's main event is given. They come from the sentences
 * that state the main event (the members of the main fact group) and from each article's lead
 * sentences when those carry a day or month. Only the first date of a sentence counts.
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { Statement } from './collect-statements.ts';
import { dateClaim } from './date-claim.ts';

/** The key and label of the main event's date. */
export const EVENT_DATE_KEY = 'event-date';
export const EVENT_DATE_TOPIC = 'date of the main event';

/** A relative date of year precision other than the report's own year ("two years ago", "last year"). */
export function yearsBack(d: DateMention): boolean {
  return d.kind === 'relative' && d.precision === 'year' && !/\bthis\s+year\b/i.test(d.text);
}

/**
 * Finds event-date claims. `mainMembers` are the statements (indices) of the main fact group;
 * `aboutMain` the lead statements close enough to the main event to date it (a bare year counts only in members).
 */
export function extractEventDates(
  items: AnalyzedArticle[],
  statements: Statement[],
  mainMembers: ReadonlySet<number>,
  aboutMain: ReadonlySet<number>,
): Claim[] {
  const out: Claim[] = [];
  const byId = new Map(items.map((a) => [a.article.id, a]));
  statements.forEach((s, i) => {
    const inMain = mainMembers.has(i);
    if (!inMain && !aboutMain.has(i)) return;
    const { article, annotations } = byId.get(s.article)!;
    // The first date of the sentence is the one its event carries ("On July 3, X did Y, after ... in 2021").
    // A distance in years from the report ("seven years ago", "last year") dates a clause of background
    // ("ended a wait that began seven years ago"): a news report never tells its own event that way.
    const d = annotations.dates
      .filter((x) => x.start >= s.start && x.end <= s.end && !yearsBack(x))
      .sort((x, y) => x.start - y.start)[0];
    // Outside the main sentences, a date equal to the publication date is when something was said, not done.
    const reporting = !inMain && article.published?.slice(0, 10) === d?.value;
    if (d && !reporting && (inMain || d.precision !== 'year')) {
      out.push(dateClaim(article.text, s, d, EVENT_DATE_KEY, EVENT_DATE_TOPIC));
    }
  });
  return out;
}
