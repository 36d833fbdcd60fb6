/**
 * Signature split: sibling events told apart by their own figures (`event-values.ts`).
 *
 * Two look-alike events at one place (two quakes on one island years apart, reported partly without
 * a date) can share so many words that their contrastive link stays above `splitLink`. What still
 * tells them apart is that each group of reports keeps stating its own figures and never the
 * other's. The test, on a story's members:
 * 1. Two values, each stated by at least `splitMinSide` members and never both by one member (an
 *    article that writes both figures is reporting one event's disputed value: "5.9, or 6.1 by the
 *    USGS").
 * 2. Their holders make the two sides; every other member joins the side its words are closest to
 *    (mean cosine to that side's holders, the lower value's side on a tie).
 * 3. The sides are kept apart only when they conflict (`valuesConflict`: each side's value is held by
 *    at least half of it and by no member of the other) and their words agree no more than
 *    `signatureLink` (contrastive link): two halves of one event that happen to quote two different
 *    figures still share their names and details and link well above it.
 * The merge of fragments (`split-siblings.ts`) refuses the same pairs, so a split is not undone.
 * Pure and deterministic: values in string order, members by position.
 */
import { dot, type SparseVector } from '../text/index.ts';
import { contrastiveLink } from './contrastive-link.ts';

/** The options the signature test reads. */
export interface SignatureOptions {
  /** Each side holds at least this many articles stating its value. */
  splitMinSide: number;
  /** Sides whose contrastive link reaches this are one event whatever their figures. */
  signatureLink: number;
}

/**
 * Whether groups `a` and `b` (each member's values) disagree on their figures: some value is held by
 * at least half of `a` and by no member of `b`, and some other value by at least half of `b` and no
 * member of `a`.
 */
export function valuesConflict(
  a: readonly ReadonlySet<string>[],
  b: readonly ReadonlySet<string>[],
): boolean {
  return ownValue(a, b) !== null && ownValue(b, a) !== null;
}

/** A value held by at least half of `group` and by no member of `other` (the smallest), or null. */
function ownValue(
  group: readonly ReadonlySet<string>[],
  other: readonly ReadonlySet<string>[],
): string | null {
  if (group.length === 0) return null;
  const held = new Map<string, number>();
  for (const values of group) for (const v of values) held.set(v, (held.get(v) ?? 0) + 1);
  const own = [...held]
    .filter(([v, n]) => 2 * n >= group.length && !other.some((values) => values.has(v)))
    .map(([v]) => v)
    .sort();
  return own[0] ?? null;
}

/**
 * Positions of one side when a story's members fall into two groups of conflicting figures (see the
 * module comment), else null. `values` and `vectors` are the members' values and unit vectors in one
 * fixed order (callers use id order).
 */
export function signatureSide(
  values: readonly ReadonlySet<string>[],
  vectors: readonly SparseVector[],
  opts: SignatureOptions,
): number[] | null {
  const holders = new Map<string, number[]>();
  for (const [i, set] of values.entries())
    for (const v of set) holders.set(v, [...(holders.get(v) ?? []), i]);
  const common = [...holders.keys()].filter((v) => holders.get(v)!.length >= opts.splitMinSide).sort();
  const pairs: Array<[string, string]> = [];
  for (const [k, x] of common.entries())
    for (const y of common.slice(k + 1))
      if (!holders.get(x)!.some((i) => values[i].has(y))) pairs.push([x, y]);
  // Best supported pairs first: the smaller side's holders, then both sides', then value order.
  const support = ([x, y]: [string, string]) => [holders.get(x)!.length, holders.get(y)!.length];
  pairs.sort((p, q) => {
    const [a, b] = support(p);
    const [c, d] = support(q);
    return Math.min(c, d) - Math.min(a, b) || c + d - (a + b);
  });
  for (const [x, y] of pairs) {
    const side = sidesOf(holders.get(x)!, holders.get(y)!, vectors);
    const inX = new Set(side);
    const split = <T>(list: readonly T[]) => [
      list.filter((_, i) => inX.has(i)),
      list.filter((_, i) => !inX.has(i)),
    ];
    const [vx, vy] = split(values);
    if (!valuesConflict(vx, vy)) continue;
    const [wx, wy] = split(vectors);
    if (contrastiveLink(wx, wy) < opts.signatureLink) return side;
  }
  return null;
}

/** The positions of side X: the holders of x, and each member holding neither that is closer in words to them than to y's. */
function sidesOf(x: readonly number[], y: readonly number[], vectors: readonly SparseVector[]): number[] {
  const mean = (i: number, group: readonly number[]) =>
    group.reduce((sum, j) => sum + dot(vectors[i], vectors[j]), 0) / group.length;
  const inX = new Set(x);
  const inY = new Set(y);
  const side = [...x];
  for (let i = 0; i < vectors.length; i++) {
    if (inX.has(i) || inY.has(i)) continue;
    if (mean(i, x) >= mean(i, y)) side.push(i);
  }
  return side.sort((a, b) => a - b);
}
