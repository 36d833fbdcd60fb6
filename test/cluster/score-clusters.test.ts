import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustedRand, bcubed, pairwise, scoreClusters } from '../../src/cluster/score-clusters.ts';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

const gold = [
  ['a', 'b', 'c'],
  ['d', 'e'],
];
const predicted = [
  ['a', 'b'],
  ['c', 'd', 'e'],
];

test('B-cubed on a hand case: P = R = 11/15', () => {
  // precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3; recall: a 2/3, b 2/3, c 1/3, d 1, e 1.
  const s = bcubed(predicted, gold);
  close(s.precision, 11 / 15);
  close(s.recall, 11 / 15);
  close(s.f1, 11 / 15);
});

test('B-cubed: all singletons have precision 1 and recall 1/size', () => {
  const s = bcubed([['a'], ['b'], ['c'], ['d']], [['a', 'b', 'c', 'd']]);
  close(s.precision, 1);
  close(s.recall, 1 / 4);
  close(s.f1, 0.4);
});

test('pairwise on the hand case: 2 of 4 predicted pairs are gold pairs', () => {
  const s = pairwise(predicted, gold);
  close(s.precision, 0.5);
  close(s.recall, 0.5);
});

test('adjusted Rand: 1/6 on the hand case, 1 for identical clusterings', () => {
  close(adjustedRand(predicted, gold), 1 / 6);
  close(adjustedRand(gold, gold), 1);
});

test('the full score counts clusters; identical clusterings score 1 everywhere', () => {
  const s = scoreClusters(gold, gold);
  assert.deepEqual(s, {
    bcubed: { precision: 1, recall: 1, f1: 1 },
    pairwise: { precision: 1, recall: 1, f1: 1 },
    ari: 1,
    predictedClusters: 2,
    goldClusters: 2,
  });
});

test('clusterings over different items are a programmer error', () => {
  assert.throws(() => bcubed([['a']], [['b']]), /gold/);
  assert.throws(() => bcubed([['a', 'a']], [['a']]), /two clusters/);
});
