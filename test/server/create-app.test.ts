import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AppDeps } from '../../src/server/app-deps.ts';
import { createApp } from '../../src/server/create-app.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

test('the whole app serves the API at /api and the web UI at /, every response with the CSP', async () => {
  const store = await openSqliteStore(':memory:');
  const deps: AppDeps = { store, token: null, now: () => '2025-01-01T00:00:00.000Z' };
  const app = createApp(deps);
  try {
    const api = await app.request('/api/stories');
    assert.equal(api.status, 200);
    const missing = await app.request('/api/no-such-route');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not-found');
    const home = await app.request('/');
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type') ?? '', /text\/html/);
    for (const res of [api, missing, home]) {
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  } finally {
    await store.close();
  }
});

test('outside /api, a missing page and a body too large get the web UI pages; under /api, JSON', async () => {
  const store = await openSqliteStore(':memory:');
  const app = createApp({ store, token: 'tok', now: () => '2025-01-01T00:00:00.000Z', maxBodyBytes: 100 });
  try {
    const missing = await app.request('/no/such/page');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await missing.text(), /<html/i);
    const big = `text=${'x'.repeat(200)}&token=tok`;
    const form = await app.request('/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: big,
    });
    assert.equal(form.status, 413);
    assert.match(await form.text(), /100 bytes/);
    const api = await app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: 'Bearer tok' },
      body: 'x'.repeat(200),
    });
    assert.equal(api.status, 413);
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'payload-too-large');
  } finally {
    await store.close();
  }
});
