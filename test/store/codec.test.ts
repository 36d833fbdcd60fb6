import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeClusterVector, encodeClusterVector } from '../../src/store/codec.ts';

test('a cluster vector keeps its feature counts as triples; pairs (a store written before) decode without counts', () => {
  const vector: Array<[string, number]> = [
    ['w:ferry', 0.8],
    ['n:halvey', 0.6],
  ];
  const counts: Array<[string, number]> = [
    ['w:ferry', 3],
    ['n:halvey', 1],
    ['d:2026-05', 2],
  ];
  const json = encodeClusterVector({ vector, counts });
  assert.deepEqual(JSON.parse(json), [
    ['w:ferry', 0.8, 3],
    ['n:halvey', 0.6, 1],
  ]);
  assert.deepEqual(decodeClusterVector(json), { vector, counts: counts.slice(0, 2) });
  assert.deepEqual(decodeClusterVector(JSON.stringify(vector)), { vector });
  assert.deepEqual(decodeClusterVector(encodeClusterVector({ vector })), { vector });
});
