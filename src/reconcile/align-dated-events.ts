/**
 * Dated statements aligned across outlets: the same event told with different dates.
 *
 * Every date of every statement becomes a dated record with the words around it (the clause, about
 * `datedWindowChars` either side) and its predicate: the nearest event verb before and after it. Two records of different outlets tell the same
 * event when they share a verb ("began", "sank") and enough of those words, and their dates differ the
 * way a slip makes them (see `nearMiss`); such records are grouped,
 * and a group whose dates fall into incompatible clusters is a date dispute. Dates within the tolerance
 * are compatible, unless a weekday written next to one fits the other and not its own ("on Friday,
 * March 14" against "on Friday" = 13 March). An outlet that tells two of a group's dates in the same
 * words itself knows two events, so its group is no dispute; a plan (a date after its article's
 * publication, or a verb in the future) and a past event are never one event.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import { CALENDAR_WORD, contentWords, overlapRatio, verbStem } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { DATE_BOUNDS, dateClaim, latestReport } from './date-claim.ts';
import { datesCompatible, spanOf, weekdayOf } from './dates.ts';
import { UnionFind } from './union-find.ts';

/** Options of the alignment (from `config.reconcile`). */
export interface DatedOptions {
  eventDateToleranceDays: number;
  datedWindowChars: number;
  datedMinSharedWords: number;
  datedMinOverlap: number;
}

/** One date of one statement, with the words and verbs around it. */
export interface DatedRecord {
  claim: Claim;
  words: Set<string>;
  verbs: Set<string>;
  /** True when the date lies after its article's publication (a plan), false before; unknown without any. */
  ahead?: boolean;
}

/** Verbs that report rather than tell the event. */
const REPORTING = new Set(
  ['say', 'said', 'tell', 'told', 'report', 'add', 'note', 'claim', 'write'].map(verbStem),
);
/** Words right before a verb (an adverb may stand between) that put it in the future ("will end", "hopes to start", "will soon reopen"). */
const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'to']);

/** The dated records of a story's statements (fragments skipped, bounds and open ranges too). */
export function collectDated(
  items: AnalyzedArticle[],
  statements: Statement[],
  window: number,
): DatedRecord[] {
  const out: DatedRecord[] = [];
  // An article without a publication date is placed at the story's latest one.
  const latest = latestReport(items);
  for (const s of statements) {
    if (s.fragment) continue;
    const { article, annotations } = items[s.item];
    for (const d of annotations.dates) {
      if (d.start < s.start || d.end > s.end || !/^\d{4}/.test(d.value)) continue;
      if (d.qualifier && DATE_BOUNDS.has(d.qualifier)) continue;
      const from = Math.max(s.start, d.start - window);
      const to = Math.min(s.end, d.end + window);
      const local = `${article.text.slice(from, d.start)} ${article.text.slice(d.end, to)}`;
      const words = new Set(contentWords(local).filter((w) => !CALENDAR_WORD.test(w)));
      // The predicate of the date: the nearest event verb before it and the nearest after it.
      const near = annotations.tokens.filter(
        (t) => t.pos === 'VERB' && t.start >= from && t.end <= to && !REPORTING.has(verbStem(t.norm)),
      );
      const predicate = [
        near.filter((t) => t.end <= d.start).at(-1),
        near.find((t) => t.start >= d.end),
      ].filter((t) => t !== undefined);
      const verbs = new Set(predicate.map((t) => verbStem(t.norm)));
      // "hopes to start", "will end": a predicate in the future tells a plan, whatever the date resolved to.
      const planned = predicate.some((t) => {
        const i = annotations.tokens.indexOf(t);
        const [two, one] = [annotations.tokens[i - 2], annotations.tokens[i - 1]];
        return FUTURE.has(one?.norm) || (FUTURE.has(two?.norm) && (one.pos === 'ADV' || one.pos === 'PART'));
      });
      const claim = dateClaim(article.text, s, d, 'dated', 'date');
      const published = article.published?.slice(0, 10) ?? latest;
      const pub = published ? spanOf(published) : null;
      const span = spanOf(d.value);
      // A day told as past though dated after the report (see `DateMention.afterReport`) is told as past.
      const ahead = d.afterReport ? false : planned || (pub && span ? span[0] > pub[1] : undefined);
      out.push({ claim, words, verbs, ...(ahead === undefined ? {} : { ahead }) });
    }
  }
  return out;
}

