/**
 * ", the fire service said on Friday" after a dated finding is the telling of it, not an event of its
 * own: the timeline has no entry that reads "the fire service said on Friday".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { articleFrom } from '../nlp/fixture-article.ts';
import { timelineTexts } from './nlp-fixture.ts';

// 12 June 2026 was a Friday.
const ARTICLES = [
  {
    outlet: 'Holm Courier',
    published: '2026-06-13',
    text: 'Investigators have found that a gas leak caused the blast at the Holm bus depot on 3 May, the regional fire service said on Friday. Two mechanics were hurt in the blast.',
  },
  {
    outlet: 'Velder Radio',
    published: '2026-06-12',
    text: 'A gas leak caused the explosion at the Holm bus depot on 3 May, according to a fire service report published on Friday. The depot has been closed since the blast.',
  },
];

test('an attribution tail gives no timeline entry of its own', () => {
  const items = ARTICLES.map((a, i) => {
    const article = { ...articleFrom(`t${i}`, a.text, a.published), outlet: a.outlet };
    return { article, annotations: annotate(article) };
  });
  const f = reconcileStory({ id: 's', articles: items.map((x) => x.article.id) }, items);
  const texts = timelineTexts(f, items);
  assert.ok(
    f.timeline.some((e) => e.date === '2026-05-03'),
    `the blast missing:\n${texts.join('\n')}`,
  );
  assert.ok(!texts.some((t) => /^\S+ the regional fire service said on Friday$/.test(t)), texts.join('\n'));
});
