/**
 * Post-pass over finished stories: splits sibling events, then merges fragments of one event.
 *
 * Both decisions use one contrastive measure (`contrastive-link.ts`): the average cosine of two
 * groups under the local IDF of their union, where the topic's shared words weigh ~0 and the
 * names and details held by part of the members weigh most.
 * 0. Time split: a story whose dated members form runs of event days more than `maxEventGapDays`
 *    apart (each run `timeSplitMinRun` articles or more) is cut into those runs first
 *    (`time-gate.ts`); each piece then goes through step 1.
 * 1. Split: a story of `splitMinSize`–`splitMaxSize` articles is bisected (spectral, on the
 *    global vectors, each side at least `splitMinSide` articles and `splitMinShare` of the story);
 *    the two sides become two stories when their contrastive link is below `splitLink`.
 *    Then the signature split (`signature-split.ts`): a story whose members fall into two groups
 *    that each keep stating a figure of their own (a magnitude, an amount) that no member of the
 *    other states becomes those two groups when their contrastive link is below `signatureLink`
 *    (look-alike events at one place whose words alone link above `splitLink`).
 * 2. Merge: each story's candidates are the `refineCandidates` stories with the most similar
 *    centroid, found through an inverted index (each group's features, `maxPostings` groups per
 *    feature at most, looked up by its `queryFeatures` heaviest; no all-pairs); the pair with
 *    the highest contrastive link that qualifies (`fragmentsMerge`: at or above `mergeLink` with a
 *    centroid cosine at or above `mergeMinCosine`, or at or above `splitLink` with a centroid
 *    cosine at or above `mergeCloseCosine`) merges, and the search repeats for the merged story
 *    until no pair qualifies. Two stories of conflicting figures (`valuesConflict`) linked below
 *    `signatureLink` do not merge (the signature split would be undone).
 * 3. Time split again (step 0) of every story: step 2 pools look-alike stories whatever their
 *    time (a family of sibling events), and the cut then re-decides where their undated articles
 *    go (by words, against the dated members of each run). Gating the merge by time instead left
 *    undated articles wherever the single pass put them (stories-dev B3 83.8 against 95.1).
 * Pure and deterministic: members and stories are handled in id order, so the input order of
 * the groups and of their members does not matter.
 */
import { cluster as defaults } from '../config.ts';
import { addInto, dot, norm, normalize, type SparseVector, smoothedIdf } from '../text/index.ts';
import type { MonthDay } from '../util/month-day.ts';
import { bisectStory } from './bisect-story.ts';
import { compareIds } from './build-stories.ts';
import type { ClusterOptions } from './cluster-options.ts';
import type { IdfTable } from './clusterer.ts';
import { contrastiveLink } from './contrastive-link.ts';
import type { FeatureCounts } from './count-features.ts';
import { dayOfFeatures, monthDayOfFeatures } from './event-time.ts';
import { valuesOf } from './event-values.ts';
import { signatureSide, valuesConflict } from './signature-split.ts';
import { topByScore, topFeatures } from './story-index.ts';
import { splitByTime } from './time-gate.ts';
import { weightCounts } from './weight-features.ts';

/** The options the post-pass reads (all in `config.cluster`). */
export type SplitSiblingsOptions = Pick<
  ClusterOptions,
  | 'nameWeight'
  | 'dateWeight'
  | 'sublinearTf'
  | 'queryFeatures'
  | 'maxCandidates'
  | 'maxPostings'
  | 'splitLink'
  | 'mergeLink'
  | 'splitMinSize'
  | 'splitMaxSize'
  | 'splitMinSide'
  | 'splitMinShare'
  | 'refineCandidates'
  | 'mergeMinCosine'
  | 'mergeCloseCosine'
  | 'signatureLink'
  | 'maxEventGapDays'
  | 'timeSplitMinRun'
>;

/**
 * Splits sibling events and merges fragments of one event; returns the new groups of ids.
 *
 * `groups` are stories as lists of article ids, `features` the feature counts of every listed
 * article, `idfTable` the document frequencies the clusterer weighed with. Groups come back
 * with their members in id order, groups ordered by their first id.
 * Throws only on a programmer error: an id without feature counts.
 */
