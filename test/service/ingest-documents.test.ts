import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readInputs } from '../../src/io/read-inputs.ts';
import type { RawDocument } from '../../src/model/source.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

const examples = (await readInputs(['examples'], { stdin: process.stdin })).documents;
const folderOf = (d: RawDocument) => d.path!.split('/').at(-2)!;

/** Story membership as sets of example folders, e.g. [['brennick-flood x5'], ...]. */
async function grouping(store: Store): Promise<string[]> {
  const stories = await store.listStories({ limit: 100, offset: 0 });
  const out: string[] = [];
  for (const s of stories) {
    const story = (await store.getStory(s.id))!;
    const arts = await store.getArticles(story.briefing.articles);
    const folders = arts.map((a) => a.path!.split('/').at(-2)!);
    out.push(`${[...new Set(folders)].join('+')} x${folders.length}`);
  }
  return out.sort();
}

const expected = ['brennick-flood x5', 'brennick-port-strike x4', 'halcyon-star-wreck x4', 'unrelated x1'];

test('ingesting the examples in two rounds gives the four true stories', async () => {
  const store = await openSqliteStore(':memory:');
  const first = examples.filter((_, i) => i % 2 === 0);
  const second = examples.filter((_, i) => i % 2 === 1);
  const r1 = await ingestDocuments(store, first, { at: '2026-03-12T08:00:00Z' });
  assert.equal(r1.added, first.length);
  const r2 = await ingestDocuments(store, second, { at: '2026-03-13T08:00:00Z' });
  assert.equal(r2.added, second.length);
  assert.deepEqual(await grouping(store), expected);
  await store.close();
});

test('re-ingesting the same documents changes nothing: no article, no version, no story', async () => {
  const store = await openSqliteStore(':memory:');
  await ingestDocuments(store, examples, { at: '2026-03-12T08:00:00Z' });
  const before = await store.listStories({ limit: 100, offset: 0 });
  const again = await ingestDocuments(store, examples, { at: '2026-03-14T08:00:00Z' });
  assert.equal(again.known, examples.length);
  assert.equal(again.added, 0);
  assert.deepEqual(again.storiesUpdated, []);
  assert.deepEqual(await store.listStories({ limit: 100, offset: 0 }), before);
  assert.equal(await store.countArticles(), examples.length);
  await store.close();
});

test('adding one article updates only its story, keeps its id, and the new version says what changed', async () => {
  const store = await openSqliteStore(':memory:');
  const late = examples.find((d) => folderOf(d) === 'halcyon-star-wreck')!;
  await ingestDocuments(
    store,
    examples.filter((d) => d !== late),
    { at: '2026-03-12T08:00:00Z' },
  );
  const before = await store.listStories({ limit: 100, offset: 0 });
  const report = await ingestDocuments(store, [late], { at: '2026-03-13T09:00:00Z' });
  assert.equal(report.storiesUpdated.length, 1);
  assert.deepEqual(report.storiesCreated, []);
  const id = report.storiesUpdated[0];
  assert.ok(
    before.some((s) => s.id === id),
    'the story kept its id',
  );
  const versions = await store.listVersions(id);
  assert.deepEqual(
    versions.map((v) => v.version),
    [2, 1],
  );
  const changes = versions[0].changes!;
  assert.deepEqual(
    changes.addedArticles.map((a) => a.id),
    [late.id],
  );
  assert.equal(versions[1].changes, null);
  const others = (await store.listStories({ limit: 100, offset: 0 })).filter((s) => s.id !== id);
  assert.ok(
    others.every((s) => s.version === 1),
    'other stories untouched',
  );
  await store.close();
});

test('an exact copy under another name is not stored (PX401); a near copy is stored and linked', async () => {
  const store = await openSqliteStore(':memory:');
  await ingestDocuments(store, examples, { at: '2026-03-12T08:00:00Z' });
  const original = examples.find((d) => d.kind === 'text' && folderOf(d) === 'brennick-flood')!;
  const copy: RawDocument = { ...original, id: 'a0000000copy1', path: 'copy.txt' };
  const lines = original.content.split('\n');
  const near: RawDocument = {
    ...original,
    id: 'a0000000near1',
    path: 'near.txt',
    content: ['Republished: a new headline for the same wire copy', ...lines.slice(1)].join('\n'),
  };
  const report = await ingestDocuments(store, [copy, near], { at: '2026-03-13T08:00:00Z' });
  assert.equal(report.exactCopies, 1);
  assert.ok(report.diagnostics.some((d) => d.code === 'PX401' && d.article === copy.id));
  assert.equal(await store.getArticle(copy.id), null);
  const stored = await store.getArticle(near.id);
  assert.equal(stored?.duplicateOf, original.id);
  await store.close();
});

