import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentWords, isStopword, jaccard, overlapRatio, TOPIC_STOPWORDS } from '../../src/text/index.ts';

test('contentWords drops stopwords, folds, stems and splits hyphenated words', () => {
  assert.deepEqual(contentWords('The Mayor of Tølvik said the cranes were re-opened'), [
    'mayor',
    'tolvik',
    'cran',
    're',
    'open',
  ]);
});

test('sentence stopwords keep what a sentence tells; topic stopwords drop the calendar too', () => {
  assert.equal(isStopword('the'), true);
  assert.equal(isStopword("it's"), true);
  assert.equal(isStopword('monday'), false);
  assert.equal(TOPIC_STOPWORDS.has('monday'), true);
  assert.equal(TOPIC_STOPWORDS.has('across'), true);
});

test("a function word with a clitic is a stopword ('we're', 'they'll', 'don't', 'won't'); a name's possessive is not", () => {
  for (const w of ["we're", "they've", "i'll", "she'd", "i'm", "don't", "won't", "can't", "isn't"])
    assert.equal(isStopword(w), true, w);
  assert.equal(isStopword("mark's"), false);
  assert.deepEqual(contentWords("We're not against the machines, they'll see"), ['machin', 'see']);
});

test('jaccard and overlapRatio of word sets', () => {
  const a = new Set(['a', 'b', 'c', 'd']);
  const b = new Set(['c', 'd']);
  assert.equal(jaccard(a, b), 0.5);
  assert.equal(overlapRatio(a, b), 1);
  assert.equal(jaccard(new Set(), new Set()), 0);
  assert.equal(overlapRatio(a, new Set()), 0);
});
