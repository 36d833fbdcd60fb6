/**
 * Header date lines in the shapes real news text files carry: tokeniser spacing, time first, labels,
 * two-digit years, a publication and an update on one line — and sentences that must stay body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDate } from '../../src/extract/parse-date.ts';
import { isDateLine, readMetaLine } from '../../src/extract/read-meta-line.ts';
import { splitTextUnits } from '../../src/extract/split-text-units.ts';
import { tidyDateText } from '../../src/extract/tidy-date-text.ts';

test('tokeniser spacing is undone inside dates and times only', () => {
  assert.equal(tidyDateText('TUESDAY, JUNE 9, 2015, 10: 53 AM'), 'TUESDAY, JUNE 9, 2015, 10:53 AM');
  assert.equal(tidyDateText('06 / 11 / 15, 6: 07: 15 PM GMT+02: 00 |'), '06/11/15, 6:07:15 PM GMT+02:00');
  assert.equal(tidyDateText('2016 - 04 - 21'), '2016-04-21');
  assert.equal(tidyDateText('2016. 04. 21 09. 40 p. m.'), '2016.04.21 09.40 p.m.');
  assert.equal(tidyDateText('score - 3 : a draw'), 'score - 3 : a draw');
});

test('header dates: tokenised, ordinal, weekday in capitals, time first, two-digit years', () => {
  const cases: Array<[string, string]> = [
    ['TUESDAY, JUNE 9, 2015, 10: 53 AM', '2015-06-09T10:53:00'],
    ['March 22nd, 2016, 7: 35 am', '2016-03-22T07:35:00'],
    ['14 May 2017, 10: 00 (GMT+05: 00)', '2017-05-14T10:00:00+05:00'],
    ['Sat Oct 8 2016, 01: 19 hrs', '2016-10-08T01:19:00'],
    ['Thursday 2 June 2016 08. 23 BST', '2016-06-02T08:23:00+01:00'],
    ['12 October 2016 Last updated at 11: 11 GMT', '2016-10-12T11:11:00Z'],
    ['Monday, October 31 - 2016 at 16: 12', '2016-10-31T16:12:00'],
    ['January 9, 2017 @ 8: 13am PDT', '2017-01-09T08:13:00-07:00'],
    ['2016 - 04 - 21', '2016-04-21'],
    ['2016. 04. 21 09: 01 AM', '2016-04-21T09:01:00'],
    ['10: 55 P. M. MAR. 2, 2016', '2016-03-02T22:55:00'],
    ['12: 52 p. m. EDT June 2, 2016', '2016-06-02T12:52:00-04:00'],
    ['9: 53 AM, WED 27 JUL 2016', '2016-07-27T09:53:00'],
    ['7: 00pm UK, Friday 13 May 2016', '2016-05-13T19:00:00'],
    ['3 A. M. APR. 5, 2016', '2016-04-05T03:00:00'],
    ['11 / 28 / 16 1: 30 AM EST', '2016-11-28T01:30:00-05:00'],
    ['28 / 11 / 16', '2016-11-28'],
    ['06 / 06 / 16 07: 05 PM ET EDT', '2016-06-06T19:05:00-04:00'],
  ];
  for (const [input, iso] of cases) assert.deepEqual(parseDate(input), { ok: true, value: iso }, input);
});

test('header dates: ambiguous numeric dates stay refused, with two-digit years and a time first too', () => {
  assert.deepEqual(parseDate('05 / 02 / 16, 9: 00 PM PDT'), { ok: false, reason: 'ambiguous' });
  assert.deepEqual(parseDate('3: 21 PM ET, 01 / 5 / 2016'), { ok: false, reason: 'ambiguous' });
  assert.deepEqual(parseDate('31 June 2016 at 10:00'), { ok: false, reason: 'invalid' });
});

test('header dates: a sentence that opens with a date is not a date', () => {
  assert.deepEqual(parseDate('4/7/2016 was the wettest day of the year'), { ok: false, reason: 'no-date' });
  assert.deepEqual(parseDate('31 June 2016 is not a day'), { ok: false, reason: 'no-date' });
  assert.equal(parseDate('9: 30 AM is when the ferry leaves, on 5 May 2016').ok, false);
  assert.equal(readMetaLine('On Tuesday, March 8, 2016 at 10:15 am the ferry ran aground.', 140, true), null);
  assert.equal(readMetaLine('on May 5, 2016 the council voted', 140, true), null);
  assert.equal(isDateLine('on May 5, 2016 the council voted'), false);
});

test('date lines: labels, a bare "on", the update on the same line', () => {
  const published = (line: string): string | undefined => readMetaLine(line, 140, false)?.published;
  assert.equal(published('on Feb. 04, 2016'), '2016-02-04');
  assert.equal(published('Story Created: Aug 7, 2016 at 9: 56 AM AKDT'), '2016-08-07T09:56:00-08:00');
  assert.equal(published('Published time: March 12, 2016 02: 03'), '2016-03-12T02:03:00');
  assert.equal(published('Last updated on: November 11, 2016 19: 04 IST'), '2016-11-11T19:04:00');
  assert.equal(published('Article posted on 08. 07. 2016'), '2016-07-08');
  assert.equal(published('FOR IMMEDIATE RELEASE July 13, 2016'), '2016-07-13');
  assert.equal(published('PUBLISHED: 22: 07 GMT, 7 July 2016'), '2016-07-07T22:07:00Z');
  assert.equal(published('Last updated 13: 26 14 / 09 / 2016'), '2016-09-14T13:26:00');
  assert.equal(
    published('PUBLISHED FRIDAY, MARCH 4, 2016 AT 12: 46 PM / UPDATED AT 12: 48 PM'),
    '2016-03-04T12:46:00',
  );
  assert.equal(
    published('on April 29, 2016 at 4: 31 AM, updated April 30, 2016 at 8: 33 AM'),
    '2016-04-29T04:31:00',
  );
  assert.deepEqual(
    readMetaLine('Posted: Nov 27, 2016 8: 20 AM ET Last Updated: Nov 28, 2016 8: 10 PM ET', 140, false),
    {
      kind: 'date-line',
      published: '2016-11-27T08:20:00',
    },
  );
  assert.deepEqual(readMetaLine('POSTED: 05 / 02 / 16, 9: 00 PM PDT |', 140, false), {
    kind: 'date-line',
    unreadDate: '05/02/16, 9:00 PM PDT',
  });
});

test('a lower-case date line under a long headline stays its own line', () => {
  const units = splitTextUnits(
    'Harbour pilots walk out over new night shift rota\non Feb. 04, 2016\nThe pilots of Velmore harbour stopped work.',
  );
  assert.deepEqual(units.slice(0, 2), [
    'Harbour pilots walk out over new night shift rota',
    'on Feb. 04, 2016',
  ]);
  const prose = splitTextUnits(
    'The pilots of Velmore harbour stopped work on the night\nof the storm, the union said.',
  );
  assert.equal(prose.length, 1);
});
