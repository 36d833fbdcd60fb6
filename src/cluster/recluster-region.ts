/**
 * Order independence for the incremental clusterer: the stories an ingest touched, with their
 * neighbours, are clustered again from scratch, as a batch would cluster them.
 *
 * Greedy incremental assignment depends on arrival order: an article joins the best story that
 * exists when it arrives, and the review and refine only patch what that left. A batch sees every
 * article at once and adds them in a fixed order (publication date, then id). To give the same
 * stories in any order, `reclusterRegion` takes the *region* of the touched stories — each touched
 * story and every story its centroid finds through the inverted index at centroid cosine
 * `regionMinCosine` or more, and the same again from those (`regionDepth` steps) — and re-runs the
 * batch procedure on the region's articles alone (`clusterRegion`: fixed order, single pass,
 * review, contrastive refine), then writes the new grouping back into the index. The result for a
 * region depends on its articles, not on the order they came in; a region is one event family
 * (tens of articles), so the cost per ingest does not grow with the number of stories held.
 * Stories keep their numbers where they keep most of their members (ties: lower number).
 */
import { addInto, norm, type SparseVector } from '../text/index.ts';
import { compareIds } from './build-stories.ts';
import type { ClusterOptions } from './cluster-options.ts';
import { candidates, cosineOfStories, openStory, post, type StoryIndex, topFeatures } from './story-index.ts';

/** One article of a region as the batch procedure takes it. */
export interface RegionEntry {
  id: string;
  published: string | null;
  vector: SparseVector;
}

/** Clusters a region's articles (numbers in the index) from scratch; returns a group label per article (same order). */
export type ClusterRegion = (members: readonly number[]) => number[];

/** An article's vector weighed again under the current document frequencies, or null to keep the one it has. */
export type Reweigh = (a: number) => SparseVector | null;

/** The options `reclusterRegion` reads. */
export type RegionOptions = Pick<
  ClusterOptions,
  | 'queryFeatures'
  | 'maxPostings'
  | 'maxCandidates'
  | 'regionMinCosine'
  | 'regionDepth'
  | 'regionMaxArticles'
  | 'regionNeighbours'
>;

/**
 * The stories of the region of `seeds` (see the module comment), in number order: the union of
 * each seed's neighbourhood, each grown breadth-first only while it holds at most
 * `regionMaxArticles` articles, so the work per touched story does not grow with the store.
 */
export function regionOf(index: StoryIndex, seeds: Iterable<number>, opts: RegionOptions): number[] {
  const alive = (s: number) => index.stories[s]?.members.length > 0;
  const region = new Set<number>();
  for (const seed of [...new Set(seeds)].filter(alive).sort((x, y) => x - y)) {
    const near = new Set([seed]);
    let size = index.stories[seed].members.length;
    let frontier = [seed];
    for (let depth = 0; depth < opts.regionDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const s of frontier) {
        const story = index.stories[s];
        const probe = new Map(topFeatures(story.sum, opts.queryFeatures).map((f) => [f, story.sum.get(f)!]));
        // The nearest neighbours by centroid cosine, at most `regionNeighbours` a story: a family of
        // look-alike stories (one place's events over the years) then adds a bounded few, not all.
        const nearest = candidates(index, probe, opts, s)
          .filter((c) => !near.has(c.story))
          .map((c) => ({ story: c.story, cosine: cosineOfStories(index, s, c.story) }))
          .filter((c) => c.cosine >= opts.regionMinCosine)
          .sort((x, y) => y.cosine - x.cosine || x.story - y.story)
          .slice(0, opts.regionNeighbours);
        for (const c of nearest) {
          const more = index.stories[c.story].members.length;
          if (size + more > opts.regionMaxArticles) continue;
          size += more;
          near.add(c.story);
          next.push(c.story);
        }
      }
      frontier = next;
    }
    for (const s of near) region.add(s);
  }
  return [...region].sort((x, y) => x - y);
}

/**
 * Re-clusters the region of `seeds` with `cluster` and moves its articles accordingly; returns
 * every story whose members changed.
 */
export function reclusterRegion(
  index: StoryIndex,
  seeds: Iterable<number>,
  opts: RegionOptions,
  cluster: ClusterRegion,
  reweigh: Reweigh = () => null,
): number[] {
  const region = regionOf(index, seeds, opts);
  const members = region
    .flatMap((s) => index.stories[s].members)
    .sort((x, y) => compareIds(index.articles[x].id, index.articles[y].id));
  if (members.length === 0) return [];
  const labels = cluster(members);
  const groups = new Map<number, number[]>();
  members.forEach((a, i) => {
    const group = groups.get(labels[i]);
    if (group === undefined) groups.set(labels[i], [a]);
    else group.push(a);
  });
  // Each new group keeps the story that holds most of its members (largest groups choose first).
  const ordered = [...groups.values()].sort(
    (x, y) => y.length - x.length || compareIds(index.articles[x[0]].id, index.articles[y[0]].id),
  );
  const taken = new Set<number>();
  const target = new Map<number, number>();
  for (const group of ordered) {
    const votes = new Map<number, number>();
    for (const a of group) {
      const s = index.articles[a].story;
      if (!taken.has(s)) votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    let t = -1;
    let most = 0;
    for (const [s, n] of votes)
      if (n > most || (n === most && s < t)) {
        t = s;
        most = n;
      }
    if (t === -1) t = openStory(index);
    taken.add(t);
    for (const a of group) target.set(a, t);
  }
  // Rebuild the region's stories from their new members (and vectors weighed again): a story's
  // posting lists gain only the features it did not hold before, so re-clustering the same region
  // again and again does not flood them.
  const before = new Map<number, Set<string>>();
  const changed = new Set<number>();
  for (const s of [...region, ...taken]) before.set(s, new Set(index.stories[s].sum.keys()));
  for (const a of members) {
    const vector = reweigh(a);
    if (vector !== null) index.articles[a].vector = vector;
    if (index.articles[a].story !== target.get(a)) changed.add(index.articles[a].story).add(target.get(a)!);
    index.articles[a].story = target.get(a)!;
  }
  for (const s of before.keys()) {
    const story = index.stories[s];
    story.members = members.filter((a) => target.get(a) === s);
    story.sum = new Map();
    for (const a of story.members) addInto(story.sum, index.articles[a].vector);
    story.length = norm(story.sum);
    const held = before.get(s)!;
    for (const feature of story.sum.keys()) if (!held.has(feature)) post(index, feature, s, opts.maxPostings);
  }
  return [...changed].sort((x, y) => x - y);
}
