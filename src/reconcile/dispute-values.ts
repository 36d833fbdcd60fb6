/**
 * What number, date and office disputes share about values: one variant per value, and digits
 * written in another order (a slip: 270 / 720).
 */
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding, VariantFinding } from '../model/findings.ts';

/** True when two values are written with the same digits in another order (270 / 720). */
export function sameDigits(values: number[]): boolean {
  if (values.length !== 2) return false;
  const d = (n: number) => [...String(n).replace(/\D/g, '')].sort().join('');
  return d(values[0]) === d(values[1]);
}

/** One variant per distinct value, most supported first. */
export function variantsOf(claims: Claim[]): VariantFinding[] {
  const byValue = new Map<string, VariantFinding>();
  for (const c of claims) {
    const key = c.amount ?? c.value;
    const v = byValue.get(key) ?? { value: c.value, citations: [], outlets: [] };
    v.citations.push(c.citation);
    if (c.outlet && !v.outlets.includes(c.outlet)) v.outlets.push(c.outlet);
    byValue.set(key, v);
  }
  return [...byValue.values()].sort((a, b) => b.outlets.length - a.outlets.length);
}

/** True when two sides of a dispute come from different outlets, none giving a value of both sides. */
export function outletsApart(a: Claim[], b: Claim[]): boolean {
  const oa = new Set(a.map((c) => c.outlet));
  return !b.some((c) => oa.has(c.outlet));
}

/** A number-kind dispute of claims of one key (the first claim's key and topic), with why in words. */
export function disputeOfClaims(claims: Claim[], why: string): DisputeFinding {
  return { kind: 'number', key: claims[0].key, topic: claims[0].topic, variants: variantsOf(claims), why };
}
