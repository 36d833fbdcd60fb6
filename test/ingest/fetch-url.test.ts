/**
 * URL inputs against a local server on 127.0.0.1 (allowPrivate): redirects, types, size, timeout, refusal.
 * No test touches a non-loopback address.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { checkHost, isPrivateAddress } from '../../src/io/check-address.ts';
import { fetchUrl } from '../../src/io/fetch-url.ts';
import { readInputs } from '../../src/io/read-inputs.ts';

const fx = new URL('../fixtures/ingest/', import.meta.url).pathname;
const rss = readFileSync(`${fx}rss2/feed.xml`);
const page = `<!doctype html><html lang="en"><head><title>Quay works</title></head><body><article>${'<p>The northern quay of Velmora will be widened this summer so that the two largest ferries can berth side by side, the harbour council said.</p>'.repeat(3)}</article></body></html>`;
const tmp = mkdtempSync(join(tmpdir(), 'parallax-fetch-'));
let base = '';
let lastHeaders: IncomingHttpHeaders = {};

const server = createServer((req, res) => {
  lastHeaders = req.headers;
  const url = req.url ?? '/';
  const hops = /^\/hop\/(\d+)$/.exec(url);
  if (hops) {
    const n = Number(hops[1]);
    res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
  } else if (url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  else if (url === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
  else if (url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100));
  else if (url === '/huge') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (sent < 8 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  } else if (url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 3000).unref();
  else if (url === '/ftp') res.writeHead(301, { location: 'ftp://127.0.0.1/x' }).end();
  else res.writeHead(404).end('no');
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const codes = (ds: Array<{ code: string }>): string[] => ds.map((d) => d.code);

test('a page is fetched with an honest User-Agent and becomes an html document with its URL', async () => {
  const r = await readInputs([`${base}/page`], { allowPrivate: true });
  assert.deepEqual(codes(r.diagnostics), []);
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0].kind, 'html');
  assert.equal(r.documents[0].url, `${base}/page`);
  assert.match(
    lastHeaders['user-agent'] ?? '',
    /^Parallax\/\d+\.\d+\.\d+ \(\+self-hosted news story engine\)$/,
  );
});

test('a feed URL yields its items', async () => {
  const r = await readInputs([`${base}/feed`], { allowPrivate: true });
  assert.equal(r.documents.length, 2);
  assert.equal(r.documents[0].path, `${base}/feed#1`);
  assert.equal(r.documents[0].url, 'https://lantern.example/2031/04/ferry-pier');
});

test('without allowPrivate a loopback URL is refused before any request, with a clear diagnostic', async () => {
  lastHeaders = {};
  const r = await readInputs([`${base}/page`]);
  assert.equal(r.documents.length, 0);
  assert.deepEqual(codes(r.diagnostics), ['PX116']);
  assert.match(r.diagnostics[0].message, /127\.0\.0\.1.*loopback, private or link-local.*--allow-private/);
  assert.deepEqual(lastHeaders, {}, 'no request reached the server');
});

test('redirects: 5 are followed, the 6th is refused; non-http redirect refused', async () => {
  const ok = await fetchUrl(`${base}/hop/4`, { allowPrivate: true });
  assert.ok(ok.ok && ok.url === `${base}/page`);
  const tooMany = await fetchUrl(`${base}/hop/5`, { allowPrivate: true });
  assert.ok(!tooMany.ok && tooMany.diagnostic.code === 'PX118');
  const ftp = await fetchUrl(`${base}/ftp`, { allowPrivate: true });
  assert.ok(!ftp.ok && ftp.diagnostic.code === 'PX118');
});

test('content type, size, status and timeout problems each give their code', async () => {
  const image = await fetchUrl(`${base}/image`, { allowPrivate: true });
  assert.ok(!image.ok && image.diagnostic.code === 'PX117');
  const huge = await fetchUrl(`${base}/huge`, { allowPrivate: true, maxBytes: 1024 * 1024 });
  assert.ok(!huge.ok && huge.diagnostic.code === 'PX106');
  const missing = await fetchUrl(`${base}/missing`, { allowPrivate: true });
  assert.ok(
    !missing.ok && missing.diagnostic.code === 'PX115' && /HTTP 404/.test(missing.diagnostic.message),
  );
  const slow = await fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 });
  assert.ok(!slow.ok && slow.diagnostic.code === 'PX115' && /timed out/.test(slow.diagnostic.message));
});

test('an OPML list is read and each feed it names is fetched and ingested', async () => {
  const list = join(tmp, 'list.opml');
  const outline = (path: string) => `<outline type="rss" text="f" xmlUrl="${base}${path}"/>`;
  writeFileSync(list, `<opml version="2.0"><body>${outline('/feed')}${outline('/missing')}</body></opml>`);
  const r = await readInputs([list], { allowPrivate: true });
  assert.equal(r.documents.length, 2);
  assert.deepEqual(codes(r.diagnostics), ['PX113', 'PX115']);
  assert.ok(r.diagnostics[1].message.includes(`feed listed in ${list}`));
});

test('--allow-private and --timeout reach readInputs from the command line', async () => {
  const seen: unknown[] = [];
  const io = {
    stdin: Readable.from([]),
    stdout: { write: () => true },
    stderr: { write: () => true },
    readInputs: async (_inputs: string[], options: unknown) => {
      seen.push(options);
      return { documents: [], diagnostics: [] };
    },
  };
  await main(['articles', '--allow-private', '--timeout', '500', `${base}/page`], io);
  await main(['articles', `${base}/page`], io);
  assert.deepEqual(
    seen.map((o) => {
      const { allowPrivate, timeoutMs } = o as { allowPrivate?: boolean; timeoutMs?: number };
      return [allowPrivate, timeoutMs];
    }),
    [
      [true, 500],
      [undefined, undefined],
    ],
  );
  let stderr = '';
  const code = await main(['articles', `${base}/page`], {
    stdin: Readable.from([]),
    stdout: { write: () => true },
    stderr: { write: (s: string) => (stderr += s) },
  });
  assert.equal(code, 1);
  assert.match(stderr, /--allow-private.*\[PX116\]/);
});

test('private, loopback, link-local and mapped addresses are recognised; public ones pass', async () => {
  for (const ip of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    'ff02::1',
  ]) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isPrivateAddress(ip), false, ip);
  }
  const mixed = await checkHost('news.example', async () => ['93.184.216.34', '10.0.0.5']);
  assert.ok(!mixed.ok && mixed.private, 'one private address among public ones is refused');
  const literal = await checkHost('[::1]');
  assert.ok(!literal.ok && literal.private);
});
