/**
 * An event has one attendance: two outlets' only two values of it, close to each other, are rivals
 * even when their sentences are worded apart; values further apart are left to the usual gates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disputesOfTexts } from './nlp-fixture.ts';

const attendance = (texts: Array<[string, string]>) => disputesOfTexts(texts, 'count:attendanc');
const FINAL =
  'Tessby Rovers beat Holm 2-1 in the cup final at the Varn Bowl on Saturday in front of a crowd of 18,400.';

test("two outlets' attendance figures of one match, worded apart: a dispute", () => {
  const d = attendance([
    [FINAL, '2026-05-17'],
    [
      'The official attendance at the Varn Bowl was 19,200, the league said, in a ground that holds 21,000.',
      '2026-05-17',
    ],
  ]);
  assert.equal(d.length, 1, JSON.stringify(d, null, 1));
});

test('two attendance values more than a tenth apart, worded apart, are left to the usual gates', () => {
  const d = attendance([
    [FINAL, '2026-05-17'],
    [
      'The official attendance at the Varn Bowl was 21,300, the league said, in a ground that holds 23,000.',
      '2026-05-17',
    ],
  ]);
  assert.equal(d.length, 0, JSON.stringify(d, null, 1));
});
