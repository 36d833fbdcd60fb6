import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from '../../src/cluster/article-features.ts';
import { valueFeatures, valuesOf } from '../../src/cluster/event-values.ts';
import { clusterArticles } from '../../src/cluster/index.ts';
import { signatureSide, valuesConflict } from '../../src/cluster/signature-split.ts';
import { weightCounts } from '../../src/cluster/weight-features.ts';
import { cluster } from '../../src/config.ts';
import { normalize } from '../../src/text/index.ts';
import { canonical, loadCases } from './load-fixtures.ts';

const tremors = loadCases().find((c) => c.name === 'sibling-tremors-one-island')!;

test('event values: decimals a text states, a spaced point read as one; whole numbers, years, times and dates are not', () => {
  const text =
    'A 6.3-magnitude quake hit at 17:06 on 11/28/05; the survey said 6. 1, losses of $2. 4 million, ' +
    'version 1.2.3, 12 dead in 2029. 3 villages cut off.';
  assert.deepEqual(valueFeatures(text).sort(), ['v:2.4', 'v:6.1', 'v:6.3']);
});

test('event values ride in the counts but never in the weighed vector', () => {
  const counts = articleFeatures(tremors.items[0], cluster);
  assert.deepEqual([...valuesOf(counts)], ['v:6.3']);
  const vector = weightCounts(counts, () => 1, cluster);
  assert.equal(
    [...vector.keys()].some((k) => k.startsWith('v:')),
    false,
  );
  // Off (signatureLink 0): no value is counted.
  assert.equal(valuesOf(articleFeatures(tremors.items[0], { ...cluster, signatureLink: 0 })).size, 0);
});

test('sibling quakes on one island, the later one undated: one story by words, two by their figures', () => {
  assert.equal(clusterArticles(tremors.items, { signatureLink: 0 }).length, 1);
  assert.deepEqual(
    canonical(clusterArticles(tremors.items).map((s) => s.articles)),
    canonical(tremors.groups),
  );
});

test('valuesConflict: each side must hold its own value (half of it at least) that the other never states', () => {
  const set = (...v: string[]) => new Set(v);
  const a = [set('v:6.3'), set('v:6.3'), set()];
  const b = [set('v:5.2'), set('v:5.2', 'v:1.5'), set('v:5.2')];
  assert.equal(valuesConflict(a, b), true);
  // One article of b writes 6.3 too: a's value is not its own any more.
  assert.equal(valuesConflict(a, [...b, set('v:6.3')]), false);
  // Only one side has a value of its own.
  assert.equal(valuesConflict(a, [set(), set(), set('v:5.2')]), false);
});

test('one event whose outlets dispute its figure is not split: an article that writes both values ties them', () => {
  const words = normalize(
    new Map([
      ['w:quake', 1],
      ['w:island', 1],
      ['n:velmor', 1],
    ]),
  );
  const vectors = Array.from({ length: 7 }, () => words);
  const set = (...v: string[]) => new Set(v);
  const values = [set('v:6.3'), set('v:6.3'), set('v:6.3'), set('v:6.4'), set('v:6.4'), set('v:6.4'), set()];
  const opts = { splitMinSide: 3, signatureLink: 2 };
  // Two groups that never write each other's figure (words alike: link 1): split only below the link bound.
  assert.deepEqual(signatureSide(values, vectors, opts), [0, 1, 2, 6]);
  assert.equal(signatureSide(values, vectors, { ...opts, signatureLink: 0.5 }), null);
  // One outlet reports both agencies' figures ("6.3, or 6.4 by the survey"): one event's dispute.
  const both = [...values.slice(0, 6), set('v:6.3', 'v:6.4')];
  assert.equal(signatureSide(both, vectors, opts), null);
});