/** True when a weekday written with one claim fits the other's date and not its own. */
export function weekdayConflict(a: Claim, b: Claim): boolean {
  const wrong = (x: Claim, y: Claim) =>
    Boolean(x.weekday) &&
    weekdayOf(x.value) !== null &&
    weekdayOf(x.value) !== x.weekday &&
    weekdayOf(y.value) === x.weekday;
  return a.value !== b.value && (wrong(a, b) || wrong(b, a));
}

/** Clusters the date values of claims: compatible values join, unless a weekday sets them apart. */
export function clusterDateValues(claims: Claim[], toleranceDays: number): string[][] {
  const values = [...new Set(claims.map((c) => c.value))];
  const apart = (x: string, y: string) =>
    claims.some((a) => a.value === x && claims.some((b) => b.value === y && weekdayConflict(a, b)));
  const uf = new UnionFind(values.length);
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++)
      if (datesCompatible(values[i], values[j], toleranceDays) && !apart(values[i], values[j]))
        uf.union(i, j);
  return uf.groups().map((g) => g.map((i) => values[i]));
}

/** The words two records share when they tell the same event (a shared verb, enough shared words), else null. */
function sameEvent(a: DatedRecord, b: DatedRecord, o: DatedOptions): string[] | null {
  // A plan ("is due to end on Monday") and a past event ("ended after nine days in 2017") are two events.
  if (a.ahead !== undefined && b.ahead !== undefined && a.ahead !== b.ahead) return null;
  if (![...a.verbs].some((v) => b.verbs.has(v))) return null;
  const shared = [...a.words].filter((w) => b.words.has(w));
  // Only dates that differ the way a slip makes them are one event told two ways: "the lighthouse was
  // built in 1840" and "the pier was built in 1871" share a clause but are two events.
  if (!nearMiss(a.claim, b.claim)) return null;
  if (shared.length < o.datedMinSharedWords || overlapRatio(a.words, b.words) < o.datedMinOverlap)
    return null;
  return shared;
}

/**
 * True when two dates differ the way a slip makes them: the same value, a weekday that fits the other,
 * days of one month, the same day or month in another year, or a year with one digit changed or two
 * neighbouring digits swapped ("1847"/"1874").
 */
export function nearMiss(a: Claim, b: Claim): boolean {
  if (a.value === b.value || weekdayConflict(a, b)) return true;
  const [ya, ...ra] = a.value.split('-');
  const [yb, ...rb] = b.value.split('-');
  if (ya === yb) return ra.length > 0 && rb.length > 0 && ra[0] === rb[0];
  if (ra.length > 0 && ra.join('-') === rb.join('-')) return true;
  if (ra.join('-') !== rb.join('-')) return false;
  const diff = [...ya].map((c, i) => (c === yb[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return true;
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && ya[diff[0]] === yb[diff[1]] && ya[diff[1]] === yb[diff[0]]
  );
}

/** A group of dated records that tell one event, with the words they share and its value clusters. */
export interface DatedGroup {
  records: DatedRecord[];
  shared: string[];
  clusters: string[][];
}

/** Groups the records that tell one event across outlets; returns the groups whose dates disagree. */
export function alignDated(records: DatedRecord[], o: DatedOptions): DatedGroup[] {
  const uf = new UnionFind(records.length);
  const sharedOf = new Map<number, string[]>();
  for (let i = 0; i < records.length; i++)
    for (let j = i + 1; j < records.length; j++) {
      if (records[i].claim.outlet === records[j].claim.outlet) continue;
      const shared = sameEvent(records[i], records[j], o);
      if (!shared) continue;
      uf.union(i, j);
      for (const k of [i, j]) sharedOf.set(k, [...new Set([...(sharedOf.get(k) ?? []), ...shared])]);
    }
  const out: DatedGroup[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    const members = group.map((i) => records[i]);
    const clusters = clusterDateValues(
      members.map((r) => r.claim),
      o.eventDateToleranceDays,
    );
    if (clusters.length < 2 || tellsTwoEvents(members, clusters, o)) continue;
    const shared = [...new Set(group.flatMap((i) => sharedOf.get(i) ?? []))];
    out.push({ records: members, shared, clusters });
  }
  return out;
}

/**
 * True when one outlet gives two of the group's clusters in records that themselves tell one event:
 * it knows them as two events (its own words for both match).
 */
function tellsTwoEvents(members: DatedRecord[], clusters: string[][], o: DatedOptions): boolean {
  const clusterOf = (r: DatedRecord) => clusters.findIndex((c) => c.includes(r.claim.value));
  return members.some((a) =>
    members.some(
      (b) =>
        a !== b &&
        a.claim.outlet === b.claim.outlet &&
        clusterOf(a) !== clusterOf(b) &&
        sameEvent(a, b, o) !== null,
    ),
  );
}
