/**
 * The judgement of one group of joined number claims (`findNumberDisputes` joins them): whether its
 * values are rival readings of one figure shown as a dispute, and which value, if any, is a likely
 * error. A group is shown only when two or three values remain, close enough to be readings of one
 * figure, from independent outlets, with hedges that contradict, and not a figure that rose over time.
 */
import type { DisputeFinding } from '../model/findings.ts';
import { sameDigits, variantsOf } from './dispute-values.ts';
import type { NumberClaim } from './extract-numbers.ts';
import type { DisputeOptions } from './find-disputes.ts';
import { judgeMajority } from './judge-variant.ts';
import type { GateResult } from './number-trace.ts';
import { sameAmount } from './quantity.ts';
import { UnionFind } from './union-find.ts';

/**
 * Judges one group of joined number claims: the dispute it makes, or null when its values are one
 * figure's readings, a rising figure, several things counted, hedges that agree, or one outlet's.
 */
export function judgeNumberGroup(
  group: NumberClaim[],
  options: DisputeOptions,
  published?: ReadonlyMap<string, string | null>,
): DisputeFinding | null {
  const steps: GateResult[] = [];
  const trace = options.numberTrace;
  const check = (gate: string, pass: boolean, detail?: () => string) => {
    if (trace) steps.push({ gate, pass, ...(detail ? { detail: detail() } : {}) });
    return pass;
  };
  const done = (dispute: DisputeFinding | null) => {
    trace?.({ stage: 'group', claims: group, gates: steps, shown: Boolean(dispute) });
    return dispute;
  };
  let claims = group;
  const outlets = new Set(claims.map((c) => c.claim.outlet));
  if (!check('two outlets', outlets.size >= 2, () => [...outlets].join(', '))) return done(null);
  if (!check('not a rising figure', !risingFigure(claims, published))) return done(null);
  claims = contested(claims, options.approximateTolerance);
  // A value far from every other value of the group (more than `rivalMaxRatio` apart, no digit slip)
  // counts another thing ("employs 2,300" / "2,600" beside the parent group's "more than 11,000"):
  // it leaves the group, and the rest is judged without it.
  const clusters = apartFromRest(valueClusters(claims, options.approximateTolerance), options.rivalMaxRatio);
  claims = clusters.flat();
  const values = clusters.map((g) => Math.abs(g[0].num));
  if (
    !check(
      'contested, apart from rest: 2..max values',
      clusters.length >= 2 && clusters.length <= options.rivalMaxValues,
      () => `${clusters.length} value clusters left (${clusters.map((g) => g[0].claim.value).join(' | ')})`,
    )
  )
    return done(null);
  // Values only in different units ("35 miles" / "about 58km") may be one distance rounded two ways:
  // a dispute needs two values written in one unit.
  const units = clusters.map((g) => new Set(g.map((c) => c.quantity.unit?.name ?? '')));
  if (
    !check(
      'one unit',
      units.some((u, i) => units.some((v, j) => j !== i && [...u].some((x) => v.has(x)))),
    )
  )
    return done(null);
  // Values whose hedges let both be true ("more than 200,000" and "nearly 235,000"; "over $363
  // million" and "$459 million") do not contradict each other.
  if (
    !check('bounds disagree', !boundsAgree(clusters, options.approximateTolerance), () =>
      clusters.map((g) => g.map((c) => c.quantity.qualifier ?? 'exact').join('/')).join(' | '),
    )
  )
    return done(null);
  if (!check('no zero', Math.min(...values) !== 0)) return done(null);
  // Far-apart values count different things, unless one is the other's digits reordered (a slip: 270/720).
  const ratio = Math.max(...values) / Math.min(...values);
  if (
    !check(
      'ratio',
      ratio <= options.rivalMaxRatio || sameDigits(values),
      () => `${ratio.toFixed(2)} vs ${options.rivalMaxRatio}`,
    )
  )
    return done(null);
  // Each value needs an outlet of its own: the same outlet on both sides is a second count it gives.
  const outletsOf = clusters.map((g) => new Set(g.map((c) => c.claim.outlet)));
  if (!check('outlets', new Set(outletsOf.flatMap((o) => [...o])).size >= 2)) return done(null);
  // One variant per value cluster: "1.8 billion cubic metres" and "1.8 cubic kilometres" are one amount.
  const variants = variantsOf(
    clusters.flatMap((g) => g.map((c) => ({ ...c.claim, amount: g[0].claim.amount ?? g[0].claim.value }))),
  );
  const dispute: DisputeFinding = {
    kind: 'number',
    key: claims[0].claim.key,
    topic: claims[0].claim.topic,
    variants,
    why: numberWhy(clusters, variants.length),
  };
  // A majority of copies ("two outlets" running one wire sentence) is one source: no evidence.
  const error =
    Math.max(...clusters.map(independentTellings)) >= 2
      ? judgeMajority(clusters.map((g) => g.map((c) => c.claim)))
      : null;
  // A lone value credited to a named source ("according to the fire service") is that source's figure.
  const credited = error && claims.find((c) => c.claim.value === error.value && c.credited);
  // A bound the majority's values fall within ("more than 26,000" against "more than 31,000") can be
  // true with them: it is no error.
  const lone = error && clusters.find((g) => g.some((c) => c.claim.value === error.value));
  const compatible =
    lone &&
    clusters.every(
      (g) => g === lone || boundsAgree([lone, g], options.approximateTolerance, { alike: true }),
    );
  if (error && !credited && !compatible) dispute.likelyError = error;
  return done(dispute);
}

