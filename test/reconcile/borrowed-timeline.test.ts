/**
 * An undated article's "on Thursday" is dated by a frame borrowed from its story only when the story's
 * reports span a few weeks: over years, the article may be the event or a follow-up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { articleFrom } from '../nlp/fixture-article.ts';

function timelineTexts(articles: Array<[string, string | null, string]>) {
  const items = articles.map(([id, published, text]) => {
    const article = { ...articleFrom(id, text, published), outlet: `Outlet ${id}` };
    return { article, annotations: annotate(article) };
  });
  const f = reconcileStory({ id: 's', articles: items.map((i) => i.article.id) }, items);
  return f.timeline.flatMap((e) =>
    e.citations.map((c) => {
      const a = items.find((i) => i.article.id === c.article)!.article;
      return `${e.date} ${a.text.slice(c.start, c.end)}`;
    }),
  );
}

const undated: [string, null, string] = [
  'u',
  null,
  'Kestra Olm shot two co-workers at the Velm bakery on Thursday night, police said. Kestra Olm was arrested at the Velm bakery.',
];

test('coverage over years: the undated report borrows no weekday date', () => {
  const texts = timelineTexts([
    undated,
    [
      'a',
      '2031-05-02',
      'Kestra Olm, who shot two co-workers at the Velm bakery, was arrested at the bakery.',
    ],
    ['b', '2033-06-10', 'Kestra Olm went on trial on Monday for shooting two co-workers at the Velm bakery.'],
  ]);
  assert.ok(!texts.some((t) => t.includes('on Thursday night')), texts.join('\n'));
});

test('coverage over days: the undated report is dated against its story', () => {
  const texts = timelineTexts([
    undated,
    [
      'a',
      '2031-05-02',
      'Kestra Olm, who shot two co-workers at the Velm bakery, was arrested at the bakery.',
    ],
    ['b', '2031-05-03', 'Kestra Olm was charged on Friday with shooting two co-workers at the Velm bakery.'],
  ]);
  assert.ok(
    texts.some((t) => t.includes('on Thursday night')),
    texts.join('\n'),
  );
});

test('the main event takes its day from a dated report, not from a frame an undated one borrowed', () => {
  // 17 May 2031 was a Saturday; the undated report's "last night" read against the story's latest
  // date (the 17th) gives the 16th, a guess that must not outvote the dated report on a tie.
  const texts = timelineTexts([
    [
      'a',
      '2031-05-17T22:40:00',
      'The Harbour Club won the Coastal Cup final on Saturday night, beating Rask United 2-1 in Dunmere.',
    ],
    ['b', null, 'The Harbour Club won the Coastal Cup final last night, beating Rask United 2-1 in Dunmere.'],
  ]);
  assert.ok(
    texts.some((t) => t.startsWith('2031-05-17') && t.includes('last night')),
    texts.join('\n'),
  );
  assert.ok(!texts.some((t) => t.startsWith('2031-05-16')), texts.join('\n'));
});
