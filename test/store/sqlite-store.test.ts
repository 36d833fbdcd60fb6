import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { readInputs } from '../../src/io/read-inputs.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { entityKey } from '../../src/store/records.ts';
import { ftsQuery } from '../../src/store/search-query.ts';
import { openSqliteStore, StoreOpenError } from '../../src/store/sqlite-store.ts';

const examples = (await readInputs(['examples'], { stdin: process.stdin })).documents;
const store = await openSqliteStore(':memory:');
await ingestDocuments(store, examples, { at: '2026-03-12T08:00:00Z' });

test('search finds stories and articles by words, and user syntax cannot break the query', async () => {
  const hits = await store.search('Halcyon wreck', 10);
  assert.ok(hits.some((h) => h.kind === 'story'));
  assert.ok(hits.some((h) => h.kind === 'article' && h.storyId !== null));
  for (const q of ['"unbalanced', 'AND OR NOT', 'title:x*', 'NEAR(a b)', '(((', '*', ''])
    await store.search(q, 5);
  assert.deepEqual(await store.search('"(*', 5), []);
});

test('ftsQuery quotes every word and makes the last a prefix', () => {
  assert.equal(ftsQuery('dock strike'), '"dock" "strike"*');
  assert.equal(ftsQuery('"; DROP TABLE x --'), '"DROP" "TABLE" "x"*');
  assert.equal(ftsQuery('!!!'), null);
});

test('an entity page lists every story naming it, under any spelling', async () => {
  const stories = await store.listStories({ limit: 10, offset: 0 });
  const story = (await store.getStory(stories[0].id))!;
  const entity = story.briefing.entities.find((e) => e.aliases.length > 0) ?? story.briefing.entities[0];
  const record = await store.getEntity(entityKey(entity.name));
  assert.ok(record);
  assert.ok(record.stories.some((s) => s.id === story.id));
  for (const alias of entity.aliases) {
    const byAlias = await store.getEntity(entityKey(alias));
    assert.ok(
      byAlias?.stories.some((s) => s.id === story.id),
      `alias ${alias}`,
    );
  }
  assert.equal(await store.getEntity('no-such-entity'), null);
});

test('entityKey folds case, diacritics and punctuation', () => {
  assert.equal(entityKey('Ana-María  Núñez'), 'ana-maria-nunez');
  assert.equal(entityKey("O'Brien"), 'o-brien');
});

test('articles and stories read back in the JSON contract shape', async () => {
  const list = await store.listArticles({ limit: 100, offset: 0 });
  assert.equal(list.length, examples.length);
  assert.equal(await store.countArticles(), examples.length);
  const a = (await store.getArticle(list[0].id))!;
  assert.equal(typeof a.text, 'string');
  assert.ok(a.storyId);
  assert.ok(Array.isArray(a.extraction.removed));
  assert.equal((a as unknown as { paragraphs?: unknown }).paragraphs, undefined);
  assert.equal(await store.countStories(), 4);
  assert.equal(await store.getStory('s000000000000'), null);
  const [first] = await store.listStories({ limit: 1, offset: 0 });
  assert.deepEqual(await store.storyHead(first.id), {
    id: first.id,
    version: first.version,
    mergedInto: null,
  });
  assert.equal(await store.storyHead('s000000000000'), null);
  assert.equal(await store.getVersion(list[0].storyId!, 99), null);
});

test('feeds: add once, due by time, update status, remove', async () => {
  const s = await openSqliteStore(':memory:');
  assert.equal(await s.addFeed('https://example.org/feed.xml', '2026-03-12T08:00:00Z'), true);
  assert.equal(await s.addFeed('https://example.org/feed.xml', '2026-03-12T09:00:00Z'), false);
  assert.equal((await s.dueFeeds('2026-03-12T07:59:59Z')).length, 0);
  assert.equal((await s.dueFeeds('2026-03-12T08:00:00Z')).length, 1);
  await s.updateFeed('https://example.org/feed.xml', {
    status: 'error',
    errorCount: 1,
    lastError: 'HTTP 500',
    nextCheckAt: '2026-03-12T08:30:00Z',
    addArticles: 2,
  });
  const [f] = await s.listFeeds();
  assert.equal(f.status, 'error');
  assert.equal(f.articlesAdded, 2);
  assert.equal(f.lastError, 'HTTP 500');
  assert.equal(await s.removeFeed(f.url), true);
  assert.deepEqual(await s.listFeeds(), []);
  await s.close();
});

test('a file database uses WAL and keeps everything across reopen', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  try {
    const path = join(dir, 'p.db');
    const s1 = await openSqliteStore(path);
    await ingestDocuments(s1, examples.slice(0, 3), { at: '2026-03-12T08:00:00Z' });
    await s1.close();
    const raw = new SQLite(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
    const s2 = await openSqliteStore(path);
    assert.equal(await s2.countArticles(), 3);
    const again = await ingestDocuments(s2, examples.slice(0, 3), { at: '2026-03-12T09:00:00Z' });
    assert.equal(again.known, 3);
    await s2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a path that cannot be a database is a StoreOpenError naming the path', async () => {
  await assert.rejects(openSqliteStore('/nonexistent-dir/x/p.db'), (e: Error) => {
    assert.ok(e instanceof StoreOpenError);
    assert.match(e.message, /nonexistent-dir/);
    return true;
  });
});
