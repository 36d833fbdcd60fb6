/**
 * A server never discloses its file system: a store built from files in a temp folder, then every
 * page the web UI links to and every GET route of the API, searched for the folder and the file names.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { readInputs } from '../../src/io/read-inputs.ts';
import { createApp } from '../../src/server/create-app.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

/** A fictional article in Latin-1 (not UTF-8), so its ingest raises a diagnostic that names the file. */
const LATIN1 = Buffer.from(
  'Café owners in Vellmark protest new harbour fees\n\nVELLMARK, March 15 - Café owners on the Vellmark harbour front protested on Sunday against new mooring fees, the harbour board said. The board said the fees would rise by 12 percent in April.\n',
  'latin1',
);

let folder: string;
let app: Hono;
let names: string[];

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'parallax-paths-'));
  cpSync('examples', join(folder, 'examples'), { recursive: true });
  writeFileSync(join(folder, 'examples', 'unrelated', '02-vellmark-harbour-latin1.txt'), LATIN1);
  names = readdirSync(join(folder, 'examples'), { recursive: true, encoding: 'utf8' }).filter((n) =>
    /\.(txt|html)$/.test(n),
  );
  const { documents } = await readInputs([join(folder, 'examples')]);
  const store = await openSqliteStore(':memory:');
  await ingestDocuments(store, documents, { at: '2026-03-15T18:00:00.000Z' });
  app = createApp({ store, token: 'paths-token', now: () => '2026-03-16T12:00:00.000Z' });
});

after(() => rmSync(folder, { recursive: true, force: true }));

/** Same-site links of a page (fragments dropped, `&amp;` undone), assets left out. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((h) => !h.startsWith('/assets/'));
}

/** Where a body discloses the folder or a file name: the leaks found. */
function leaks(body: string): string[] {
  const found: string[] = [];
  if (body.includes(folder)) found.push(folder);
  if (body.includes(tmpdir())) found.push(tmpdir());
  for (const name of names) {
    const base = name.split('/').pop() ?? name;
    if (body.includes(base)) found.push(base);
  }
  return found;
}

describe('no server path in any response', () => {
  it('the test store really holds a diagnostic that names a file', async () => {
    const { documents } = await readInputs([join(folder, 'examples', 'unrelated')]);
    const named = documents.flatMap((d) => d.diagnostics).filter((d) => d.message.includes(folder));
    assert.ok(named.length > 0, 'the Latin-1 file is reported with its path');
  });

  it('every page the web UI links to, from the story list on', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/search?q=Brennick', '/submit'];
    while (queue.length > 0 && seen.size < 600) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await app.request(path);
      const body = await res.text();
      assert.ok(res.status < 500, `${path}: ${res.status}`);
      assert.deepEqual(leaks(body), [], `${path} discloses a path`);
      if ((res.headers.get('content-type') ?? '').includes('html'))
        for (const link of linksOf(body)) if (!seen.has(link)) queue.push(link);
    }
    const kinds = ['/stories/', '/history', '/articles/', '/entities/'];
    for (const kind of kinds)
      assert.ok(
        [...seen].some((p) => p.includes(kind)),
        `a ${kind} page was visited`,
      );
    assert.ok(seen.size > 50, `${seen.size} pages`);
  });

  it('every GET route of the API', async () => {
    const get = async (path: string) => {
      const res = await app.request(path);
      const body = await res.text();
      assert.equal(res.status, 200, path);
      assert.deepEqual(leaks(body), [], `${path} discloses a path`);
      return JSON.parse(body);
    };
    await get('/api/openapi.json');
    await get('/api/search?q=harbour');
    const { stories } = await get('/api/stories?limit=100');
    for (const s of stories as Array<{ id: string }>) {
      const story = await get(`/api/stories/${s.id}`);
      await get(`/api/stories/${s.id}/versions`);
      await get(`/api/stories/${s.id}/versions/1`);
      for (const e of story.briefing.entities as Array<{ name: string }>)
        await get(`/api/entities/${encodeURIComponent(e.name)}`);
    }
    const { articles } = await get('/api/articles?limit=100');
    assert.equal(articles.length, names.length);
    let diagnosed = 0;
    for (const a of articles as Array<{ id: string }>) {
      const article = await get(`/api/articles/${a.id}`);
      assert.equal(article.path, undefined);
      diagnosed += article.diagnostics.length;
    }
    assert.ok(diagnosed > 0, 'diagnostics were checked');
  });
});
