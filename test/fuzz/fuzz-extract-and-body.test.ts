/**
 * Fuzz: page and text extraction, and the server's ingest body parser. Random and mutated pages →
 * an article (usable or not, with coded diagnostics), never an exception; random bodies → 200 or a
 * 4xx with a coded error, never a 500.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Hono } from 'hono';
import { extractArticle } from '../../src/extract/index.ts';
import { handleError } from '../../src/server/http-error.ts';
import { readIngestBody } from '../../src/server/ingest-body.ts';
import {
  deepJsonLdPage,
  jsonFeedInHtml,
  markupFeed,
  reportHtml,
  reportText,
} from '../hostile/make-hostile.ts';
import { anyText, fuzzParams, mutated } from './fuzz-runs.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Velmora pier closed | Lantern</title><meta property="og:site_name" content="Velmora Lantern"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Velmora pier","datePublished":"2031-04-08","author":{"name":"Ida Marsh"}}</script></head><body><nav><a href="/">Home</a></nav><article><h1>Velmora closes its old ferry pier</h1><p class="byline">By Ida Marsh</p>${reportHtml()}</article><footer>© Lantern</footer></body></html>`;

const pages = fc.oneof(
  { weight: 3, arbitrary: mutated(PAGE) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: mutated(deepJsonLdPage(40, 'graph')) }, // 40 > the 32 levels read
  { weight: 1, arbitrary: mutated(jsonFeedInHtml(1)) },
);

/** Checks that hold for any extracted article. */
function wellFormedArticle(a: ReturnType<typeof extractArticle>): void {
  assert.equal(typeof a.text, 'string');
  for (const r of a.paragraphs) assert.ok(r.start >= 0 && r.end <= a.text.length);
  for (const d of a.diagnostics) assert.match(d.code, /^PX\d{3}$/);
  assert.ok(!a.diagnostics.some((d) => d.code === 'PX903'));
  if (!a.usable)
    assert.ok(
      a.diagnostics.some((d) => d.severity === 'error'),
      'an unusable article says why',
    );
}

test('extractArticle (html): any page → an article with coded diagnostics, never an exception', () => {
  let n = 0;
  fc.assert(
    fc.property(pages, (content) => {
      const id = `a${(n++).toString(16).padStart(12, '0')}`;
      wellFormedArticle(extractArticle({ id, kind: 'html', content, diagnostics: [], path: 'p.html' }));
    }),
    fuzzParams(10_000), // ~1–2 ms a page
  );
});

test('extractArticle (text): any text → an article with coded diagnostics, never an exception', () => {
  fc.assert(
    fc.property(fc.oneof(mutated(reportText()), anyText, mutated(PAGE)), (content) => {
      wellFormedArticle(extractArticle({ id: 'a0000000000f1', kind: 'text', content, diagnostics: [] }));
    }),
    fuzzParams(10_000),
  );
});

/** A bare app around the body parser, with the server's own error handler. */
function bodyApp(logged: unknown[]): Hono {
  const app = new Hono();
  app.onError(handleError((e) => logged.push(e)));
  app.post('/api/ingest', async (c) => c.json({ documents: (await readIngestBody(c)).length }));
  return app;
}

const jsonBodies = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc
    .array(
      fc.record(
        {
          text: fc.oneof(fc.string(), fc.constant(reportText()), fc.integer()),
          html: fc.oneof(fc.string(), fc.constant(PAGE)),
          url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('file:///etc/passwd')),
          title: fc.oneof(fc.string(), fc.constant(null)),
          published: fc.string(),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    )
    .map((documents) => JSON.stringify({ documents })),
  mutated(JSON.stringify({ documents: [{ text: reportText(), url: 'https://lantern.example/1' }] })),
);

test('readIngestBody: any body and content type → 200 or a coded 4xx, never a 500', async () => {
  const logged: unknown[] = [];
  const app = bodyApp(logged);
  const types = fc.constantFrom(
    'application/json',
    'text/plain',
    'text/html',
    'text/plain; charset=utf-8',
    'image/png',
    '',
  );
  const bodies = fc.oneof(jsonBodies, anyText, mutated(markupFeed(['2031-04-08'])));
  await fc.assert(
    fc.asyncProperty(bodies, types, async (body, type) => {
      const res = await app.request('/api/ingest?title=x&url=https://lantern.example/a', {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body,
      });
      assert.ok([200, 400, 415].includes(res.status), `status ${res.status}`);
      if (res.status !== 200)
        assert.match(((await res.json()) as { error: { code: string } }).error.code, /^[a-z-]+$/);
    }),
    fuzzParams(10_000),
  );
  assert.deepEqual(logged, [], 'no unexpected error reached the handler');
});
