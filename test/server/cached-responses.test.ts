/**
 * Story pages and story JSON are rendered once per story version: ETag / If-None-Match → 304,
 * Cache-Control, gzip when asked for, and a new version (an ingest that touches the story) → new ETag.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { createApp } from '../../src/server/create-app.ts';
import { matches } from '../../src/server/rendered-cache.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { exampleDocuments, NOW } from './setup.ts';

const store = await openSqliteStore(':memory:');
const documents = await exampleDocuments();
// One article of the flood story is held back, to change the story later.
const held = documents.find((d) => d.path?.includes('brennick-flood/05'))!;
await ingestDocuments(
  store,
  documents.filter((d) => d !== held),
  { at: NOW },
);
let clock = NOW;
const app = createApp({ store, token: null, now: () => clock });
after(() => store.close());

const floodId = async (): Promise<string> => {
  const { stories } = (await (await app.request('/api/stories?limit=50')).json()) as {
    stories: Array<{ id: string; headline: string }>;
  };
  return stories.find((s) => /Saule|Brennick|flood/i.test(s.headline))!.id;
};

for (const [what, path] of [
  ['story JSON', (id: string) => `/api/stories/${id}`],
  ['story page', (id: string) => `/stories/${id}`],
] as const) {
  test(`${what}: ETag and Cache-Control; If-None-Match → 304; a new version → a new ETag and 200`, async () => {
    const id = await floodId();
    const first = await app.request(path(id));
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.ok(etag, 'an ETag');
    assert.match(first.headers.get('cache-control') ?? '', /no-cache/);
    const body = await first.text();
    const again = await app.request(path(id), { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await app.request(path(id), { headers: { 'If-None-Match': 'W/"something-else"' } });
    assert.equal(other.status, 200);
    assert.equal(await other.text(), body, 'the cached body is the rendered one');
    const zipped = await app.request(path(id), { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), body);
    assert.match(zipped.headers.get('vary') ?? '', /accept-encoding/i);
    if (what === 'story page') {
      clock = '2025-03-12T10:07:00.000Z'; // the page's "n minutes ago" labels: a new minute, a new page
      const later = await app.request(path(id), { headers: { 'If-None-Match': etag } });
      assert.equal(later.status, 200);
      clock = NOW;
    }
  });
}

test('an ingest that changes the story invalidates its cached page and JSON', async () => {
  const id = await floodId();
  const before = await app.request(`/api/stories/${id}`);
  const beforePage = await app.request(`/stories/${id}`);
  const version = ((await before.json()) as { version: number }).version;
  await ingestDocuments(store, [held], { at: NOW });
  const after1 = await app.request(`/api/stories/${id}`, {
    headers: { 'If-None-Match': before.headers.get('etag')! },
  });
  assert.equal(after1.status, 200, 'the old ETag no longer matches');
  const story = (await after1.json()) as { version: number; articles: number };
  assert.equal(story.version, version + 1);
  const page = await app.request(`/stories/${id}`, {
    headers: { 'If-None-Match': beforePage.headers.get('etag')! },
  });
  assert.equal(page.status, 200);
  assert.notEqual(page.headers.get('etag'), beforePage.headers.get('etag'));
});

test('other responses over 1 KB are gzipped when the client asks; If-None-Match compares weakly', async () => {
  const list = await app.request('/api/stories', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(list.headers.get('content-encoding'), 'gzip');
  const plain = await app.request('/api/stories');
  assert.equal(plain.headers.get('content-encoding'), null);
  const probe = new Hono();
  probe.get('/', (c) => c.text(String(matches(c, 'W/"abc"'))));
  const ask = async (tag: string) => (await probe.request('/', { headers: { 'If-None-Match': tag } })).text();
  assert.equal(await ask('"abc"'), 'true');
  assert.equal(await ask('W/"x", W/"abc"'), 'true');
  assert.equal(await ask('*'), 'true');
  assert.equal(await ask('"abd"'), 'false');
});
