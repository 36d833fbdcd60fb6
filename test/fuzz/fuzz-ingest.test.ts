/**
 * Fuzz: the text reader (bytes → documents: gzip, encodings, kind), feed and OPML parsing.
 * Random and mutated inputs → documents or coded diagnostics, never an exception.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { ingestInput } from '../../src/ingest/index.ts';
import { parseFeedText } from '../../src/ingest/parse-feed.ts';
import { parseOpmlText } from '../../src/ingest/parse-opml.ts';
import { anyText, fuzzParams, mutated } from './fuzz-runs.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const FEEDS = ['rss2/feed.xml', 'atom/feed.atom', 'json-feed/feed.json', 'rdf/feed.rdf'].map(fixture);
const OPML = fixture('opml/list.opml');

/** Every diagnostic has a catalog-shaped code and names the input. */
function wellFormed(diagnostics: ReadonlyArray<{ code: string; input?: string }>, input: string): void {
  for (const d of diagnostics) {
    assert.match(d.code, /^PX\d{3}$/);
    assert.ok(d.input?.startsWith(input), `${d.code} names the input`);
  }
}

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  anyText.map((s) => new TextEncoder().encode(s)),
  fc.oneof(...FEEDS.map(mutated), mutated(OPML)).map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 200 }).map((b) => {
    const gz = gzipSync(b);
    return gz.subarray(0, Math.max(10, gz.length - ((b[0] ?? 0) % 8))); // whole or truncated gzip
  }),
);

test('ingestInput: any bytes under any name → documents or coded diagnostics naming the input', () => {
  const names = fc.constantFrom(
    'in.txt',
    'in.html',
    'in.xml',
    'in.json',
    'in.opml',
    'in.rss',
    'in.txt.gz',
    'in',
  );
  fc.assert(
    fc.property(bytes, names, (b, name) => {
      const out = ingestInput(b, { path: name });
      wellFormed(out.diagnostics, name);
      for (const doc of out.documents) {
        assert.equal(typeof doc.content, 'string');
        wellFormed(doc.diagnostics, name);
      }
      assert.ok(out.documents.length > 0 || out.diagnostics.length > 0 || out.feedUrls.length > 0);
    }),
    fuzzParams(10_000),
  );
});

test('parseFeedText and parseOpmlText: mutated feeds and lists → a result or a reason', () => {
  const text = fc.oneof(anyText, ...FEEDS.map(mutated), mutated(OPML));
  fc.assert(
    fc.property(text, (s) => {
      const feed = parseFeedText(s);
      if (feed.ok) assert.ok(Array.isArray(feed.feed.items));
      else assert.equal(typeof feed.reason, 'string');
      const opml = parseOpmlText(s);
      if (opml.ok) for (const url of opml.feedUrls) assert.equal(typeof url, 'string');
    }),
    fuzzParams(10_000), // each input goes through both parsers
  );
});
