import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

const { story, items } = loadPlainFixture('quote-variants');
const groups = reconcileStory(story, items).quotes;
const dump = JSON.stringify(groups, null, 1);

test('a quote repeated in one article and reworded by another outlet is one group', () => {
  const radio = groups.filter((g) => g.items.some((i) => i.outlet === 'Bay Radio'));
  assert.equal(radio.length, 1, dump);
  const post = radio[0].items.filter((i) => i.outlet === 'Kellmouth Post');
  assert.equal(post.length, 2, dump);
});

test('a long quote holding two sentences does not bridge them into one group', () => {
  for (const g of groups) {
    const post = g.items.filter((i) => i.outlet === 'Kellmouth Post').map((i) => i.text);
    assert.ok(!(post.some((t) => t.includes('rebuild')) && post.some((t) => t.includes('lose'))), dump);
  }
});

test('the shown wording starts a sentence and the speaker is the name as written', () => {
  for (const g of groups) {
    assert.match(g.items[0].text, /^\p{Lu}/u);
    assert.equal(g.speaker, 'Selma Okafor');
  }
});
