import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refine, singlePass } from '../../src/cluster/assign-stories.ts';
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
  assert.deepEqual(refine(vectors, order, first), [0, 0, 1, 1, 1]);
});

test('refinement is stable: a clean assignment is left as it is', () => {
  assert.deepEqual(refine(vectors, order, [0, 0, 1, 1, 1]), [0, 0, 1, 1, 1]);
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
  const [story] = buildStories(ids, vs, [0, 1, 2, 3], [0, 0, 0, 0]);
  assert.deepEqual(story.articles, ['w', 'y', 'z', 'x']);
});
