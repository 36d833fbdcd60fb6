import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writtenAsName } from '../../src/brief/pick-papers.ts';

const TEXT =
  'Tjelle Branko, the ferry operator, said the crossing would reopen. Experts doubt it. The fares will not rise, said Tjelle.';

test('a first name the mentions missed keeps its capital after "reports that"', () => {
  assert.equal(writtenAsName('Tjelle', TEXT), true);
});

test('a common word that opens a sentence is lower-cased', () => {
  assert.equal(writtenAsName('The', TEXT), false);
  assert.equal(writtenAsName('Experts', TEXT), false);
});

test('a possessive name opening the sentence keeps its capital (judged by the name itself)', () => {
  const text = "Varnholt's dockers voted to strike. Cranes arrived in Varnholt last spring, the union said.";
  assert.equal(writtenAsName("Varnholt's", text), true);
  assert.equal(writtenAsName('Varnholt’s', text.replace("'", '’')), true);
  assert.equal(writtenAsName("Everyone's", "Everyone's pay rose. The union thanked everyone."), false);
});
