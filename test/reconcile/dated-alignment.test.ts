/**
 * Dated statements aligned across outlets: a weekday that does not fit its date, a year its own article
 * contradicts, and two events that share a clause but not a slip-like date.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { nearMiss } from '../../src/reconcile/align-dated-events.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

const values = (d: { variants: Array<{ value: string }> }) => d.variants.map((v) => v.value).sort();

test('the same start told with a weekday that fits another day is a date dispute with its error', () => {
  const { story, items } = loadPlainFixture('dated-weekday-slip');
  const f = reconcileStory(story, items);
  const d = f.disputes.find(
    (x) => x.kind === 'event-date' && x.variants.some((v) => v.value === '2031-05-10'),
  );
  assert.ok(d, `a dispute holds 2031-05-10: ${JSON.stringify(f.disputes.map(values))}`);
  assert.ok(values(d).includes('2031-05-09'));
  assert.equal(d.likelyError?.value, '2031-05-10');
  assert.equal(d.likelyError?.article, 'c2');
  assert.match(d.likelyError!.reason, /"Friday" does not fit 2031-05-10/);
  assert.ok(!f.timeline.some((e) => e.date === '2031-05-10'), 'the slip stays out of the timeline');
});

test('a plan (a date ahead, or "hope to" + verb) and a past event with the same verb are no dispute', () => {
  const { story, items } = loadPlainFixture('dated-weekday-slip');
  const f = reconcileStory(story, items);
  const bogus = f.disputes.filter((x) =>
    x.variants.some((v) => v.value === '2031-05-04' || v.value === '2031-05-08'),
  );
  assert.deepEqual(bogus.map(values), []);
});

test('a year its own article contradicts (launched + sailed N years) is the likely error', () => {
  const { story, items } = loadPlainFixture('dated-own-years');
  const f = reconcileStory(story, items);
  const d = f.disputes.find(
    (x) => x.kind === 'event-date' && x.variants.some((v) => v.value.startsWith('1826')),
  );
  assert.ok(d, `a dispute holds 1826: ${JSON.stringify(f.disputes.map(values))}`);
  assert.ok(values(d).some((v) => v.startsWith('1862')));
  assert.equal(d.likelyError?.article, 'd3');
  assert.match(d.likelyError!.reason, /1855 \+ 7 = 1862/);
});

test('two events that share a clause but not a slip-like date are no dispute', () => {
  const { story, items } = loadPlainFixture('dated-own-years');
  const f = reconcileStory(story, items);
  const bogus = f.disputes.filter((x) => x.variants.some((v) => v.value === '1840' || v.value === '1871'));
  assert.deepEqual(bogus.map(values), []);
});

test('an outlet that tells two of the dates in the same words knows two events: no dispute', () => {
  const { story, items } = loadPlainFixture('dated-two-events');
  const f = reconcileStory(story, items);
  const bogus = f.disputes.filter((x) => x.variants.some((v) => v.value === '2031-06-03'));
  assert.deepEqual(bogus.map(values), []);
});

test('near misses: a swapped or changed digit, a day of the month, a weekday; not another decade', () => {
  const c = (value: string, weekday?: string) => ({
    kind: 'event-date' as const,
    key: 'k',
    topic: 't',
    value,
    citation: { article: 'a', start: 0, end: 1 },
    ...(weekday ? { weekday } : {}),
  });
  assert.ok(nearMiss(c('1847-11'), c('1874-11')));
  assert.ok(nearMiss(c('2025-03-11'), c('2026-03-11')));
  assert.ok(nearMiss(c('2031-05-09'), c('2031-05-10', 'Friday')));
  assert.ok(!nearMiss(c('1840'), c('1871')));
  assert.ok(!nearMiss(c('1998'), c('1976')));
});
