import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

test("one speaker's two remarks sharing one word are two quotes, not one quote's wordings", () => {
  const { story, items } = loadPlainFixture('quote-one-shared-word');
  const groups = reconcileStory(story, items).quotes;
  const dump = JSON.stringify(groups, null, 1);
  const verhoeven = groups.filter((g) => g.speaker === 'Ilka Verhoeven');
  assert.equal(verhoeven.length, 2, dump);
  assert.ok(
    verhoeven.every((g) => g.items.length === 1),
    dump,
  );
});
