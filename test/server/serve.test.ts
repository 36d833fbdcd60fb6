import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { parsePort, registerServeCommand, storeSpec } from '../../src/cli/program.ts';
import { isLoopback, runServe } from '../../src/cli/serve-command.ts';
import type { AppDeps } from '../../src/server/app-deps.ts';
import { buildApp } from '../../src/server/build-app.ts';
import { type ServeOptions, serve } from '../../src/server/serve.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

test('serve listens on 127.0.0.1 by default, answers over HTTP with the headers, and closes', async () => {
  const store = await openSqliteStore(':memory:');
  const deps: AppDeps = { store, token: null, now: () => '2025-01-01T00:00:00.000Z' };
  const server = await serve(deps, { port: 0, app: buildApp(deps, { web: null }) });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${server.url}api/stories`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { stories: [], total: 0, limit: 50, offset: 0 });
    assert.ok(res.headers.get('content-security-policy'));
    const big = await fetch(`${server.url}api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(5 * 1024 * 1024 + 1),
    });
    assert.equal(big.status, 413);
  } finally {
    await server.close();
    await store.close();
  }
  await assert.rejects(fetch(server.url), 'closed');
});

test('serve rejects when the port is taken', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const port = (blocker.address() as { port: number }).port;
  const deps = { store: {} as Store, token: null, now: () => '' };
  await assert.rejects(serve(deps, { port, app: buildApp(deps, { web: null }) }), /EADDRINUSE/);
  blocker.close();
});

/** runServe with a fake store and server; returns what it printed and passed. */
async function fakeRun(
  host: string,
  env: Record<string, string>,
  flags: { quiet?: boolean; verbose?: boolean } = {},
) {
  let out = '';
  let err = '';
  let closed = 0;
  let seen: { deps: AppDeps; options: ServeOptions } | undefined;
  const stop = new AbortController();
  const code = runServe(
    { db: ':memory:', port: 8123, host, ...flags },
    {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      env,
      stop: stop.signal,
      openStore: async () => ({ close: async () => void closed++ }) as unknown as Store,
      serve: async (deps, options) => {
        seen = { deps, options };
        return { url: `http://${host}:8123/`, close: async () => void closed++ };
      },
    },
  );
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(closed, 0, 'still serving until stopped');
  stop.abort();
  return { code: await code, out, err, closed, seen };
}

test('parallax serve prints the URL, takes the token from PARALLAX_TOKEN and stops on the signal', async () => {
  const run = await fakeRun('127.0.0.1', { PARALLAX_TOKEN: 's3cret' });
  assert.equal(run.code, 0);
  assert.match(run.out, /http:\/\/127\.0\.0\.1:8123\//);
  assert.equal(run.err, '');
  assert.equal(run.seen?.deps.token, 's3cret');
  assert.deepEqual(
    { port: run.seen?.options.port, host: run.seen?.options.host },
    { port: 8123, host: '127.0.0.1' },
  );
  assert.equal(run.closed, 2, 'server and store closed');
});

test('parallax serve warns when listening beyond loopback and when writes are disabled', async () => {
  const run = await fakeRun('0.0.0.0', {});
  assert.match(run.err, /warning: listening on 0\.0\.0\.0/);
  assert.match(run.err, /PARALLAX_TOKEN is not set/);
  assert.equal(run.seen?.deps.token, null);
});

test('parallax serve --quiet prints no warning or note, --verbose a note that writes are enabled', async () => {
  const quiet = await fakeRun('0.0.0.0', {}, { quiet: true });
  assert.equal(quiet.err, '');
  assert.match(quiet.out, /serving/);
  const verbose = await fakeRun('127.0.0.1', { PARALLAX_TOKEN: 'secret' }, { verbose: true });
  assert.match(verbose.err, /note: PARALLAX_TOKEN is set/);
  assert.doesNotMatch(verbose.err, /secret/);
});

test('loopback hosts and port parsing', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
    assert.equal(isLoopback(h), true, h);
  for (const h of ['0.0.0.0', '::', '192.168.1.4', 'example.org']) assert.equal(isLoopback(h), false, h);
  assert.equal(parsePort('8080'), 8080);
  for (const p of ['-1', '65536', 'x', '80.5', '']) assert.throws(() => parsePort(p), p);
});

test('registerServeCommand parses --db, --port and --host with their defaults', async () => {
  // --db has no commander default: the action resolves it (--db, else PARALLAX_DATABASE_URL, else parallax.db).
  const program = new Command().exitOverride();
  let opts: unknown;
  registerServeCommand(program, { stdout: { write: () => {} }, stderr: { write: () => {} } }, () => {});
  const serveCmd = program.commands.find((c) => c.name() === 'serve');
  assert.ok(serveCmd);
  serveCmd.action((o: unknown) => {
    opts = o;
  });
  await program.parseAsync(['serve'], { from: 'user' });
  assert.deepEqual(opts, { port: 8080, host: '127.0.0.1' });
  await program.parseAsync(['serve', '--db', 'x.db', '--port', '9000', '--host', '::1'], { from: 'user' });
  assert.deepEqual(opts, { db: 'x.db', port: 9000, host: '::1' });
});

test('the store of a service command: --db, else PARALLAX_DATABASE_URL, else parallax.db', () => {
  const url = 'postgres://px:pw@db.example/news';
  assert.equal(storeSpec(undefined, {}), 'parallax.db');
  assert.equal(storeSpec(undefined, { PARALLAX_DATABASE_URL: url }), url);
  assert.equal(storeSpec('x.db', { PARALLAX_DATABASE_URL: url }), 'x.db');
  assert.equal(storeSpec(undefined, { PARALLAX_DATABASE_URL: '  ' }), 'parallax.db');
});

test('parallax serve end to end: a real store file and the whole app on a free port', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-serve-'));
  let out = '';
  const stop = new AbortController();
  const running = runServe(
    { db: join(dir, 'p.db'), port: 0, host: '127.0.0.1' },
    { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => {} }, env: {}, stop: stop.signal },
  );
  try {
    for (let i = 0; i < 200 && !/http:\/\/\S+/.test(out); i++) await new Promise((r) => setTimeout(r, 10));
    const url = out.match(/http:\/\/\S+/)?.[0];
    assert.ok(url, `printed a URL: ${out}`);
    const home = await fetch(url);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const write = await fetch(`${url}api/ingest`, {
      method: 'POST',
      body: 'x',
      headers: { authorization: 'Bearer x' },
    });
    assert.equal(write.status, 403, 'no PARALLAX_TOKEN: writes refused');
  } finally {
    stop.abort();
    assert.equal(await running, 0);
    await rm(dir, { recursive: true, force: true });
  }
});
