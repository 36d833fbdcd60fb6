import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refine, similarityWithout, singlePass } from '../../src/cluster/assign-stories.ts';
import { buildStories } from '../../src/cluster/build-stories.ts';
import { addToGroup, bestGroup, emptyIndex } from '../../src/cluster/group-index.ts';
import type { SparseVector } from '../../src/cluster/sparse-vector.ts';

const vec = (entries: Record<string, number>): SparseVector => new Map(Object.entries(entries));

// Two copies of `a`, then an article leaning to `b` that just reaches `a`'s story (cos 0.55),
// then two articles about `b` that start their own story.
const vectors = [vec({ a: 1 }), vec({ a: 1 }), vec({ a: 0.55, b: 0.835 }), vec({ b: 1 }), vec({ b: 1 })];
const order = [0, 1, 2, 3, 4];

test('single pass: join the best story at or above the threshold, else start one', () => {
  assert.deepEqual(singlePass(vectors, order, 0.5), [0, 0, 0, 1, 1]);
  assert.deepEqual(singlePass(vectors, order, 0.56), [0, 0, 1, 1, 1]);
  assert.deepEqual(singlePass(vectors, order, 0.55), [0, 0, 0, 1, 1], 'the threshold is inclusive');
});

test('refinement moves an early joiner to the centroid that fits it better', () => {
  const first = singlePass(vectors, order, 0.5);
  assert.deepEqual(refine(vectors, order, first, 0.15), [0, 0, 1, 1, 1]);
});

test('refinement is stable: a clean assignment is left as it is', () => {
  assert.deepEqual(refine(vectors, order, [0, 0, 1, 1, 1], 0.15), [0, 0, 1, 1, 1]);
});

test('best group: ties go to the lower index; no groups, no match', () => {
  const index = emptyIndex();
  assert.deepEqual(bestGroup(vec({ a: 1 }), index), { group: -1, similarity: 0 });
  addToGroup(index, 0, 0, vec({ a: 1 }));
  addToGroup(index, 1, 1, vec({ a: 1 }));
  assert.equal(bestGroup(vec({ a: 1 }), index).group, 0);
  assert.equal(bestGroup(vec({ z: 1 }), index).similarity, 0);
});

test('stories list the most central article first, ties by id', () => {
  const ids = ['x', 'y', 'z', 'w'];
  const vs = [vec({ a: 1 }), vec({ a: 0.8, b: 0.6 }), vec({ a: 0.6, b: 0.8 }), vec({ a: 0.8, b: 0.6 })];
  const [story] = buildStories(ids, vs, [0, 0, 0, 0]);
  assert.deepEqual(story.articles, ['w', 'y', 'z', 'x']);
});

test('refinement: a lone article joins a story of two or more only at the attach threshold', () => {
  // Group 0 = {a, a}; group 1 = {lone}: cosine of `lone` to group 0 is 0.3.
  const vs = [vec({ a: 1 }), vec({ a: 1 }), vec({ a: 0.3, z: Math.sqrt(1 - 0.09) })];
  assert.deepEqual(refine(vs, [0, 1, 2], [0, 0, 1], 0.3), [0, 0, 0]);
  assert.deepEqual(refine(vs, [0, 1, 2], [0, 0, 1], 0.31), [0, 0, 1]);
});

test('refinement: two lone articles never swap places', () => {
  const vs = [vec({ a: 1 }), vec({ a: 0.8, b: 0.6 })];
  assert.deepEqual(refine(vs, [0, 1], [0, 1], 0), [0, 1]);
});

test('leave-one-out: the own story is judged without the article itself', () => {
  const index = emptyIndex();
  addToGroup(index, 0, 0, vec({ a: 1 }));
  addToGroup(index, 0, 1, vec({ b: 1 }));
  assert.ok(Math.abs(similarityWithout(vec({ a: 1 }), index.groups[0])) < 1e-12);
  assert.equal(similarityWithout(vec({ a: 1 }), { members: [0], sum: vec({ a: 1 }), length: 1 }), 0);
});

test('a group keeps the length of its vector sum up to date as members join', () => {
  const index = emptyIndex();
  addToGroup(index, 0, 0, vec({ a: 0.6, b: 0.8 }));
  addToGroup(index, 0, 1, vec({ a: 1 }));
  addToGroup(index, 0, 2, vec({ c: 1 }));
  // sum = (1.6, 0.8, 1): length² = 2.56 + 0.64 + 1 = 4.2.
  assert.ok(Math.abs(index.groups[0].length - Math.sqrt(4.2)) < 1e-12);
  assert.deepEqual(index.groups[0].members, [0, 1, 2]);
});
