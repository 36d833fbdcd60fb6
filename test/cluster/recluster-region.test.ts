import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterArticles, clusterItemOf, createClusterer, processingOrder } from '../../src/cluster/index.ts';
import { reclusterRegion, regionOf } from '../../src/cluster/recluster-region.ts';
import { emptyStoryIndex, moveArticle, openStory } from '../../src/cluster/story-index.ts';
import { cluster } from '../../src/config.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import { normalize } from '../../src/text/index.ts';
import { seededShuffle } from '../../src/util/seeded-shuffle.ts';
import { loadCases } from './load-fixtures.ts';
import { makeArticle, quickAnnotate } from './quick-annotate.ts';

/** Invented reports: a ferry strike and a warehouse fire in one port town, a rowing final elsewhere. */
const REPORTS: Array<[string, string]> = [
  [
    's1',
    'Ferry crews in Port Halvey walked off the job on Monday, stranding commuters at the Halvey terminal as the strike over rest rules began.',
  ],
  [
    's2',
    'The Halvey ferry strike entered a second day; the crews union said rest rules on the night crossings put lives at risk.',
  ],
  [
    's3',
    'Commuters queued for buses as ferry crews kept up their strike in Port Halvey, and the operator Seaway Lines offered talks.',
  ],
  [
    's4',
    'Seaway Lines and the ferry crews union agreed to talks on rest rules, ending the three day strike that shut the Halvey crossings.',
  ],
  [
    's5',
    'Ferry crews picketed the Halvey terminal while Seaway Lines cancelled every crossing of the night timetable.',
  ],
  [
    'f1',
    'A fire tore through a grain warehouse on the Port Halvey docks overnight, and firefighters fought the blaze until dawn.',
  ],
  [
    'f2',
    'Investigators said the Halvey dock warehouse fire began in a conveyor motor; no one was hurt when the grain store burned.',
  ],
  [
    'f3',
    'The burned grain warehouse at the Halvey docks will be pulled down, the harbour board said after firefighters left the site.',
  ],
  [
    'f4',
    'Firefighters in Port Halvey kept water on the smouldering grain warehouse as the harbour board counted the loss.',
  ],
  [
    'r1',
    'Lakeside rowing club won the eights final at the Brenner regatta by a length after a strong finish in the rain.',
  ],
];

/** The reports above with every cluster fixture case: their stories meet in the index, so order matters. */
const items: AnalyzedArticle[] = [
  ...REPORTS.map(([id, text]) => {
    const article = makeArticle(id, [text]);
    return { article, annotations: quickAnnotate(article) };
  }),
  ...loadCases().flatMap((k) => k.items),
];
const SIZES = [1, 2, 3, 5];
const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort();

/** The stories of a clusterer kept across ingests of `size` articles each, taken in `order`. */
function incremental(order: readonly AnalyzedArticle[], size: number, recluster: boolean): string[][] {
  const c = createClusterer({ reclusterRegions: recluster });
  for (let i = 0; i < order.length; i += size) {
    const slice = order.slice(i, i + size);
    for (const k of processingOrder(slice)) c.add(clusterItemOf(slice[k]));
    c.review();
    c.refine();
  }
  return sorted(c.stories().map((s) => s.articles));
}

test('the service path gives the batch stories in any order and any batch size (regions clustered again)', () => {
  const batch = sorted(clusterArticles(items).map((s) => s.articles));
  for (const id of ['s1', 'f1', 'r1']) {
    const story = batch.find((g) => g.includes(id))!;
    assert.deepEqual(
      story,
      REPORTS.map(([r]) => r).filter((r) => r[0] === id[0]),
      'strike, fire, regatta apart',
    );
  }
  for (const size of SIZES)
    for (let seed = 1; seed <= 6; seed++)
      assert.deepEqual(
        incremental(seededShuffle(items, seed), size, true),
        batch,
        `batches of ${size}, order ${seed}`,
      );
});

test('without re-clustering, some order or batch size gives other stories (the case above can fail)', () => {
  const batch = sorted(clusterArticles(items).map((s) => s.articles));
  const runs = SIZES.flatMap((size) =>
    [1, 2, 3, 4, 5, 6].map((seed) => incremental(seededShuffle(items, seed), size, false)),
  );
  assert.ok(runs.some((r) => JSON.stringify(r) !== JSON.stringify(batch)));
});