export function splitSiblings(
  groups: readonly (readonly string[])[],
  features: ReadonlyMap<string, FeatureCounts>,
  idfTable: IdfTable,
  options: Partial<SplitSiblingsOptions> = {},
): string[][] {
  const opts: SplitSiblingsOptions = { ...defaults, ...options };
  const countsOf = (id: string) => {
    const counts = features.get(id);
    if (counts === undefined) throw new Error(`splitSiblings: no feature counts for article ${id}`);
    return counts;
  };
  const n = Math.max(idfTable.n, 1);
  const idfOf = (f: string) => smoothedIdf(idfTable.df.get(f) ?? 1, n);
  const vectorOf = memo((id) => normalize(weightCounts(countsOf(id), idfOf, opts)));
  const dayOf = memo((id) => dayOfFeatures(countsOf(id)));
  const monthDayOf = memo((id) => monthDayOfFeatures(countsOf(id)));
  const valuesOfId = memo((id) => valuesOf(countsOf(id)));
  const sorted = groups.map((g) => [...g].sort(compareIds)).filter((g) => g.length > 0);
  const split = sorted
    .flatMap((g) => splitInTime(g, vectorOf, dayOf, monthDayOf, opts))
    .flatMap((g) => splitOne(g, vectorOf, opts))
    .flatMap((g) => splitBySignature(g, vectorOf, valuesOfId, opts));
  const merged = mergeFragments(split, vectorOf, valuesOfId, opts);
  return merged
    .flatMap((g) => splitInTime(g, vectorOf, dayOf, monthDayOf, opts))
    .sort((a, b) => compareIds(a[0], b[0]));
}

/**
 * The split test of one story: positions of one side of its bisection when the two sides are
 * sibling events (contrastive link below `splitLink`), else null.
 *
 * `vectors` are the members' unit vectors in a fixed order (callers use id order). The contrastive
 * link re-normalises each member under the local IDF, so unit vectors give the same link as the
 * TF-IDF vectors before normalisation.
 */
export function siblingSide(
  vectors: readonly SparseVector[],
  opts: Pick<
    SplitSiblingsOptions,
    'splitLink' | 'splitMinSize' | 'splitMaxSize' | 'splitMinSide' | 'splitMinShare'
  >,
): number[] | null {
  if (vectors.length < opts.splitMinSize || vectors.length > opts.splitMaxSize) return null;
  const minSide = Math.max(opts.splitMinSide, Math.ceil(opts.splitMinShare * vectors.length));
  const side = bisectStory(vectors, minSide);
  if (side === null) return null;
  const inA = new Set(side);
  const a = vectors.filter((_, i) => inA.has(i));
  const b = vectors.filter((_, i) => !inA.has(i));
  return contrastiveLink(a, b) < opts.splitLink ? side : null;
}

/**
 * Whether two stories of contrastive link `link` and centroid cosine `cosine` are fragments of one
 * event. Either the link reaches `mergeLink` (with the centroid cosine at `mergeMinCosine`), or it
 * lies between `splitLink` and `mergeLink` and the centroids are close (`mergeCloseCosine`): a few
 * short reports that restate the event in its common words, plus background of their own, share
 * too few of the story's partial names and details to reach `mergeLink`, yet joined with it they
 * would never be split apart (their link is at or above `splitLink`) and their words agree as a whole.
 */
export function fragmentsMerge(
  link: number,
  cosine: number,
  opts: Pick<SplitSiblingsOptions, 'mergeLink' | 'mergeMinCosine' | 'splitLink' | 'mergeCloseCosine'>,
): boolean {
  if (link >= opts.mergeLink) return cosine >= opts.mergeMinCosine;
  return link >= opts.splitLink && cosine >= opts.mergeCloseCosine;
}

/** One story as its runs of event days (`splitByTime`; members in id order), or as itself. */
function splitInTime(
  members: string[],
  vectorOf: (id: string) => SparseVector,
  dayOf: (id: string) => number | null,
  monthDayOf: (id: string) => MonthDay | null,
  opts: SplitSiblingsOptions,
): string[][] {
  if (opts.maxEventGapDays <= 0) return [members];
  const runs = splitByTime(
    members.map(vectorOf),
    members.map(dayOf),
    opts.maxEventGapDays,
    opts.timeSplitMinRun,
    members.map(monthDayOf),
  );
  return runs === null ? [members] : runs.map((run) => run.map((i) => members[i]));
}

/** One story as one or two groups (members in id order). */
function splitOne(
  members: string[],
  vectorOf: (id: string) => SparseVector,
  opts: SplitSiblingsOptions,
): string[][] {
  return twoSides(members, siblingSide(members.map(vectorOf), opts));
}

/** Members as the side at `side` (positions) and the rest, or as one group when `side` is null. */
function twoSides(members: string[], side: number[] | null): string[][] {
  if (side === null) return [members];
  const inA = new Set(side);
  return [members.filter((_, i) => inA.has(i)), members.filter((_, i) => !inA.has(i))];
}

/** A function of an article id, computed once per id. */
function memo<T>(compute: (id: string) => T): (id: string) => T {
  const cache = new Map<string, T>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, compute(id));
    return cache.get(id) as T;
  };
}

