/**
 * Mastheads, section labels and boilerplate lines anywhere in the body: what they are, and the article
 * sentences that look like them but stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proseWords } from '../../src/extract/check-usable.ts';
import { isSectionLine, readMasthead, tidyOutlet } from '../../src/extract/read-masthead.ts';
import { readMetaLine } from '../../src/extract/read-meta-line.ts';
import { classifyInlineUnit, stripInlineBoilerplate } from '../../src/extract/strip-inline-boilerplate.ts';

test('a masthead is a short name with a publication word, or a short name in capitals', () => {
  assert.equal(readMasthead('The Orrow Valley Gazette'), 'The Orrow Valley Gazette');
  assert.equal(readMasthead('KESTREL EVENING POST | Sport'), 'Kestrel Evening Post');
  assert.equal(readMasthead('Lowmarsh Notes - a blog about the fens'), 'Lowmarsh Notes');
  assert.equal(readMasthead('TIDEWAY ECHO'), 'Tideway Echo');
  // A headline in capitals has more words; a title-case headline has no publication word.
  assert.equal(readMasthead('MAYOR QUITS AFTER BUDGET VOTE FAILS'), null);
  assert.equal(readMasthead('Boat Repair Course Fills in Two Hours'), null);
  assert.equal(readMasthead('Business'), null);
});

test('an outlet name loses its legal suffix and its capitals, nothing else', () => {
  assert.equal(tidyOutlet('Sarn Herald Media Group'), 'Sarn Herald');
  assert.equal(tidyOutlet('Pellow Post Ltd.'), 'Pellow Post');
  assert.equal(tidyOutlet('ORBIT WEEKLY'), 'Orbit Weekly');
  assert.equal(tidyOutlet('The Lantern'), 'The Lantern');
});

test('section labels are section words or short parts joined by " | "', () => {
  assert.ok(isSectionLine('Business'));
  assert.ok(isSectionLine('Opinion & Analysis'));
  assert.ok(isSectionLine('Rail | Fares'));
  assert.ok(!isSectionLine('Ten people were hurt.'));
  assert.ok(!isSectionLine('Jane Roe'));
});

test('a section word or a desk in a date line is neither outlet nor author', () => {
  assert.deepEqual(readMetaLine('World | 3 May 2026 10:00', 200, true)?.outlet, undefined);
  const posted = readMetaLine('Posted 40 minutes ago | Web Desk', 200, true);
  assert.equal(posted?.kind, 'date-line');
  assert.equal(posted?.outlet, undefined);
  assert.equal(posted?.authors, undefined);
});

test('promotion, credit, caption and print lines are boilerplate; reported sentences are not', () => {
  const place = { article: 'a1' };
  assert.equal(classifyInlineUnit('Download the Tideway app for breaking news alerts.', 200), 'promotion');
  assert.equal(classifyInlineUnit('Already a subscriber? Log in to continue reading.', 200), 'promotion');
  assert.equal(classifyInlineUnit('Compiled from reporting by Ola Berg and Sam Fenn.', 200), 'credits');
  assert.equal(classifyInlineUnit('Pictured: the flooded square on Monday', 200), 'caption');
  assert.equal(classifyInlineUnit('This story appeared on page 3 of the Monday edition.', 200), 'print-note');
  assert.equal(classifyInlineUnit('Posted 5 hours ago | Newsdesk', 200), 'date-line');
  assert.equal(
    classifyInlineUnit(
      'Sign up for the new evening course opened on Monday, and within two hours all places were taken.',
      200,
    ),
    null,
  );
  assert.equal(
    classifyInlineUnit('The company said it would offer a free trial to every school in the county.', 200),
    null,
  );
  const live = stripInlineBoilerplate(
    ['Intro line of the page.', '10:00 GMT - The road is shut.', '11:30 GMT - The road has reopened.'],
    { metaLineMaxChars: 200 },
    place,
  );
  assert.deepEqual(live.body, ['Intro line of the page.', 'The road is shut.', 'The road has reopened.']);
  const one = stripInlineBoilerplate(
    ['10:00 GMT - A single timestamped line stays whole.'],
    { metaLineMaxChars: 200 },
    place,
  );
  assert.deepEqual(one.body, ['10:00 GMT - A single timestamped line stays whole.']);
});

test('wire lines and digest items count as prose; menus and schedules do not', () => {
  assert.ok(
    proseWords(
      ['A fire has destroyed a bakery in Orlow.', 'Crews were called after midnight to the shop.'],
      12,
      6,
    ) >= 15,
  );
  assert.ok(proseWords(['- Police in Brede arrest two men after a break-in at the post office'], 12, 6) > 0);
  assert.equal(proseWords(['Friday 6pm – Opening parade from the fish market to the pier'], 12, 6), 0);
  assert.equal(proseWords(['Home', 'World news', 'Story number 4 about the town'], 12, 6), 0);
});

test('acronyms stay in capitals when a shouted name is tidied', () => {
  assert.equal(tidyOutlet('ABC NEWS'), 'ABC News');
  assert.equal(tidyOutlet('HARBOUR OF THE NORTH WEEKLY'), 'Harbour of the North Weekly');
});
