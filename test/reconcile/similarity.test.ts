import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanGap, spanOf } from '../../src/reconcile/dates.ts';
import { contentWords, dot, fold, pairwiseCosines, sentenceIdf, tfidfVectors } from '../../src/text/index.ts';

/** Word lists of a fictional story, some of equal length (so argument order decides the summing order). */
function lists(): string[][] {
  const vocab = ['tolvane', 'harbour', 'crane', 'strike', 'union', 'wage', 'dock', 'ferry', 'mayor', 'vote'];
  const out: string[][] = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  for (let i = 0; i < 60; i++) {
    const n = 3 + (next() % 9);
    out.push(Array.from({ length: n }, () => vocab[next() % vocab.length]));
  }
  out.push([], ['unshared']);
  return out;
}

for (const [label, denseMax] of [
  ['dense', undefined],
  ['sparse', 0],
] as const)
  test(`pairwiseCosines (${label}) is bit-identical to dot, both argument orders`, () => {
    const vectors = tfidfVectors(lists(), sentenceIdf);
    const sims = pairwiseCosines(vectors, denseMax);
    for (let i = 0; i < vectors.length; i++) {
      const near = new Set(sims.neighbours(i));
      for (let j = 0; j < vectors.length; j++) {
        const expected = dot(vectors[i], vectors[j]);
        assert.equal(
          Object.is(sims.get(i, j), expected),
          true,
          `${i},${j}: ${sims.get(i, j)} vs ${expected}`,
        );
        assert.equal(near.has(j), expected > 0, `neighbour ${i},${j}`);
      }
    }
  });

test('fold: the ASCII fast path gives what the full folding gives', () => {
  assert.equal(fold('Tolvane`s HARBOUR-Master'), "tolvane's harbour-master");
  assert.equal(fold('Ærøskøbing Straße’s'), "aroskobing strase's");
  // A non-ASCII space takes the full path: NFD maps the en quad to the en space.
  assert.equal(fold('A\u2000B'), 'a\u2002b');
});

test('contentWords: memoised words are copied, never shared with the caller', () => {
  const first = contentWords('Dock workers of Tolvane voted for the strike.');
  first.push('mutated');
  first[0] = 'x';
  assert.deepEqual(contentWords('Dock workers of Tolvane voted for the strike.'), [
    'dock',
    'worker',
    'tolvan',
    'vot',
    'strik',
  ]);
});

test('spanGap on precomputed spans equals the day gap of the values', () => {
  assert.equal(spanGap(spanOf('2031-04'), spanOf('2031-04-12')), 0);
  assert.equal(spanGap(spanOf('2031-04-30'), spanOf('2031-05-02')), 2);
  assert.equal(spanGap(spanOf('2031'), null), Number.POSITIVE_INFINITY);
});
