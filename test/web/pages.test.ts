import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppDeps } from '../../src/server/app-deps.ts';
import { webRoutes } from '../../src/web/index.ts';
import { ARTICLE_A, CITE_31, CITE_33, CITE_HOSTILE, fakeStore, STORY } from './hand-made.ts';

const deps: AppDeps = { store: fakeStore(), token: null, now: () => '2031-05-06T13:00:00.000Z' };
const app = webRoutes(deps);

async function get(path: string): Promise<{ status: number; html: string; res: Response }> {
  const res = await app.request(path);
  return { status: res.status, html: await res.text(), res };
}

/** No raw markup of the hostile string may reach a page; its escaped form must. */
function assertEscaped(html: string) {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /"onload=/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;onload=alert\(2\)/);
}

describe('web pages over hand-made records', () => {
  it('lists stories with a summary line, event date, outlets, latest report and the disagreement mark', async () => {
    const { status, html } = await get('/');
    assert.equal(status, 200);
    assertEscaped(html);
    assert.match(html, /<a href="\/stories\/sferry0000001">Ferry aground off Osk Point/);
    assert.match(html, /2 outlets: Osk Evening Lamp, Tennick Tide/);
    assert.match(
      html,
      /<p class="summary-line">The Marrowfield ferry ran aground on Tuesday near Osk Point\.<\/p>/,
    );
    assert.match(html, /Event <time datetime="2031-05-06">6 May 2031<\/time>/);
    assert.match(html, /latest report <time datetime="2031-05-06"[^>]*>/);
    assert.match(html, /class="disagree"[\s\S]*Sources disagree on 1 point/);
    assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1);
  });

  it('renders the briefing with every citation linked to its marked passage', async () => {
    const { status, html } = await get(`/stories/${STORY.id}`);
    assert.equal(status, 200);
    assertEscaped(html);
    for (const c of [CITE_31, CITE_33, CITE_HOSTILE].slice(0, 2)) {
      assert.ok(
        html.includes(`href="/articles/${c.article}?start=${c.start}&amp;end=${c.end}#passage"`),
        `link to ${c.start}`,
      );
    }
    assert.match(html, /id="disputes"/);
    assert.match(html, /<strong>Likely error:<\/strong> Tennick Tide \(33\)/);
    assert.match(html, /2 sources/);
    assert.match(html, /<a href="\/entities\/ilse-varga">/);
    assert.match(html, /The outlets side by side/);
    assert.match(html, /href="\/stories\/sferry0000001\/history"/);
    assert.doesNotMatch(html, /\sstyle=|<script|\son[a-z]+=/i);
  });

  it('marks the cited passage of an article in context', async () => {
    const c = CITE_31;
    const { html } = await get(`/articles/${c.article}?start=${c.start}&end=${c.end}`);
    assert.match(html, /<mark id="passage"[^>]*>31 passengers were taken off<\/mark>/);
    assertEscaped(html);
    assert.match(html, /href="\/stories\/sferry0000001"/);
  });

  it('marks a passage that is itself hostile markup, escaped', async () => {
    const c = CITE_HOSTILE;
    const { html } = await get(`/articles/${c.article}?start=${c.start}&end=${c.end}`);
    assert.match(
      html,
      /<mark id="passage"[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;onload=alert\(2\)<\/mark>/,
    );
  });

  it('shows the article without a mark and with a note when the range is not valid', async () => {
    const len = ARTICLE_A.text.length;
    for (const q of [
      `start=5&end=${len + 1}`,
      'start=9&end=3',
      'start=x&end=4',
      'start=4',
      'start=4&end=4',
    ]) {
      const { status, html } = await get(`/articles/${ARTICLE_A.id}?${q}`);
      assert.equal(status, 200, q);
      assert.doesNotMatch(html, /<mark/, q);
      assert.match(html, /is not inside this article's text/, q);
    }
  });

  it('answers 404 pages for unknown ids', async () => {
    for (const path of [
      '/stories/nope',
      '/articles/nope',
      '/entities/nobody',
      '/stories/nope/history',
      `/stories/${STORY.id}/versions/9`,
    ]) {
      const { status, html } = await get(path);
      assert.equal(status, 404, path);
      assert.match(html, /<h1>Not found<\/h1>/, path);
    }
  });

  it('redirects a merged story to its successor', async () => {
    const { status, res } = await get('/stories/sold00000001');
    assert.equal(status, 302);
    assert.equal(res.headers.get('location'), `/stories/${STORY.id}`);
  });

  it('shows the history with what changed', async () => {
    const { html } = await get(`/stories/${STORY.id}/history`);
    assert.match(html, /Version 2 \(current\)/);
    assert.match(html, /New sources/);
    assert.match(html, /Disputes opened[\s\S]*Number of passengers/);
    assert.match(html, /Story created with 1 article/);
    assert.match(html, /href="\/stories\/sferry0000001\/versions\/1"/);
    assertEscaped(html);
  });

  it('shows an older version with a note and the current one by redirect', async () => {
    const old = await get(`/stories/${STORY.id}/versions/1`);
    assert.equal(old.status, 200);
    assert.match(old.html, /You are reading version 1/);
    const current = await get(`/stories/${STORY.id}/versions/2`);
    assert.equal(current.status, 302);
  });

  it('lists the stories of an entity and its spellings', async () => {
    const { html } = await get('/entities/ilse-varga');
    assert.match(html, /<h1>Ilse Varga<\/h1>/);
    assert.match(html, /Captain Varga/);
    assertEscaped(html);
  });

  it('shows search hits with escaped snippets, and a note when nothing matches', async () => {
    const hit = await get('/search?q=ferry');
    assert.match(hit.html, /1 result for/);
    assertEscaped(hit.html);
    const none = await get('/search?q=%3Cscript%3E');
    assert.match(none.html, /Nothing matches “&lt;script&gt;”/);
    assert.doesNotMatch(none.html, /<script/);
  });

  it('serves the style sheet with a long cache', async () => {
    const { status, res, html } = await get('/assets/parallax.css');
    assert.equal(status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/css/);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000/);
    assert.match(html, /mark:target/);
  });

  it('shows the submit form disabled when the server has no token, and refuses the post', async () => {
    const form = await get('/submit');
    assert.match(form.html, /Writes are disabled/);
    assert.match(form.html, /<label for="token">/);
    const res = await app.request('/submit', {
      method: 'POST',
      body: new URLSearchParams({ text: 'x', token: 'y' }),
    });
    assert.equal(res.status, 403);
    assert.match(await res.text(), /<h1>Not allowed<\/h1>/);
  });
});