/** The value clusters that have another cluster within `maxRatio` of their value (or its digits reordered). */
function apartFromRest(clusters: NumberClaim[][], maxRatio: number): NumberClaim[][] {
  const value = (g: NumberClaim[]) => Math.abs(g[0].num);
  const near = (a: number, b: number) =>
    (Math.min(a, b) > 0 && Math.max(a, b) / Math.min(a, b) <= maxRatio) || sameDigits([a, b]);
  return clusters.filter((g) => clusters.some((h) => h !== g && near(value(g), value(h))));
}

/** Lower-bound and upper-bound hedges, as written (lower-cased). */
const LOWER_BOUND =
  /^(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|above|or more)$/;

const UPPER_BOUND =
  /^(?:up to|fewer than|less than|under|no more than|below|at most|nearly|almost|just under)$/;

/** The values a count allows: exact, hedged ("about"), or one-sided ("more than", "nearly"). */
function intervalOf(c: NumberClaim, tolerance: number): [number, number] {
  const v = Math.abs(c.num);
  const q = c.quantity.qualifier;
  switch (hedgeKind(q)) {
    case 'lower':
      return [v, Number.POSITIVE_INFINITY];
    case 'upper':
      return /^(?:nearly|almost|just under)$/.test(q ?? '') ? [v * (1 - tolerance), v] : [0, v];
    case 'about':
      return [v * (1 - tolerance), v * (1 + tolerance)];
    default:
      return [v, v];
  }
}

/** The kind of a hedge: exact (none), approximate, or a lower or upper bound. */
function hedgeKind(q: string | undefined): 'exact' | 'about' | 'lower' | 'upper' {
  if (!q) return 'exact';
  if (LOWER_BOUND.test(q)) return 'lower';
  if (UPPER_BOUND.test(q)) return 'upper';
  return 'about';
}

/**
 * True when the clusters' values, read with their hedges, can all be true at once and the clusters are
 * hedged differently ("more than 200,000" / "nearly 235,000"). Values hedged alike ("at least six" /
 * "at least seven") are two outlets' readings of one figure and stay rivals, unless `alike` asks only
 * whether they can both hold (no value of them is then an error).
 */
function boundsAgree(
  clusters: NumberClaim[][],
  tolerance: number,
  { alike: evenAlike = false } = {},
): boolean {
  const hedges = clusters.map((g) => new Set(g.map((c) => hedgeKind(c.quantity.qualifier))));
  // Without a one-sided bound ("about 240,000" / "around 270,000") the values are compared as they are.
  if (!hedges.some((h) => h.has('lower') || h.has('upper'))) return false;
  const alike = hedges.some((h, i) => hedges.some((k, j) => j !== i && [...h].some((x) => k.has(x))));
  if (alike && !evenAlike) return false;
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const c of clusters.flat()) {
    const [a, b] = intervalOf(c, tolerance);
    low = Math.max(low, a);
    high = Math.min(high, b);
  }
  return low <= high;
}

/**
 * How many independent tellings a cluster of claims has: claims whose sentences share most of their
 * word sequences (a wire sentence run by several outlets) count once.
 */
