import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findDuplicates } from '../../src/dedup/find-duplicates.ts';
import { estimateJaccard, minhash } from '../../src/dedup/minhash.ts';
import { makeArticle } from './quick-annotate.ts';

const ROOT = new URL('../fixtures/cluster/dedup/', import.meta.url).pathname;

interface Input {
  articles: Array<{ id: string; title: string; published: string; text: string }>;
}

for (const name of readdirSync(ROOT).sort()) {
  test(`dedup fixture ${name}`, () => {
    const input = JSON.parse(readFileSync(join(ROOT, name, 'input.json'), 'utf8')) as Input;
    const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8'));
    const articles = input.articles.map((a) => makeArticle(a.id, a.text.split('\n\n'), a));
    const before = JSON.stringify(articles);
    const result = findDuplicates(articles);
    assert.equal(JSON.stringify(articles), before, 'input not mutated');
    assert.deepEqual(
      result.kept.map((a) => a.id),
      expected.kept,
    );
    const links = Object.fromEntries(
      result.articles.filter((a) => a.duplicateOf !== undefined).map((a) => [a.id, a.duplicateOf]),
    );
    assert.deepEqual(links, expected.duplicateOf);
    assert.deepEqual(
      result.diagnostics.map((d) => ({ code: d.code, article: d.article })),
      expected.diagnostics,
    );
  });
}

test('the result does not depend on input order (the earlier article is the original)', () => {
  const input = JSON.parse(readFileSync(join(ROOT, 'wire-new-headline', 'input.json'), 'utf8')) as Input;
  const articles = input.articles.map((a) => makeArticle(a.id, a.text.split('\n\n'), a));
  const linked = findDuplicates([...articles].reverse()).articles.find((a) => a.duplicateOf !== undefined);
  assert.equal(linked?.id, 'a0000000d102');
});

test('MinHash estimates Jaccard: identical texts 1, unrelated texts near 0', () => {
  const a = 'the quick brown fox jumps over the lazy dog near the river bank at dawn today';
  const b = 'engineers opened two spillway gates after three days of heavy rain in the valley';
  assert.equal(estimateJaccard(minhash(a, 64, 5), minhash(a, 64, 5)), 1);
  assert.ok(estimateJaccard(minhash(a, 64, 5), minhash(b, 64, 5)) < 0.1);
});
