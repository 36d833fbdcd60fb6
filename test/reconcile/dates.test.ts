import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/model/claim.ts';
import { datesCompatible, daysApart, findWeekday, gapInWords, weekdayOf } from '../../src/reconcile/dates.ts';
import { judgeDates } from '../../src/reconcile/judge-variant.ts';

test('weekdays are computed from the date, not read from a clock', () => {
  assert.equal(weekdayOf('2031-03-11'), 'Tuesday');
  assert.equal(weekdayOf('2029-03-11'), 'Sunday');
  assert.equal(weekdayOf('2031-03'), null);
});

test('weekday names are found, but not inside other words', () => {
  assert.equal(findWeekday('On Tuesday, '), 'Tuesday');
  assert.equal(findWeekday('Thu, 4 May'), 'Thursday');
  assert.equal(findWeekday('last month the monitor'), null);
});

test('dates of different precision are compatible when one contains the other', () => {
  assert.ok(datesCompatible('2021', '2021-08', 0));
  assert.ok(datesCompatible('2031-03-11', '2031-03-12', 1));
  assert.ok(!datesCompatible('2031-03-11', '2031-03-13', 1));
  assert.equal(daysApart('2029-03-11', '2031-03-12'), 731);
  assert.equal(gapInWords(731), '2 years');
});

const claim = (article: string, outlet: string, value: string, weekday?: string): Claim => ({
  kind: 'event-date',
  key: 'event-date',
  topic: 'date of the main event',
  value,
  citation: { article, start: 0, end: 5 },
  outlet,
  ...(weekday ? { weekday } : {}),
});

test('a date is judged a likely error only with evidence, and the reason says which', () => {
  const published = new Map([
    ['a1', '2031-03-12'],
    ['a2', '2031-03-12'],
  ]);
  const alone = judgeDates(
    [['2031-03-11'], ['2031-02-01']],
    [claim('a1', 'A', '2031-03-11'), claim('a2', 'B', '2031-02-01')],
    published,
    60,
  );
  assert.equal(alone, null, 'two outlets, no weekday, both recent: nothing tells which is wrong');
  const weekday = judgeDates(
    [['2031-03-11'], ['2031-03-04']],
    [claim('a1', 'A', '2031-03-11'), claim('a2', 'B', '2031-03-04', 'Monday')],
    published,
    60,
  );
  assert.equal(weekday?.value, '2031-03-04');
  assert.match(weekday!.reason, /"Monday" does not fit 2031-03-04, which was a Tuesday/);
});
