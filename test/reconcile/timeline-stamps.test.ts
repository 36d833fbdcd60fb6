/** A timestamp line ("September 4, 2031 - 6:15pm") holds a date and no event: it never becomes a timeline entry. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

test('timestamp lines give no timeline entry; the events around them do', () => {
  const { story, items } = loadPlainFixture('timeline-stamps');
  const f = reconcileStory(story, items);
  const texts = f.timeline.map((e) => {
    const a = items.find((i) => i.article.id === e.representative.article)!.article;
    return `${e.date} ${a.text.slice(e.representative.start, e.representative.end)}`;
  });
  assert.ok(!texts.some((t) => /6:15pm|9:40 GMT/.test(t)), texts.join('\n'));
  assert.ok(
    texts.some((t) => t.startsWith('1958 ')),
    texts.join('\n'),
  );
  assert.ok(
    texts.some((t) => t.startsWith('2031-09-02 ')),
    texts.join('\n'),
  );
});

test('a past-tense day dated after its own report gives no timeline entry', () => {
  const { story, items } = loadPlainFixture('timeline-stamps');
  const late = items.map((i) =>
    i.article.id === 't1'
      ? {
          ...i,
          annotations: {
            ...i.annotations,
            dates: i.annotations.dates.map((d) =>
              d.text === 'Tuesday' ? { ...d, afterReport: true as const } : d,
            ),
          },
        }
      : i,
  );
  const cited = reconcileStory(story, late).timeline.flatMap((e) =>
    e.citations.map((c) => `${e.date}:${c.article}`),
  );
  assert.ok(!cited.includes('2031-09-02:t1'), cited.join(' '));
  assert.ok(cited.includes('2031-09-02:t2'), cited.join(' '));
});
