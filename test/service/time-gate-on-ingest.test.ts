import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { RawDocument } from '../../src/model/source.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const CASE = new URL('../fixtures/cluster/sibling-silo-blasts-years-apart/', import.meta.url).pathname;

interface FixtureArticle {
  id: string;
  outlet: string;
  published: string;
  title: string;
  paragraphs: string[];
}

test('the service keeps look-alike events two years apart in two stories, across ingests and a restore', async () => {
  const input = JSON.parse(readFileSync(`${CASE}input.json`, 'utf8'));
  const expected: string[][] = JSON.parse(readFileSync(`${CASE}expected.json`, 'utf8')).groups;
  const documents = (input.articles as FixtureArticle[]).map(
    (a): RawDocument => ({
      id: a.id,
      kind: 'text',
      content: a.paragraphs.join('\n\n'),
      diagnostics: [],
      meta: { title: a.title, outlet: a.outlet, published: a.published },
    }),
  );
  // Interleaved over three ingests: each brings articles of both blasts; the event day must come
  // back from the stored vectors when the next ingest restores the clusterer.
  const order = [0, 4, 1, 5, 2, 6, 3].map((i) => documents[i]);
  const store = await openSqliteStore(':memory:');
  let start = 0;
  for (const [n, size] of [3, 2, 2].entries()) {
    await ingestDocuments(store, order.slice(start, start + size), { at: `2031-07-0${n + 1}T08:00:00Z` });
    start += size;
  }
  const groups = new Map<string, string[]>();
  for (const e of (await store.loadClusterState()).entries)
    groups.set(e.storyId, [...(groups.get(e.storyId) ?? []), e.id]);
  await store.close();
  const got = [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const want = expected.map((g) => [...g].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  assert.deepEqual(got, want);
});
