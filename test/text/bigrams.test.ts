import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigramConcepts } from '../../src/text/index.ts';

test('bigram concepts are folded, stemmed pairs of adjacent words', () => {
  const concepts = bigramConcepts('Ferry operators halted the crossings.');
  assert.ok(concepts.includes('ferry operator'));
  assert.ok(concepts.includes('operator halt'));
  assert.deepEqual(bigramConcepts('Zoë Brandt’s crew'), bigramConcepts("Zoe Brandt's crews"));
});

test('a pair of two stopwords is no concept; one stopword beside a content word is', () => {
  const concepts = bigramConcepts('Most of the ships docked at the quay');
  assert.ok(!concepts.includes('of the'));
  assert.ok(!concepts.includes('at the'));
  assert.ok(concepts.includes('the quay'));
  assert.ok(concepts.includes('ship dock'));
});

test('a pair never spans a sentence break or a clause mark', () => {
  const concepts = bigramConcepts('The dam held. Engineers cheered; villagers (mostly farmers) waited');
  assert.ok(!concepts.includes('held engineer'));
  assert.ok(!concepts.includes('cheer villager'));
  assert.ok(!concepts.includes('villager mostly'));
  assert.ok(concepts.includes('engineer cheer'));
});

test('each concept is listed once, in order of first use', () => {
  assert.deepEqual(bigramConcepts('red kites nest; red kites fly'), ['red kite', 'kite nest', 'kite fly']);
});
