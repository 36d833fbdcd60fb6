/**
 * Claims alignment on plain fictional fixtures: counts aligned by what they count and the verb that
 * tells their event, second quantities of one outlet kept out of disputes, sourced figures not
 * called errors, transposed digits named, plans kept out of the past timeline.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { phoneticKey } from '../../src/reconcile/name-key.ts';
import { loadPlainFixture } from './nlp-fixture.ts';

/** A value's amount: the digits of "2,340 members" or "fewer than 1,600 workers" (values are shown as written). */
const amount = (v: string) => v.replace(/[^\d.]/g, '');
const values = (d: { variants: Array<{ value: string }> }) => d.variants.map((v) => amount(v.value)).sort();

test('counts align by noun and verb: "carried 45 residents" stays out of the evacuation dispute', () => {
  const { story, items } = loadPlainFixture('count-alignment');
  const f = reconcileStory(story, items);
  const evac = f.disputes.find((d) => d.variants.some((v) => amount(v.value) === '312'));
  assert.ok(evac, 'the 310/312 dispute is found');
  assert.deepEqual(values(evac), ['310', '312']);
  // 310 is credited to a named source ("according to the Tarrow Fire Brigade"): not a slip.
  assert.equal(evac.likelyError, undefined);
});

test("a lone value with the majority value's digits reordered is flagged as transposed", () => {
  const { story, items } = loadPlainFixture('count-alignment');
  const f = reconcileStory(story, items);
  const jobs = f.disputes.find((d) => d.variants.some((v) => amount(v.value) === '270'));
  assert.ok(jobs, 'the jobs dispute is found');
  assert.equal(amount(jobs.likelyError?.value ?? ''), '720');
  assert.match(jobs.likelyError!.reason, /transposed/);
});

test('a partitive count reads the noun after "of"; the whole it is part of is no rival count', () => {
  const { story, items } = loadPlainFixture('count-partitive');
  const f = reconcileStory(story, items);
  const strike = f.disputes.find((d) => d.variants.some((v) => amount(v.value) === '2340'));
  assert.ok(strike, `the 2,340 / 1,600 dispute is found: ${JSON.stringify(f.disputes.map(values))}`);
  assert.deepEqual(values(strike), ['1600', '2340']);
  assert.equal(strike.likelyError, undefined, 'two outlets on each side: no error');
  assert.ok(
    !f.claims.some((c) => c.value === '3100'),
    'the whole of "1,600 of the … 3,100 employees" is no count',
  );
});

test('irregular and -ing verb forms meet their group ("died", "taking"), past a place phrase', () => {
  const { story, items } = loadPlainFixture('count-verb-forms');
  const f = reconcileStory(story, items);
  const lost = f.disputes.find((d) => d.variants.some((v) => amount(v.value) === '27'));
  assert.ok(lost, `the 27 / 29 dispute is found: ${JSON.stringify(f.disputes.map(values))}`);
  assert.deepEqual(values(lost), ['27', '29']);
  assert.equal(amount(lost.likelyError?.value ?? ''), '29');
});

test('two quantities every outlet gives (claim and offer, damage and request) are not a dispute', () => {
  const { story, items } = loadPlainFixture('second-quantity');
  const f = reconcileStory(story, items);
  assert.deepEqual(
    f.disputes.filter((d) => d.kind === 'number').map((d) => `${d.topic}: ${values(d).join('/')}`),
    [],
  );
});

test('plans go to upcoming, durations give no date, the past stays in the timeline', () => {
  const { story, items } = loadPlainFixture('upcoming-plans');
  const f = reconcileStory(story, items);
  const past = f.timeline.map((e) => e.date);
  const next = (f.upcoming ?? []).map((e) => e.date);
  assert.ok(next.includes('2031-06-13'), `the Friday session is upcoming: ${next}`);
  assert.ok(next.includes('2034'), `the 2034 plan is upcoming: ${next}`);
  assert.ok(!past.some((d) => d >= '2031-06-12'), `no future date in the past timeline: ${past}`);
  assert.ok(!past.concat(next).includes('2040'), 'no date made of "in nine years"');
  assert.ok(past.includes('1962'), `the 1962 building stays in the past: ${past}`);
});

test('transliteration folds: final h, x/ks, c/k, th/t, dotless i', () => {
  assert.equal(phoneticKey('nasralla'), phoneticKey('nasrallah'));
  assert.equal(phoneticKey('aleksandr'), phoneticKey('alexander'));
  assert.equal(phoneticKey('catherine'), phoneticKey('katharine'));
  assert.equal(phoneticKey('yıldız'), phoneticKey('yildiz'));
  assert.notEqual(phoneticKey('marten'), phoneticKey('mortinx'));
});
