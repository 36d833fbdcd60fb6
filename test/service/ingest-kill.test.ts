/**
 * Kill test of the chunked ingest: `parallax ingest` in a child process is killed with SIGKILL after
 * its first chunk is committed (it has more chunks to go); the store must pass its integrity check,
 * hold only whole chunks (every stored article in a stored story, every story's count right), and
 * the next run must end with every article exactly once (the examples hold no exact copies).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { readInputs } from '../../src/io/read-inputs.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'parallax.js');
const EXAMPLES = join(ROOT, 'examples');
const CHUNK = 2;

/** Starts an ingest of the examples; resolves with its exit once it has been killed after its first commit. */
function ingestAndKill(db: string): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'ingest', EXAMPLES, '--db', db, '--chunk', String(CHUNK)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PARALLAX_DEBUG: '' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr += text;
    // The progress line after a committed chunk: kill right away, while the next chunk is in flight.
    if (/stored \d+\/\d+/.test(stderr)) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, stderr })));
}

function ingest(db: string) {
  return spawnSync(
    process.execPath,
    [BIN, 'ingest', EXAMPLES, '--db', db, '--chunk', String(CHUNK), '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_DEBUG: '' },
      timeout: 300_000,
    },
  );
}

/** Integrity and whole chunks: every clustered article's story exists and counts it. */
function checkStore(path: string): { ids: string[] } {
  const db = new SQLite(path, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const ids = (db.prepare('SELECT id FROM articles').all() as Array<{ id: string }>).map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const orphans = db
      .prepare(
        `SELECT a.id FROM articles a LEFT JOIN stories s ON s.id = a.story_id
         WHERE a.story_id IS NOT NULL AND s.id IS NULL`,
      )
      .all();
    assert.deepEqual(orphans, [], 'articles in stories that were not written');
    const counts = db
      .prepare(
        `SELECT s.id, s.articles, (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id) AS n
         FROM stories s WHERE s.merged_into IS NULL`,
      )
      .all() as Array<{ id: string; articles: number; n: number }>;
    for (const c of counts) assert.equal(c.articles, c.n, `story ${c.id} counts its articles`);
    const searchable = db.prepare('SELECT COUNT(*) AS n FROM article_search').get() as { n: number };
    const usable = db.prepare('SELECT COUNT(*) AS n FROM articles WHERE usable = 1').get() as { n: number };
    assert.equal(searchable.n, usable.n);
    return { ids };
  } finally {
    db.close();
  }
}

test('an ingest killed with SIGKILL after a chunk keeps whole chunks and the next run resumes', async () => {
  const documents = (await readInputs([EXAMPLES])).documents;
  assert.ok(documents.length > 3 * CHUNK, 'enough documents for several chunks');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-kill-'));
  try {
    const killed = join(dir, 'killed.db');
    const { signal, stderr } = await ingestAndKill(killed);
    assert.equal(signal, 'SIGKILL', `the ingest was still running when killed:\n${stderr}`);
    const after = checkStore(killed);
    assert.ok(after.ids.length >= CHUNK, 'the first chunk was committed');
    assert.ok(after.ids.length < documents.length, 'killed before the end');

    const resumed = ingest(killed);
    assert.ok(resumed.status === 0 || resumed.status === 1, resumed.stderr);
    const report = JSON.parse(resumed.stdout) as { known: number; added: number };
    assert.equal(report.known, after.ids.length, 'the stored articles are skipped');
    const final = checkStore(killed);
    const expected = documents.map((d) => d.id).sort();
    assert.deepEqual([...final.ids].sort(), expected, 'every article exactly once');
    assert.equal(report.added, final.ids.length - after.ids.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
