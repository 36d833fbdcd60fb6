import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterArticles, processingOrder } from '../../src/cluster/index.ts';
import { hashId } from '../../src/util/hash-id.ts';
import { seededShuffle } from '../../src/util/seeded-shuffle.ts';
import { canonical, loadCases } from './load-fixtures.ts';

const cases = loadCases();

for (const c of cases) {
  test(`fixture ${c.name}: articles group as expected`, () => {
    const stories = clusterArticles(c.items);
    assert.deepEqual(canonical(stories.map((s) => s.articles)), canonical(c.groups));
  });
}

test('shuffled input gives exactly the same stories', () => {
  const items = cases.flatMap((c) => c.items);
  const reference = clusterArticles(items);
  for (const seed of [1, 7, 42, 1234])
    assert.deepEqual(clusterArticles(seededShuffle(items, seed)), reference);
});

test('a single article is one story; no articles, no stories', () => {
  const one = cases[0].items[0];
  assert.deepEqual(clusterArticles([one]), [{ id: hashId('s', one.article.id), articles: [one.article.id] }]);
  assert.deepEqual(clusterArticles([]), []);
});

test('story ids hash the sorted article ids; stories sorted by size then id', () => {
  const stories = clusterArticles(cases.find((c) => c.name === 'two-events-one-unrelated')!.items);
  for (const s of stories) assert.equal(s.id, hashId('s', ...[...s.articles].sort()));
  assert.deepEqual(
    stories.map((s) => s.articles.length),
    [3, 3, 1],
  );
  assert.ok(stories[0].id < stories[1].id);
});

test('the input is not mutated', () => {
  const items = cases[0].items;
  const before = JSON.stringify(items);
  clusterArticles(items);
  assert.equal(JSON.stringify(items), before);
});

test('duplicate article ids are a programmer error', () => {
  const one = cases[0].items[0];
  assert.throws(() => clusterArticles([one, one]), /unique/);
});

test('articles are processed by publication date (unknown last), then id', () => {
  const [a, b, c] = cases.find((x) => x.name === 'one-story-one-unrelated')!.items;
  const undated = { ...c, article: { ...c.article, published: null } };
  const later = { ...a, article: { ...a.article, published: '2031-06-01' } };
  assert.deepEqual(processingOrder([undated, later, b]), [2, 1, 0]);
});

test('the thresholds decide: above 1 everything splits, at 0 related articles stay together', () => {
  const items = cases.find((x) => x.name === 'one-story-five-articles')!.items;
  const never = { threshold: 1.01, attachThreshold: 1.01, mergeThreshold: 1.01, mergeLink: 1.01 };
  assert.equal(clusterArticles(items, never).length, 5);
  assert.equal(
    clusterArticles(items, { ...never, mergeThreshold: 0 }).length,
    1,
    'the merge alone joins them',
  );
  assert.equal(clusterArticles(items, { ...never, threshold: 0 }).length, 1, 'the pass alone joins them');
});
