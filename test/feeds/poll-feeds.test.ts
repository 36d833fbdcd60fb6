/**
 * pollFeeds with the real in-memory store and the real ingest, against feeds served on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { type IngestFn, pollFeeds } from '../../src/feeds/poll-feeds.ts';
import { fetchFeed } from '../../src/io/fetch-feed.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

const item = (slug: string, title: string, body: string) =>
  `<item><title>${title}</title><link>https://quayside.example/${slug}</link><pubDate>Wed, 02 Apr 2031 08:00:00 GMT</pubDate><description><![CDATA[${`<p>${body}</p>`.repeat(3)}]]></description></item>`;
const ITEMS = [
  item(
    'ferry',
    'Second ferry berth opens at Velmora quay',
    'The harbour council of Velmora opened a second ferry berth on the northern quay on Tuesday, so that the two largest ferries of the Ostrel line can now load side by side, the council said in a statement.',
  ),
  item(
    'library',
    'Tarnby library to stay open on Sundays',
    'The public library of Tarnby will open on Sundays from next month after the town board approved two more part-time posts, the librarian Edda Morrow told the weekly meeting of the board on Monday evening.',
  ),
];
const NEW_ITEM = item(
  'bridge',
  'Repairs close the old Sallow bridge for a week',
  'The old Sallow bridge will be closed to cars for a week from Monday while workers replace its wooden deck, the roads office of the county said, adding that a ferry will carry cyclists across the river.',
);
let items = [...ITEMS];
const rss = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Quayside Courier</title><language>en</language>${items.join('')}</channel></rss>`;

let base = '';
const server = createServer((req, res) => {
  if (req.url === '/feed') {
    const body = rss();
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 12)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
  }
  if (req.url === '/broken') return void res.writeHead(500).end('oops');
  if (req.url === '/garbled')
    return void res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end('<rss><channel><item><title>x');
  if (req.url === '/page')
    return void res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><html><body><p>Hello</p></body></html>');
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

const T0 = '2031-04-02T10:00:00.000Z';
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The real ingest, counting its calls and the documents it was given. */
function countingIngest() {
  const calls: number[] = [];
  const ingest: IngestFn = (store, documents, options) => {
    calls.push(documents.length);
    return ingestDocuments(store, documents, options);
  };
  return { calls, ingest };
}

test('a feed is ingested, then a 304 ingests nothing, then a new item is the only article added', async () => {
  items = [...ITEMS];
  const store = await openSqliteStore(':memory:');
  const url = `${base}/feed`;
  await store.addFeed(url, T0);
  const { calls, ingest } = countingIngest();
  const opts = { fetch: fetchFeed, ingest, allowPrivate: true };

  const first = await pollFeeds(store, { ...opts, now: T0 });
  assert.equal(first.ok, 1);
  assert.equal(first.added, 2);
  assert.equal(first.feeds[0].report?.added, 2);
  let [feed] = await store.listFeeds();
  assert.equal(feed.status, 'ok');
  assert.equal(feed.title, 'Quayside Courier');
  assert.match(feed.etag ?? '', /^"[0-9a-f]{12}"$/);
  assert.equal(feed.articlesAdded, 2);
  assert.equal(feed.lastCheckedAt, T0);
  assert.ok(feed.nextCheckAt > plus(T0, 13) && feed.nextCheckAt <= plus(T0, 15), feed.nextCheckAt);
  assert.equal(await store.countArticles(), 2);

  // Not due yet: nothing polled.
  assert.equal((await pollFeeds(store, { ...opts, now: plus(T0, 5) })).feeds.length, 0);

  const second = await pollFeeds(store, { ...opts, now: plus(T0, 16) });
  assert.equal(second.notModified, 1);
  assert.deepEqual(calls, [2], 'nothing handed to ingest on a 304');
  [feed] = await store.listFeeds();
  assert.equal(feed.status, 'not-modified');
  assert.equal(feed.articlesAdded, 2);

  items = [NEW_ITEM, ...ITEMS]; // prepended: the old items move down one place
  const third = await pollFeeds(store, { ...opts, now: plus(T0, 32) });
  assert.equal(third.ok, 1);
  assert.equal(third.feeds[0].report?.known, 2, 'old items keep their ids when the feed order changes');
  assert.equal(third.added, 1);
  [feed] = await store.listFeeds();
  assert.equal(feed.articlesAdded, 3);
  assert.equal(await store.countArticles(), 3);
  await store.close();
});

