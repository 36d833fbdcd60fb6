/**
 * Disputes: claims with the same key that outlets give different values for. Number claims align by
 * counted noun + shared context; event dates dispute only when their values fall into incompatible
 * clusters (a day apart, or "2025" against "2025-07-03", is not a dispute).
 */
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding, VariantFinding } from '../model/findings.ts';
import { datesCompatible } from './dates.ts';
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
  for (let i = 0; i < numbers.length; i++)
    for (let j = i + 1; j < numbers.length; j++)
      if (sameSubject(numbers[i], numbers[j], options.minSharedContext)) uf.union(i, j);
  const out: DisputeFinding[] = [];
  for (const group of uf.groups()) {
    const claims = group.map((i) => numbers[i]);
    if (new Set(claims.map((c) => c.claim.outlet)).size < 2) continue;
    const values = new UnionFind(claims.length);
    for (let i = 0; i < claims.length; i++)
      for (let j = i + 1; j < claims.length; j++)
        if (numbersAgree(claims[i], claims[j], options.approximateTolerance)) values.union(i, j);
    if (values.groups().length < 2) continue;
    const dispute: DisputeFinding = {
      kind: 'number',
      key: claims[0].claim.key,
      topic: claims[0].claim.topic,
      variants: variantsOf(claims.map((c) => c.claim)),
    };
    const error = judgeMajority(
      dispute.variants,
      claims.map((c) => c.claim),
    );
    if (error) dispute.likelyError = error;
    out.push(dispute);
  }
  return out;
}

/** Returns the event-date dispute, when the claims' values fall into two or more incompatible clusters. */
export function findDateDispute(
  claims: Claim[],
  published: ReadonlyMap<string, string | null>,
  options: DisputeOptions,
): DisputeFinding | null {
  if (new Set(claims.map((c) => c.outlet)).size < 2) return null;
  const values = [...new Set(claims.map((c) => c.value))];
  const uf = new UnionFind(values.length);
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++)
      if (datesCompatible(values[i], values[j], options.eventDateToleranceDays)) uf.union(i, j);
  const clusters = uf.groups().map((g) => g.map((i) => values[i]));
  if (clusters.length < 2) return null;
  const dispute: DisputeFinding = {
    kind: 'event-date',
    key: claims[0].key,
    topic: claims[0].topic,
    variants: variantsOf(claims),
  };
  const error = judgeDates(clusters, claims, published, options.maxEventAgeDays);
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

function sameSubject(a: NumberClaim, b: NumberClaim, minShared: number): boolean {
  if (a.claim.key !== b.claim.key || a.claim.citation.article === b.claim.citation.article) return false;
  const ma = new Set(a.modifiers);
  if (a.modifiers.length && b.modifiers.length && !b.modifiers.some((m) => ma.has(m))) return false;
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  return shared >= minShared;
}

function numbersAgree(a: NumberClaim, b: NumberClaim, tolerance: number): boolean {
  if (a.num === b.num) return true;
  if (!a.claim.approximate && !b.claim.approximate) return false;
  return Math.abs(a.num - b.num) <= tolerance * Math.max(a.num, b.num);
}
