/**
 * Conditional GET against a local server on 127.0.0.1 (allowPrivate): 304, validators, Retry-After, charset.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchFeed } from '../../src/io/fetch-feed.ts';
import { fetchUrl } from '../../src/io/fetch-url.ts';

const ETAG = '"v7-harbour"';
const MODIFIED = 'Wed, 02 Apr 2031 09:00:00 GMT';
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Quayside Courier</title>
<item><title>Ferry timetable changes</title><link>https://quayside.example/ferry</link><description>New times from May.</description></item>
</channel></rss>`;
let base = '';
const seen: IncomingHttpHeaders[] = [];

const server = createServer((req, res) => {
  seen.push(req.headers);
  if (req.url === '/etag') {
    if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304, { etag: ETAG }).end();
    return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG }).end(feed);
  }
  if (req.url === '/modified') {
    if (req.headers['if-modified-since'] === MODIFIED) return void res.writeHead(304).end();
    return void res
      .writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': MODIFIED })
      .end(feed);
  }
  if (req.url === '/busy') return void res.writeHead(503, { 'retry-after': '120' }).end('busy');
  if (req.url === '/latin1') {
    // "Café Überfahrt" in ISO-8859-1 bytes, labelled only by the HTTP header.
    const body = Buffer.from(feed.replace('Ferry timetable changes', 'Café Überfahrt'), 'latin1');
    return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' }).end(body);
  }
  res.writeHead(404).end();
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('an ETag is returned, sent back as If-None-Match, and a 304 is reported as not-modified', async () => {
  const first = await fetchFeed(`${base}/etag`, { etag: null, lastModified: null }, { allowPrivate: true });
  assert.equal(first.status, 'fetched');
  assert.equal(first.status === 'fetched' && first.etag, ETAG);
  assert.equal(seen.at(-1)?.['if-none-match'], undefined);
  const second = await fetchFeed(`${base}/etag`, { etag: ETAG, lastModified: null }, { allowPrivate: true });
  assert.equal(seen.at(-1)?.['if-none-match'], ETAG);
  assert.deepEqual(second, { status: 'not-modified', etag: ETAG, lastModified: null });
  assert.match(seen.at(-1)?.['user-agent'] ?? '', /^Parallax\//);
  assert.match(seen.at(-1)?.accept ?? '', /^application\/rss\+xml/);
});

test('Last-Modified is returned and sent back as If-Modified-Since; a 304 keeps the stored validators', async () => {
  const first = await fetchFeed(
    `${base}/modified`,
    { etag: null, lastModified: null },
    { allowPrivate: true },
  );
  assert.equal(first.status === 'fetched' && first.lastModified, MODIFIED);
  const second = await fetchFeed(
    `${base}/modified`,
    { etag: null, lastModified: MODIFIED },
    { allowPrivate: true },
  );
  assert.equal(seen.at(-1)?.['if-modified-since'], MODIFIED);
  assert.deepEqual(second, { status: 'not-modified', etag: null, lastModified: MODIFIED });
});

test('a 503 fails with its status and Retry-After', async () => {
  const r = await fetchFeed(`${base}/busy`, { etag: null, lastModified: null }, { allowPrivate: true });
  assert.equal(r.status, 'failed');
  if (r.status !== 'failed') return;
  assert.equal(r.httpStatus, 503);
  assert.equal(r.retryAfter, '120');
  assert.equal(r.diagnostic.code, 'PX115');
  assert.match(r.diagnostic.message, /\/busy: HTTP 503/);
});

test('loopback is refused without allowPrivate, as for any URL', async () => {
  const r = await fetchFeed(`${base}/etag`, { etag: null, lastModified: null }, {});
  assert.equal(r.status === 'failed' && r.diagnostic.code, 'PX116');
});

test('a body in the charset the Content-Type names is transcoded to UTF-8', async () => {
  const r = await fetchUrl(`${base}/latin1`, { allowPrivate: true });
  assert.ok(r.ok);
  assert.equal(r.charset, 'iso-8859-1');
  assert.match(new TextDecoder('utf-8', { fatal: true }).decode(r.bytes), /Café Überfahrt/);
});
