/**
 * Upcoming events: timeline entries dated after the publication of every article that states them
 * ("the council will meet on Friday", "cranes from 2027", "the wreath-laying on 19 November this
 * year"). They are plans, not history: "How we got here" keeps the past, `Findings.upcoming` the rest.
 */
import type { TimelineEvent } from '../model/findings.ts';
import { spanOf } from './dates.ts';

/**
 * Splits the timeline into past events and upcoming ones. `published` maps an article id to its
 * publication date (or the date borrowed from its story); an article without one is read against the
 * latest publication date of the story. The main event always stays in the past list.
 */
export function splitUpcoming(
  timeline: TimelineEvent[],
  published: ReadonlyMap<string, string | null | undefined>,
): { past: TimelineEvent[]; upcoming: TimelineEvent[] } {
  const known = [...published.values()].filter((p): p is string => Boolean(p)).sort();
  const latest = known.at(-1) ?? null;
  const past: TimelineEvent[] = [];
  const upcoming: TimelineEvent[] = [];
  for (const event of timeline) {
    const span = spanOf(event.date);
    const after = (article: string) => {
      const pub = published.get(article) ?? latest;
      const ref = pub ? spanOf(pub.slice(0, 10)) : null;
      return Boolean(span && ref && span[0] > ref[1]);
    };
    if (!event.main && event.citations.every((c) => after(c.article))) upcoming.push(event);
    else past.push(event);
  }
  return { past, upcoming };
}
