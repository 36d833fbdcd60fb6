import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import { briefStory } from '../../src/brief/index.ts';
import * as config from '../../src/config.ts';
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
  assert.ok(briefing.summary.length >= 2 && briefing.summary.length <= config.brief.maxSummary);
  const words = briefing.summary.reduce((n, l) => n + l.text.split(/\s+/).length, 0);
  assert.ok(words <= config.brief.summaryWordBudget, `${words} words`);
  for (const line of briefing.summary) {
    assert.ok(!startsDangling(line.text), line.text);
    assert.doesNotMatch(line.text, /2029|14 dock/);
  }
});

test('no two summary lines state the same fact: no passage is cited by two lines', () => {
  const key = (c: { article: string; start: number; end: number }) => `${c.article}:${c.start}:${c.end}`;
  const seen = new Set<string>();
  for (const line of briefing.summary)
    for (const c of line.citations) {
      assert.ok(!seen.has(key(c)), `${line.text} repeats a passage cited by another line`);
      seen.add(key(c));
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

test('questions come from the story: an announcement becomes its own question; a settled dispute asks nothing', () => {
  // "The Harbour Safety Authority plans to publish its findings in April." (Coastline Wire)
  assert.ok(briefing.questions.includes('Will the Harbour Safety Authority publish its findings in April?'));
  // Both disputes have a likely error against a two-way split: nothing is left open to ask.
  assert.ok(!briefing.questions.some((q) => /2029|14 dock/.test(q)));
  // No fixed templates: "4 million tonnes" is a measure, not a count, so no "how many" question.
  assert.ok(!briefing.questions.some((q) => /Has this happened yet|can another source confirm/i.test(q)));
});

test('the summary resolves a relative date in brackets and keeps its citation on the exact source passage', () => {
  const first = briefing.summary[0];
  assert.match(first.text, /on Tuesday \[11 March 2031\],/);
  const c = first.citations[0];
  const source = items.find((i) => i.article.id === c.article)!.article.text.slice(c.start, c.end);
  assert.equal(source, first.text.replace(' [11 March 2031]', ''));
});

test('background dated long before the main event stays out of the summary (it belongs to the timeline)', () => {
  // "In June 2030, inspectors warned ..." is shared by two outlets but is history, not news.
  assert.ok(!briefing.summary.some((l) => l.text.includes('June 2030')));
  assert.ok(briefing.timeline.some((e) => e.date === '2030-06'));
});

test('the headline is the title of the most central titled article; a section heading is not a headline', () => {
  const retitled = items.map((i) =>
    i.article.id === 'a00000000001' ? { ...i, article: { ...i.article, title: 'Latest updates' } } : i,
  );
  const b = briefStory(story, retitled, findings);
  assert.notEqual(b.headline, 'Latest updates');
  assert.ok(['Blaze shuts Port Veloria', 'Dock workers hurt in port fire'].includes(b.headline), b.headline);
});

test('without any title the headline falls back to a self-contained statement of the most central article', () => {
  const untitled = items.map((i) => ({ ...i, article: { ...i.article, title: null } }));
  const b = briefStory(story, untitled, findings);
  assert.match(b.headline, /fire|blaze/i);
  assert.ok(!startsDangling(b.headline));
});

test('papers lines name the outlet and then give its own passage, cited', () => {
  const papers = briefing.papers ?? [];
  assert.ok(
    papers.some(
      (l) =>
        l.text ===
        'Marestan Daily reports that Marta Halilov, a union representative, demanded compensation for the injured workers.',
    ),
  );
  assert.ok(papers.every((l) => l.citations.length === 1));
});

test('a story of four short articles is too small for themes: the section is left out, not padded', () => {
  assert.equal(briefing.themes, undefined);
});

test('an article without an outlet is named "outlet unknown" with its id in composed text, never by its file name', () => {
  const named = items.map((i) =>
    i.article.id === 'a00000000002'
      ? { ...i, article: { ...i.article, outlet: null, path: 'feeds/marestan-daily.txt' } }
      : i,
  );
  const b = briefStory(story, named, reconcileStory(story, named));
  const texts = [...(b.papers ?? []).map((l) => l.text), ...b.questions];
  assert.ok(
    texts.some((t) => t.startsWith('outlet unknown (a00000000002) reports that')),
    texts.join('\n'),
  );
  assert.ok(!texts.some((t) => t.includes('marestan-daily')));
  assert.deepEqual(
    checkBriefing(
      b,
      named.map((i) => i.article),
    ),
    [],
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
