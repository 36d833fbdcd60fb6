/**
 * Number disputes are shown only between real rivals: one figure told by independent outlets in
 * sentences that tell the same thing, near each other, not an update and not two things counted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { handAnnotate } from './hand-annotate.ts';

function story(paragraphs: Array<{ outlet: string; published: string; text: string }>) {
  const items = paragraphs.map((p, i) =>
    handAnnotate({
      id: `n${i}`,
      outlet: p.outlet,
      published: p.published,
      title: null,
      paragraphs: [p.text],
      mentions: [],
      dates: [],
      quotes: [],
    }),
  );
  return reconcileStory({ id: 's', articles: items.map((x) => x.article.id) }, items).disputes.filter(
    (d) => d.kind === 'number',
  );
}

test('two outlets give one recall two ways: a dispute with its reason', () => {
  const d = story([
    {
      outlet: 'Orvell Post',
      published: '2031-06-03',
      text: 'Kestrin Labs recalled 180,000 glucose meters on Tuesday after reports of faulty readings.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-06-03',
      text: 'Kestrin Labs on Tuesday recalled 210,000 glucose meters after reports of faulty readings.',
    },
  ]);
  assert.equal(d.length, 1);
  assert.deepEqual(d[0].variants.map((v) => v.value).sort(), [
    '180,000 glucose meters',
    '210,000 glucose meters',
  ]);
  assert.match(d[0].why ?? '', /same figure/);
});

test('a figure far from the other is another thing counted, not a rival reading', () => {
  const d = story([
    {
      outlet: 'Orvell Post',
      published: '2031-06-03',
      text: 'Kestrin Labs recalled 180,000 glucose meters on Tuesday after reports of faulty readings.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-06-03',
      text: 'Kestrin Labs on Tuesday recalled 900,000 glucose meters after reports of faulty readings.',
    },
  ]);
  assert.deepEqual(d, []);
});

test('the same amount in two units or two spellings is no dispute', () => {
  const d = story([
    {
      outlet: 'Orvell Post',
      published: '2031-06-03',
      text: 'The treaty guarantees a yearly flow of 2.4 billion cubic metres across the border.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-06-03',
      text: 'The treaty guarantees a yearly flow of 2.4 cubic kilometres across the border.',
    },
    {
      outlet: 'Lune Daily',
      published: '2031-06-03',
      text: 'The buyer pays €2.05bn for the ferry line, the company said.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-06-03',
      text: 'The buyer pays €2,050 million for the ferry line, the company said.',
    },
  ]);
  assert.deepEqual(d, []);
});

test('a toll that rises through the day is an update, not a dispute', () => {
  const d = story([
    {
      outlet: 'Orvell Post',
      published: '2031-03-10T08:00:00Z',
      text: 'At least 6 people were killed when the bridge collapsed at Velm.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-03-10T18:00:00Z',
      text: 'Officials raised the number of people killed when the bridge collapsed at Velm to 9.',
    },
  ]);
  assert.deepEqual(d, []);
});

test('model names with digits are not counts', () => {
  const d = story([
    {
      outlet: 'Orvell Post',
      published: '2031-06-03',
      text: 'The recall covers the Vexo 4 meter and its Series 7 strips, the regulator said.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-06-03',
      text: 'The recall covers the Vexo 5 meter and its Series 9 strips, the regulator said.',
    },
  ]);
  assert.deepEqual(d, []);
});

test('one distance in miles and in kilometres is no dispute, even hedged and rounded', () => {
  const d = story([
    {
      outlet: 'Orvell Post',
      published: '2031-06-03',
      text: 'The epicentre of the quake lay 35 miles south-west of the port, the survey said.',
    },
    {
      outlet: 'Tallis Wire',
      published: '2031-06-03',
      text: 'The epicentre of the quake lay 35 miles south-west of the port, officials said.',
    },
    {
      outlet: 'Lune Daily',
      published: '2031-06-03',
      text: 'The epicentre of the quake lay about 58km south-west of the port, the survey said.',
    },
  ]);
  assert.deepEqual(d, []);
});
