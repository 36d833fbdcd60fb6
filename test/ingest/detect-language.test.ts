/**
 * detectLanguage: eld on short articles of our own in three languages; null when too short.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectLanguage, languageTag } from '../../src/extract/detect-language.ts';
import { extractArticle } from '../../src/extract/index.ts';

const fx = new URL('../fixtures/ingest/language/', import.meta.url).pathname;
const read = (name: string) => readFileSync(fx + name, 'utf8');

test('an English, a French and a German short article are detected right', () => {
  assert.equal(detectLanguage(read('en.txt')), 'en');
  assert.equal(detectLanguage(read('fr.txt')), 'fr');
  assert.equal(detectLanguage(read('de.txt')), 'de');
});

test('a headline is too short to tell: null, not a guess', () => {
  assert.equal(detectLanguage(read('en-headline.txt')), null);
});

test('a near tie between two languages is null when the margin asks for more', () => {
  assert.equal(detectLanguage(read('fr.txt'), { minMargin: 0.99 }), null);
});

test('language tags are cut to two lower-case letters; anything else is null', () => {
  assert.equal(languageTag('en-GB'), 'en');
  assert.equal(languageTag('DE_de'), 'de');
  assert.equal(languageTag('english'), null);
  assert.equal(languageTag(undefined), null);
});

test('extraction uses eld for an undeclared French page, and the declared language first', () => {
  const body = read('fr.txt')
    .split('. ')
    .map((s) => `<p>${s}.</p>`)
    .join('');
  const page = (lang: string) =>
    `<!doctype html><html${lang}><head><title>Jetée fermée</title></head><body><article>${body}</article></body></html>`;
  const undeclared = extractArticle({
    id: 'a000000000001',
    kind: 'html',
    content: page(''),
    diagnostics: [],
  });
  assert.equal(undeclared.language, 'fr');
  assert.equal(undeclared.extraction.sources.language, 'eld');
  const declared = extractArticle({
    id: 'a000000000002',
    kind: 'html',
    content: page(' lang="de"'),
    diagnostics: [],
  });
  assert.equal(declared.language, 'de');
  assert.notEqual(declared.extraction.sources.language, 'eld');
});
