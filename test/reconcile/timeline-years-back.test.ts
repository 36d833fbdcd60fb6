/**
 * A main-event sentence that also tells background as a distance in years ("closing the crossing, as a
 * barge did nine years ago") gives the main event no date: a report never dates its own news that way.
 * So the background year stays an entry of its own (with the outlets that write it as a year) instead
 * of being folded into the main event, and no outlet's main event is dated nine years back; the
 * sentence still cites the main event (its years-back clause dates only that clause).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture, timelineTexts } from './nlp-fixture.ts';

test('a distance in years inside a main-event sentence dates background, not the main event', () => {
  const { story, items } = loadPlainFixture('timeline-years-back');
  const f = reconcileStory(story, items);
  const texts = timelineTexts(f, items);
  const main = f.timeline.find((e) => e.main);
  assert.equal(main?.date, '2031-10-03', texts.join('\n'));
  // Its sentence still tells the main event: the years-back clause does not keep it from citing it.
  assert.ok(
    main?.citations.some((c) => c.article === 'y3'),
    JSON.stringify(main?.citations),
  );
  const background = f.timeline.find((e) => e.date === '2022');
  assert.ok(background && !background.main, `no 2022 entry of its own:\n${texts.join('\n')}`);
  assert.ok(!f.claims.some((c) => c.key === 'event-date' && c.value === '2022'), 'a main-event date of 2022');
  assert.ok(!f.disputes.some((d) => d.kind === 'event-date'), JSON.stringify(f.disputes));
});
