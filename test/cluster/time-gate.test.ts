import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDay } from '../../src/cluster/event-time.ts';
import { clusterArticles, clusterItemOf, createClusterer } from '../../src/cluster/index.ts';
import { splitByTime, timeApart } from '../../src/cluster/time-gate.ts';
import { cluster } from '../../src/config.ts';
import type { AnalyzedArticle, DateMention } from '../../src/model/annotations.ts';
import { canonical, loadCases } from './load-fixtures.ts';
import { makeArticle, quickAnnotate } from './quick-annotate.ts';

const blasts = loadCases().find((c) => c.name === 'sibling-silo-blasts-years-apart')!;
const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** An article with a publication date (or none) and the given resolved dates. */
function dated(
  published: string | null,
  dates: Array<Partial<DateMention> & { value: string }>,
): AnalyzedArticle {
  const article = makeArticle('a1', ['The quay reopened after the blast on the day the text names.'], {
    published,
  });
  const annotations = quickAnnotate(article);
  annotations.dates = dates.map((d, i) => ({
    start: i,
    end: i + 1,
    text: d.value,
    precision: 'day',
    kind: 'absolute',
    sentence: 0,
    ...d,
  }));
  return { article, annotations };
}

test('event day: the publication date comes first', () => {
  assert.equal(eventDay(dated('2031-06-12T08:00:00Z', [{ value: '2029-05-03' }])), day('2031-06-12'));
});

test('event day: an undated article takes the first full date its text writes', () => {
  assert.equal(eventDay(dated(null, [{ value: '2029-05-03' }, { value: '2031-01-02' }])), day('2029-05-03'));
});

test('event day: years, months and qualified dates are background, not the event', () => {
  const background = dated(null, [
    { value: '2019', precision: 'year' },
    { value: '2024-02', precision: 'month' },
    { value: '2025-03-01', qualifier: 'since' },
  ]);
  assert.equal(eventDay(background), null);
});

test('event day: a full date whose written weekday fits no neighbouring year says nothing', () => {
  // 3 May 2029 is a Thursday, 3 May 2028 a Wednesday, 3 May 2030 a Friday.
  assert.equal(eventDay(dated(null, [{ value: '2029-05-03', weekday: 'Monday' }])), null);
  assert.equal(eventDay(dated(null, [{ value: '2029-05-03', weekday: 'Thursday' }])), day('2029-05-03'));
});

test('event day: a weekday that fits the same day a year off reads the year as the slip', () => {
  assert.equal(eventDay(dated(null, [{ value: '2029-05-03', weekday: 'Friday' }])), day('2030-05-03'));
  assert.equal(eventDay(dated(null, [{ value: '2029-05-03', weekday: 'Wednesday' }])), day('2028-05-03'));
});

test('time gate: medians more than the gap apart; undated groups are never apart', () => {
  assert.equal(timeApart([day('2031-06-12'), day('2031-06-13')], [day('2029-05-03')], 90), true);
  assert.equal(timeApart([day('2031-06-12')], [day('2031-07-01')], 90), false);
  assert.equal(timeApart([day('2031-06-12')], [null, null], 90), false);
});

test('split by time: runs of days cut apart, a running event stays one run, undated follow words', () => {
  const v = (...features: string[]) => new Map(features.map((f) => [f, 1 / Math.sqrt(features.length)]));
  const vectors = [
    v('w:silo', 'w:roof'),
    v('w:silo', 'w:burn'),
    v('w:silo', 'w:roof'),
    v('w:silo', 'w:burn'),
  ];
  const days = [day('2029-05-03'), day('2031-06-12'), null, day('2031-07-20')];
  assert.deepEqual(splitByTime(vectors, days, 90), [
    [0, 2],
    [1, 3],
  ]);
  assert.equal(
    splitByTime(vectors, [day('2031-06-01'), day('2031-07-20'), null, day('2031-09-10')], 90),
    null,
  );
});

test('split by time: a run of one article cuts nothing when runs need two (a follow-up, a mis-dated page)', () => {
  const v = (...features: string[]) => new Map(features.map((f) => [f, 1 / Math.sqrt(features.length)]));
  const vectors = [v('w:trial'), v('w:trial'), v('w:trial'), v('w:verdict')];
  const days = [day('2031-06-12'), day('2031-06-13'), day('2031-06-14'), day('2032-09-01')];
  assert.deepEqual(splitByTime(vectors, days, 90), [[0, 1, 2], [3]]);
  assert.equal(splitByTime(vectors, days, 90, 2), null);
});

test('silo blasts two years apart: one story by words alone, two with the time gate', () => {
  assert.equal(clusterArticles(blasts.items, { maxEventGapDays: 0 }).length, 1);
  assert.deepEqual(canonical(clusterArticles(blasts.items).map((s) => s.articles)), canonical(blasts.groups));
});

test('silo blasts: the service path (add, review, refine; then a restore) keeps them apart too', () => {
  const clusterer = createClusterer({ reviewEvery: 2 });
  for (const item of [...blasts.items].reverse()) clusterer.add(clusterItemOf(item, cluster));
  clusterer.review();
  clusterer.refine();
  assert.deepEqual(canonical(clusterer.stories().map((s) => s.articles)), canonical(blasts.groups));
  const late = blasts.items.find((i) => i.article.id === 'a0000000bk03')!;
  const first = createClusterer({});
  for (const item of blasts.items) if (item !== late) first.add(clusterItemOf(item, cluster));
  first.review();
  first.refine();
  const rest = createClusterer({}, { entries: first.held(), df: new Map() });
  rest.add(clusterItemOf(late, cluster));
  rest.review();
  rest.refine();
  assert.deepEqual(canonical(rest.stories().map((s) => s.articles)), canonical(blasts.groups));
});
