/**
 * The feeds as text for the command line: the table of `feeds list` and the lines of `feeds poll`. Pure.
 */
import type { FeedRecord } from '../store/records.ts';
import type { FeedPollResult, PollSummary } from './poll-feeds.ts';

/** "2031-04-02T10:15:42.000Z" → "2031-04-02 10:15" (UTC); "-" for none. */
export function shortTime(iso: string | null): string {
  return iso ? iso.replace('T', ' ').slice(0, 16) : '-';
}

/** Text cut to `n` characters with an ellipsis. */
function cut(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** The feeds as an aligned text table, then the last error of each failing feed. */
export function feedsTable(feeds: FeedRecord[]): string {
  const rows = [
    ['URL', 'TITLE', 'STATUS', 'LAST CHECKED', 'NEXT CHECK', 'ERRORS', 'ARTICLES'],
    ...feeds.map((f) => [
      f.url,
      cut(f.title ?? '-', 32),
      f.status,
      shortTime(f.lastCheckedAt),
      shortTime(f.nextCheckAt),
      String(f.errorCount),
      String(f.articlesAdded),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i >= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
  for (const f of feeds) if (f.status === 'error' && f.lastError) lines.push(`! ${f.url}: ${f.lastError}`);
  return `${lines.join('\n')}\n`;
}

/** One line about one feed's poll: `ok: <url>: 3 items, 1 new articles`, `not modified: <url>`, `error: <message> (next try …)`. */
export function resultLine(r: FeedPollResult): string {
  if (r.status === 'not-modified') return `not modified: ${r.url}`;
  if (r.status === 'ok') return `ok: ${r.url}: ${r.documents} items, ${r.added} new articles`;
  return `error: ${r.diagnostics[0]?.message ?? r.url} (next try ${shortTime(r.nextCheckAt)})`;
}

/** The summary of one round of polling, with the next check (`next`, ISO) or a hint when there is no feed. */
export function roundLine(round: PollSummary, next: string | null): string {
  const when = next ? `; next check ${shortTime(next)} UTC` : '; no feeds (add one with parallax feeds add)';
  if (round.feeds.length === 0) return `no feed due${when}`;
  const counts = `${round.ok} ok, ${round.notModified} not modified, ${round.errors} failed`;
  return `polled ${round.feeds.length} feeds: ${counts}; ${round.added} new articles${when}`;
}
