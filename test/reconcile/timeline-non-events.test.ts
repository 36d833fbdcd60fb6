/**
 * Dated passages that tell no event give no timeline entry: a quote, a habit, a condition, a negation,
 * a birthday to come, an offset from a date, a statistic's or a comparison's year, a date written as a
 * noun's attribute, a weekday abbreviation that is a word or a name, and a blog footer. The events of
 * the same story stay (the failure, a fine, a rebuild "in 2029", a plea on Friday), and an entry is
 * told by a passage that gives its full date.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture, timelineTexts } from './nlp-fixture.ts';

test('passages that tell no event give no timeline entry; dated events stay', () => {
  const { story, items } = loadPlainFixture('timeline-non-events');
  const f = reconcileStory(story, items);
  const texts = timelineTexts(f, items);
  const shown = texts.join('\n');
  for (const words of [
    'lottery',
    'usually inspects',
    'keeps rising',
    'not been made public',
    'will be 61',
    'three weeks before',
    'normal level',
    'from a year ago',
    'budget vote',
    'sat out',
    'Posted in',
    'youngest engineer',
    'safety manual',
    'documentary',
  ])
    assert.ok(!shown.includes(words), `"${words}" listed:\n${shown}`);
  const dates = texts.map((t) => t.split(' ')[0]);
  for (const event of ['2031-05-05', '2027', '2029', '2031-05-09'])
    assert.ok(dates.includes(event), `${event} missing:\n${shown}`);
  // A passage dated coarser than its entry never stands for it: the promotion of September 2030 is
  // told by the line that gives its month.
  assert.ok(shown.includes('2030-09 Roth ran'), shown);
});
