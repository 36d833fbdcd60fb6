import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { buildApp } from '../../src/server/build-app.ts';
import { HttpError } from '../../src/server/http-error.ts';
import { requireToken, tokensMatch } from '../../src/server/security.ts';
import type { Store } from '../../src/store/store.ts';

const TOKEN = 'form-secret';

/** A whole app whose web part has a form route behind `requireToken` and a route that fails. */
function appWithForm(token: string | null, log: (e: unknown) => void = () => {}) {
  const deps = { store: {} as Store, token, now: () => '' };
  const web = new Hono();
  web.post('/submit', requireToken(deps), async (c) => {
    const body = await c.req.parseBody();
    return c.text(`got ${String(body.text)}`);
  });
  web.get('/boom', () => {
    throw new Error('secret internals');
  });
  web.get('/teapot', () => {
    throw new HttpError(400, 'bad-request', 'no tea');
  });
  return buildApp(deps, { web, log });
}

test('tokensMatch compares whole tokens', () => {
  assert.equal(tokensMatch('abc', 'abc'), true);
  assert.equal(tokensMatch('abc', 'abd'), false);
  assert.equal(tokensMatch('abc', 'abcd'), false);
  assert.equal(tokensMatch('', 'abc'), false);
});

test('a web form passes with the token as a urlencoded field, and the route still reads the body', async () => {
  const app = appWithForm(TOKEN);
  const res = await app.request('/submit', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: TOKEN, text: 'hello' }).toString(),
  });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'got hello');
});

test('a multipart form passes with the token field', async () => {
  const app = appWithForm(TOKEN);
  const form = new FormData();
  form.set('token', TOKEN);
  form.set('text', 'upload');
  const res = await app.request('/submit', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'got upload');
});

test('a form with a wrong or no token is a 401 (plain text outside /api), with the CSP', async () => {
  const app = appWithForm(TOKEN);
  for (const fields of [{ token: 'nope', text: 'x' }, { text: 'x' }] as Array<Record<string, string>>) {
    const res = await app.request('/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    assert.ok(res.headers.get('content-security-policy'));
  }
});

test('the bearer header works for the form route too; no server token is a 403', async () => {
  const res = await appWithForm(TOKEN).request('/submit', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'text=hi',
  });
  assert.equal(res.status, 200);
  const closed = await appWithForm(null).request('/submit', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(closed.status, 403);
  assert.match(await closed.text(), /PARALLAX_TOKEN is not set/);
});

test('an unexpected error is a bare 500 that reveals nothing, and is logged', async () => {
  const logged: unknown[] = [];
  const res = await appWithForm(TOKEN, (e) => logged.push(e)).request('/boom');
  assert.equal(res.status, 500);
  assert.doesNotMatch(await res.text(), /secret internals/);
  assert.equal(logged.length, 1);
  assert.ok(res.headers.get('content-security-policy'));
});

test('an HttpError outside /api is plain text with its status', async () => {
  const res = await appWithForm(TOKEN).request('/teapot');
  assert.equal(res.status, 400);
  assert.equal(await res.text(), '400 no tea\n');
});
