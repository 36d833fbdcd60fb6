import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

test('a short shout credited to two different speakers stays two quotes', () => {
  const { story, items } = loadPlainFixture('quote-short-shout');
  const groups = reconcileStory(story, items).quotes;
  const dump = JSON.stringify(groups, null, 1);
  const driver = groups.find((g) => g.items.some((i) => i.outlet === 'Eastside Herald'));
  assert.equal(driver?.speaker, 'the driver', dump);
  assert.ok(!driver?.items.some((i) => i.outlet === 'Metro Ledger'), dump);
});
