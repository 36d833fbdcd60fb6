/**
 * Disputes: claims with the same key that outlets give different values for. Number claims align by
 * counted noun + shared context; event dates dispute only when their values fall into incompatible
 * clusters (a day apart, or "2025" against "2025-07-03", is not a dispute).
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding } from '../model/findings.ts';
import { clusterDateValues } from './align-dated-events.ts';
import { weekdayOf } from './dates.ts';
import { sameDigits, variantsOf } from './dispute-values.ts';
import { type NumberClaim, RELATIVE_ERA } from './extract-numbers.ts';
import { judgeNumberGroup } from './judge-number-group.ts';
import { judgeDates } from './judge-variant.ts';
import { allPass, evaluateGates, type Gate, type NumberTrace } from './number-trace.ts';
import { comparable } from './quantity.ts';
import { UnionFind } from './union-find.ts';

/** Options of dispute finding (from `config.reconcile`). */
export interface DisputeOptions {
  minSharedContext: number;
  approximateTolerance: number;
  eventDateToleranceDays: number;
  maxEventAgeDays: number;
  /** Two counts are rival readings only when their sentences are at least this alike (TF-IDF cosine). */
  rivalMinSimilarity: number;
  /** ...or at least this alike when both counts have a verb of one meaning ("recalled 240,000" / "240,000 recalled"). */
  rivalMinSimilaritySameVerb: number;
  /** ...and their values within this ratio of each other. */
  rivalMaxRatio: number;
  /** A group with more distinct values than this is several things counted, not one disputed. */
  rivalMaxValues: number;
  /** A kind of figure (counted noun or unit, and verb meaning) with more distinct values than this in the story is a family of stats, never disputed. */
  rivalMaxFamilyValues: number;
  /** Counted nouns an event has one value of (attendance, turnout): two close values need no shared words. */
  onePerEventCounts?: readonly string[];
  /** ...when within this ratio of each other. */
  onePerEventMaxRatio?: number;
  /** Told every pair weighed and every group judged (`scripts/explain-disputes.mjs`); absent in briefing runs. */
  numberTrace?: NumberTrace;
}

/** What number disputes read besides the claims: sentence similarity and who a count is about. */
export interface NumberContext {
  /** TF-IDF cosine of two statements (by index). */
  similarity(a: number, b: number): number;
  /** The entity a count is about (nearest named person or organisation of its clause), when there is one. */
  subjectOf?(claim: NumberClaim): string | null;
  /** True when two subjects may be one (same entity, or names sharing a word); default: equal ids. */
  sameSubject?(a: string | null, b: string | null): boolean;
  /** True when a count is written right after the name of its subject, a person named as its clause's subject. */
  namedOwner?(claim: NumberClaim, subject: string | null): boolean;
  /** Publication time of an article (ISO), for telling updates from disputes. */
  published?: ReadonlyMap<string, string | null>;
  /** The years of the story's own event (from its dated event claims), for counts whose sentence gives no year. */
  storyYears?: readonly string[];
}

/**
 * Groups number claims that count the same thing of the same subject and returns the groups whose
 * values disagree. Precision first: two counts are rivals only when they measure the same kind of
 * thing (same counted noun class, currency or unit dimension), with compatible verbs and modifiers, in
 * sentences that tell the same thing (similar words, shared context), about the same named subject;
 * a group is shown only when two or three values remain, close enough to be readings of one figure,
 * from independent outlets, and not a figure that rose over time.
 */
