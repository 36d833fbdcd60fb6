/** Upcoming events are those after the story's latest report; a plan later reports overtook is history. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineEvent } from '../../src/model/findings.ts';
import { splitUpcoming } from '../../src/reconcile/split-upcoming.ts';

const event = (date: string, article: string, main = false): TimelineEvent => {
  const c = { article, start: 0, end: 10 };
  return { date, representative: c, citations: [c], outlets: [article], main };
};

test('a hearing set for a day a later report has passed stays in the timeline; later plans are upcoming', () => {
  const published = new Map([
    ['early', '2031-06-10'],
    ['late', '2031-06-16T09:00:00Z'],
  ]);
  const { past, upcoming } = splitUpcoming(
    [
      event('2031-06-12', 'early'),
      event('2031-09-06', 'early'),
      event('2031', 'late'),
      event('2031-06-20', 'late', true),
    ],
    published,
  );
  assert.deepEqual(
    past.map((e) => e.date),
    ['2031-06-12', '2031', '2031-06-20'],
  );
  assert.deepEqual(
    upcoming.map((e) => e.date),
    ['2031-09-06'],
  );
});

test('without any publication date nothing is upcoming', () => {
  const { upcoming } = splitUpcoming([event('2031-09-06', 'a')], new Map([['a', null]]));
  assert.deepEqual(upcoming, []);
});
