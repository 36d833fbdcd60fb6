/**
 * The frame an undated article borrows from its story: never a birth date or a date told ahead, and
 * only when the article's own text ties it to the frame.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { anchorYears } from '../../src/reconcile/anchor-years.ts';
import { borrowTimeFrame } from '../../src/reconcile/borrow-dates.ts';
import { articleFrom } from '../nlp/fixture-article.ts';

const item = (id: string, text: string, published: string | null) => {
  const article = articleFrom(id, text, published);
  return { article, annotations: annotate(article) };
};
/** The dates of article `id` after borrowing, as `text=value`. */
const borrowed = (items: ReturnType<typeof item>[], id: string) =>
  anchorYears(borrowTimeFrame(items, 2).items)
    .find((i) => i.article.id === id)!
    .annotations.dates.map((d) => `${d.text}=${d.value}`);

test('a birth date in the lead sentences is not the frame of an undated story', () => {
  const items = [
    item(
      'a',
      'The painter Orla Venn died on Tuesday in Kessel. She was born on March 3, 1931, in Dorn.',
      null,
    ),
    item('b', 'Orla Venn, born on March 3, 1931, died in Kessel on Tuesday after a long illness.', null),
  ];
  assert.ok(!borrowed(items, 'a').some((d) => d.startsWith('Tuesday')), borrowed(items, 'a').join('; '));
});

test('a date told ahead in the lead sentences is not the frame of an undated story', () => {
  const items = [
    item('a', 'Mira Tallis will host the Velm film awards on March 9, 2031. She was chosen on Friday.', null),
    item('b', 'The Velm film awards, to be held on March 9, 2031, named Mira Tallis host on Friday.', null),
  ];
  assert.ok(!borrowed(items, 'a').some((d) => d.startsWith('Friday')), borrowed(items, 'a').join('; '));
});

test('a past day in the lead sentences stays the frame of an undated story', () => {
  const items = [
    item('a', 'A ferry sank off Dorn on May 4, 2031. Divers found the wreck on Friday.', null),
    item('b', 'The ferry that sank off Dorn on May 4, 2031 carried forty people.', null),
  ];
  assert.deepEqual(borrowed(items, 'a'), ['May 4, 2031=2031-05-04', 'Friday=2031-05-02']);
});

const dated = [
  item('d1', 'Kestra Olm went on trial on Monday for the shooting at the Velm bakery.', '2033-06-07'),
  item('d2', 'The trial of Kestra Olm opened on Monday in Velm.', '2033-06-07'),
];

test('an undated article that names nothing of its frame borrows no weekday', () => {
  const items = [
    ...dated,
    item('u', 'Kestra Olm shot two co-workers at the Velm bakery on Thursday night.', null),
  ];
  assert.deepEqual(borrowed(items, 'u'), []);
});

test('an undated article that retells a day the dated reports name borrows the frame', () => {
  const items = [...dated, item('u', 'Kestra Olm went on trial on Monday in Velm, the court said.', null)];
  assert.deepEqual(borrowed(items, 'u'), ['Monday=2033-06-06']);
  const written = item('u', 'The trial of Kestra Olm opened in Velm on 16 June.', null);
  assert.deepEqual(borrowed([...dated, written], 'u'), ['16 June=2033-06-16']);
});

test('an undated article that writes the frame year borrows it; one that writes a later year does not', () => {
  const same = item('u', 'Olm, arrested in January 2033, went on trial on Monday.', null);
  assert.ok(borrowed([...dated, same], 'u').includes('Monday=2033-06-06'));
  const later = item('u', 'Olm, who went on trial on Monday, was sentenced in March 2035.', null);
  assert.ok(!borrowed([...dated, later], 'u').some((d) => d.startsWith('Monday')));
});

test("an undated article's month-day borrowed from the story takes the year the story writes for it", () => {
  const items = [
    item('d1', 'Warden Ilse Maro, killed on August 14, 2031, was honoured in Velm on Monday.', '2033-04-20'),
    item('u', 'Maro was honoured in Velm on Monday. She was shot on August 14 near the reservoir.', null),
  ];
  assert.ok(borrowed(items, 'u').includes('August 14=2031-08-14'), borrowed(items, 'u').join('; '));
});

test("an undated wire copy in a story of reports years apart is read by its dateline's day, not the median", () => {
  const items = [
    item(
      'old',
      'Fire crews fought a blaze on the Holm ridge above Varn on Sunday, seven homes were lost.',
      '2024-06-10',
    ),
    item(
      'new',
      'A fire that began on Friday on the Holm ridge above Varn has burned 3,000 hectares, crews said.',
      '2031-10-04',
    ),
    item(
      'wire',
      'VARN, Oct 4 (Nordwire) - A fire that broke out on Friday on the Holm ridge above Varn forced 900 people from their homes, the fire service said. The ridge last burned in June 2024.',
      null,
    ),
    item('post', 'The Holm ridge fire that began on Friday destroyed the old chapel above Varn.', null),
  ];
  const out = anchorYears(borrowTimeFrame(items, 2).items);
  const wire = out.find((i) => i.article.id === 'wire')!;
  assert.equal(wire.article.published, '2031-10-04');
  const dates = wire.annotations.dates.map((d) => `${d.text}=${d.value}`);
  assert.ok(dates.includes('Friday=2031-10-03'), dates.join('; '));
  // Once dated, the wire copy counts in the median an article without any date borrows.
  assert.deepEqual(borrowed(items, 'post'), ['Friday=2031-10-03']);
});