test('a failing feed gets an error status and a backed-off check; the other feeds go on', async () => {
  items = [...ITEMS];
  const store = await openSqliteStore(':memory:');
  for (const path of ['/broken', '/feed', '/garbled', '/page']) await store.addFeed(`${base}${path}`, T0);
  const { ingest } = countingIngest();
  const events: string[] = [];
  const summary = await pollFeeds(store, {
    now: T0,
    fetch: fetchFeed,
    ingest,
    allowPrivate: true,
    concurrency: 2,
    onEvent: (e) =>
      events.push(
        e.type === 'due'
          ? `due ${e.feeds}`
          : e.type === 'start'
            ? `start ${e.url}`
            : `done ${e.result.status}`,
      ),
  });
  assert.equal(events[0], 'due 4', 'the count of due feeds comes first');
  assert.equal(summary.errors, 3);
  assert.equal(summary.ok, 1);
  assert.equal(summary.added, 2);
  assert.equal(events.filter((e) => e.startsWith('done')).length, 4);
  const byUrl = new Map((await store.listFeeds()).map((f) => [f.url.slice(base.length), f]));

  const broken = byUrl.get('/broken');
  assert.equal(broken?.status, 'error');
  assert.equal(broken?.errorCount, 1);
  assert.equal(broken?.lastError, 'HTTP 500 Internal Server Error [PX115]');
  // 15 min × 2 = 30 min, less at most 10% jitter.
  assert.ok((broken?.nextCheckAt ?? '') > plus(T0, 26) && (broken?.nextCheckAt ?? '') <= plus(T0, 30));

  const garbled = byUrl.get('/garbled');
  assert.equal(garbled?.status, 'error');
  assert.match(garbled?.lastError ?? '', /^feed could not be parsed \(.+\) \[PX112\]$/);
  assert.match(
    summary.feeds.find((f) => f.url.endsWith('/garbled'))?.diagnostics[0].message ?? '',
    new RegExp(`^${base}/garbled: feed could not be parsed`),
  );

  assert.match(byUrl.get('/page')?.lastError ?? '', /^not a feed \(a page or plain text\)/);
  assert.equal(byUrl.get('/feed')?.status, 'ok');

  // A second failure doubles the wait again.
  const later = await pollFeeds(store, { now: plus(T0, 31), fetch: fetchFeed, ingest, allowPrivate: true });
  const again = (await store.listFeeds()).find((f) => f.url.endsWith('/broken'));
  assert.equal(again?.errorCount, 2);
  assert.ok((again?.nextCheckAt ?? '') > plus(T0, 31 + 54), again?.nextCheckAt);
  assert.equal(later.feeds.find((f) => f.url.endsWith('/feed'))?.status, 'not-modified');
  await store.close();
});

test("an ingest that throws is that feed's error, not the round's", async () => {
  items = [...ITEMS];
  const store = await openSqliteStore(':memory:');
  await store.addFeed(`${base}/feed`, T0);
  const summary = await pollFeeds(store, {
    now: T0,
    fetch: fetchFeed,
    ingest: async () => {
      throw new Error('disk full');
    },
    allowPrivate: true,
  });
  assert.equal(summary.errors, 1);
  const [feed] = await store.listFeeds();
  assert.equal(feed.status, 'error');
  assert.match(feed.lastError ?? '', /internal error while polling \(disk full\)/);
  assert.equal(feed.etag, null, 'validators are not stored when the items were not ingested');
  await store.close();
});

test('a 503 with Retry-After moves the next check to when the server asked', async () => {
  const store = await openSqliteStore(':memory:');
  await store.addFeed('https://busy.example/feed', T0);
  const { ingest } = countingIngest();
  await pollFeeds(store, {
    now: T0,
    ingest,
    fetch: async (url) => ({
      status: 'failed',
      httpStatus: 503,
      retryAfter: '7200',
      diagnostic: { severity: 'error', code: 'PX115', stage: 'ingest', message: `${url}: HTTP 503` },
    }),
  });
  const [feed] = await store.listFeeds();
  assert.equal(feed.nextCheckAt, plus(T0, 120));
  assert.equal(feed.lastError, 'HTTP 503 [PX115]');
  await store.close();
});
