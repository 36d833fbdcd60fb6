/**
 * "3 hours ago": how long before `now` something happened, in words, for the story list.
 */
import { humanDate } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `n unit` or `n units`. */
function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * Says how long before `now` the time `at` was ("just now", "12 minutes ago", "yesterday", "4 days ago").
 *
 * A week or more before, a time in the future (a skewed clock) or an unparsable time gives the
 * day instead ("12 March 2026"); both arguments are ISO 8601 strings.
 */
export function relativeTime(at: string, now: string): string {
  const then = Date.parse(at);
  const diff = Date.parse(now) - then;
  if (Number.isNaN(then) || Number.isNaN(diff) || diff < -MINUTE || diff >= 7 * DAY) {
    return humanDate(at.slice(0, 10));
  }
  if (diff < MINUTE) return 'just now';
  if (diff < HOUR) return `${count(Math.floor(diff / MINUTE), 'minute')} ago`;
  if (diff < DAY) return `${count(Math.floor(diff / HOUR), 'hour')} ago`;
  if (diff < 2 * DAY) return 'yesterday';
  return `${count(Math.floor(diff / DAY), 'day')} ago`;
}

/** A `<time>` element for an ISO time, its text relative to `now`, the exact time in its title. */
export function timeHtml(at: string, now: string): string {
  return `<time datetime="${esc(at)}" title="${esc(at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}">${esc(relativeTime(at, now))}</time>`;
}
