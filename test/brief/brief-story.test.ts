import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import { briefStory } from '../../src/brief/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { startsDangling } from '../../src/reconcile/self-contained.ts';
import { loadHandFixture, readFixture } from '../reconcile/hand-annotate.ts';
import { projectBriefing } from './project-briefing.ts';

const { story, items } = loadHandFixture('brief', 'harbour-fire');
const findings = reconcileStory(story, items);
const briefing = briefStory(story, items, findings);
const articles = items.map((i) => i.article);

test('harbour-fire: the briefing matches the reviewed golden projection', () => {
  assert.deepEqual(projectBriefing(briefing), readFixture('brief', 'harbour-fire', 'expected.json'));
});

test('every line is cited, in range, verbatim; summary lines do not overlap', () => {
  assert.deepEqual(checkBriefing(briefing, articles), []);
});

test('the summary opens with the main event cited to every outlet that states it, never the likely error', () => {
  const first = briefing.summary[0];
  assert.match(first.text, /fire/i);
  assert.equal(new Set(first.citations.map((c) => c.article)).size, 4);
  assert.ok(briefing.summary.length >= 2 && briefing.summary.length <= 4);
  for (const line of briefing.summary) {
    assert.ok(!startsDangling(line.text), line.text);
    assert.doesNotMatch(line.text, /2029|14 dock/);
  }
});

test('the dispute keeps its values and the likely error with its reason', () => {
  const d = briefing.disputes.find((x) => x.topic === 'date of the main event')!;
  assert.deepEqual(
    d.variants.map((v) => v.value),
    ['2031-03-11', '2029-03-11'],
  );
  assert.equal(d.likelyError?.article, 'a00000000002');
  assert.ok(d.likelyError!.reason.length > 20);
});

test('a differently worded quote is kept as a cited wording of the same quote', () => {
  const q = briefing.quotes[0];
  assert.equal(q.speaker, 'Yusuf Khaleelov');
  assert.equal(q.wordings?.length, 1);
});

test('questions come from the story: its disputes, a single-source number, an announcement', () => {
  assert.ok(briefing.questions.includes('Which date is right for the main event: 2031-03-11 or 2029-03-11?'));
  assert.ok(briefing.questions.some((q) => q.includes('"4 million tonnes"') && q.includes('Coastline Wire')));
  assert.ok(
    briefing.questions.some((q) => q.startsWith('Has this happened yet') && q.includes('plans to publish')),
  );
});

test('an article with nothing of its own gets no padded lines; a distinctive one gets its sentence', () => {
  const per = new Map(briefing.perSource.map((p) => [p.article, p.distinctive.map((l) => l.text)]));
  assert.deepEqual(per.get('a00000000004'), []);
  assert.ok(per.get('a00000000002')!.some((t) => t.includes('compensation')));
});

test('a one-article story keeps its own dated statements and stays valid', () => {
  const one = { id: 's1', articles: [items[0].article.id] };
  const b = briefStory(one, [items[0]], reconcileStory(one, [items[0]]));
  assert.deepEqual(
    b.timeline.map((e) => e.date),
    ['1998', '2030-06', '2031-03-11'],
  );
  assert.deepEqual(checkBriefing(b, [items[0].article]), []);
  assert.ok(b.facts.every((f) => f.status === 'single-source'));
});
