import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasIndex, sameReferent } from '../../src/reconcile/same-referent.ts';

const entities = [
  { id: 'e0', name: 'Benjamin Todd Arvek', kind: 'person' as const, aliases: ['Arvek'] },
  { id: 'e1', name: 'Anna Solvang', kind: 'person' as const, aliases: [] },
  { id: 'e2', name: 'Pavel Solvang', kind: 'person' as const, aliases: [] },
  { id: 'e3', name: 'Velm Water Board', kind: 'organization' as const, aliases: ['VWB'] },
];

test('a nickname with the surname is the same person as the full name with a middle name', () => {
  assert.ok(sameReferent('Benjamin Todd Arvek', 'Ben Arvek', entities));
  assert.ok(sameReferent('Mr. Arvek', 'Benjamin Arvek', entities), 'titles are dropped');
  assert.equal(aliasIndex(entities).idOf('Ben Arvek'), 'e0');
  assert.ok(!sameReferent('Mr. Arvek', 'Ms. Arvek', entities), 'courtesy titles of two genders');
});

test('two people who share a surname are different; their bare surname is neither', () => {
  const index = aliasIndex(entities);
  assert.ok(!index.same('Anna Solvang', 'Pavel Solvang'));
  assert.equal(index.resolve('Solvang'), 'ambiguous');
  assert.ok(!index.same('Solvang', 'Anna Solvang'));
  assert.equal(index.idOf('A. Solvang'), 'e1');
});

test('an acronym and its long form, and spellings no entity holds', () => {
  assert.ok(sameReferent('VWB', 'Velm Water Board', entities));
  assert.ok(sameReferent('Velm Water Board', 'the Velm Water Board', entities));
  assert.ok(sameReferent('Ilkar Zhemov', 'Ilkar Jemov', entities), 'transliteration, outside the entities');
  assert.ok(!sameReferent('Ilkar Zhemov', 'Ilkar Pavlov', entities));
  assert.ok(!sameReferent('Anna Solvang', 'Velm Water Board', entities));
});
