import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderJson } from '../../src/render/index.ts';
import { loadBrief } from './load-fixture.ts';

/** Rebuilds an object with its keys in reverse order, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

test('json round-trips to the same object and ends with a newline', () => {
  const out = loadBrief('full-story');
  const text = renderJson(out);
  assert.deepEqual(JSON.parse(text), out);
  assert.ok(text.endsWith('}\n'));
  assert.match(text, /^\{\n {2}"articles": \[/);
});

test('json key order does not depend on the order objects were built in', () => {
  const out = loadBrief('full-story');
  assert.equal(renderJson(reversed(out)), renderJson(out));
});

test('json keys follow the contract order', () => {
  const parsed = JSON.parse(renderJson(reversed(loadBrief('full-story'))));
  assert.deepEqual(Object.keys(parsed), ['articles', 'stories', 'diagnostics']);
  assert.deepEqual(Object.keys(parsed.stories[0]), [
    'id',
    'headline',
    'articles',
    'summary',
    'facts',
    'disputes',
    'timeline',
    'quotes',
    'entities',
    'perSource',
    'questions',
    'themes',
    'papers',
  ]);
  assert.deepEqual(Object.keys(parsed.stories[0].facts[0]), ['text', 'status', 'sources', 'citations']);
  assert.deepEqual(Object.keys(parsed.stories[0].facts[0].citations[0]), ['article', 'start', 'end']);
  assert.deepEqual(Object.keys(parsed.articles[0]).slice(0, 3), ['id', 'path', 'url']);
  assert.deepEqual(Object.keys(parsed.diagnostics[0]), ['severity', 'code', 'message', 'stage', 'input']);
});
