/**
 * A bare year dates an entry only when the text writes it as a time ("In 2027, …") or
 * before an event noun ("the 2029 flood"); a team's, a film's or a handbook's year, a span, a decade
 * and a possessive year are attributes and give no timeline entry.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture, timelineTexts } from './nlp-fixture.ts';

test('years inside noun phrases give no timeline entry; years written as times do', () => {
  const { story, items } = loadPlainFixture('timeline-year-attributes');
  const f = reconcileStory(story, items);
  const texts = timelineTexts(f, items);
  const dates = texts.map((t) => t.split(' ')[0]);
  for (const attribute of ['2019', '2024', '2016', '2020', '1990', '2031'])
    assert.ok(!dates.includes(attribute), `${attribute} listed:\n${texts.join('\n')}`);
  for (const event of ['2027', '2029', '2001'])
    assert.ok(dates.includes(event), `${event} missing:\n${texts.join('\n')}`);
});
