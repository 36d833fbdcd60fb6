/**
 * The representative of a fact group: the member best shown to a reader: central to the group,
 * self-contained, free of values judged likely errors, not overlong, early in its article.
 */

import type { Similarities } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { startsDangling } from './self-contained.ts';

/** Options of representative choice (from `config.reconcile`). */
export interface RepresentativeOptions {
  maxRepresentativeWords: number;
}

/** Returns the statement index (one of `members`) to show for a fact group. */
export function pickRepresentative(
  members: number[],
  statements: Statement[],
  sims: Similarities,
  errorKeys: ReadonlySet<string>,
  options: RepresentativeOptions,
): number {
  const score = (i: number) => {
    const s = statements[i];
    let x = 0;
    for (const j of members) if (j !== i) x += sims.get(i, j);
    if (members.length > 1) x /= members.length - 1;
    if (startsDangling(s.text)) x -= 1;
    if ([...errorKeys].some((k) => k.startsWith(`${s.article}:`) && inside(k, s))) x -= 2;
    if (s.text.split(/\s+/).length > options.maxRepresentativeWords) x -= 0.3;
    if (s.sentence < 2) x += 0.05;
    return x;
  };
  const scores = new Map(members.map((i) => [i, score(i)]));
  return [...members].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b)[0];
}

function inside(key: string, s: Statement): boolean {
  const start = Number(key.slice(key.lastIndexOf(':') + 1));
  return start >= s.start && start < s.end;
}
