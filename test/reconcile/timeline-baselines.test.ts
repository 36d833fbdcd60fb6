/**
 * A date at the end of a comparison's "since" clause ("the worst since the council was forced from
 * power in 2004", "has not happened … since 2015") is a baseline, and "this year" is the report's own
 * year: neither gives a timeline entry. An event that opens a counted period ("since the uprising began
 * in 2029") or a state ("at least one curfew … since the army took over in March 2030") stays.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture, timelineTexts } from './nlp-fixture.ts';

test('baselines of comparisons and the report year give no timeline entry', () => {
  const { story, items } = loadPlainFixture('timeline-baselines');
  const f = reconcileStory(story, items);
  const texts = timelineTexts(f, items);
  const dates = texts.map((t) => t.split(' ')[0]);
  for (const baseline of ['2004', '2015', '2031'])
    assert.ok(!dates.includes(baseline), `${baseline} listed:\n${texts.join('\n')}`);
  assert.ok(dates.includes('2029'), texts.join('\n'));
  assert.ok(dates.includes('2030-03'), `a state's start stays: ${texts.join('\n')}`);
});