export function findNumberDisputes(
  numbers: NumberClaim[],
  options: DisputeOptions,
  context: NumberContext = { similarity: () => 1 },
): DisputeFinding[] {
  // A kind of figure the coverage gives many values of (points, yards, votes of many players or
  // parties) cannot be told apart by its words: none of its values is set against another.
  // A count whose sentence states its year (a background event: "the 2003 quake killed more than
  // 26,000") is of that year's family, not of the story's own counts.
  // A figure written right after its person's name ("Klitschko (52-3, 46 KOs)", "Klitschko, 53-3, 47
  // KO's,") is that person's beyond doubt: such figures of one person are a family of their own. Every
  // other figure stays in the whole family (theirs included).
  const subjects = numbers.map((n) => context.subjectOf?.(n) ?? null);
  const owners = new Map(
    numbers.map((n, i) => [n, context.namedOwner?.(n, subjects[i]) ? subjects[i] : null]),
  );
  const family = (n: NumberClaim, owner: string | null = null) =>
    `${n.claim.key}|${n.verb?.join(',') ?? ''}|${n.eraStated ? (n.era ?? []).join(',') : ''}|${owner ?? ''}`;
  const valuesOf = new Map<string, Set<string>>();
  for (const n of numbers)
    for (const f of new Set([family(n), family(n, owners.get(n))])) {
      const set = valuesOf.get(f) ?? new Set<string>();
      set.add(n.claim.amount ?? n.claim.value);
      valuesOf.set(f, set);
    }
  const crowded = (n: NumberClaim) =>
    (valuesOf.get(family(n, owners.get(n)))?.size ?? 0) > options.rivalMaxFamilyValues;
  const uf = new UnionFind(numbers.length);
  // Members of one group keep compatible verbs and subjects: a count without a verb may not chain
  // "evacuated 212" to "carried 37".
  const members = numbers.map((_, i) => [i]);
  const rivals = (x: number, y: number) =>
    sameVerb(numbers[x], numbers[y]) &&
    (context.sameSubject
      ? context.sameSubject(subjects[x], subjects[y])
      : !subjects[x] || !subjects[y] || subjects[x] === subjects[y]);
  const trace = options.numberTrace;
  trace?.({ stage: 'claims', numbers });
  // An attribute an event has one value of (the attendance of a match): its only two values in the
  // story, close to each other, are two readings of it whatever else their sentences say.
  const onePerEvent = (a: NumberClaim, b: NumberClaim): boolean => {
    const noun = a.claim.key.split(':').pop() ?? '';
    if (!(options.onePerEventCounts ?? []).includes(noun)) return false;
    if ((valuesOf.get(family(a))?.size ?? 0) !== 2 || family(a) !== family(b)) return false;
    const [x, y] = [Math.abs(a.num), Math.abs(b.num)].sort((p, q) => p - q);
    return x > 0 && y / x <= (options.onePerEventMaxRatio ?? 1);
  };
  const pairGates = (a: NumberClaim, b: NumberClaim): Gate[] => {
    const sim = () => context.similarity(a.statementIndex, b.statementIndex);
    const least = () => (toldAlike(a, b) ? options.rivalMinSimilaritySameVerb : options.rivalMinSimilarity);
    const single = onePerEvent(a, b);
    const words = subjectGates(a, b, options.minSharedContext).map((g) =>
      g.gate === 'shared context' && single ? { ...g, pass: () => true, detail: () => 'one per event' } : g,
    );
    return [
      {
        gate: 'not crowded',
        pass: () => !crowded(a) && !crowded(b),
        detail: () =>
          `${valuesOf.get(family(a, owners.get(a)))?.size ?? 0} / ${valuesOf.get(family(b, owners.get(b)))?.size ?? 0} values of the family (max ${options.rivalMaxFamilyValues})`,
      },
      ...words,
      { gate: 'comparable', pass: () => comparable(a.quantity, b.quantity) },
      {
        gate: 'sameEra',
        pass: () => sameEra(a, b, context.storyYears),
        detail: () => `${a.era?.join(',') ?? '-'} / ${b.era?.join(',') ?? '-'}`,
      },
      {
        gate: 'similarity',
        pass: () => single || sim() >= least(),
        detail: () =>
          `${sim().toFixed(3)} vs ${least()} (verbs ${toldAlike(a, b) ? 'alike' : verbRelation(a, b)})`,
      },
    ];
  };
  for (let i = 0; i < numbers.length; i++)
    for (let j = i + 1; j < numbers.length; j++) {
      if (numbers[i].claim.key !== numbers[j].claim.key) continue;
      const gates = pairGates(numbers[i], numbers[j]);
      const traced = trace ? evaluateGates(gates) : null;
      const pass = traced ? traced.every((r) => r.pass) : allPass(gates);
      let joined = false;
      if (pass) {
        const a = members[uf.find(i)];
        const b = members[uf.find(j)];
        if (a !== b && a.every((x) => b.every((y) => rivals(x, y)))) {
          uf.union(i, j);
          members[uf.find(i)] = [...a, ...b];
          joined = true;
        }
        traced?.push({
          gate: 'verbs and subjects of both groups',
          pass: joined || a === b,
          detail: `subjects ${subjects[i] ?? '-'} / ${subjects[j] ?? '-'}`,
        });
      }
      if (traced) trace?.({ stage: 'pair', a: numbers[i], b: numbers[j], gates: traced, joined });
    }
  const out: DisputeFinding[] = [];
  for (const group of uf.groups()) {
    const dispute = judgeNumberGroup(
      group.map((i) => numbers[i]),
      options,
      context.published,
    );
    if (dispute) out.push(dispute);
  }
  return out;
}

