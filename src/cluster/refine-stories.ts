/**
 * The contrastive post-pass of `split-siblings.ts`, applied in place to some stories of a clusterer.
 *
 * `clusterArticles` runs the post-pass once over every story of a batch. A service cannot: it
 * holds every story ever ingested. `refineStories` runs the same two steps on the stories an
 * ingest touched only, moving articles inside the clusterer's `StoryIndex`:
 * 0. Time split: each listed story whose dated members form runs of event days more than
 *    `maxEventGapDays` apart (`time-gate.ts`, runs of `timeSplitMinRun`+) is cut into them; each
 *    run after the first (by earliest day) moves to a new story, and every piece goes through step 1.
 * 1. Split: each listed story of `splitMinSize`–`splitMaxSize` articles whose bisection's sides are
 *    sibling events (`siblingSide`) becomes two; the side holding the smallest article id keeps
 *    the story, the other side moves to a new one.
 * 2. Merge: each listed story (and each side split off) looks up its candidate stories through the
 *    clusterer's inverted index (its centroid's `queryFeatures` heaviest features), keeps the
 *    `refineCandidates` of most similar centroid, and the pair of highest contrastive link that
 *    qualifies (`fragmentsMerge` of `split-siblings.ts`) merges; the merged story
 *    looks again, until no pair qualifies. Candidates themselves are not searched from, and stories
 *    of fewer than `refineMergeMinSize` articles merge here only into a larger story whose centroid
 *    is close (`refineSmallMinCosine`).
 * 3. Time split again (step 0) of every story changed: step 2 pools look-alike stories whatever
 *    their time, the cut re-decides where their undated articles go (as `split-siblings.ts` does).
 * Cost: the bisection is O(n²) in a listed story's members (n ≤ `splitMaxSize`), each link is
 * linear in the two stories' members, and the lookups are bounded as in `add`: nothing here
 * grows with the number of stories held. Deterministic: members in id order, stories in number order.
 */

import { compareIds } from './build-stories.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { contrastiveLink } from './contrastive-link.ts';
import { monthDayOfFeatures } from './event-time.ts';
import { fragmentsMerge, siblingSide } from './split-siblings.ts';
import {
  candidates,
  cosineOfStories,
  mergeStories,
  moveArticle,
  openStory,
  type StoryIndex,
  topFeatures,
} from './story-index.ts';
import { splitByTime } from './time-gate.ts';

/** What one refinement did. */
export interface RefineOutcome {
  /** Stories split in two. */
  splits: number;
  /** Pairs of stories merged. */
  merges: number;
  /** Every story whose members changed (numbers; merged-away stories are empty). */
  changed: number[];
}

/** Splits sibling events in the listed stories, then merges fragments into or among them (see the module comment). */
export function refineStories(
  index: StoryIndex,
  stories: Iterable<number>,
  opts: ClusterOptions,
): RefineOutcome {
  const listed = [...new Set(stories)]
    .filter((s) => index.stories[s]?.members.length > 0)
    .sort((x, y) => x - y);
  const changed = new Set<number>();
  const pieces = [...listed, ...splitInTime(index, listed, opts, changed)];
  let splits = pieces.length - listed.length;
  const worklist = [...pieces];
  for (const s of pieces) {
    const members = membersInIdOrder(index, s);
    const side = siblingSide(
      members.map((a) => index.articles[a].vector),
      opts,
    );
    if (side === null) continue;
    const inA = new Set(side);
    const t = openStory(index);
    for (const [i, a] of members.entries())
      if (inA.has(i) !== inA.has(0)) moveArticle(index, a, t, opts.maxPostings);
    changed.add(s).add(t);
    worklist.push(t);
    splits++;
  }
  const merges = mergeFragments(index, worklist, opts, changed);
  const alive = [...changed].filter((t) => index.stories[t].members.length > 0).sort((x, y) => x - y);
  splits += splitInTime(index, alive, opts, changed).length;
  for (const s of changed) index.stories[s].checkedSize = index.stories[s].members.length;
  return { splits, merges, changed: [...changed].sort((x, y) => x - y) };
}

