import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/config.ts';
import type { EntityKind } from '../../src/model/annotations.ts';
import { mergeEntities } from '../../src/reconcile/merge-entities.ts';
import { handAnnotate } from './hand-annotate.ts';

function names(paragraphs: string[][], mentions: Array<[string, EntityKind]>): string[][] {
  const items = paragraphs.map((p, i) =>
    handAnnotate({
      id: `a${i}`,
      outlet: `Outlet ${i}`,
      published: null,
      title: null,
      paragraphs: p,
      mentions,
      dates: [],
      quotes: [],
    }),
  );
  return mergeEntities(items, reconcile).entities.map((e) => [e.name, ...e.aliases].sort());
}

test('middle names and titles do not split a person; first names that differ do not merge one', () => {
  const out = names(
    [
      ['Mayor Ilse Maren Varnaka opened the bridge.'],
      ['Ilse Varnaka spoke. Her brother Teo Varnaka did not.'],
    ],
    [
      ['Ilse Maren Varnaka', 'person'],
      ['Ilse Varnaka', 'person'],
      ['Teo Varnaka', 'person'],
    ],
  );
  assert.deepEqual(out, [['Ilse Maren Varnaka', 'Ilse Varnaka'], ['Teo Varnaka']]);
});

test('an acronym matches the initials of one multi-word name, link words skipped', () => {
  const out = names(
    [['The Bank of Veloria raised rates.'], ['The BV said inflation fell.']],
    [
      ['Bank of Veloria', 'organization'],
      ['BV', 'organization'],
    ],
  );
  assert.deepEqual(out, [['BV', 'Bank of Veloria']]);
});

test('places and persons with the same letters are not merged across kinds', () => {
  const out = names([['Doran visited Doran.'], ['Doran left.']], [['Doran', 'person']]);
  assert.equal(out.length, 1, 'same normalised name and kind is one entity');
  const apart = names(
    [['Maren Kolt met Kolt officials.']],
    [
      ['Maren Kolt', 'person'],
      ['Kolt', 'place'],
    ],
  );
  assert.equal(apart.length, 2);
});

test('a word in capitals the story also writes in lower case is a headline-style opening, not an organisation', () => {
  const out = names(
    [
      ['ARMED raiders robbed the Velm jewellers on Tuesday.'],
      ['Two armed raiders fled the jewellers. SEACOL engineers were called; NOTED voices said nothing.'],
    ],
    [
      ['ARMED', 'organization'],
      ['SEACOL', 'organization'],
      ['NOTED', 'organization'],
      ['Velm', 'place'],
    ],
  );
  // "armed" is written in lower case elsewhere; SEACOL and NOTED never are.
  assert.deepEqual(out.flat().sort(), ['NOTED', 'SEACOL', 'Velm']);
});
