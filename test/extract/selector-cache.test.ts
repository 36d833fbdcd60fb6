import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { all, parseDocument } from '../../src/extract/dom.ts';
import { cachedPrepareMatch, installedSelectorCache } from '../../src/extract/selector-cache.ts';

test('cachedPrepareMatch compiles a selector once per case mode, never caches :scope, and stays bounded', () => {
  const compiled: string[] = [];
  const prepare = (_el: unknown, selectors: string) => {
    compiled.push(selectors);
    return () => true;
  };
  const html = { xml: false };
  const xml = { xml: true };
  const cached = cachedPrepareMatch(prepare, (el) => !(el as { xml: boolean }).xml, 3);
  const first = cached(html, 'p, td');
  assert.equal(cached(html, 'p, td'), first);
  cached(xml, 'p, td'); // an XML document matches case-sensitively: compiled apart
  cached(html, ':scope > p');
  cached(html, ':scope > p');
  assert.deepEqual(compiled, ['p, td', 'p, td', ':scope > p', ':scope > p']);
  for (const s of ['a', 'b', 'c', 'd']) cached(html, s);
  assert.ok(cached.cache.size <= 3);
});

test('linkedom queries reuse compiled selectors and still find each document its own elements', () => {
  const one = parseDocument(
    '<html><body><div class="pier"><p>Gull Street</p><p>Quay</p></div></body></html>',
  );
  const two = parseDocument('<html><body><p>Harbour</p><div class="pier"><p>Lamp</p></div></body></html>');
  const texts = (doc: ReturnType<typeof parseDocument>, sel: string) =>
    all(doc, sel).map((el) => el.textContent);
  assert.deepEqual(texts(one, 'div.pier p'), ['Gull Street', 'Quay']);
  assert.deepEqual(texts(two, 'div.pier p'), ['Lamp']);
  assert.deepEqual(texts(two, 'P'), ['Harbour', 'Lamp']);
  const cache = installedSelectorCache(createRequire(import.meta.url));
  assert.ok(cache, 'the cache is installed in linkedom');
  assert.ok([...cache.keys()].some((k) => k.endsWith('div.pier p')));
});
