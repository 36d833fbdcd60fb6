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

test('ftsQuery quotes every word and makes the last a prefix', () => {
  assert.equal(ftsQuery('dock strike'), '"dock" "strike"*');
  assert.equal(ftsQuery('"; DROP TABLE x --'), '"DROP" "TABLE" "x"*');
  assert.equal(ftsQuery('!!!'), null);
});

test('entityKey folds case, diacritics and punctuation', () => {
  assert.equal(entityKey('Ana-María  Núñez'), 'ana-maria-nunez');
  assert.equal(entityKey("O'Brien"), 'o-brien');
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
