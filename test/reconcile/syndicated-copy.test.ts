import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import { briefDocuments } from '../../src/engine.ts';
import type { RawDocument } from '../../src/model/source.ts';

const dir = new URL('../fixtures/reconcile/syndicated-copy/', import.meta.url);
const doc = (id: string, file: string): RawDocument => ({
  id,
  path: file,
  kind: 'text',
  content: readFileSync(new URL(file, dir), 'utf8'),
  diagnostics: [],
});

// A wire story, a syndicated near-copy of it by another outlet under a new headline, and one
// independent outlet telling the same event in its own words.
const out = briefDocuments([
  doc('a1wire0000001', '01-wire.txt'),
  doc('a2copy0000002', '02-copy.txt'),
  doc('a3radio000003', '03-independent.txt'),
]);

test('the syndicated copy is linked to the wire story and the three articles form one story', () => {
  const copy = out.articles.find((a) => a.id === 'a2copy0000002');
  assert.equal(copy?.duplicateOf, 'a1wire0000001');
  assert.notEqual(copy?.outlet, out.articles.find((a) => a.id === 'a1wire0000001')?.outlet);
  assert.equal(out.stories.length, 1);
});

test('a fact stated by the wire story and its copy only is single-source', () => {
  const facts = out.stories[0].facts;
  const copied = facts.filter((f) => {
    const cited = new Set(f.citations.map((c) => c.article));
    return cited.has('a1wire0000001') && cited.has('a2copy0000002') && !cited.has('a3radio000003');
  });
  assert.ok(copied.length > 0, 'some fact is cited to the wire story and its copy only');
  for (const f of copied) {
    assert.equal(f.sources, 1, f.text);
    assert.equal(f.status, 'single-source', f.text);
  }
});

test('a fact also stated by the independent outlet has two sources', () => {
  const shared = out.stories[0].facts.filter((f) => f.citations.some((c) => c.article === 'a3radio000003'));
  const both = shared.filter((f) => f.citations.some((c) => c.article === 'a1wire0000001'));
  assert.ok(both.length > 0, 'some fact is cited to the wire story and the independent outlet');
  for (const f of both) {
    assert.equal(f.sources, 2, f.text);
    assert.equal(f.status, 'corroborated', f.text);
  }
});

test('the briefing checker counts the copy as its original', () => {
  assert.deepEqual(checkBriefing(out.stories[0], out.articles), []);
});
