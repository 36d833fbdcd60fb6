/**
 * Runs every case under test/fixtures/extract/: reads `input.*` with readInputs (so gzip and sniffing
 * are exercised too), extracts it, and compares with the hand-checked `expected.json`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractArticle } from '../../src/extract/index.ts';
import { readInputs } from '../../src/io/read-inputs.ts';

const root = new URL('../fixtures/extract/', import.meta.url).pathname;

interface Expected {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  language?: string | null;
  usable?: boolean;
  kind?: string;
  method?: string;
  sources?: Record<string, string>;
  text?: string;
  textStart?: string;
  textEnd?: string;
  paragraphs?: number;
  removed?: string[];
  codes?: string[];
  absent?: string[];
  contains?: string[];
}

const FIELDS = ['title', 'outlet', 'author', 'published', 'language'] as const;

for (const name of readdirSync(root).sort()) {
  test(`extract fixture: ${name}`, async () => {
    const dir = join(root, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'));
    assert.ok(input, 'case folder holds an input.* file');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const { documents, diagnostics } = await readInputs([join(dir, input)]);
    assert.deepEqual(diagnostics, []);
    assert.equal(documents.length, 1);
    const doc = documents[0];
    if (expected.kind) assert.equal(doc.kind, expected.kind);
    const article = extractArticle(doc);
    for (const field of FIELDS) {
      if (field in expected) assert.equal(article[field], expected[field], field);
    }
    assert.equal(article.usable, expected.usable ?? true, 'usable');
    if (expected.method) assert.equal(article.extraction.method, expected.method);
    if (expected.sources) assert.deepEqual(article.extraction.sources, expected.sources);
    if (expected.text !== undefined) assert.equal(article.text, expected.text);
    if (expected.textStart)
      assert.ok(article.text.startsWith(expected.textStart), `starts: ${article.text.slice(0, 80)}`);
    if (expected.textEnd)
      assert.ok(article.text.endsWith(expected.textEnd), `ends: ${article.text.slice(-80)}`);
    if (expected.paragraphs !== undefined) assert.equal(article.paragraphs.length, expected.paragraphs);
    if (expected.removed)
      assert.deepEqual(
        article.extraction.removed.map((r) => r.kind),
        expected.removed,
      );
    const codes = article.diagnostics.map((d) => d.code);
    for (const code of expected.codes ?? [])
      assert.ok(codes.includes(code as never), `diagnostic ${code} in ${codes}`);
    for (const word of expected.absent ?? [])
      assert.ok(!article.text.includes(word), `text must not hold "${word}"`);
    for (const part of expected.contains ?? [])
      assert.ok(article.text.includes(part), `text must hold "${part}"`);
    // Invariants of every article.
    assert.equal(article.id, doc.id);
    assert.equal(
      article.paragraphs.map((r) => article.text.slice(r.start, r.end)).join('\n\n'),
      article.text,
    );
    for (const r of article.paragraphs)
      assert.equal(article.text.slice(r.start, r.end).trim(), article.text.slice(r.start, r.end));
    for (const d of article.diagnostics) assert.equal(d.article, article.id);
  });
}
