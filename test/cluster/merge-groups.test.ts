import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexAssignment } from '../../src/cluster/assign-stories.ts';
import { mergeGroups } from '../../src/cluster/merge-groups.ts';
import type { SparseVector } from '../../src/cluster/sparse-vector.ts';

const vec = (entries: Record<string, number>): SparseVector => new Map(Object.entries(entries));

// Groups: 0 = {x, y} about a/b, 1 = {z} about a/c, 2 = {w} about d.
const vectors = [vec({ a: 0.6, b: 0.8 }), vec({ a: 0.8, b: 0.6 }), vec({ a: 0.6, c: 0.8 }), vec({ d: 1 })];
const { index } = indexAssignment(vectors, [0, 1, 2, 3], [0, 0, 1, 2]);

test('groups merge when their average pairwise cosine reaches the threshold', () => {
  // Average link of groups 0 and 1: (0.36 + 0.48) / 2 = 0.42.
  assert.deepEqual(mergeGroups(index, 0.42), [0, 0, 2]);
  assert.deepEqual(mergeGroups(index, 0.43), [0, 1, 2]);
});

test('merging is repeated on the merged groups, best pair first', () => {
  const vs = [vec({ a: 0.5, b: Math.sqrt(0.75) }), vec({ a: 1 }), vec({ a: 0.9, b: Math.sqrt(0.19) })];
  const { index: three } = indexAssignment(vs, [0, 1, 2], [0, 1, 2]);
  // Links: 0–1 0.5, 0–2 ≈ 0.83, 1–2 0.9. Best first merges 1–2, then {1,2}–0 ≈ 0.66.
  assert.deepEqual(mergeGroups(three, 0.6), [0, 0, 0]);
  // At 0.68 best first stops after 1–2 (merging 0–2 first would then take 1 in at 0.7).
  assert.deepEqual(mergeGroups(three, 0.68), [0, 1, 1]);
});

test('nothing merges above the best link; an empty index gives nothing', () => {
  assert.deepEqual(mergeGroups(index, 1), [0, 1, 2]);
  assert.deepEqual(mergeGroups(indexAssignment([], [], []).index, 0), []);
});