/** Greedy merge of the best pair (highest link) found from the worklist's stories; returns the merges made. */
function mergeFragments(
  index: StoryIndex,
  worklist: number[],
  opts: ClusterOptions,
  changed: Set<number>,
): number {
  const links = new Map<string, number>();
  const linkOf = (x: number, y: number) => {
    const key = x < y ? `${x},${y}` : `${y},${x}`;
    let link = links.get(key);
    if (link === undefined) {
      const vectorsOf = (s: number) => index.stories[s].members.map((a) => index.articles[a].vector);
      link = contrastiveLink(vectorsOf(x), vectorsOf(y));
      links.set(key, link);
    }
    return link;
  };
  /** Qualifying pairs of story g with its candidates: [link, lower story, higher story]. */
  const pairsOf = (g: number): Array<[number, number, number]> => {
    const story = index.stories[g];
    const probe = new Map(topFeatures(story.sum, opts.queryFeatures).map((f) => [f, story.sum.get(f)!]));
    const ranked = candidates(index, probe, opts, g)
      .map((c) => ({ o: c.story, cos: cosineOfStories(index, g, c.story) }))
      .sort((x, y) => y.cos - x.cos || x.o - y.o)
      .slice(0, opts.refineCandidates);
    const out: Array<[number, number, number]> = [];
    for (const { o, cos } of ranked) {
      if (cos < Math.min(opts.mergeMinCosine, opts.mergeCloseCosine)) continue;
      const small = Math.min(story.members.length, index.stories[o].members.length) < opts.refineMergeMinSize;
      const large =
        Math.max(story.members.length, index.stories[o].members.length) >= opts.refineMergeMinSize;
      if (small && (!large || cos < opts.refineSmallMinCosine)) continue;
      const link = linkOf(g, o);
      if (fragmentsMerge(link, cos, opts)) out.push([link, Math.min(g, o), Math.max(g, o)]);
    }
    return out;
  };
  const alive = (s: number) => index.stories[s].members.length > 0;
  let pairs = worklist.filter(alive).flatMap(pairsOf);
  let merges = 0;
  for (;;) {
    pairs = pairs.filter(([, x, y]) => alive(x) && alive(y));
    if (pairs.length === 0) return merges;
    const [, keep, drop] = pairs.reduce((best, p) =>
      p[0] > best[0] || (p[0] === best[0] && (p[1] < best[1] || (p[1] === best[1] && p[2] < best[2])))
        ? p
        : best,
    );
    mergeStories(index, keep, drop, opts.maxPostings);
    changed.add(keep).add(drop);
    merges++;
    for (const key of [...links.keys()]) {
      const [x, y] = key.split(',').map(Number);
      if (x === keep || y === keep || x === drop || y === drop) links.delete(key);
    }
    pairs = pairs.filter(([, x, y]) => x !== keep && y !== keep);
    pairs.push(...pairsOf(keep));
  }
}

/**
 * Cuts each listed story into its runs of event days (`splitByTime`): the run holding the earliest
 * day keeps the story, each other run moves to a new one. Returns the new stories; adds every story
 * cut and made to `changed`.
 */
function splitInTime(
  index: StoryIndex,
  stories: readonly number[],
  opts: ClusterOptions,
  changed: Set<number>,
): number[] {
  const made: number[] = [];
  if (opts.maxEventGapDays <= 0) return made;
  for (const s of stories) {
    const members = membersInIdOrder(index, s);
    const runs = splitByTime(
      members.map((a) => index.articles[a].vector),
      members.map((a) => index.articles[a].day),
      opts.maxEventGapDays,
      opts.timeSplitMinRun,
      members.map((a) => monthDayOfFeatures(index.articles[a].vector)),
    );
    if (runs === null) continue;
    changed.add(s);
    for (const run of runs.slice(1)) {
      const t = openStory(index);
      for (const i of run) moveArticle(index, members[i], t, opts.maxPostings);
      changed.add(t);
      made.push(t);
    }
  }
  return made;
}

/** Story s's members (article numbers) in article id order. */
function membersInIdOrder(index: StoryIndex, s: number): number[] {
  return [...index.stories[s].members].sort((x, y) => compareIds(index.articles[x].id, index.articles[y].id));
}