test('an unusable document is stored with its diagnostics, so re-ingesting it is a no-op too', async () => {
  const store = await openSqliteStore(':memory:');
  const empty: RawDocument = {
    id: 'a000000empty1',
    path: 'empty.txt',
    kind: 'text',
    content: '  \n',
    diagnostics: [],
  };
  const r1 = await ingestDocuments(store, [empty], { at: '2026-03-12T08:00:00Z' });
  assert.equal(r1.unusable, 1);
  const stored = await store.getArticle(empty.id);
  assert.equal(stored?.usable, false);
  assert.ok(stored!.diagnostics.length > 0);
  assert.equal(stored!.storyId, null);
  const r2 = await ingestDocuments(store, [empty], { at: '2026-03-12T09:00:00Z' });
  assert.equal(r2.known, 1);
  await store.close();
});

test('concurrent ingests into one store are serialised (no story is lost or doubled)', async () => {
  const store = await openSqliteStore(':memory:');
  const parts = [0, 1, 2].map((k) => examples.filter((_, i) => i % 3 === k));
  await Promise.all(parts.map((p, k) => ingestDocuments(store, p, { at: `2026-03-1${k + 2}T08:00:00Z` })));
  assert.equal(await store.countArticles(), examples.length);
  assert.deepEqual(await grouping(store), expected);
  await store.close();
});

test("two writers on one database file: each sees the other one's ingests (generation check)", async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-gen-'));
  try {
    const path = join(dir, 'p.db');
    const a = await openSqliteStore(path);
    const b = await openSqliteStore(path);
    const parts = [0, 1, 2].map((k) => examples.filter((_, i) => i % 3 === k));
    await ingestDocuments(a, parts[0], { at: '2026-03-12T08:00:00Z' });
    assert.equal(await a.generation(), 1);
    await ingestDocuments(b, parts[1], { at: '2026-03-12T09:00:00Z' });
    await ingestDocuments(a, parts[2], { at: '2026-03-12T10:00:00Z' });
    assert.equal(await a.generation(), 3);
    assert.equal(await a.countArticles(), examples.length);
    assert.deepEqual(await grouping(a), expected);
    const stale = await a.commitIngest({
      at: '2026-03-12T11:00:00Z',
      generation: 1,
      articles: [],
      stories: [],
      merged: [],
      dfDelta: new Map(),
    });
    assert.equal(stale, false, 'a commit computed from an old generation is refused');
    await a.close();
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ingest commits chunk by chunk (by count or by time), reports the sum and the stored count', async () => {
  for (const chunking of [{ chunkSize: 4 }, { chunkSeconds: 1.5 }]) {
    const store = await openSqliteStore(':memory:');
    let t = 0;
    const stored: Array<[number, number]> = [];
    const report = await ingestDocuments(store, examples, {
      at: '2026-03-12T08:00:00Z',
      ...chunking,
      clock: () => (t += 1000),
      onProgress: (phase, done, total) => {
        if (phase === 'write') stored.push([done, total]);
      },
    });
    // By count: 4, 8, 12, 14; by time (1 s per document, 1.5 s a chunk): 2 documents a chunk.
    const step = 'chunkSize' in chunking ? 4 : 2;
    const expectedSteps = Array.from({ length: Math.ceil(examples.length / step) }, (_, i) => [
      Math.min(examples.length, (i + 1) * step),
      examples.length,
    ]);
    assert.deepEqual(stored, expectedSteps, JSON.stringify(chunking));
    assert.equal(await store.generation(), expectedSteps.length, 'one commit per chunk');
    assert.equal(report.documents, examples.length);
    assert.equal(report.added, examples.length);
    assert.equal(report.known, 0);
    assert.equal(new Set(report.storiesCreated).size, report.storiesCreated.length);
    assert.deepEqual(await grouping(store), expected);
    const again = await ingestDocuments(store, examples, { at: '2026-03-13T08:00:00Z', chunkSize: 4 });
    assert.equal(again.known, examples.length);
    assert.equal(again.added, 0);
    await store.close();
  }
});
