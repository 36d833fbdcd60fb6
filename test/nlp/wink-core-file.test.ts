/**
 * wink's core written by the build as ASCII JSON and raw bytes (`wink-core-file.ts`) reads back as
 * the core JSON with its base64 arrays decoded: on an invented core and on the installed model's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { sortedOrder } from '../../src/nlp/sorted-index.ts';
import { readWinkCore, writeWinkCore } from '../../src/nlp/wink-core-file.ts';

const require = createRequire(import.meta.url);

const base64Of = (words: number[]) => Buffer.from(new Uint32Array(words).buffer).toString('base64');

/** What the package's reader makes of the core JSON: the same object, its two arrays decoded. */
function decoded(text: string) {
  const core = JSON.parse(text);
  core.lexicon = new Uint32Array(new Uint8Array(Buffer.from(core.lexicon, 'base64')).buffer);
  core.xpansions = new Uint32Array(new Uint8Array(Buffer.from(core.xpansions, 'base64')).buffer);
  return core;
}

const invented = JSON.stringify({
  header: { name: 'quellby-mini' },
  lexicon: base64Of([7, 0xfffffffe, 12345678]),
  features: { lexeme: { list: ['pier', 'Ärø', 'naïve', '€', '“'] } },
  xpansions: base64Of([3, 4]),
  trex: ['^[\u00a0-\uffff]+$'],
});

test('an invented core with non-ASCII words reads back the same, from ASCII JSON', () => {
  const files = writeWinkCore(invented, '9.9.9');
  assert.ok(/^[ -~]*$/.test(files.json));
  assert.equal(files.bin.byteLength, 20 + 5 * 4);
  const built = readWinkCore(
    { json: Buffer.from(files.json, 'latin1').toString('latin1'), bin: files.bin },
    '9.9.9',
  );
  assert.ok(built);
  const { core, lexemeOrder } = built;
  assert.ok(isDeepStrictEqual(core, decoded(invented)));
  assert.deepEqual([...lexemeOrder], [...sortedOrder(core.features.lexeme.list)]);
  assert.deepEqual(Object.keys(core), Object.keys(JSON.parse(invented)));
  assert.deepEqual([...core.lexicon], [7, 0xfffffffe, 12345678]);
});

test('files written from another version, or cut short, are not read', () => {
  const files = writeWinkCore(invented, '9.9.9');
  assert.equal(readWinkCore(files, '9.9.10'), null);
  assert.equal(readWinkCore({ json: files.json, bin: files.bin.subarray(0, 16) }, '9.9.9'), null);
});

test("the installed model's core reads back the same", () => {
  const text = readFileSync(
    require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'),
    'utf8',
  );
  const files = writeWinkCore(text, '1');
  const built = readWinkCore(files, '1');
  assert.ok(isDeepStrictEqual(built?.core, decoded(text)));
  assert.deepEqual(built?.lexemeOrder, sortedOrder(decoded(text).features.lexeme.list));
});
