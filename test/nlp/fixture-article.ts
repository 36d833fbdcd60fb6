/**
 * Test helper: reads the NLP fixture cases (`test/fixtures/nlp/<case>/input.txt` + `expected.json`)
 * and builds an Article from each input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import type { Range } from '../../src/model/citation.ts';

/** Folder of the NLP fixture cases. */
export const FIXTURES = new URL('../fixtures/nlp/', import.meta.url).pathname;

/** One fixture case: its name, the article built from `input.txt` and the parsed `expected.json`. */
export interface FixtureCase {
  name: string;
  article: Article;
  expected: Record<string, unknown>;
}

/** Builds an article from plain text: paragraphs are separated by blank lines. */
export function articleFrom(id: string, raw: string, published: string | null): Article {
  const parts = raw
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const text = parts.join('\n\n');
  const paragraphs: Range[] = [];
  let at = 0;
  for (const p of parts) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return {
    id,
    title: null,
    outlet: null,
    author: null,
    published,
    language: 'en',
    text,
    paragraphs,
    extraction: { method: 'plain-text', sources: {}, removed: [] },
    diagnostics: [],
    usable: true,
  };
}

/** Loads every fixture case, sorted by name. */
export function loadCases(): FixtureCase[] {
  return readdirSync(FIXTURES)
    .sort()
    .map((name) => {
      const raw = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
      const published = expected.published === undefined ? '2025-01-01' : expected.published;
      return {
        name,
        article: articleFrom(`a${name.length.toString(16).padStart(12, '0')}`, raw, published),
        expected,
      };
    });
}
