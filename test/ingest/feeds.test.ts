/**
 * Feeds and OPML: RSS 2.0, Atom, RDF, JSON Feed, a broken feed, ISO-8859-1, non-feed JSON, OPML lists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractArticle } from '../../src/extract/index.ts';
import { sniffFormat } from '../../src/ingest/detect-kind.ts';
import { ingestInput } from '../../src/ingest/index.ts';
import { feedDateToIso, parseFeedText } from '../../src/ingest/parse-feed.ts';
import { parseOpmlText } from '../../src/ingest/parse-opml.ts';
import { readInputs } from '../../src/io/read-inputs.ts';

const fx = new URL('../fixtures/ingest/', import.meta.url).pathname.replace(/\/$/, '');
const codes = (ds: Array<{ code: string }>): string[] => ds.map((d) => d.code);

test('RSS 2.0: one html document per item with content, metadata carried, title-only item skipped', async () => {
  const path = `${fx}/rss2/feed.xml`;
  const r = await readInputs([path]);
  assert.deepEqual(
    r.documents.map((d) => [d.path, d.url, d.kind]),
    [
      [`${path}#1`, 'https://lantern.example/2031/04/ferry-pier', 'html'],
      [`${path}#2`, 'https://lantern.example/2031/04/cottage-museum', 'html'],
    ],
  );
  assert.deepEqual(codes(r.diagnostics), ['PX113']);
  assert.deepEqual(r.documents[0].meta, {
    title: 'Velmora closes its old ferry pier after cracks are found',
    author: 'Ottilie Brask',
    published: '2031-04-08T08:30:00Z',
    outlet: 'The Velmora Lantern',
    language: 'en',
  });
  assert.deepEqual(codes(r.documents[0].diagnostics), [], 'full text: no summary warning');
  assert.ok(r.documents[0].content.includes('timber supports'), 'content:encoded, not the description');
  assert.equal(r.documents[1].meta?.author, 'Perrin Sowe', 'e-mail (Name) author reduced to the name');
  assert.deepEqual(codes(r.documents[1].diagnostics), ['PX111'], 'summary only: said so');
});

test('extraction prefers the feed metadata and records the source as feed', async () => {
  const r = await readInputs([`${fx}/rss2/feed.xml`]);
  const a = extractArticle(r.documents[0]);
  assert.equal(a.title, 'Velmora closes its old ferry pier after cracks are found');
  assert.equal(a.author, 'Ottilie Brask');
  assert.equal(a.outlet, 'The Velmora Lantern');
  assert.equal(a.published, '2031-04-08T08:30:00Z');
  assert.equal(a.language, 'en');
  assert.deepEqual(a.extraction.sources, {
    title: 'feed',
    author: 'feed',
    outlet: 'feed',
    published: 'feed',
    language: 'feed',
  });
  assert.ok(a.text.startsWith('The harbour council of Velmora voted'), 'headline not repeated in the body');
  assert.equal(a.url, 'https://lantern.example/2031/04/ferry-pier');
});

test('Atom: alternate link, published date, author, html and text content', async () => {
  const r = await readInputs([`${fx}/atom/feed.atom`]);
  assert.equal(r.documents.length, 2);
  assert.equal(r.documents[0].url, 'https://courier.example/news/dam-inspection');
  assert.equal(r.documents[0].meta?.published, '2031-05-02T06:15:00Z');
  assert.equal(r.documents[0].meta?.author, 'Marit Elden');
  assert.equal(r.documents[0].meta?.outlet, 'Orrin Valley Courier');
  assert.ok(r.documents[0].content.includes('<p>Engineers found no new leaks'));
  assert.ok(
    r.documents[1].content.includes('<p>Water levels in the reservoir rose by 4 cm in April &amp; are'),
  );
});

test('RDF (RSS 1.0): dc:date, dc:creator and dc:language; summary only', async () => {
  const r = await readInputs([`${fx}/rdf/feed.rdf`]);
  assert.equal(r.documents.length, 1);
  assert.deepEqual(r.documents[0].meta, {
    title: 'Neuer Wochenmarkt in Kessmark',
    author: 'Lene Harwig',
    published: '2031-03-14',
    outlet: 'Kessmark Herald',
    language: 'de',
  });
  assert.deepEqual(codes(r.documents[0].diagnostics), ['PX111']);
});

test('JSON Feed: content_html, content_text escaped, unreadable date noted', async () => {
  const r = await readInputs([`${fx}/json-feed/feed.json`]);
  assert.equal(r.documents.length, 2);
  assert.equal(r.documents[0].meta?.published, '2031-06-01T11:00:00Z');
  assert.equal(r.documents[0].meta?.author, 'Hale Corrigan');
  assert.ok(r.documents[1].content.includes('<p>Ferry fares rise by 5% &lt;from&gt; July.</p>'));
  assert.equal(r.documents[1].url, undefined);
  assert.deepEqual(codes(r.documents[1].diagnostics), ['PX121']);
});

test('a broken feed yields PX112 naming the file, and the batch goes on', async () => {
  const broken = `${fx}/broken-feed/feed.xml`;
  const r = await readInputs([broken, `${fx}/rdf/feed.rdf`]);
  assert.deepEqual(codes(r.diagnostics), ['PX112']);
  assert.equal(r.diagnostics[0].input, broken);
  assert.equal(r.documents.length, 1);
});

test('a feed in ISO-8859-1 is decoded by its prolog, without a repair warning', async () => {
  const r = await readInputs([`${fx}/latin1-feed/feed.xml`]);
  assert.equal(r.documents[0].meta?.title, 'Fête du pain à Valbrune');
  assert.ok(r.documents[0].content.includes("l'église ; les boulangers prévoient"));
  assert.deepEqual(codes(r.documents[0].diagnostics), ['PX111']);
  assert.equal(r.documents[0].meta?.language, 'fr');
});

test('JSON that is not a JSON Feed is skipped with PX114', async () => {
  const r = await readInputs([`${fx}/not-a-feed-json/data.json`]);
  assert.equal(r.documents.length, 0);
  assert.deepEqual(codes(r.diagnostics), ['PX114']);
});

test('a folder of feeds yields their items; non-feed JSON is skipped with a diagnostic', async () => {
  const r = await readInputs([fx]);
  const feeds = r.documents.filter((d) => /#\d+$/.test(d.path ?? ''));
  assert.equal(feeds.length, 2 + 2 + 1 + 2 + 1, 'rss2 + atom + rdf + json + latin1');
  assert.ok(codes(r.diagnostics).includes('PX114'));
  assert.ok(codes(r.diagnostics).includes('PX112'));
});

test('sniffing goes by content, not by name', () => {
  assert.equal(sniffFormat('\ufeff  <?xml version="1.0"?>\n<!-- c --><rss version="2.0">'), 'feed');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0"?><opml version="2.0">'), 'opml');
  assert.equal(sniffFormat('{"version":"https://jsonfeed.org/version/1","items":[]}'), 'json-feed');
  assert.equal(sniffFormat('{"a":1}'), 'json');
  assert.equal(sniffFormat('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'), null);
  assert.equal(sniffFormat('<?xml version="1.0"?><urlset>'), 'xml');
  assert.equal(sniffFormat('Plain text {about} rss'), null);
  const rss = readFileSync(`${fx}/rss2/feed.xml`);
  const asText = ingestInput(rss, { path: 'saved.txt' });
  assert.equal(asText.documents.length, 2, 'an RSS file named .txt is still a feed');
});

test('feed dates: RFC 822 and ISO to UTC ISO, dates kept, nonsense undefined', () => {
  assert.equal(feedDateToIso('Tue, 08 Apr 2031 09:30:00 +0100'), '2031-04-08T08:30:00Z');
  assert.equal(feedDateToIso('2031-03-14'), '2031-03-14');
  assert.equal(feedDateToIso('someday soon'), undefined);
  assert.deepEqual(parseFeedText('<html><body>no feed</body></html>').ok, false);
});

test('OPML: feed URLs collected depth first, once each, http(s) only', () => {
  const r = parseOpmlText(readFileSync(`${fx}/opml/list.opml`, 'utf8'));
  assert.ok(r.ok);
  assert.deepEqual(r.ok && r.feedUrls, ['http://127.0.0.1:9/lantern.xml', 'http://localhost:9/courier.atom']);
});

test('OPML without --allow-private: each local feed refused with a clear diagnostic, no fetch', async () => {
  const list = `${fx}/opml/list.opml`;
  const r = await readInputs([list], { resolve: async () => ['127.0.0.1'] });
  assert.equal(r.documents.length, 0);
  assert.deepEqual(codes(r.diagnostics), ['PX116', 'PX116']);
  for (const d of r.diagnostics) {
    assert.ok(d.message.includes(list), 'names the list');
    assert.ok(d.message.includes('--allow-private'), 'says how to allow it');
  }
});

test('a feed item keeps its id when a newer item is put above it (ids keyed to the link, not the position)', () => {
  const item = (n: number) =>
    `<item><title>Item ${n}</title><link>https://news.example/${n}</link><description>Body of item ${n}, long enough to read.</description></item>`;
  const rss = (items: string) =>
    new TextEncoder().encode(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`,
    );
  const before = ingestInput(rss(item(1)), { url: 'https://news.example/feed.xml' }).documents;
  const after = ingestInput(rss(item(2) + item(1)), { url: 'https://news.example/feed.xml' }).documents;
  assert.equal(after.length, 2);
  assert.equal(after.find((d) => d.url === 'https://news.example/1')?.id, before[0].id);
});
