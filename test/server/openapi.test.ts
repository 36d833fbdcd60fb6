import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../src/model/diagnostic-codes.ts';
import { buildApp } from '../../src/server/build-app.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import type { Store } from '../../src/store/store.ts';
import { checkSchema } from './check-schema.ts';

/** An app over a store that is never called: only its routes are read. */
const app = buildApp({ store: {} as Store, token: null, now: () => '' }, { web: null });

/** `METHOD /path` of every route the app registers under /api (Hono `:param` as OpenAPI `{param}`). */
function registeredRoutes(): string[] {
  const out = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue; // middleware and the /api 404
    out.add(`${r.method} ${r.path.slice('/api'.length).replace(/:(\w+)/g, '{$1}')}`);
  }
  return [...out].sort();
}

/** `METHOD /path` of every operation of the document. */
function documentedRoutes(): string[] {
  const out: string[] = [];
  for (const [path, item] of Object.entries(openApiDocument.paths))
    for (const method of Object.keys(item)) out.push(`${method.toUpperCase()} ${path}`);
  return out.sort();
}

test('every route the app registers is in the OpenAPI document, and every operation of it is a route', () => {
  const routes = registeredRoutes();
  assert.ok(routes.length >= 10, `routes found: ${routes.join(', ')}`);
  assert.deepEqual(documentedRoutes(), routes);
});

test('every path parameter of a route is declared in the document', () => {
  for (const [path, item] of Object.entries(openApiDocument.paths)) {
    const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const op of Object.values(item) as Array<{ parameters?: Array<{ name: string; in: string }> }>) {
      const declared = (op.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      assert.deepEqual(declared, inPath, path);
    }
  }
});

test('every $ref of the document resolves', () => {
  const refs = JSON.stringify(openApiDocument).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g);
  for (const [, name] of refs) assert.ok(name in openApiDocument.components.schemas, name);
});

test('GET /api/openapi.json serves the document', async () => {
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = (await res.json()) as { openapi: string };
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(doc, JSON.parse(JSON.stringify(openApiDocument)));
});

test('the schema checker used by the API tests can fail', () => {
  const schema = { $ref: '#/components/schemas/SearchHit' };
  assert.deepEqual(
    checkSchema({ kind: 'story', id: 's1', title: 't', snippet: 's', storyId: null }, schema),
    [],
  );
  assert.notDeepEqual(
    checkSchema({ kind: 'feed', id: 's1', title: 't', snippet: 's', storyId: null }, schema),
    [],
  );
  assert.notDeepEqual(checkSchema({ kind: 'story', id: 's1', title: 't', snippet: 's' }, schema), []);
  assert.notDeepEqual(
    checkSchema({ kind: 'story', id: 's1', title: 't', snippet: 's', storyId: null, x: 1 }, schema),
    [],
  );
});

test('the schema checker reads anyOf (a nullable object): null and the object pass, anything else fails', () => {
  const changes = openApiDocument.components.schemas.VersionSummary as Record<string, unknown>;
  const schema = (changes.properties as Record<string, Record<string, unknown>>).changes;
  assert.ok(Array.isArray(schema.anyOf), 'zod writes a nullable object as anyOf');
  assert.deepEqual(checkSchema(null, schema), []);
  assert.notDeepEqual(checkSchema('none', schema), []);
  assert.notDeepEqual(checkSchema({ addedArticles: [] }, schema), []);
});

test('the components are generated from the contract: 3.1 dialect, closed objects, every diagnostic code', () => {
  const schemas = openApiDocument.components.schemas as Record<string, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(schemas)) {
    assert.equal(schema.$schema, undefined, `${name} carries no $schema of its own`);
    if (schema.type === 'object') assert.equal(schema.additionalProperties, false, name);
  }
  const code = (schemas.Diagnostic.properties as Record<string, { enum: string[] }>).code;
  assert.deepEqual(code.enum, Object.keys(DIAGNOSTIC_CODES));
  assert.ok(!JSON.stringify(schemas).includes(String(Number.MAX_SAFE_INTEGER)));
});
