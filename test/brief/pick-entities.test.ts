import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityList, spelledApart } from '../../src/brief/pick-entities.ts';
import type { EntityFinding } from '../../src/model/findings.ts';

/** An entity named `mentions` times in the given articles (one mention per article first). */
function entity(name: string, aliases: string[], articles: string[], mentions: number): EntityFinding {
  return {
    id: name,
    name,
    kind: 'place',
    aliases,
    articles,
    roles: [],
    mentions: Array.from({ length: mentions }, (_, n) => ({
      article: articles[n % articles.length],
      start: 0,
      end: 1,
    })),
    merges: [],
  };
}

test('an alias that spells a part of the name differently is a spelling variant; titles, initials and acronyms are not', () => {
  assert.equal(spelledApart({ name: 'Tarik Velmand', aliases: ['Tariq Velmand'] }), true);
  assert.equal(spelledApart({ name: 'Osselwin', aliases: ['Osselvin'] }), true);
  assert.equal(spelledApart({ name: 'Nadir Al Vessoud', aliases: ['Nadir Al - Vessoud'] }), true);
  assert.equal(
    spelledApart({ name: 'Tarik Velmand', aliases: ['Velmand', 'Dr Tarik Velmand', 'T. Velmand'] }),
    false,
  );
  assert.equal(spelledApart({ name: 'Harbour Safety Board', aliases: ['HSB'] }), false);
});

test('past the cut, entities the outlets spell differently in two articles still get a card', () => {
  const busy = Array.from({ length: 4 }, (_, n) => entity(`Town ${'ABCD'[n]}`, [], ['a1', 'a2'], 10 - n));
  const spelled = entity('Osselwin', ['Osselvin'], ['a1', 'a3'], 2);
  const lone = entity('Marrow Point', ['Marow Point'], ['a2'], 2);
  const plain = entity('Kettle Bay', [], ['a1', 'a2'], 3);
  const names = entityList([...busy, plain, spelled, lone], 3, 5).map((e) => e.name);
  assert.deepEqual(names, ['Town A', 'Town B', 'Town C', 'Osselwin']);
  // The extra cards have their own cap.
  assert.deepEqual(
    entityList([...busy, plain, spelled], 3, 0).map((e) => e.name),
    ['Town A', 'Town B', 'Town C'],
  );
});
