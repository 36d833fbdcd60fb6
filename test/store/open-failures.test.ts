/**
 * A store that cannot be opened: unreachable server, wrong password, a schema newer than the code
 * (on PostgreSQL and on SQLite). Each is exit 74 with one line naming the database, the password
 * redacted, and nothing written. The tests that need a server run when PARALLAX_TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { main } from '../../src/cli/main.ts';
import { tsQuery } from '../../src/store/postgres-search.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { describeDatabase } from '../../src/store/store-error.ts';
import { freshDatabase, TEST_DATABASE_URL } from './backends.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-open-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'Short text.\n');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Runs `parallax ingest a.txt --db <db>` in process; returns the exit code and stderr. */
async function ingestInto(db: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['ingest', article, '--db', db, '--quiet'], {
    stdin: process.stdin,
    stdout: { write: () => true },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stderr };
}

/** A TCP port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function assertOneLine(stderr: string, ...patterns: RegExp[]): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  for (const p of patterns) assert.match(lines[0], p);
  assert.doesNotMatch(lines[0], /secret|devpass/);
}

test('tsQuery keeps words only, all required, the last a prefix', () => {
  assert.equal(tsQuery('Dock strike'), "'dock' & 'strike':*");
  assert.equal(tsQuery("a' & !b | c:*"), "'a' & 'b' & 'c':*");
  assert.equal(tsQuery('!!!'), null);
});

test('describeDatabase redacts the password of a URL and leaves a path alone', () => {
  assert.equal(
    describeDatabase('postgres://px:secret@db.example:5432/news'),
    'postgres://px:***@db.example:5432/news',
  );
  assert.equal(describeDatabase('postgresql://db.example/news'), 'postgresql://db.example/news');
  assert.equal(describeDatabase('data/parallax.db'), 'data/parallax.db');
});

test('an unreachable PostgreSQL server: exit 74, one line naming the database', async () => {
  const url = `postgres://px:secret@127.0.0.1:${await closedPort()}/news`;
  const { code, stderr } = await ingestInto(url);
  assert.equal(code, 74);
  assertOneLine(stderr, /postgres:\/\/px:\*\*\*@127\.0\.0\.1:\d+\/news/, /connection refused/);
});

test('parallax worker: an unreachable server is exit 74 with one line; a SQLite store is a usage error', async () => {
  const run = async (db: string) => {
    let stderr = '';
    const code = await main(['worker', '--db', db, '--quiet'], {
      stdin: process.stdin,
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    });
    return { code, stderr };
  };
  const url = `postgres://px:secret@127.0.0.1:${await closedPort()}/news`;
  const down = await run(url);
  assert.equal(down.code, 74);
  assertOneLine(down.stderr, /postgres:\/\/px:\*\*\*@127\.0\.0\.1:\d+\/news/, /connection refused/);
  const sqlite = await run(join(dir, 'worker.db'));
  assert.equal(sqlite.code, 2);
  assertOneLine(sqlite.stderr, /needs a PostgreSQL store/);
});

test('a SQLite file with a newer schema: exit 74, nothing written', async () => {
  const path = join(dir, 'newer.db');
  await (await openSqliteStore(path)).close();
  const raw = new SQLite(path);
  raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('999-future', '2030-01-01')").run();
  raw.close();
  const { code, stderr } = await ingestInto(path);
  assert.equal(code, 74);
  assertOneLine(stderr, /newer\.db/, /newer schema/, /999-future/);
  const check = new SQLite(path, { readonly: true });
  assert.equal((check.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n, 0);
  check.close();
});

test('PostgreSQL: wrong password and newer schema are exit 74 with one line', async (t) => {
  if (TEST_DATABASE_URL === undefined) {
    t.skip('no PARALLAX_TEST_DATABASE_URL');
    return;
  }
  const { url, drop } = await freshDatabase();
  try {
    const wrong = new URL(url);
    wrong.password = 'secret-but-wrong';
    const bad = await ingestInto(wrong.toString());
    assert.equal(bad.code, 74);
    assertOneLine(bad.stderr, /:\*\*\*@/, /authentication failed/);

    assert.equal((await ingestInto(url)).code, 1, 'a short text is rejected, the store opens');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO kysely_migration (name, timestamp) VALUES ('999-future', '2030-01-01')");
    const before = await client.query('SELECT COUNT(*)::int AS n FROM articles');
    await client.end();
    const newer = await ingestInto(url);
    assert.equal(newer.code, 74);
    assertOneLine(newer.stderr, /newer schema/, /999-future/, /parallax_test_/);
    const after = new pg.Client({ connectionString: url });
    await after.connect();
    assert.deepEqual((await after.query('SELECT COUNT(*)::int AS n FROM articles')).rows, before.rows);
    await after.end();
  } finally {
    await drop();
  }
});
