import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type CoverageCandidate,
  conceptWeights,
  coverage,
  documentFloor,
  selectByCoverage,
} from '../../src/brief/concept-coverage.ts';

const line = (words: number, ...concepts: string[]): CoverageCandidate => ({ words, concepts });

test('a concept weighs the number of documents that use it, each document once', () => {
  const w = conceptWeights(
    [
      ['tanker aground', 'tanker aground', 'oil slick'],
      ['tanker aground', 'coast guard'],
      ['tanker aground', 'oil slick'],
    ],
    2,
  );
  assert.deepEqual([...w].sort(), [
    ['oil slick', 2],
    ['tanker aground', 3],
  ]);
});

test('concepts below the document floor weigh nothing; the floor is 2, and 3 from nine documents', () => {
  const w = conceptWeights([['a b'], ['a b', 'c d'], ['a b', 'c d'], ['e f']], 3);
  assert.deepEqual([...w.keys()], ['a b']);
  assert.equal(documentFloor(2), 2);
  assert.equal(documentFloor(8), 2);
  assert.equal(documentFloor(10), 3);
});

test('the chosen lines stay within the word budget and the line cap', () => {
  const weights = new Map([
    ['a', 5],
    ['b', 4],
    ['c', 3],
    ['d', 2],
  ]);
  const cands = [line(40, 'a'), line(40, 'b'), line(30, 'c'), line(10, 'd')];
  const chosen = selectByCoverage(cands, weights, { budget: 80, maxLines: 6 });
  assert.ok(chosen.reduce((n, i) => n + cands[i].words, 0) <= 80);
  assert.equal(coverage(cands, weights, chosen), 10); // a + c + d fill the 80 words; a + b covers 9
  assert.ok(selectByCoverage(cands, weights, { budget: 200, maxLines: 2 }).length <= 2);
});

test('a line repeating covered concepts earns nothing: another line says something new instead', () => {
  const weights = new Map([
    ['bridge close', 3],
    ['river flood', 3],
    ['school shut', 2],
  ]);
  const cands = [
    line(20, 'bridge close', 'river flood'),
    line(20, 'river flood', 'bridge close'),
    line(20, 'school shut'),
  ];
  assert.deepEqual([...selectByCoverage(cands, weights, { budget: 40, maxLines: 4 })].sort(), [0, 2]);
});

test('forced lines come first and count against the budget; conflicting lines are never both chosen', () => {
  const weights = new Map([
    ['x', 1],
    ['y', 6],
    ['z', 5],
  ]);
  const cands = [line(30, 'x'), line(30, 'y'), line(30, 'z'), line(30, 'y', 'z')];
  assert.deepEqual(selectByCoverage(cands, weights, { budget: 60, maxLines: 4, forced: [0] }), [0, 3]);
  const noLong = selectByCoverage(cands, weights, {
    budget: 60,
    maxLines: 4,
    forced: [0],
    conflicts: (a, b) => (a === 0 && b === 3) || (a === 3 && b === 0),
  });
  assert.deepEqual(noLong, [0, 1]);
});

test('one long line covering much beats a short cheap line that leaves no room for it', () => {
  const weights = new Map([
    ['a', 3],
    ['b', 4],
    ['c', 4],
    ['d', 4],
  ]);
  // Gain per word favours the 2-word line (1.5 against 1.2), after which the long one no longer fits.
  const cands = [line(2, 'a'), line(10, 'b', 'c', 'd')];
  assert.deepEqual(selectByCoverage(cands, weights, { budget: 10, maxLines: 4 }), [1]);
});

test('the selection depends only on its input: equal lines go to the earlier one', () => {
  const weights = new Map([
    ['p', 2],
    ['q', 2],
  ]);
  const cands = [line(10, 'p'), line(10, 'q'), line(10, 'p'), line(10, 'q')];
  const first = selectByCoverage(cands, weights, { budget: 20, maxLines: 4 });
  assert.deepEqual(first, [0, 1]);
  assert.deepEqual(selectByCoverage(cands, weights, { budget: 20, maxLines: 4 }), first);
});

test('nothing to cover, nothing chosen beyond the forced lines', () => {
  const cands = [line(10, 'p'), line(10, 'q')];
  assert.deepEqual(selectByCoverage(cands, new Map(), { budget: 100, maxLines: 4 }), []);
  assert.deepEqual(selectByCoverage(cands, new Map(), { budget: 100, maxLines: 4, forced: [1] }), [1]);
});