/** True unless the two counts are told of different years ("in 2007, two cars" against this year's four). */
function sameEra(a: NumberClaim, b: NumberClaim, storyYears?: readonly string[]): boolean {
  // In undated articles, "last year's 32 million" is another year than an unmarked count.
  const relative = (n: NumberClaim) => n.era?.find((e) => e.startsWith(RELATIVE_ERA)) ?? null;
  const [ra, rb] = [relative(a), relative(b)];
  if (ra !== rb) {
    if (ra && rb) return false;
    // Against an absolute year the relation is unknown; against an unmarked count it is another year.
    return Boolean((ra ? b : a).era?.some((e) => /^\d{4}$/.test(e)));
  }
  // A count with no year at all is told of the story's event: against a year its rival's sentence
  // states ("the ’66 squad gained 380 yards"), it takes the story's own years when they are known.
  const years = (n: NumberClaim, other: NumberClaim) =>
    n.era ?? (other.eraStated && storyYears?.length ? storyYears : undefined);
  const ea = years(a, b);
  const eb = years(b, a);
  if (!ea || !eb) return true;
  return ea.some((y) => eb.includes(y));
}

/**
 * Returns the event-date dispute, when the claims' values fall into two or more incompatible clusters
 * (values within the tolerance are compatible unless a weekday sets them apart). `items` (by article
 * id) lets the judge read the claims' own articles.
 */
export function findDateDispute(
  claims: Claim[],
  published: ReadonlyMap<string, string | null>,
  options: DisputeOptions,
  items?: ReadonlyMap<string, AnalyzedArticle>,
): DisputeFinding | null {
  // Precision first: only dates of one precision are set against each other (a year against a day is
  // another granularity, not a rival reading); the finest precision with a dispute wins.
  for (const length of [10, 7, 4]) {
    const same = claims.filter((c) => c.value.length === length);
    const dispute = dateDisputeAt(same, claims[0], published, options, items);
    if (dispute) return dispute;
  }
  return null;
}

function dateDisputeAt(
  days: Claim[],
  first: Claim | undefined,
  published: ReadonlyMap<string, string | null>,
  options: DisputeOptions,
  items?: ReadonlyMap<string, AnalyzedArticle>,
): DisputeFinding | null {
  if (!first) return null;
  // A side needs a date written whole ("21 May", "July 9, 2026"): a day resolved from "last night" or
  // "on Saturday" may be off by the publication's time zone or an update stamp.
  if (new Set(days.map((c) => c.outlet)).size < 2) return null;
  const all = clusterDateValues(days, options.eventDateToleranceDays);
  // A side of resolved days alone stays when the other side names a weekday its own date contradicts
  // ("Friday, May 10" when May 10 is a Saturday): that is evidence of its own.
  const misdated = days.some((c) => c.weekday && weekdayOf(c.value) && weekdayOf(c.value) !== c.weekday);
  const clusters = all.filter(
    (values) => misdated || days.some((c) => values.includes(c.value) && !c.relative),
  );
  if (clusters.length !== 2) return null;
  // Two dates far apart that are no slip of one another (another day of the month, the same day in
  // another year, swapped digits) are two events, not one event dated two ways.
  const [a, b] = clusters.map((values) => values[0]);
  if (!slipOf(a, b)) return null;
  // The same day in two years where no side writes its year is one date resolved two ways, not a dispute.
  if (a.length === 10 && a.slice(5) === b.slice(5) && items) {
    const writesYear = (values: string[]) =>
      days.some((c) => {
        const text = items.get(c.citation.article)?.article.text ?? '';
        return values.includes(c.value) && /\b\d{4}\b/.test(text.slice(c.citation.start, c.citation.end));
      });
    if (!clusters.every(writesYear)) return null;
  }
  const shown = days.filter((c) => clusters.some((values) => values.includes(c.value)));
  const dispute: DisputeFinding = {
    kind: 'event-date',
    key: first.key,
    topic: first.topic,
    variants: variantsOf(shown),
    why: 'independent outlets give different days for the same event',
  };
  const error = judgeDates(clusters, shown, published, options.maxEventAgeDays, items);
  if (error) dispute.likelyError = error;
  return dispute;
}

