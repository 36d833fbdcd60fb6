/**
 * Following a story or a search: Atom feeds linked from the pages with rel="alternate", read back with
 * the project's own feed parser; a story's feed gains an entry, with what changed, when the story changes.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { type Feed, parseFeedText } from '../../src/ingest/parse-feed.ts';
import { webRoutes } from '../../src/web/index.ts';
import { exampleDeps, FLOOD_UPDATE, TOKEN } from './example-store.ts';

let app: Hono;
let floodId: string;

before(async () => {
  app = webRoutes(await exampleDeps());
  const list = await (await app.request('/')).text();
  floodId = list.match(/href="\/stories\/([^"]+)">River Saule/)?.[1] ?? '';
});

/** The feed a page links to with rel="alternate", fetched and parsed. */
async function followFrom(path: string): Promise<{ href: string; feed: Feed; res: Response }> {
  const html = await (await app.request(`http://news.example${path}`)).text();
  const href = html
    .match(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)">/)?.[1]
    ?.replace(/&amp;/g, '&');
  assert.ok(href, `${path} links a feed`);
  const res = await app.request(`http://news.example${href}`);
  const parsed = parseFeedText(await res.clone().text());
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  return { href, feed: parsed.feed, res };
}

describe('Atom feeds', () => {
  it('follows a story: one entry per version, linked from its page and its history', async () => {
    const { feed, res, href } = await followFrom(`/stories/${floodId}`);
    assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assert.equal(feed.format, 'atom');
    assert.match(feed.title ?? '', /River Saule/);
    assert.equal(feed.items.length, 1);
    const [entry] = feed.items;
    assert.match(entry.title ?? '', /^Version 1: River Saule/);
    assert.equal(entry.link, `http://news.example/stories/${floodId}`);
    assert.match(entry.summary ?? '', /Story created with 5 articles/);
    assert.equal((await followFrom(`/stories/${floodId}/history`)).href, href);
  });

  it('gains an entry that says what changed when the story changes', async () => {
    const form = new FormData();
    form.append('text', FLOOD_UPDATE);
    form.append('token', TOKEN);
    const posted = await app.request('/submit', { method: 'POST', body: form });
    assert.equal(posted.status, 200);
    const { feed } = await followFrom(`/stories/${floodId}`);
    assert.equal(feed.items.length, 2);
    const [newest, oldest] = feed.items;
    assert.match(newest.title ?? '', /^Version 2: /);
    assert.match(newest.summary ?? '', /New sources: Harbourlight News/);
    assert.match(newest.content ?? '', /<strong>New sources<\/strong>/);
    assert.equal(newest.link, `http://news.example/stories/${floodId}`);
    assert.equal(oldest.link, `http://news.example/stories/${floodId}/versions/1`);
    assert.notEqual(newest.guid, oldest.guid);
  });

  it('follows a search: one entry per hit, dated by the news', async () => {
    const { feed } = await followFrom('/search?q=Brennick');
    assert.match(feed.title ?? '', /Brennick/);
    assert.ok(feed.items.length > 2, `${feed.items.length} entries`);
    for (const item of feed.items) {
      assert.match(item.link ?? '', /^http:\/\/news\.example\/(stories|articles)\//);
      assert.ok(item.published, item.title);
    }
    const times = feed.items.map((i) => Date.parse(i.published ?? ''));
    assert.deepEqual(
      [...times].sort((a, b) => b - a),
      times,
    );
  });

  it('refuses a search feed without words, and has no feed for an unknown story', async () => {
    assert.equal((await app.request('/search/feed?q=')).status, 400);
    assert.equal((await app.request('/stories/nosuchstory/feed')).status, 404);
  });
});
