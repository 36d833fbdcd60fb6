import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soundsLikeName, writtenAsName } from '../../src/brief/pick-papers.ts';
import type { EntityKind } from '../../src/model/annotations.ts';
import type { EntityFinding } from '../../src/model/findings.ts';

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

test('a spelling of a person of the story that opens the sentence keeps its capital; a common word does not', () => {
  const entity = (id: string, name: string, kind: EntityKind, aliases: string[]): EntityFinding => ({
    id,
    name,
    kind,
    aliases,
    articles: [],
    roles: [],
    mentions: [],
    merges: [],
  });
  const entities = [entity('e0', 'Ondrej Vray', 'person', ['Vray']), entity('e1', 'Port Alder', 'place', [])];
  assert.equal(soundsLikeName('Vrey', entities), true);
  assert.equal(soundsLikeName("Vrey's", entities), true);
  assert.equal(soundsLikeName('Officials', entities), false);
  // Only people: a place's spelling is judged by the text.
  assert.equal(soundsLikeName('Alder', entities), false);
});
