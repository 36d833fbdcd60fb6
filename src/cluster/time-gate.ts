/**
 * The time gate: articles or stories whose core events lie more than `maxEventGapDays` apart are
 * different stories, however alike their words (see `event-time.ts` for the per-article estimate).
 *
 * - `timeApart`: two groups are apart when both have dated members and their median event days
 *   differ by more than the gap (the median, so one mis-dated member does not move a story).
 * - `splitByTime`: a story whose dated members form two or more runs (sorted days, a new run
 *   wherever two neighbours are more than the gap apart: single linkage, so a running event
 *   reported over many days stays one run) is cut into those runs; each undated member joins the run
 *   whose dated members its words are closest to (mean cosine), so undated articles follow words;
 *   except an undated member that writes its event's month and day without a year (`eventMonthDay`):
 *   it joins the run whose dated members lie nearest to that month and day in the calendar, when one
 *   run is within `MONTH_DAY_NEAR` days of it and every other run at least `MONTH_DAY_MARGIN` days
 *   farther (`runByMonthDay`). Two look-alike events years apart share their words (the same place,
 *   the same officials), so words place such an article at random between them; the day of the
 *   year it was written does not, unless the two events fell in the same weeks of their years.
 *   A run of fewer than `minRun` articles (undated ones included) cuts nothing: one article dated
 *   far from its story is a follow-up (a trial, an anniversary) or a mis-dated page more often than
 *   a second event. (Placing undated members by the local IDF of the story instead, as the
 *   contrastive link weighs, was tried: stories-dev B3 95.1 → 90.1.)
 * An article or story without any dated member is never gated: it is placed by its words alone.
 */
import { dot, type SparseVector } from '../text/index.ts';
import type { MonthDay } from '../util/month-day.ts';
import { calendarDistance } from './event-time.ts';

/**
 * A month and day places an undated article with a run only when a dated member of that run lies
 * within this many days of it in the calendar: a report is written within weeks of its event (and a
 * feature may slip a day's digit, "18 August" for the 8th); farther, the date is background.
 */
export const MONTH_DAY_NEAR = 31;

/** …and every other run lies at least this many days farther: a week's difference, not a day's. */
export const MONTH_DAY_MARGIN = 7;

/** Median of the known days (lower median for an even count), or null when none is known. */
export function medianDay(days: Iterable<number | null>): number | null {
  const known = [...days].filter((d): d is number => d !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : known[(known.length - 1) >> 1];
}

/** Whether two groups' median event days are more than `maxGap` days apart (false when either is undated). */
export function timeApart(a: Iterable<number | null>, b: Iterable<number | null>, maxGap: number): boolean {
  const [x, y] = [medianDay(a), medianDay(b)];
  return x !== null && y !== null && Math.abs(x - y) > maxGap;
}

/**
 * Cuts a story into runs of event days (see the module comment); returns groups of positions
 * (each in position order, groups by their earliest day), or null when the story is one run
 * (or a run would hold fewer than `minRun` articles).
 */
export function splitByTime(
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  maxGap: number,
  minRun = 1,
  monthDays: readonly (MonthDay | null)[] = [],
): number[][] | null {
  const dated = days
    .map((day, i) => ({ day, i }))
    .filter((d): d is { day: number; i: number } => d.day !== null)
    .sort((a, b) => a.day - b.day || a.i - b.i);
  const runs: number[][] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const { day, i } of dated) {
    if (runs.length === 0 || day - last > maxGap) runs.push([]);
    runs[runs.length - 1].push(i);
    last = day;
  }
  if (runs.length < 2) return null;
  for (const [i, day] of days.entries()) {
    if (day !== null) continue;
    const md = monthDays[i] ?? null;
    const byDate = md === null ? null : runByMonthDay(md, runs, days);
    if (byDate !== null) {
      runs[byDate].push(i);
      continue;
    }
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const [r, run] of runs.entries()) {
      const dated = run.filter((j) => days[j] !== null);
      const score = dated.reduce((sum, j) => sum + dot(vectors[i], vectors[j]), 0) / dated.length;
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    runs[best].push(i);
  }
  if (runs.some((run) => run.length < minRun)) return null;
  return runs.map((run) => run.sort((x, y) => x - y));
}

/**
 * The run (index) whose dated members lie nearest in the calendar to an undated article's month and
 * day, when it is within `MONTH_DAY_NEAR` days and every other run `MONTH_DAY_MARGIN` days farther;
 * else null (the article is placed by its words). `runs` hold positions; only dated ones count.
 */
export function runByMonthDay(
  md: MonthDay,
  runs: readonly (readonly number[])[],
  days: readonly (number | null)[],
): number | null {
  const distances = runs.map((run) =>
    Math.min(...run.map((j) => days[j]).flatMap((d) => (d === null ? [] : [calendarDistance(md, d)]))),
  );
  const best = distances.indexOf(Math.min(...distances));
  if (distances[best] > MONTH_DAY_NEAR) return null;
  return distances.every((d, r) => r === best || d >= distances[best] + MONTH_DAY_MARGIN) ? best : null;
}
