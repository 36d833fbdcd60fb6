/**
 * A sentence that tells the main event may also date its background: "the fourth rescue of the
 * tour that began in March" beside "on Thursday" in May. The month is no date of the main event: it
 * makes its own background entry instead of vanishing into the main one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { articleFrom } from '../nlp/fixture-article.ts';
import { timelineTexts } from './nlp-fixture.ts';

// 15 May 2031 was a Thursday.
const ARTICLES = [
  {
    outlet: 'Coast Wire',
    published: '2031-05-16',
    text: 'The lifeboat Marren Star pulled eleven fishermen from a sinking trawler off Cape Tolle on Thursday, the coastguard said. It was the fourth rescue of the crew on a summer patrol that began in March.',
  },
  {
    outlet: 'Harbour News',
    published: '2031-05-16',
    text: 'The Marren Star lifeboat rescued eleven fishermen from a trawler sinking off Cape Tolle on Thursday. The rescue was the fourth of a patrol that began in March, the coastguard said.',
  },
  {
    outlet: 'Tolle Herald',
    published: '2031-05-15',
    text: 'Eleven fishermen were pulled from a sinking trawler off Cape Tolle today by the lifeboat Marren Star, in its fourth rescue since the patrol began in March.',
  },
];

test("a month in the main event's sentences that does not hold its day makes a background entry", () => {
  const items = ARTICLES.map((a, i) => {
    const article = { ...articleFrom(`m${i}`, a.text, a.published), outlet: a.outlet };
    return { article, annotations: annotate(article) };
  });
  const f = reconcileStory({ id: 's', articles: items.map((x) => x.article.id) }, items);
  const texts = timelineTexts(f, items);
  const dates = f.timeline.map((e) => e.date);
  assert.ok(dates.includes('2031-05-15'), `main event missing:\n${texts.join('\n')}`);
  assert.ok(dates.includes('2031-03'), `the patrol's month missing:\n${texts.join('\n')}`);
});
