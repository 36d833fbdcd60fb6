import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

test('a scare-quoted word is no quote of the speaker named in its sentence', () => {
  const { story, items } = loadPlainFixture('quote-scare-term');
  const groups = reconcileStory(story, items).quotes;
  const texts = groups.flatMap((g) => g.items.map((i) => i.text));
  assert.ok(
    texts.some((t) => t.startsWith('We will stay out')),
    JSON.stringify(groups, null, 1),
  );
  assert.ok(!texts.includes('last'), JSON.stringify(groups, null, 1));
});
