/**
 * The searched word index (`sorted-index.ts`) answers as the hashed index `hash[list[k]] = k` of the
 * same list: repeated words, words in other scripts, absent words, words added, removed and listed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { SortedIndex, sortedOrder } from '../../src/nlp/sorted-index.ts';
import { mapAsObject } from '../../src/nlp/wink-model.ts';

const list = [
  'quay',
  'Ärø',
  'ferry',
  'quay',
  '7',
  'éclair',
  'Ferry',
  'constructor',
  '__proto__',
  'naïve',
  'ferry',
];

function hashed(words: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < words.length; k += 1) hash[words[k]] = k;
  return hash;
}

test('sortedOrder keeps the last position of each word, sorted by word', () => {
  const order = [...sortedOrder(list)];
  assert.equal(order.length, new Set(list).size);
  assert.deepEqual(
    order.map((k) => list[k]),
    [...new Set(list)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  assert.equal(order[order.map((k) => list[k]).indexOf('quay')], 3);
  assert.equal(order[order.map((k) => list[k]).indexOf('ferry')], 10);
});

test('the searched index answers as the hashed one, also after words are added and removed', () => {
  const words = [...list];
  const hash = hashed(words);
  const index = mapAsObject(new SortedIndex(words, sortedOrder(words)));
  for (const w of [...list, 'pier', 'FERRY', '', 'toString', 'Ärö', ...list, 'pier'])
    assert.equal(index[w], hash[w], `word ${JSON.stringify(w)}`);
  assert.ok(isDeepStrictEqual(index, hash));
  // As wink adds a word it meets: the list grows, the word gets the next position.
  for (const w of ['pier', 'quay']) {
    if (index[w] === undefined) {
      index[w] = words.length;
      hash[w] = words.length;
      words.push(w);
    }
  }
  assert.equal(index.pier, 11);
  assert.equal(index.quay, 3);
  assert.ok('pier' in index && 'quay' in index && !('jetty' in index));
  assert.ok(isDeepStrictEqual(index, hash));
  delete index.ferry;
  delete hash.ferry;
  assert.equal(index.ferry, undefined);
  assert.ok(!('ferry' in index));
  assert.ok(isDeepStrictEqual(index, hash));
  index.ferry = 2;
  assert.equal(index.ferry, 2);
});