test('re-clustering a region again and again does not grow its posting lists', () => {
  const index = emptyStoryIndex();
  const opts = { ...cluster, regionDepth: 2, regionMinCosine: 0, regionMaxArticles: 100 };
  const words = ['ferry strike crews', 'ferry strike union', 'grain fire warehouse', 'grain fire dock'];
  openStory(index);
  openStory(index);
  for (const [i, w] of words.entries()) {
    const vector = normalize(new Map(w.split(' ').map((f) => [f, 1])));
    index.articles.push({ id: `a${i}`, published: null, vector, day: null, story: -1 });
    moveArticle(index, i, i < 2 ? 0 : 1, opts.maxPostings);
  }
  const lengths = () => JSON.stringify([...index.postings].map(([f, p]) => [f, p.length]));
  const before = lengths();
  // The same grouping each time (by the first word), weighed again each time.
  const same = (members: readonly number[]) => members.map((a) => (index.articles[a].id < 'a2' ? 0 : 1));
  for (let k = 0; k < 50; k++)
    reclusterRegion(index, [0, 1], opts, same, (a) => new Map(index.articles[a].vector));
  assert.equal(lengths(), before);
  assert.deepEqual(
    index.stories.map((s) => s.members),
    [
      [0, 1],
      [2, 3],
    ],
  );
  // A new grouping moves articles and reports the stories changed.
  const changed = reclusterRegion(index, [0, 1], opts, (m) => m.map((a) => (a === 3 ? 0 : 1)));
  assert.deepEqual(changed, [0, 1]);
  assert.deepEqual(
    index.stories.map((s) => s.members),
    [[0, 1, 2], [3]],
  );
});

test("a touched story's region grows only while it holds at most regionMaxArticles articles", () => {
  const index = emptyStoryIndex();
  const opts = { ...cluster, regionDepth: 2, regionMinCosine: 0.1 };
  const stories = ['harbour strike', 'harbour strike talks', 'harbour fire', 'harbour fire dock'];
  for (const [s, words] of stories.entries()) {
    openStory(index);
    for (let k = 0; k < 2; k++) {
      const vector = normalize(new Map(words.split(' ').map((f) => [f, 1])));
      const a = index.articles.push({ id: `s${s}a${k}`, published: null, vector, day: null, story: -1 }) - 1;
      moveArticle(index, a, s, opts.maxPostings);
    }
  }
  assert.deepEqual(regionOf(index, [0], { ...opts, regionMaxArticles: 100 }), [0, 1, 2, 3]);
  // Two articles a story: the seed and its nearest neighbour fill a budget of 4.
  assert.deepEqual(regionOf(index, [0], { ...opts, regionMaxArticles: 4 }), [0, 1]);
  assert.deepEqual(regionOf(index, [0], { ...opts, regionMaxArticles: 1 }), [0]);
});

test('a region takes in at most regionNeighbours nearest stories a step, the nearest first', () => {
  const index = emptyStoryIndex();
  const opts = { ...cluster, regionDepth: 1, regionMinCosine: 0.1, regionMaxArticles: 1000 };
  // A family of look-alike stories: one valley town's floods, each year's reports sharing fewer words
  // with this year's (story 0); story 5 shares one word, story 6 none.
  const stories = [
    'flood kelby river levee sandbags evacuation',
    'flood kelby river levee sandbags',
    'flood kelby river levee',
    'flood kelby river',
    'flood kelby',
    'flood drought',
    'election ballot',
  ];
  for (const [s, words] of stories.entries()) {
    openStory(index);
    const vector = normalize(new Map(words.split(' ').map((f) => [f, 1])));
    const a = index.articles.push({ id: `f${s}`, published: null, vector, day: null, story: -1 }) - 1;
    moveArticle(index, a, s, opts.maxPostings);
  }
  assert.deepEqual(regionOf(index, [0], { ...opts, regionNeighbours: 2 }), [0, 1, 2]);
  assert.deepEqual(regionOf(index, [0], { ...opts, regionNeighbours: 10 }), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(regionOf(index, [0], { ...opts, regionNeighbours: 0 }), [0]);
  // A second step reaches from each neighbour taken in, again to its nearest few not taken yet.
  assert.deepEqual(regionOf(index, [0], { ...opts, regionDepth: 2, regionNeighbours: 1 }), [0, 1, 2]);
});
