/**
 * Fact groups: sentences of different articles that state the same thing, found by TF-IDF cosine
 * over content words and entity ids. Greedy average-link clustering, at most one sentence per article.
 */

import type { Similarities } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { UnionFind } from './union-find.ts';

/** A cluster of statements (indices into the statement list) with its mean inner similarity. */
export interface StatementCluster {
  members: number[];
  /** Distinct independence keys of the members (`Statement.source`: a syndicated copy counts as its original). */
  outlets: string[];
  cohesion: number;
}

/**
 * Clusters statements: pairs of different articles at or above `threshold` are joined strongest first,
 * when the joined cluster keeps one sentence per article and a mean cross similarity of at least `minMean`.
 * Fragments (questions, headings) stay out. Clusters come most supported first, then earliest in the articles.
 */
export function clusterFacts(
  statements: Statement[],
  sims: Similarities,
  threshold: number,
  minMean: number,
): StatementCluster[] {
  const live = statements.map((s, i) => ({ s, i })).filter(({ s }) => !s.fragment);
  // Candidate pairs come from the words they share (a pair sharing none has cosine 0), in index order
  // so that the stable sort below breaks ties as a scan of every pair would.
  const pairs: Array<[number, number, number]> = [];
  if (threshold > 0)
    for (const { s, i } of live) {
      const later: number[] = [];
      for (const j of sims.neighbours(i))
        if (j > i && !statements[j].fragment && statements[j].article !== s.article) later.push(j);
      later.sort((p, q) => p - q);
      for (const j of later) {
        const sim = sims.get(i, j);
        if (sim >= threshold) pairs.push([i, j, sim]);
      }
    }
  else
    for (let x = 0; x < live.length; x++)
      for (let y = x + 1; y < live.length; y++) {
        const a = live[x];
        const b = live[y];
        if (a.s.article === b.s.article) continue;
        const sim = sims.get(a.i, b.i);
        if (sim >= threshold) pairs.push([a.i, b.i, sim]);
      }
  pairs.sort((p, q) => q[2] - p[2]);
  const uf = new UnionFind(statements.length);
  const members = new Map<number, number[]>(live.map(({ i }) => [i, [i]]));
  for (const [a, b] of pairs) {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    const articles = new Set(ma.map((i) => statements[i].article));
    if (mb.some((i) => articles.has(statements[i].article))) continue;
    if (meanCross(ma, mb, sims) < minMean) continue;
    uf.union(ra, rb);
    const r = uf.find(ra);
    members.delete(ra);
    members.delete(rb);
    members.set(
      r,
      [...ma, ...mb].sort((p, q) => p - q),
    );
  }
  const clusters = [...members.values()].map((m): StatementCluster => {
    const outlets = [...new Set(m.map((i) => statements[i].source))];
    return { members: m, outlets, cohesion: m.length < 2 ? 1 : meanInner(m, sims) };
  });
  const position = (c: StatementCluster) =>
    c.members.reduce((sum, i) => sum + statements[i].sentence, 0) / c.members.length;
  return clusters.sort(
    (p, q) => q.outlets.length - p.outlets.length || position(p) - position(q) || p.members[0] - q.members[0],
  );
}

function meanCross(a: number[], b: number[], sims: Similarities): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += sims.get(i, j);
  return sum / (a.length * b.length);
}

function meanInner(m: number[], sims: Similarities): number {
  let sum = 0;
  let n = 0;
  for (let x = 0; x < m.length; x++)
    for (let y = x + 1; y < m.length; y++) {
      sum += sims.get(m[x], m[y]);
      n++;
    }
  return n ? sum / n : 1;
}
