import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isQuotedTerm } from '../../src/nlp/quoted-term.ts';

/** The quote at the first pair of double marks around `inner` in `text`. */
function at(text: string, inner: string) {
  const start = text.indexOf(inner);
  assert.ok(start > 0, inner);
  return { start, end: start + inner.length, text: inner };
}

const cases: [string, string, boolean][] = [
  ['Dockers rejected the "last" offer the port made on Monday.', 'last', true],
  ['She is a Halvorsen "bright mind" fellow this year.', 'bright mind', true],
  ['The minister scrapped other "night orders" signed in May.', 'night orders', true],
  ['He directed "The Long Harbour" before turning to politics.', 'The Long Harbour', true],
  ['The council sent an e-mailed "service note" to residents.', 'service note', false],
  ['"Granted." the judge said.', 'Granted.', false],
  ['"We will not sign," said Oona Vale.', 'We will not sign,', false],
  ['Vale said the plan was "a trap for tenants" and left.', 'a trap for tenants', false],
  ['Vale called the plan "dead on arrival," aides said.', 'dead on arrival', false],
  ['"We will not sign," said Oona Vale.', 'We will not sign', false],
];

for (const [text, inner, term] of cases)
  test(`quoted term: ${inner} → ${term}`, () => {
    assert.equal(isQuotedTerm(text, at(text, inner)), term);
  });
