/**
 * Kill test of the chunked ingest, on every backend: `parallax ingest` in a child process is killed
 * with SIGKILL after its first chunk is committed (it has more chunks to go); the store must pass its
 * integrity check (SQLite), hold only whole chunks (every stored article in a stored story or one
 * waiting for its brief, every briefed story's count right, every usable article searchable), and
 * the next run must end with every article exactly once and every story briefed (the examples hold
 * no exact copies).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { readInputs } from '../../src/io/read-inputs.ts';
import { freshDatabase, TEST_DATABASE_URL } from '../store/backends.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'parallax.js');
const EXAMPLES = join(ROOT, 'examples');
const CHUNK = 2;
const ENV = { ...process.env, PARALLAX_DEBUG: '', PARALLAX_DATABASE_URL: '' };

/** Starts an ingest of the examples; resolves with its exit once it has been killed after its first commit. */
function ingestAndKill(db: string): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    [BIN, 'ingest', EXAMPLES, '--db', db, '--chunk', String(CHUNK), '--verbose'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: ENV,
    },
  );
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
    { cwd: ROOT, encoding: 'utf8', env: ENV, timeout: 300_000 },
  );
}

/** Runs read-only SQL on a store's database, whichever backend. */
type Query = (text: string) => Promise<Array<Record<string, unknown>>>;

async function withQuery<T>(db: string, body: (query: Query) => Promise<T>): Promise<T> {
  if (db.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      return await body(async (text) => (await client.query(text)).rows);
    } finally {
      await client.end();
    }
  }
  const raw = new SQLite(db, { readonly: true });
  try {
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
    return await body(async (text) => raw.prepare(text).all() as Array<Record<string, unknown>>);
  } finally {
    raw.close();
  }
}

/** Whole chunks: every clustered article's story exists and counts it; the stored article ids. */
function checkStore(db: string): Promise<string[]> {
  return withQuery(db, async (query) => {
    const ids = (await query('SELECT id FROM articles')).map((r) => String(r.id));
    assert.equal(new Set(ids).size, ids.length);
    // A story whose members a queued ingest committed may wait for its brief (story_pending).
    const orphans = await query(
      `SELECT a.id FROM articles a LEFT JOIN stories s ON s.id = a.story_id
       WHERE a.story_id IS NOT NULL AND s.id IS NULL
         AND NOT EXISTS (SELECT 1 FROM story_pending p WHERE p.story_id = a.story_id)`,
    );
    assert.deepEqual(orphans, [], 'articles in stories that were neither written nor pending');
    const counts = await query(
      `SELECT s.id, s.articles, (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id) AS n
       FROM stories s WHERE s.merged_into IS NULL
         AND NOT EXISTS (SELECT 1 FROM story_pending p WHERE p.story_id = s.id)`,
    );
    for (const c of counts)
      assert.equal(Number(c.articles), Number(c.n), `story ${c.id} counts its articles`);
    const [searchable] = await query('SELECT COUNT(*) AS n FROM article_search');
    const [usable] = await query('SELECT COUNT(*) AS n FROM articles WHERE usable = 1');
    assert.equal(Number(searchable.n), Number(usable.n));
    return ids;
  });
}

const documents = (await readInputs([EXAMPLES])).documents;
const backends: Array<{ name: string; db: () => Promise<{ db: string; done: () => Promise<void> }> }> = [
  {
    name: 'SQLite',
    async db() {
      const dir = mkdtempSync(join(tmpdir(), 'parallax-kill-'));
      return { db: join(dir, 'killed.db'), done: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (TEST_DATABASE_URL !== undefined)
  backends.push({
    name: 'PostgreSQL',
    async db() {
      const { url, drop } = await freshDatabase();
      return { db: url, done: drop };
    },
  });

for (const backend of backends)
  test(`${backend.name}: an ingest killed with SIGKILL after a chunk keeps whole chunks and the next run resumes`, async () => {
    assert.ok(documents.length > 3 * CHUNK, 'enough documents for several chunks');
    const { db, done } = await backend.db();
    try {
      const { signal, stderr } = await ingestAndKill(db);
      assert.equal(signal, 'SIGKILL', `the ingest was still running when killed:\n${stderr}`);
      const after = await checkStore(db);
      assert.ok(after.length >= CHUNK, 'the first chunk was committed');
      assert.ok(after.length < documents.length, 'killed before the end');

      const resumed = ingest(db);
      assert.ok(resumed.status === 0 || resumed.status === 1, resumed.stderr);
      const report = JSON.parse(resumed.stdout) as { known: number; added: number };
      // On PostgreSQL the killed run's queued batches survive it and the next run commits them: a
      // document counts by its batch's outcome (known when the killed run had stored it, whether or
      // not it wrote the batch's report), so "known" is at least what the kill left and known + added
      // is all, each article once (queue-report.test.ts sets that interleaving up without timing).
      assert.ok(
        report.known >= after.length,
        `the stored articles are skipped (${report.known} < ${after.length})`,
      );
      const final = await checkStore(db);
      const pending = await withQuery(db, (query) => query('SELECT story_id FROM story_pending'));
      assert.deepEqual(pending, [], 'the next run waits until every story of its articles is briefed');
      assert.deepEqual([...final].sort(), documents.map((d) => d.id).sort(), 'every article exactly once');
      assert.equal(report.known + report.added, final.length, 'each article counted once: known or added');
      if (backend.name === 'SQLite')
        assert.equal(report.known, after.length, 'no queue: known is what the kill left');
    } finally {
      await done();
    }
  });
