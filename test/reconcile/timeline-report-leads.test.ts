/**
 * A follow-up report whose lead tells news of its own in the present perfect ("A man has been charged
 * …") gives a timeline entry on its publication day; a lead that retells the main event ("A fire has
 * destroyed …") gives none, and a later report retelling an earlier lead does not move its date.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { loadPlainFixture, timelineTexts } from './nlp-fixture.ts';

test("follow-up leads are dated by their report; retold news keeps the first report's day", () => {
  const { story, items } = loadPlainFixture('timeline-report-leads');
  const f = reconcileStory(story, items);
  const entries = [...f.timeline, ...(f.upcoming ?? [])];
  const texts = timelineTexts(f, items);
  const shown = texts.join('\n');
  assert.ok(
    texts.some((t) => /^2031-04-14 A man has been charged/.test(t)),
    shown,
  );
  assert.ok(
    texts.some((t) => /^2031-04-15 A man has denied arson/.test(t)),
    shown,
  );
  assert.ok(!texts.some((t) => t.startsWith('2031-04-21')), shown);
  const cited = entries.flatMap((e) => e.citations.map((c) => `${e.date}:${c.article}`));
  assert.ok(!cited.includes('2031-04-14:r4'), cited.join(' '));
});