/** True when two days differ the way a slip makes them: within the same month or 45 days, the same day in another year, or swapped digits. */
function slipOf(a: string, b: string): boolean {
  if (a.length === 4) return [...a].filter((c, i) => c !== b[i]).length <= 1 || sameDigits([+a, +b]);
  if (a.slice(5) === b.slice(5)) return true;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  if (days <= 45) return true;
  const digits = (v: string) => [...v.replace(/\D/g, '')].sort().join('');
  return digits(a) === digits(b);
}

/**
 * How the verbs of two counts relate: `same` (a shared synonym group or stem), `unknown` (a count has no
 * verb), else `different` ("evacuated 212" against "carried 37": a subset, or another event).
 */
function verbRelation(a: NumberClaim, b: NumberClaim): 'same' | 'different' | 'unknown' {
  if (!a.verb || !b.verb) return 'unknown';
  return a.verb.some((v) => b.verb!.includes(v)) ? 'same' : 'different';
}

/** True when two counts, or two measures, are told with a verb of one meaning. */
function toldAlike(a: NumberClaim, b: NumberClaim): boolean {
  if (verbRelation(a, b) === 'same') return true;
  return Boolean(a.measureVerb && b.measureVerb?.some((v) => a.measureVerb!.includes(v)));
}

/** True unless the verbs of two counts tell different events. */
function sameVerb(a: NumberClaim, b: NumberClaim): boolean {
  return verbRelation(a, b) !== 'different';
}

/** The gates of two counts being of one subject: key, verbs, mood, modifiers and shared context words. */
function subjectGates(a: NumberClaim, b: NumberClaim, minShared: number): Gate[] {
  const shared = () => [...a.context].filter((w) => b.context.has(w));
  // Two counts told with the same verb ("evacuated 212 residents" / "214 people evacuated") need one word less.
  const need = () => (verbRelation(a, b) === 'same' || (a.measure && b.measure) ? minShared - 1 : minShared);
  const na = new Set(a.namedModifiers ?? []);
  const nb = b.namedModifiers ?? [];
  const ma = new Set(a.modifiers);
  return [
    {
      gate: 'same key, other articles',
      pass: () => a.claim.key === b.claim.key && a.claim.citation.article !== b.claim.citation.article,
      detail: () => `${a.claim.key} / ${b.claim.key}`,
    },
    {
      gate: 'verbs',
      pass: () => sameVerb(a, b),
      detail: () =>
        `${a.verb?.join(',') ?? a.measureVerb?.join(',') ?? '-'} / ${b.verb?.join(',') ?? b.measureVerb?.join(',') ?? '-'}`,
    },
    // A conditional or possible figure ("could miss two games") is no reading of a reported one.
    {
      gate: 'mood',
      pass: () => (a.mood ?? '') === (b.mood ?? ''),
      detail: () => `${a.mood ?? 'report'} / ${b.mood ?? 'report'}`,
    },
    // Modifiers name the kind of thing counted: "Soviet lives" and "Veloran lives", "seven AK-47 assault
    // rifles" and "nine assault rifles" count different things; "reusable insulin pens" and "insulin pens"
    // do not. Named modifiers (capitalised, with digits) must be the same; plain ones must overlap.
    {
      gate: 'named modifiers',
      pass: () => na.size === new Set(nb).size && nb.every((m) => na.has(m)),
      detail: () => `${[...na].join(',') || '-'} / ${nb.join(',') || '-'}`,
    },
    {
      gate: 'modifiers',
      pass: () => !a.modifiers.length || !b.modifiers.length || b.modifiers.some((m) => ma.has(m)),
      detail: () => `${a.modifiers.join(',') || '-'} / ${b.modifiers.join(',') || '-'}`,
    },
    {
      gate: 'shared context',
      pass: () => shared().length >= need(),
      detail: () => `${shared().length} (${shared().join(' ')}) vs ${need()}`,
    },
  ];
}
