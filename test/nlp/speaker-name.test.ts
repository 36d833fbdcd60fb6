import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canSpeak, nameRun } from '../../src/nlp/speaker-name.ts';
import { splitSentences } from '../../src/nlp/tokenize.ts';

/** Tokens of a one-paragraph text. */
function tokensOf(text: string) {
  return splitSentences(text, [{ start: 0, end: text.length }]).tokens;
}

function name(text: string): string | null {
  const tokens = tokensOf(text);
  const run = nameRun(text, tokens, 0, tokens.length - 1);
  return run && text.slice(tokens[run[0]].start, tokens[run[1]].end);
}

function speaks(text: string): boolean {
  const tokens = tokensOf(text);
  return canSpeak(text, tokens, 0, tokens.length - 1);
}

test('a name run is whole: hyphen parts, particles, initials', () => {
  assert.equal(name('Ban Sol-min'), 'Ban Sol-min');
  assert.equal(name('Omar al-Haddad'), 'Omar al-Haddad');
  assert.equal(name('Lies de la Vega'), 'Lies de la Vega');
  assert.equal(name('Chief Inspector T. J. Ormond'), 'T. J. Ormond');
});

test('titles are stripped up to the last title word', () => {
  assert.equal(name('Deputy Harbour Master Ilsa Brandt'), 'Ilsa Brandt');
  assert.equal(name('Detective Superintendent Carl Obi'), 'Carl Obi');
});

test('a lone title, a month or a weekday is no name', () => {
  assert.equal(name('the Minister'), null);
  assert.equal(name('in November'), null);
  assert.equal(name('early Friday'), null);
});

test('phrases that speak have a noun head and no number or time word', () => {
  assert.equal(speaks('the ministry'), true);
  assert.equal(speaks('a police spokeswoman'), true);
  assert.equal(speaks('tweets early Friday'), false);
  assert.equal(speaks('a 52'), false);
  assert.equal(speaks('to'), false);
  assert.equal(speaks('late on Monday'), false);
});
