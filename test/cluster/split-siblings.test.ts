import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bisectStory } from '../../src/cluster/bisect-story.ts';
import { contrastiveLink } from '../../src/cluster/contrastive-link.ts';
import { cachedWordFeature, countFeatures, type FeatureCounts } from '../../src/cluster/count-features.ts';
import { clusterArticles } from '../../src/cluster/index.ts';
import { splitSiblings } from '../../src/cluster/split-siblings.ts';
import { weightCounts } from '../../src/cluster/weight-features.ts';
import { cluster } from '../../src/config.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import { documentFrequencies, normalize, smoothedIdf } from '../../src/text/index.ts';
import { canonical, loadCases } from './load-fixtures.ts';

const cases = loadCases();
const caseNamed = (name: string) => cases.find((c) => c.name === name)!;

/** Feature counts and IDF table of a fixture batch, as `clusterArticles` builds them. */
function prepare(items: readonly AnalyzedArticle[]) {
  const featureOf = cachedWordFeature(cluster);
  const counts = items.map((item) => countFeatures(item.annotations, cluster, featureOf));
  const table = { df: documentFrequencies(counts), n: items.length };
  const features = new Map<string, FeatureCounts>(items.map((item, i) => [item.article.id, counts[i]]));
  const raw = counts.map((c) => weightCounts(c, (f) => smoothedIdf(table.df.get(f)!, table.n), cluster));
  return { ids: items.map((item) => item.article.id), features, table, raw };
}

test('sibling factory fires: the single pass merges them, the post-pass splits them', () => {
  const { items, groups } = caseNamed('sibling-factory-fires');
  assert.equal(clusterArticles(items, { refine: false }).length, 1);
  assert.deepEqual(canonical(clusterArticles(items).map((s) => s.articles)), canonical(groups));
});

test('one event in many words: the single pass leaves a fragment, the post-pass merges it', () => {
  const { items, groups } = caseNamed('one-event-many-words');
  assert.ok(clusterArticles(items, { refine: false }).length > 1);
  assert.deepEqual(canonical(clusterArticles(items).map((s) => s.articles)), canonical(groups));
});

test('a one-event story is bisected but kept whole: its halves share their partial names', () => {
  const { items } = caseNamed('one-event-many-words');
  const { ids, features, table } = prepare(items);
  assert.deepEqual(splitSiblings([ids], features, table), [[...ids].sort()]);
  // Without the link test (every bisection accepted) it would split, and the merge must be off to see it.
  assert.equal(splitSiblings([ids], features, table, { splitLink: 1, mergeLink: 2 }).length, 2);
});

test('sibling events given as one story split, and are not merged back', () => {
  const { items, groups } = caseNamed('sibling-factory-fires');
  const { ids, features, table } = prepare(items);
  assert.deepEqual(canonical(splitSiblings([ids], features, table)), canonical(groups));
  assert.deepEqual(canonical(splitSiblings(groups, features, table)), canonical(groups));
});

test('splitSiblings does not depend on the order of groups or members', () => {
  const { items } = caseNamed('sibling-factory-fires');
  const { ids, features, table } = prepare(items);
  const reference = splitSiblings([ids.slice(0, 5), ids.slice(5)], features, table);
  const reversed = splitSiblings(
    [[...ids.slice(5)].reverse(), [...ids.slice(0, 5)].reverse()],
    features,
    table,
  );
  assert.deepEqual(reversed, reference);
});

test('contrastive link: siblings low, one event high, symmetric, 0 for an empty group', () => {
  const fires = prepare(caseNamed('sibling-factory-fires').items).raw;
  const bridge = prepare(caseNamed('one-event-many-words').items).raw;
  const siblings = contrastiveLink(fires.slice(0, 4), fires.slice(4));
  assert.ok(siblings < cluster.splitLink, `siblings ${siblings}`);
  assert.equal(contrastiveLink(fires.slice(4), fires.slice(0, 4)).toFixed(12), siblings.toFixed(12));
  const halves = contrastiveLink(bridge.slice(0, 4), bridge.slice(4));
  assert.ok(halves >= cluster.mergeLink, `one event ${halves}`);
  assert.equal(contrastiveLink([], bridge), 0);
});

test('bisectStory: null when a side would be too small; sides respect the minimum', () => {
  const vectors = prepare(caseNamed('sibling-factory-fires').items).raw.map(normalize);
  assert.equal(bisectStory(vectors.slice(0, 5), 3), null);
  const side = bisectStory(vectors, 3)!;
  assert.ok(side.length >= 3 && vectors.length - side.length >= 3);
  assert.deepEqual(side, [0, 1, 2, 3]);
});

test('splitSiblings: an id without feature counts is a programmer error', () => {
  const { features, table } = prepare(caseNamed('sibling-factory-fires').items);
  assert.throws(() => splitSiblings([['missing']], features, table), /no feature counts/);
});
