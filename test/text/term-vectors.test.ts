import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addInto,
  cosine,
  documentFrequencies,
  dot,
  norm,
  normalize,
  sentenceIdf,
  sharedTermIdf,
  smoothedIdf,
  termCounts,
  tfidfVectors,
} from '../../src/text/index.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

test('cosine is the angle between two vectors, whatever their lengths', () => {
  const a = new Map([
    ['ferry', 3],
    ['strike', 4],
  ]);
  const b = new Map([['ferry', 2]]);
  close(cosine(a, b), 3 / 5);
  close(cosine(a, new Map([...a].map(([k, v]) => [k, v * 7]))), 1);
  assert.equal(cosine(a, new Map([['mayor', 1]])), 0);
  assert.equal(cosine(a, new Map()), 0);
  // for unit vectors the dot product is the cosine
  close(dot(normalize(a), normalize(b)), cosine(a, b));
});

test('normalize gives unit length and leaves the empty vector empty', () => {
  close(
    norm(
      normalize(
        new Map([
          ['a', 3],
          ['b', 4],
        ]),
      ),
    ),
    1,
  );
  assert.equal(normalize(new Map()).size, 0);
});

test('addInto adds and, subtracting the same vector, leaves no trace', () => {
  const sum = new Map([['dock', 1]]);
  const v = new Map([
    ['dock', 0.5],
    ['wage', 2],
  ]);
  addInto(sum, v);
  assert.deepEqual(
    [...sum],
    [
      ['dock', 1.5],
      ['wage', 2],
    ],
  );
  addInto(sum, v, -1);
  assert.deepEqual([...sum], [['dock', 1]]);
});

test('document frequencies count each term once per document', () => {
  const df = documentFrequencies([termCounts(['a', 'a', 'b']), termCounts(['a'])]);
  assert.deepEqual(
    [...df],
    [
      ['a', 2],
      ['b', 1],
    ],
  );
});

test('the IDF weightings: rarer terms weigh more; each keeps its floor', () => {
  for (const idf of [smoothedIdf, sentenceIdf]) assert.ok(idf(1, 10) > idf(5, 10));
  assert.equal(smoothedIdf(10, 10), 1);
  assert.ok(sentenceIdf(10, 10) > 0);
  assert.equal(sharedTermIdf(1, 10), 0);
  assert.equal(sharedTermIdf(10, 10), 0);
});

test('tfidfVectors are unit length; a word every list shares weighs less than a rare one', () => {
  const [v] = tfidfVectors(
    [
      ['harbour', 'strike', 'wage'],
      ['harbour', 'ferry'],
      ['harbour', 'mayor'],
    ],
    sentenceIdf,
  );
  close(norm(v), 1);
  assert.ok(v.get('strike')! > v.get('harbour')!);
});

test('tfidfVectors leave out terms of zero weight (shared-term IDF drops words of one list)', () => {
  const vectors = tfidfVectors(
    [
      ['quay', 'crane'],
      ['quay', 'crane', 'union'],
      ['quay', 'vote'],
    ],
    sharedTermIdf,
  );
  assert.deepEqual([...vectors[1].keys()], ['crane']);
  assert.equal(vectors[2].size, 0);
  close(dot(vectors[0], vectors[1]), 1);
});
