import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from '../../src/cluster/article-features.ts';
import { bisectStory } from '../../src/cluster/bisect-story.ts';
import { contrastiveLink } from '../../src/cluster/contrastive-link.ts';
import { cachedWordFeature, countFeatures, type FeatureCounts } from '../../src/cluster/count-features.ts';
import { clusterArticles } from '../../src/cluster/index.ts';
import { fragmentsMerge, splitSiblings } from '../../src/cluster/split-siblings.ts';
import { weightCounts } from '../../src/cluster/weight-features.ts';
import { cluster } from '../../src/config.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import { addInto, documentFrequencies, dot, norm, normalize, smoothedIdf } from '../../src/text/index.ts';
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

test('a thin fragment of one event merges: link between split and merge thresholds, centroids close', () => {
  const { items, groups } = caseNamed('one-event-thin-fragment');
  const featureOf = cachedWordFeature(cluster);
  // As `clusterArticles` counts them (headlines included).
  const counts = items.map((item) => articleFeatures(item, cluster, featureOf));
  const table = { df: documentFrequencies(counts), n: items.length };
  const features = new Map<string, FeatureCounts>(items.map((item, i) => [item.article.id, counts[i]]));
  const raw = counts.map((c) => weightCounts(c, (f) => smoothedIdf(table.df.get(f)!, table.n), cluster));
  const [main, fragment] = [raw.slice(0, 6), raw.slice(6, 9)];
  const centroid = (vs: typeof raw) => vs.reduce((sum, v) => addInto(sum, normalize(v)), new Map());
  const [a, b] = [centroid(main), centroid(fragment)];
  const link = contrastiveLink(main, fragment);
  const cosine = dot(a, b) / (norm(a) * norm(b));
  assert.ok(link >= cluster.splitLink && link < cluster.mergeLink, `link ${link}`);
  assert.ok(cosine >= cluster.mergeCloseCosine, `cosine ${cosine}`);
  assert.equal(fragmentsMerge(link, cosine, cluster), true);
  const ids = items.map((item) => item.article.id);
  const given = [ids.slice(0, 6), ids.slice(6, 9), ids.slice(9, 11), ids.slice(11)];
  assert.deepEqual(canonical(splitSiblings(given, features, table)), canonical(groups));
  // Without the close-centroid rule the fragment stays apart.
  assert.equal(splitSiblings(given, features, table, { mergeCloseCosine: 2 }).length, 4);
  assert.deepEqual(canonical(clusterArticles(items).map((s) => s.articles)), canonical(groups));
});

test('fragmentsMerge: a weak link merges only with close centroids; below the split link never', () => {
  const opts = { mergeLink: 0.08, mergeMinCosine: 0.1, splitLink: 0.065, mergeCloseCosine: 0.45 };
  assert.equal(fragmentsMerge(0.09, 0.12, opts), true);
  assert.equal(fragmentsMerge(0.09, 0.05, opts), false);
  assert.equal(fragmentsMerge(0.07, 0.5, opts), true);
  assert.equal(fragmentsMerge(0.07, 0.44, opts), false);
  assert.equal(fragmentsMerge(0.06, 0.9, opts), false);
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
