/**
 * `tellsNoEvent` reads a dated sentence's own words: a quote, a habit, a condition, a counterfactual,
 * a birthday to come, a negation, a state "as of" a day, an offset from a date, a statistic's or a
 * comparison's year, a day written as a noun's attribute, a weekday abbreviation that is a word or a
 * name, a blog footer and a headline tell no event; plain dated events do (a negation outside the
 * date's clause, a span "from … to", a weekday after a verb that looks like one). `yearTellsWhen` reads a year
 * between "the" and a noun, after a noun and "from", or closing an apposition as an attribute.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { dayIsAttribute, tellsNoEvent } from '../../src/reconcile/tells-no-event.ts';
import { yearTellsWhen } from '../../src/reconcile/year-tells-when.ts';
import { articleFrom } from '../nlp/fixture-article.ts';

/** The reasons of every date of each one-sentence paragraph (article published 2031-05-10). */
function reasons(
  paragraphs: string[],
): Array<{ sentence: string; date: string; reason: string | null; year: boolean }> {
  const article = articleFrom('t1', paragraphs.join('\n\n'), '2031-05-10');
  const a = annotate(article);
  return a.dates.map((d) => {
    const s = a.sentences.find((x) => x.start <= d.start && d.end <= x.end)!;
    return {
      sentence: article.text.slice(s.start, s.end),
      date: d.text,
      reason:
        tellsNoEvent(article.text, s, s, d, a.quotes) ??
        (dayIsAttribute(article.text, d) ? 'attribute' : null),
      year: yearTellsWhen(article.text, d),
    };
  });
}

test('dated passages that tell no event are named with their reason', () => {
  const found = reasons([
    '"Living below that dam in 2031 is a lottery nobody chose to play," said one resident.',
    'The water board usually inspects the dam on the first Friday of every month.',
    'If the river keeps rising, the town council will meet again on Saturday, May 17.',
    'A dry spring would have saved the harvest in 2030, farmers said.',
    'The reason for the failure had not been made public on Tuesday.',
    'No member of the board would comment on Thursday.',
    "The board's chief engineer will be 61 on May 20.",
    'The permit had been pending as of Wednesday.',
    'Repairs on the spillway ended about three weeks before the April 12 reopening of the lock.',
    'Water use fell to 40 percent of its normal level last year.',
    'Visits rose by a third, up from a year ago.',
    'Tickets sold better than in 2029, the board said.',
    'Engineers had drafted a repair plan for the March 2031 budget vote, officials said.',
    'Their own fishermen sat out the season after the warning.',
    'The Harbour Ledger editor wrote in her Monday column that the dam was safe.',
    'Posted in Local News on Tuesday, May 6, 2031',
    'Council Has Finally Approved The Orvane Dam Repairs In March 2031',
  ]);
  for (const f of found) assert.ok(f.reason, `${f.date} of "${f.sentence}" told as an event`);
});

test('dated events are not mistaken for non-events', () => {
  const found = reasons([
    'The Kessel dam on the Orvane river failed on Monday, May 5, 2031.',
    'In 2029, the water board said it had rebuilt 80 percent of the spillway.',
    'The contractor entered a not guilty plea on Friday.',
    'The champion would go on to win the vacant title in 2025.',
    'Police said on Thursday that the June 4 blast was set off by a timer.',
    'The first lease of the quay lasted from 2011 to 2019.',
    "Mayor Ilse Brandt, who said she didn't expect the vote, resigned on Friday.",
    'They sat through the hearing on Saturday.',
  ]);
  for (const f of found)
    if (f.date !== 'sat') assert.equal(f.reason, null, `${f.date} of "${f.sentence}": ${f.reason}`);
  assert.ok(found.some((f) => f.date === 'Saturday'));
});

test('a year between "the" and a noun, after a noun and "from", or closing an apposition is an attribute', () => {
  const found = reasons([
    'The flood was celebrated in the 2026 HBO movie about the river.',
    'A federal safety manual from 2012 described the dam as sound.',
    "Mara Voss, the board's youngest engineer in 2019, said repairs would start soon.",
    'The town was rebuilt after the 2004 flood destroyed it.',
    'The dam was closed in the year 2020 for repairs.',
  ]);
  const year = new Map(found.map((f) => [f.date, f.year]));
  for (const f of reasons(['Kessel Dairy, a cooperative begun in 1931, tried to help the farmers.']))
    year.set(f.date, f.year);
  assert.deepEqual(
    ['2026', '2012', '2019', '1931', '2004', '2020'].map((y) => year.get(y)),
    [false, false, false, true, true, true],
  );
});

test('a year before or after a noun of a decided stop or change ("the pay freeze of 2027", "the 2025 lockout") dates it', () => {
  const found = reasons([
    'Staff have lost ground since the pay freeze of 2027, the union said.',
    'Dockers remember the 2025 lockout at the terminal.',
    'The port never recovered from the shutdown of 2022.',
    'The 2018 directors still sit on the port board.',
  ]);
  assert.deepEqual(
    found.map((f) => [f.date, f.year]),
    [
      ['2027', true],
      ['2025', true],
      ['2022', true],
      ['2018', false],
    ],
  );
});