/** One story as the two groups of its conflicting figures (`signature-split.ts`; members in id order), or as itself. */
function splitBySignature(
  members: string[],
  vectorOf: (id: string) => SparseVector,
  valuesOfId: (id: string) => ReadonlySet<string>,
  opts: SplitSiblingsOptions,
): string[][] {
  if (opts.signatureLink <= 0 || members.length < 2 * opts.splitMinSide) return [members];
  return twoSides(members, signatureSide(members.map(valuesOfId), members.map(vectorOf), opts));
}

interface Group {
  members: string[];
  sum: SparseVector;
  /** Euclidean length of `sum`. */
  length: number;
  alive: boolean;
}

/** Greedily merges the candidate pair of highest contrastive link while one qualifies (`fragmentsMerge`). */
function mergeFragments(
  initial: string[][],
  vectorOf: (id: string) => SparseVector,
  valuesOfId: (id: string) => ReadonlySet<string>,
  opts: SplitSiblingsOptions,
): string[][] {
  const groups: Group[] = initial
    .sort((a, b) => compareIds(a[0], b[0]))
    .map((members) => {
      const sum = sumOf(members, vectorOf);
      return { members, sum, length: norm(sum), alive: true };
    });
  const postings = new Map<string, Set<number>>();
  const probes = new Map<number, string[]>();
  const probeOf = (g: number) => {
    let probe = probes.get(g);
    if (probe === undefined) {
      probe = topFeatures(groups[g].sum, opts.queryFeatures);
      probes.set(g, probe);
    }
    return probe;
  };
  const links = new Map<string, number>();
  const linkOf = (x: number, y: number) => {
    const key = x < y ? `${x},${y}` : `${y},${x}`;
    let link = links.get(key);
    if (link === undefined) {
      link = contrastiveLink(groups[x].members.map(vectorOf), groups[y].members.map(vectorOf));
      links.set(key, link);
    }
    return link;
  };
  const index = (g: number) => {
    for (const f of groups[g].sum.keys()) {
      const list = postings.get(f);
      if (list === undefined) postings.set(f, new Set([g]));
      else if (list.size < opts.maxPostings) list.add(g);
    }
  };
  for (let g = 0; g < groups.length; g++) index(g);
  /** Best candidate pairs of group g: [link, g, other]. */
  const pairsOf = (g: number): Array<[number, number, number]> => {
    const { sum, length } = groups[g];
    const partial = new Map<number, number>();
    for (const f of probeOf(g)) {
      const weight = sum.get(f)!;
      for (const o of postings.get(f) ?? [])
        if (o !== g && groups[o].alive) partial.set(o, (partial.get(o) ?? 0) + weight);
    }
    const ranked = topByScore(partial, opts.maxCandidates)
      .map((o) => ({ o, cos: dot(sum, groups[o].sum) / (length * groups[o].length || 1) }))
      .sort((x, y) => y.cos - x.cos || x.o - y.o)
      .slice(0, opts.refineCandidates);
    const out: Array<[number, number, number]> = [];
    for (const { o, cos } of ranked) {
      if (cos < Math.min(opts.mergeMinCosine, opts.mergeCloseCosine)) continue;
      const link = linkOf(g, o);
      if (!fragmentsMerge(link, cos, opts)) continue;
      if (link < opts.signatureLink && signaturesApart(groups[g].members, groups[o].members)) continue;
      out.push([link, Math.min(g, o), Math.max(g, o)]);
    }
    return out;
  };
  /** Two groups stating conflicting figures (`valuesConflict`): the merge would undo a signature split. */
  const signaturesApart = (a: readonly string[], b: readonly string[]) =>
    valuesConflict(a.map(valuesOfId), b.map(valuesOfId));
  let pairs = groups.flatMap((_, g) => pairsOf(g));
  for (;;) {
    pairs = pairs.filter(([, x, y]) => groups[x].alive && groups[y].alive);
    if (pairs.length === 0) break;
    const [, keep, drop] = pairs.reduce((best, p) =>
      p[0] > best[0] || (p[0] === best[0] && (p[1] < best[1] || (p[1] === best[1] && p[2] < best[2])))
        ? p
        : best,
    );
    groups[keep].members = [...groups[keep].members, ...groups[drop].members].sort(compareIds);
    addInto(groups[keep].sum, groups[drop].sum);
    groups[keep].length = norm(groups[keep].sum);
    groups[drop].alive = false;
    probes.delete(keep);
    for (const key of [...links.keys()]) {
      const [x, y] = key.split(',').map(Number);
      if (x === keep || y === keep) links.delete(key);
    }
    pairs = pairs.filter(([, x, y]) => x !== keep && y !== keep);
    index(keep);
    pairs.push(...pairsOf(keep));
  }
  return groups.filter((g) => g.alive).map((g) => g.members);
}

/** Sum of the members' unit vectors. */
function sumOf(members: readonly string[], vectorOf: (id: string) => SparseVector): SparseVector {
  const sum: SparseVector = new Map();
  for (const id of members) addInto(sum, vectorOf(id));
  return sum;
}
