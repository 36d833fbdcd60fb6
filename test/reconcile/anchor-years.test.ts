/** A month-day without a year takes the one year its story writes for that month-day, unless it is the news itself. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { anchorYears } from '../../src/reconcile/anchor-years.ts';
import { articleFrom } from '../nlp/fixture-article.ts';

const item = (id: string, text: string, published: string) => {
  const article = articleFrom(id, text, published);
  return { article, annotations: annotate(article) };
};
const values = (items: ReturnType<typeof anchorYears>) =>
  items.map((i) => i.annotations.dates.map((d) => `${d.text}=${d.value}`));

test('a background month-day takes the year another report writes for it', () => {
  const items = [
    item('a', 'Warden Ilse Maro was shot dead on August 14 near the Tellow reservoir.', '2033-04-20'),
    item(
      'b',
      'Maro, 41, died at the reservoir on August 14, 2031, the court heard on Tuesday.',
      '2033-04-21',
    ),
  ];
  assert.deepEqual(values(anchorYears(items))[0], ['August 14=2031-08-14']);
});

test('a day of the last weeks keeps its year: the written year is then the likelier slip', () => {
  const items = [
    item('a', 'The Corvane recall was announced on 3 June, the regulator said.', '2033-06-05'),
    item('b', 'The regulator announced the Corvane recall on 3 June 2032.', '2033-06-04'),
  ];
  assert.deepEqual(values(anchorYears(items))[0], ['3 June=2033-06-03']);
});

test('two written years for one month-day leave the guess alone', () => {
  const items = [
    item('a', 'The dam failed on August 14 after weeks of rain.', '2033-04-20'),
    item('b', 'Floods struck on August 14, 2031 and again on August 14, 2029.', '2033-04-21'),
  ];
  assert.deepEqual(values(anchorYears(items))[0], ['August 14=2032-08-14']);
});
