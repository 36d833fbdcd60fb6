/**
 * An ambiguous header date ("04 / 03 / 2031": 4 March or 3 April) is read by the story's other dates:
 * the reading near their median publication date, when only one is near.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ambiguousReadings, yearlessDate } from '../../src/extract/ambiguous-readings.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { annotate } from '../../src/nlp/index.ts';
import { borrowTimeFrame } from '../../src/reconcile/borrow-dates.ts';
import { articleFrom } from '../nlp/fixture-article.ts';

const dated = (id: string, text: string, published: string) => {
  const article = articleFrom(id, text, published);
  return { article, annotations: annotate(article) };
};

const undated = (header: string) => {
  const article = extractArticle({
    id: 'a00000000000u',
    kind: 'text',
    content: [
      'Velm bakery owner sentenced',
      header,
      'Kestra Olm was sentenced on Thursday to twelve years for the fire at the Velm bakery.',
      'The judge said the fire had put the lives of four bakers at risk.',
      'Olm will appeal, her lawyer told reporters outside the court in Velm.',
    ].join('\n\n'),
    diagnostics: [],
  });
  return { article, annotations: annotate(article) };
};

const story = (header: string) => [
  dated('d1', 'Kestra Olm was sentenced on Thursday for the fire at the Velm bakery.', '2031-04-04'),
  dated('d2', 'A court in Velm sentenced Kestra Olm on Thursday.', '2031-04-05'),
  undated(header),
];

test('an ambiguous numeric date has two readings, day first then month first', () => {
  assert.deepEqual(ambiguousReadings('By Ida Marn | 04 / 03 / 2031'), ['2031-03-04', '2031-04-03']);
  assert.deepEqual(ambiguousReadings('13/03/2031'), []);
});

test("an ambiguous header date takes the reading near the story's other articles", () => {
  const out = borrowTimeFrame(story('04 / 03 / 2031'), 2).items[2];
  assert.equal(out.article.published, '2031-04-03');
  assert.ok(out.annotations.dates.some((d) => d.text === 'Thursday' && d.value === '2031-04-03'));
});

test('an ambiguous header date with both readings far from the story stays undated', () => {
  const out = borrowTimeFrame(story('08 / 11 / 2031'), 2).items[2];
  assert.equal(out.article.published, null);
});

test('a header date with a weekday but no year takes the year near the story in which that day fell on that weekday', () => {
  assert.deepEqual(yearlessDate('Updated: Thu 3 Apr'), { month: 4, day: 3, weekday: 4 });
  assert.deepEqual(yearlessDate('Fri., April 4'), { month: 4, day: 4, weekday: 5 });
  assert.equal(yearlessDate('Thu 3 Apr 2031'), null);
  // 3 April 2031 is a Thursday.
  const out = borrowTimeFrame(story('Updated: Thu 3 Apr'), 2).items[2];
  assert.equal(out.article.published, '2031-04-03');
  assert.ok(out.annotations.dates.some((d) => d.text === 'Thursday' && d.value === '2031-04-03'));
});

test('a year-less header date whose weekday fits no year near the story leaves the article undated by it', () => {
  // 3 April fell on a Thursday in 2031, not on a Monday in 2030–2032.
  const out = borrowTimeFrame(story('Updated: Mon 3 Apr'), 2).items[2];
  assert.notEqual(out.article.published, '2031-04-03');
  assert.equal(out.article.published, null);
});
