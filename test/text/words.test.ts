import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterDigitRuns, letterWords, wordStrings, wordsOf } from '../../src/text/index.ts';

test('wordsOf gives every word with its exact range in the text', () => {
  const text = 'On 3 March, Crane-Whitby’s ferry carried 1,250.5 tonnes — “a record”.';
  const words = wordsOf(text);
  assert.deepEqual(
    words.map((w) => w.word),
    ['On', '3', 'March', 'Crane-Whitby’s', 'ferry', 'carried', '1,250.5', 'tonnes', 'a', 'record'],
  );
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.word);
});

test('wordsOf ranges stay exact past accents, undecomposed letters and a soft hyphen', () => {
  const text = 'Yıldırım met Øster­gaard in Zürich.';
  for (const w of wordsOf(text)) assert.equal(text.slice(w.start, w.end), w.word);
  assert.deepEqual(
    wordsOf(text).map((w) => w.word),
    ['Yıldırım', 'met', 'Øster', 'gaard', 'in', 'Zürich'],
  );
});

test('a number ends at its last digit; a trailing full stop is not part of it', () => {
  assert.deepEqual(wordStrings('It cost 12. Then 4,000.'), ['It', 'cost', '12', 'Then', '4,000']);
});

test('letterDigitRuns lower-cases and splits at every other character', () => {
  assert.deepEqual(letterDigitRuns("Crane-Whitby's A7 road"), ['crane', 'whitby', 's', 'a7', 'road']);
});

test('letterWords keeps the words of a folded name long enough', () => {
  assert.deepEqual([...letterWords('dr. jo van der berg-ansel', 3)], ['van', 'der', 'berg', 'ansel']);
});
