/**
 * The extraction rules one by one: date formats, bylines, datelines, title suffixes, the Readability guard.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Readability } from '@mozilla/readability';
import { cleanTitle } from '../../src/extract/clean-title.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { parseByline } from '../../src/extract/parse-byline.ts';
import { normaliseDateValue, parseDate } from '../../src/extract/parse-date.ts';
import { readDateline } from '../../src/extract/read-dateline.ts';
import { readMetaLine } from '../../src/extract/read-meta-line.ts';
import type { RawDocument } from '../../src/model/source.ts';

test('header dates: the formats news sites print, time and zone kept', () => {
  const cases: Array<[string, string]> = [
    ['2025-07-04', '2025-07-04'],
    ['2025-07-04T09:26:00.000Z', '2025-07-04T09:26:00Z'],
    ['2019-11-20T06:35:39+0000', '2019-11-20T06:35:39Z'],
    ['04 July 2025 09:26', '2025-07-04T09:26:00'],
    ['4 Jul 2025', '2025-07-04'],
    ['July 4, 2025', '2025-07-04'],
    ['Friday, July 4, 2025 at 9:26 a.m. EDT', '2025-07-04T09:26:00-04:00'],
    ['Jul. 4, 2025, 10:05 PM', '2025-07-04T22:05:00'],
    ['04.07.2025', '2025-07-04'],
    ['13/7/2025', '2025-07-13'],
    ['7/13/2025', '2025-07-13'],
    ['2025/07/04', '2025-07-04'],
    ['Tue, 19 Nov 2019 13:03:00 GMT', '2019-11-19T13:03:00Z'],
  ];
  for (const [input, iso] of cases) assert.deepEqual(parseDate(input), { ok: true, value: iso }, input);
});

test('dates: ambiguous day/month is refused, impossible days and sentences are not dates', () => {
  assert.deepEqual(parseDate('4/7/2025'), { ok: false, reason: 'ambiguous' });
  assert.deepEqual(parseDate('31 June 2025'), { ok: false, reason: 'invalid' });
  assert.equal(parseDate('July 4, 2025 the minister said').ok, false);
  assert.equal(normaliseDateValue('4/7/2025'), null);
  assert.equal(normaliseDateValue('November 19th 2019'), '2019-11-19');
});

test('metadata lines: outlet-date, prefixes, byline with outlet and date, name | outlet', () => {
  assert.deepEqual(readMetaLine('Harbour Ledger - 04 July 2025 09:26', 140, false), {
    kind: 'date-line',
    published: '2025-07-04T09:26:00',
    outlet: 'Harbour Ledger',
  });
  assert.equal(readMetaLine('Last updated: 3 March 2025', 140, false)?.published, '2025-03-03');
  assert.deepEqual(readMetaLine('By Ines Calloway, Kestrel News | March 3, 2025', 140, false), {
    kind: 'byline',
    published: '2025-03-03',
    authors: ['Ines Calloway'],
    outlet: 'Kestrel News',
  });
  assert.deepEqual(readMetaLine('Ines Calloway | The Lantern', 140, true), {
    kind: 'byline',
    authors: ['Ines Calloway'],
    outlet: 'The Lantern',
  });
  assert.equal(readMetaLine('Ines Calloway | The Lantern', 140, false), null);
  // A newsroom credit names the outlet and no author; a section's staff names neither.
  assert.deepEqual(readMetaLine('By the Harbour Ledger newsroom', 140, false), {
    kind: 'byline',
    outlet: 'Harbour Ledger',
  });
  assert.deepEqual(readMetaLine('By Kestrel News staff and agencies', 140, false), {
    kind: 'byline',
    outlet: 'Kestrel News',
  });
  assert.equal(readMetaLine('By Sports Staff', 140, false), null);
  assert.deepEqual(readMetaLine('By Ines Calloway, Staff Writer', 140, false), {
    kind: 'byline',
    authors: ['Ines Calloway'],
  });
  assert.equal(readMetaLine('Council Approves Harbour Budget', 140, true), null);
  assert.equal(readMetaLine('By the time the council met, the budget had been cut.', 140, true), null);
});

test('bylines: several authors, roles dropped, editors are not authors, capitals made readable', () => {
  assert.deepEqual(parseByline('Jane Roe and John Doe'), { authors: ['Jane Roe', 'John Doe'] });
  assert.deepEqual(parseByline('LENA BOROWA, Staff Writer'), { authors: ['Lena Borowa'] });
  assert.deepEqual(parseByline('Oskar Lind in Velmore; Editing by Dana Pryce'), { authors: ['Oskar Lind'] });
  assert.deepEqual(parseByline('Ana de la Cruz, Sextant'), {
    authors: ['Ana de la Cruz'],
    outlet: 'Sextant',
  });
});

test('datelines: place in capitals, optional region and day, outlet in parentheses', () => {
  assert.deepEqual(readDateline('ASHVALE (Meridian 24) — The talks'), {
    place: 'ASHVALE',
    outlet: 'Meridian 24',
    length: 'ASHVALE (Meridian 24) — '.length,
  });
  assert.equal(readDateline('TOLMAR, March 16 (Sextant) - The port')?.day, 'March 16');
  assert.equal(readDateline('BRASK (Nordwire) _ The port')?.outlet, 'Nordwire');
  assert.equal(readDateline('The port _ closed'), null);
  assert.equal(readDateline('KESTREL, Norland (AP) — Officials')?.place, 'KESTREL, Norland');
  assert.equal(readDateline('VELMORE — The Senate')?.outlet, undefined);
  assert.equal(readDateline('The minister — who resigned — spoke'), null);
});

test('titles lose a site-name suffix or prefix only when it is the outlet', () => {
  assert.equal(cleanTitle('Bridge opens | Sandara Evening Post', 'Sandara Evening Post'), 'Bridge opens');
  assert.equal(cleanTitle('Bridge opens - TheLantern', 'The Lantern'), 'Bridge opens');
  assert.equal(cleanTitle('Kestrel News | Bridge opens', 'Kestrel News'), 'Bridge opens');
  assert.equal(cleanTitle('Ferry - Bridge opens', 'Kestrel News'), 'Ferry - Bridge opens');
  assert.equal(
    cleanTitle('Bridge opens | Sandara Evening Post', null),
    'Bridge opens | Sandara Evening Post',
  );
});

const page = (paragraphs: string[]): RawDocument => ({
  id: 'a000000000001',
  path: 'page.html',
  kind: 'html',
  content: `<html lang="en"><head><title>Harbour</title></head><body><nav><a href="/">Home</a></nav><article>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`,
  diagnostics: [],
});
const LONG =
  'The harbour master said the new breakwater would protect the fishing fleet from winter storms for decades to come.';

/** A page whose text sits in no block the scorer counts (bare text in body, split by `<br>`): the scorer finds nothing. */
const bare = (paragraphs: string[]): RawDocument => ({
  ...page([]),
  content: `<html lang="en"><head><title>Harbour</title></head><body><nav><a href="/">Home</a></nav>${paragraphs.join('<br><br>')}</body></html>`,
});

