import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPageCache, storyPageKey } from '../../src/web/page-cache.ts';

test('the page cache evicts the least recently used page beyond its size', () => {
  const cache = createPageCache(2);
  cache.set('a', 'A');
  cache.set('b', 'B');
  assert.equal(cache.get('a'), 'A');
  cache.set('c', 'C');
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 'A');
  assert.equal(cache.get('c'), 'C');
});

test('a story page key changes with the version and with the minute, not within a minute', () => {
  const k = storyPageKey('s1', 2, '2026-03-12T08:15:05.000Z');
  assert.equal(storyPageKey('s1', 2, '2026-03-12T08:15:59.999Z'), k);
  assert.notEqual(storyPageKey('s1', 3, '2026-03-12T08:15:05.000Z'), k);
  assert.notEqual(storyPageKey('s1', 2, '2026-03-12T08:16:00.000Z'), k);
});