function independentTellings(claims: NumberClaim[]): number {
  const shingles = claims.map((c) => {
    const w = (c.sentence ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(w.slice(0, -2).map((x, i) => `${x} ${w[i + 1]} ${w[i + 2]}`));
  });
  const families: Set<string>[] = [];
  for (const w of shingles) {
    const copy = families.some((f) => {
      let shared = 0;
      for (const x of w) if (f.has(x)) shared++;
      return shared / Math.max(1, Math.min(w.size, f.size)) >= COPY_OVERLAP;
    });
    if (!copy) families.push(w);
  }
  return families.length;
}

/** Share of the shorter sentence's word trigrams that makes two sentences one wire telling. */
const COPY_OVERLAP = 0.8;

/** Why a number dispute is one, in words. */
function numberWhy(clusters: NumberClaim[][], n: number): string {
  const outlets = new Set(clusters.flatMap((g) => g.map((c) => c.claim.outlet))).size;
  return `${outlets} outlets give ${n} different values for the same figure in sentences that tell the same thing`;
}

/** Words that tell a figure was updated ("raised to 14", "rose to", "now stands at"). */
const UPDATE_CUE =
  /\b(?:rose|risen|rises|rising|raised|climbed|climbs|increased|jumped|grew|grown|revised|updated|upped|now stands?|has reached|reached)\b[^.;]{0,40}\b(?:to|at)\b/i;

/**
 * A figure that rose through the coverage (a death toll on a live page): an update cue in one of its
 * sentences, or values that grow with publication time where the earlier ones are hedged ("at least").
 */
function risingFigure(claims: NumberClaim[], published?: ReadonlyMap<string, string | null>): boolean {
  if (claims.some((c) => UPDATE_CUE.test(statementText(c)))) return true;
  if (!published) return false;
  const timed = claims
    .map((c) => ({ c, t: Date.parse(published.get(c.claim.citation.article) ?? '') }))
    .filter((x) => Number.isFinite(x.t))
    .sort((a, b) => a.t - b.t);
  if (timed.length < 2 || timed.length < claims.length) return false;
  const rises = timed.every((x, i) => i === 0 || x.c.num >= timed[i - 1].c.num);
  const spread = timed.at(-1)!.t - timed[0].t >= 3_600_000;
  const hedged = timed
    .slice(0, -1)
    .some((x) => /^(?:at least|more than|over)$/.test(x.c.quantity.qualifier ?? ''));
  return rises && spread && hedged;
}

function statementText(c: NumberClaim): string {
  return c.sentence ?? '';
}

/**
 * Keeps the values that outlets set against each other. A value every one of whose outlets also gives
 * another, incompatible value of the group is a second quantity those outlets count ("seeks 8 percent,
 * offered 3.5 percent"; "damage of 18 million, a request for 26 million"), not a rival reading.
 */
function contested(claims: NumberClaim[], tolerance: number): NumberClaim[] {
  let live = claims;
  for (;;) {
    const clusters = valueClusters(live, tolerance);
    const outletsOf = (g: NumberClaim[]) => new Set(g.map((c) => c.claim.outlet));
    // An outlet is "pure" for a cluster when every value it gives in the group falls in that cluster.
    const pure = (g: NumberClaim[]) =>
      [...outletsOf(g)].some((o) => live.every((x) => x.claim.outlet !== o || g.includes(x)));
    const second = clusters.filter((g) => !pure(g)).sort((a, b) => outletsOf(a).size - outletsOf(b).size);
    if (second.length === 0 || clusters.length < 2) return live;
    live = live.filter((c) => !second[0].includes(c));
  }
}

/**
 * Clusters the values of a group: exact values stand apart; a hedged value ("about 200") joins the
 * nearest exact value it is within tolerance of, so it never bridges two exact rivals (212 and 214).
 */
function valueClusters(claims: NumberClaim[], tolerance: number): NumberClaim[][] {
  const uf = new UnionFind(claims.length);
  const exact = claims.map((c, i) => (c.claim.approximate ? -1 : i)).filter((i) => i >= 0);
  for (const i of exact)
    for (const j of exact) if (sameAmount(claims[i].quantity, claims[j].quantity)) uf.union(i, j);
  claims.forEach((c, i) => {
    if (!c.claim.approximate) return;
    const near = exact
      .filter((j) => numbersAgree(c, claims[j], tolerance))
      .sort((a, b) => Math.abs(claims[a].num - c.num) - Math.abs(claims[b].num - c.num))[0];
    if (near !== undefined) uf.union(i, near);
    else
      claims.forEach((d, j) => {
        if (d.claim.approximate && j !== i && numbersAgree(c, d, tolerance)) uf.union(i, j);
      });
  });
  return uf.groups().map((g) => g.map((i) => claims[i]));
}

function numbersAgree(a: NumberClaim, b: NumberClaim, tolerance: number): boolean {
  if (sameAmount(a.quantity, b.quantity)) return true;
  if (!a.claim.approximate && !b.claim.approximate) return false;
  return Math.abs(a.num - b.num) <= tolerance * Math.max(a.num, b.num);
}
