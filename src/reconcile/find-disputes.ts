/**
 * Disputes: claims with the same key that outlets give different values for. Number claims align by
 * counted noun + shared context; event dates dispute only when their values fall into incompatible
 * clusters (a day apart, or "2025" against "2025-07-03", is not a dispute).
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding, VariantFinding } from '../model/findings.ts';
import { clusterDateValues } from './align-dated-events.ts';
import type { NumberClaim } from './extract-numbers.ts';
import { judgeDates, judgeMajority } from './judge-variant.ts';
import { UnionFind } from './union-find.ts';

/** Options of dispute finding (from `config.reconcile`). */
export interface DisputeOptions {
  minSharedContext: number;
  approximateTolerance: number;
  eventDateToleranceDays: number;
  maxEventAgeDays: number;
}

/** Groups number claims that count the same thing and returns the groups whose values disagree. */
export function findNumberDisputes(numbers: NumberClaim[], options: DisputeOptions): DisputeFinding[] {
  const uf = new UnionFind(numbers.length);
  // Members of one group keep compatible verbs: a count without a verb may not chain "evacuated 212"
  // to "carried 37".
  const members = numbers.map((_, i) => [i]);
  for (let i = 0; i < numbers.length; i++)
    for (let j = i + 1; j < numbers.length; j++) {
      if (!sameSubject(numbers[i], numbers[j], options.minSharedContext)) continue;
      const a = members[uf.find(i)];
      const b = members[uf.find(j)];
      if (a === b || !a.every((x) => b.every((y) => sameVerb(numbers[x], numbers[y])))) continue;
      uf.union(i, j);
      members[uf.find(i)] = [...a, ...b];
    }
  const out: DisputeFinding[] = [];
  for (const group of uf.groups()) {
    let claims = group.map((i) => numbers[i]);
    if (new Set(claims.map((c) => c.claim.outlet)).size < 2) continue;
    claims = contested(claims, options.approximateTolerance);
    const clusters = valueClusters(claims, options.approximateTolerance);
    if (clusters.length < 2) continue;
    const dispute: DisputeFinding = {
      kind: 'number',
      key: claims[0].claim.key,
      topic: claims[0].claim.topic,
      variants: variantsOf(claims.map((c) => c.claim)),
    };
    const error = judgeMajority(clusters.map((g) => g.map((c) => c.claim)));
    // A lone value credited to a named source ("according to the fire service") is that source's figure.
    const credited = error && claims.find((c) => c.claim.value === error.value && c.credited);
    if (error && !credited) dispute.likelyError = error;
    out.push(dispute);
  }
  return out;
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
  if (new Set(claims.map((c) => c.outlet)).size < 2) return null;
  const clusters = clusterDateValues(claims, options.eventDateToleranceDays);
  if (clusters.length < 2) return null;
  const dispute: DisputeFinding = {
    kind: 'event-date',
    key: claims[0].key,
    topic: claims[0].topic,
    variants: variantsOf(claims),
  };
  const error = judgeDates(clusters, claims, published, options.maxEventAgeDays, items);
  if (error) dispute.likelyError = error;
  return dispute;
}

/** One variant per distinct value, most supported first. */
export function variantsOf(claims: Claim[]): VariantFinding[] {
  const byValue = new Map<string, VariantFinding>();
  for (const c of claims) {
    const v = byValue.get(c.value) ?? { value: c.value, citations: [], outlets: [] };
    v.citations.push(c.citation);
    if (c.outlet && !v.outlets.includes(c.outlet)) v.outlets.push(c.outlet);
    byValue.set(c.value, v);
  }
  return [...byValue.values()].sort((a, b) => b.outlets.length - a.outlets.length);
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
  for (const i of exact) for (const j of exact) if (claims[i].num === claims[j].num) uf.union(i, j);
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

/**
 * How the verbs of two counts relate: `same` (a shared synonym group or stem), `unknown` (a count has no
 * verb), else `different` ("evacuated 212" against "carried 37": a subset, or another event).
 */
function verbRelation(a: NumberClaim, b: NumberClaim): 'same' | 'different' | 'unknown' {
  if (!a.verb || !b.verb) return 'unknown';
  return a.verb.some((v) => b.verb!.includes(v)) ? 'same' : 'different';
}

/** True unless the verbs of two counts tell different events. */
function sameVerb(a: NumberClaim, b: NumberClaim): boolean {
  return verbRelation(a, b) !== 'different';
}

function sameSubject(a: NumberClaim, b: NumberClaim, minShared: number): boolean {
  if (a.claim.key !== b.claim.key || a.claim.citation.article === b.claim.citation.article) return false;
  if (!sameVerb(a, b)) return false;
  const ma = new Set(a.modifiers);
  if (a.modifiers.length && b.modifiers.length && !b.modifiers.some((m) => ma.has(m))) return false;
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  // Two counts told with the same verb ("evacuated 212 residents" / "214 people evacuated") need one word less.
  const told = verbRelation(a, b) === 'same' || Boolean(a.measure && b.measure);
  return shared >= (told ? minShared - 1 : minShared);
}

function numbersAgree(a: NumberClaim, b: NumberClaim, tolerance: number): boolean {
  if (a.num === b.num) return true;
  if (!a.claim.approximate && !b.claim.approximate) return false;
  return Math.abs(a.num - b.num) <= tolerance * Math.max(a.num, b.num);
}
