/**
 * A lone outlet's background entry ("In 2027 the water board paid engineers to inspect the spillway
 * gates") is backed by another outlet that writes the same year beside the same words without dating
 * anything ("A 2027 report by engineers for the water board warned …": a document's year, which the NLP
 * stage reads as no date). The entry is kept and cites both; a year another outlet never writes backs
 * nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { writtenYearBacking } from '../../src/reconcile/written-year-backing.ts';
import { loadPlainFixture, timelineTexts } from './nlp-fixture.ts';

test("another outlet's written year backs a lone background entry", () => {
  const { story, items } = loadPlainFixture('timeline-written-year');
  const f = reconcileStory(story, items);
  const texts = timelineTexts(f, items);
  const entry = f.timeline.find((e) => e.date === '2027');
  assert.ok(entry, `no 2027 entry:\n${texts.join('\n')}`);
  assert.deepEqual(new Set(entry.citations.map((c) => c.article)), new Set(['w1', 'w2']));
  assert.equal(entry.outlets.length, 2);
});

test('a year written elsewhere backs nothing without shared words, nor when it is a date there', () => {
  const { items } = loadPlainFixture('timeline-written-year');
  const statements = items.flatMap((a, item) =>
    a.annotations.sentences.map((r, i) => {
      const text = a.article.text.slice(r.start, r.end);
      const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      return {
        article: a.article.id,
        sentence: i,
        start: r.start,
        end: r.end,
        outlet: a.article.outlet ?? a.article.id,
        item,
        paragraph: i,
        text,
        words,
        set: new Set(words),
        fragment: false,
        source: a.article.id,
      };
    }),
  );
  const gates = new Set(['water', 'board', 'spillway', 'gate', 'engin']);
  assert.ok(writtenYearBacking('2027', gates, 'Orlan Gazette', statements, items, 0.12));
  assert.equal(
    writtenYearBacking('2027', new Set(['harvest', 'wheat']), 'Orlan Gazette', statements, items, 0.12),
    undefined,
  );
  assert.equal(writtenYearBacking('2026', gates, 'Orlan Gazette', statements, items, 0.12), undefined);
  // The Gazette's "In 2027" is a date: it is the timeline's own entry, never a backing of another's.
  assert.equal(writtenYearBacking('2027', gates, 'Riverbank Times', statements, items, 0.12), undefined);
});
