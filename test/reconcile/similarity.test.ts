import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

test('pairwiseCosines (sparse): rows sharing words with few others are exact; rows sharing with all stay small', () => {
  // 80 lists over 400 words: most pairs share nothing (rows kept sparse), a few share the word "pier".
  let seed = 11;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  const wide = Array.from({ length: 80 }, (_, i) => [
    ...Array.from({ length: 4 }, () => `w${next() % 400}`),
    ...(i % 9 === 0 ? ['pier'] : []),
  ]);
  const vectors = tfidfVectors(wide, sentenceIdf);
  const sims = pairwiseCosines(vectors, 0);
  for (let i = 0; i < vectors.length; i++)
    for (let j = 0; j < vectors.length; j++)
      assert.ok(Object.is(sims.get(i, j), dot(vectors[i], vectors[j])), `${i},${j}`);

  // 2,000 sentences that all share one word: every pair is kept. As Maps that was ~60 bytes a pair
  // (over 200 MB here); dense rows take 8 bytes a pair (32 MB).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const all = tfidfVectors(
    Array.from({ length: 2000 }, (_, i) => ['pier', `w${i}`]),
    sentenceIdf,
  );
  gc();
  const before = process.memoryUsage().heapUsed;
  const big = pairwiseCosines(all, 0);
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.ok(big.get(0, 1999) > 0);
  assert.ok(grown < 100 * 2 ** 20, `${Math.round(grown / 2 ** 20)} MB for 2,000 sentences`);
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
