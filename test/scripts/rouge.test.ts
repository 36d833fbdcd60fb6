import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain JavaScript module of the evaluation scripts, without type declarations
import { firstWords, rougeRecall, rougeTokens } from '../../scripts/lib/rouge.mjs';

test('ROUGE tokens: lower case, punctuation as breaks, Porter stems of words over three letters', () => {
  assert.deepEqual(rougeTokens('The Ferries were halted, officials said.'), [
    'the',
    'ferri',
    'were',
    'halt',
    'offici',
    'said',
  ]);
});

test('recall counts reference n-grams found in the candidate, each at most as often as the candidate has it', () => {
  const ref = 'storm closes the coastal road; the coastal road reopens';
  assert.equal(rougeRecall('the coastal road', [ref], 2), 2 / 8);
  assert.equal(rougeRecall(ref, [ref], 2), 1);
  assert.equal(rougeRecall('nothing alike here', [ref], 1), 0);
});

test('the candidate is cut at the word limit and recall is averaged over the references', () => {
  assert.equal(firstWords('a b c d', 2), 'a b');
  assert.equal(rougeRecall('mill fire injures two', ['mill fire', 'tram strike'], 2, 2), 0.5);
  assert.equal(rougeRecall('injures two mill fire', ['mill fire'], 2, 2), 0);
});
