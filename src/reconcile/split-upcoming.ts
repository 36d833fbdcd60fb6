/**
 * Upcoming events: timeline entries dated after the latest publication of the story ("the council
 * will meet on Friday", "cranes from 2027", "the wreath-laying on 19 November this year"). They are
 * plans the coverage has not yet overtaken: "How we got here" keeps the rest, `Findings.upcoming`
 * these. A plan an early article announced for a day a later article's publication has passed (a
 * hearing set for Wednesday, reported on Friday) is history by then and stays in the timeline.
 */
import type { TimelineEvent } from '../model/findings.ts';
import { spanOf } from './dates.ts';

/**
 * Splits the timeline into past events and upcoming ones. `published` maps an article id to its
 * publication date (or the date borrowed from its story). Without any publication date nothing is
 * upcoming. The main event always stays in the past list.
 */
export function splitUpcoming(
  timeline: TimelineEvent[],
  published: ReadonlyMap<string, string | null | undefined>,
): { past: TimelineEvent[]; upcoming: TimelineEvent[] } {
  const latest = [...published.values()]
    .filter((p): p is string => Boolean(p))
    .map((p) => spanOf(p.slice(0, 10)))
    .reduce<number | null>((max, s) => (s && (max === null || s[1] > max) ? s[1] : max), null);
  const past: TimelineEvent[] = [];
  const upcoming: TimelineEvent[] = [];
  for (const event of timeline) {
    const span = spanOf(event.date);
    if (!event.main && span && latest !== null && span[0] > latest) upcoming.push(event);
    else past.push(event);
  }
  return { past, upcoming };
}
