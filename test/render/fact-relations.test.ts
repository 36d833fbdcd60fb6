import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, SummaryLine } from '../../src/model/briefing.ts';
import { factsBeyondSummary } from '../../src/render/fact-relations.ts';

const line = (text: string): SummaryLine => ({
  text,
  citations: [{ article: 'a1', start: 0, end: text.length }],
});
const fact = (text: string): Fact => ({
  text,
  citations: [{ article: 'b2', start: 0, end: text.length }],
  status: 'corroborated',
  sources: 2,
});

const summary = [
  line(
    'A court hearing for Piet Varo, 31, accused of setting fire to his uncle Rolf Varo, 64, took place at Kessby Crown Court this morning [4 May 2031].',
  ),
  line('The harbour authority said 1,200 tonnes of fuel oil had leaked into the bay.'),
];

test('key facts leave out another outlet rewording a summary line (most of its words, all of its numbers)', () => {
  const shown = factsBeyondSummary(
    [
      fact(
        'A court hearing for Piet Varo, 31, accused of setting fire to his uncle Rolf Varo, 64, was held at Kessby Crown Court this morning.',
      ),
      fact('According to the harbour authority, 1,200 tonnes of fuel oil had leaked into the bay.'),
    ],
    summary,
  );
  assert.deepEqual(shown, []);
});

test('key facts keep a fact with a figure or a clause of its own, or a shorter one with its own sources', () => {
  const own = [
    fact('Fuel oil had leaked into the bay, the harbour authority said.'),
    fact('The harbour authority said 1,500 tonnes of fuel oil had leaked into the bay.'),
    fact(
      'The harbour authority said fuel oil had leaked into the bay from a tanker moored at the grain quay overnight.',
    ),
  ];
  assert.deepEqual(factsBeyondSummary(own, summary), own);
});