test('the content scorer wins on an ordinary article page (PX230)', () => {
  const article = extractArticle(page([LONG, LONG, LONG]));
  assert.equal(article.extraction.method, 'scorer');
  assert.ok(article.diagnostics.some((d) => d.code === 'PX230'));
});

test('when the scorer finds too little, Readability is asked; its exception is caught and the body-text rescue is used, with PX209', (t) => {
  t.mock.method(Readability.prototype, 'parse', () => {
    throw new Error('simulated failure');
  });
  const article = extractArticle(bare([LONG, LONG, LONG]));
  assert.equal(article.extraction.method, 'body-text');
  assert.ok(article.diagnostics.some((d) => d.code === 'PX209' && d.message.includes('simulated failure')));
  assert.ok(article.text.startsWith('The harbour master'));
  assert.ok(!article.text.includes('Home'));
  assert.equal(article.usable, true);
});

test('a page with too many elements skips Readability (PX209)', () => {
  const article = extractArticle(bare([LONG, LONG, LONG]), { readabilityMaxElems: 3 });
  assert.equal(article.extraction.method, 'body-text');
  assert.ok(article.diagnostics.some((d) => d.code === 'PX209' && d.message.includes('elements')));
  const normal = extractArticle(bare([LONG, LONG, LONG]));
  assert.equal(normal.extraction.method, 'readability');
});

test('extraction is pure: the document is not changed and the result is the same twice', () => {
  const doc = page([LONG, LONG, LONG]);
  const copy = structuredClone(doc);
  const a = extractArticle(doc);
  const b = extractArticle(doc);
  assert.deepEqual(doc, copy);
  assert.deepEqual(a, b);
  assert.equal(a.id, doc.id);
});

test('ingest warnings travel to the article with its id', () => {
  const doc: RawDocument = {
    id: 'a000000000002',
    path: 'x.txt',
    kind: 'text',
    content: `Harbour Wall Repaired\n\n${LONG} ${LONG} ${LONG}`,
    diagnostics: [
      {
        severity: 'warning',
        code: 'PX105',
        message: 'x.txt: not valid UTF-8',
        stage: 'ingest',
        input: 'x.txt',
      },
    ],
  };
  const article = extractArticle(doc);
  assert.deepEqual(
    article.diagnostics.filter((d) => d.code === 'PX105').map((d) => d.article),
    ['a000000000002'],
  );
});

test('a short wire brief (under 40 words) is a usable article; a dozen words is not (PX202)', () => {
  const brief: RawDocument = {
    id: 'a00000000brf1',
    path: 'brief.txt',
    kind: 'text',
    content:
      'Ferry service to Oskel suspended\n\nThe island ferry between Varn and Oskel was suspended on Monday after a crane fault at the Varn terminal, the operator said. Sailings resume on Wednesday.',
    diagnostics: [],
  };
  const a = extractArticle(brief);
  assert.equal(a.usable, true, a.diagnostics.map((d) => d.message).join('; '));
  const stub = extractArticle({
    ...brief,
    id: 'a00000000brf2',
    content: 'Ferry update\n\nMore details to follow shortly, the operator said.',
  });
  assert.equal(stub.usable, false);
  assert.ok(stub.diagnostics.some((d) => d.code === 'PX202'));
});
