import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writtenLowerCase } from '../../src/brief/pick-papers.ts';

const TEXT =
  'Tjelle Branko, the ferry operator, said the crossing would reopen. The crossing has been shut since Monday. Tjelle said the fares would not rise.';

test('a sentence-initial word the article also writes in lower case is a common word', () => {
  assert.equal(writtenLowerCase('The', TEXT), true);
});

test('a first name the mentions missed is never lower-cased after "reports that"', () => {
  assert.equal(writtenLowerCase('Tjelle', TEXT), false);
});
