/**
 * wink's model read with its core JSON parsed once (`wink-model.ts`): deep-equal to the package's,
 * and wink reads an invented paragraph the same with either.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import {
  CORE_READER_VERSION,
  mapAsObject,
  readCore,
  requiredOnRead,
  winkModel,
} from '../../src/nlp/wink-model.ts';

const require = createRequire(import.meta.url);
const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };

test('the installed model is the version the core reader repeats', () => {
  assert.equal(version, CORE_READER_VERSION, 'check readCore against the new read-core-model.js');
});

test("the core read once is deep-equal to the package's core loader's", () => {
  const packageCore = require('wink-eng-lite-web-model/dist/load-core-model.js')();
  assert.ok(isDeepStrictEqual(readCore(), packageCore));
});

test("the model has the package model's parts, in its order", () => {
  const packageModel = require('wink-eng-lite-web-model');
  const ours = winkModel() as unknown as Record<string, unknown>;
  assert.deepEqual(Object.keys(ours), Object.keys(packageModel));
  assert.deepEqual(Object.keys(ours.addons as object), Object.keys(packageModel.addons));
  for (const key of Object.keys(packageModel)) {
    if (key !== 'core' && key !== 'addons') assert.equal(ours[key], packageModel[key], key);
  }
  const addons = ours.addons as Record<string, unknown>;
  for (const key of Object.keys(packageModel.addons))
    assert.equal(addons[key], packageModel.addons[key], key);
});

test('requiredOnRead requires the module when the property is first read, then holds it', () => {
  const target: Record<string, unknown> = { first: 1 };
  const path = require.resolve('wink-eng-lite-web-model/dist/syllables.js');
  delete require.cache[path];
  requiredOnRead(target, 'syllables', path);
  assert.deepEqual(Object.keys(target), ['first', 'syllables']);
  assert.equal(require.cache[path], undefined);
  const value = target.syllables;
  assert.equal(typeof value, 'function');
  assert.ok(require.cache[path]);
  assert.equal(target.syllables, value);
  assert.equal(Object.getOwnPropertyDescriptor(target, 'syllables')?.value, value);
});

test('wink tokenizes, tags and splits an invented paragraph the same with either model', () => {
  const text =
    'Harbourmaster Ilse Varnow said the pier at Quellby would reopen on 4 May. "We’re not there yet," she added. Costs rose 12% to £3.4m.';
  const read = (nlp: ReturnType<typeof winkNLP>) => {
    const doc = nlp.readDoc(text);
    const its = nlp.its;
    return [doc.tokens().out(its.value), doc.tokens().out(its.pos), doc.sentences().out(its.span)];
  };
  assert.deepEqual(read(winkNLP(winkModel())), read(winkNLP(require('wink-eng-lite-web-model'))));
});

test('mapAsObject reads, writes, lists and compares like the plain object of its entries', () => {
  const map = new Map<string, unknown>([
    ['harbour', 0],
    ['7', 1],
    ['__proto__', 2],
    ['constructor', 3],
  ]);
  const o = mapAsObject(map);
  const plain: Record<string, unknown> = Object.create(null);
  for (const [k, v] of map) plain[k] = v;
  assert.equal(o.harbour, 0);
  assert.equal(o['7'], 1);
  assert.equal(Reflect.get(o, '__proto__'), 2);
  assert.equal(o.constructor, 3);
  assert.equal(o.toString, undefined);
  assert.equal(o.quay, undefined);
  assert.ok(isDeepStrictEqual(o, plain));
  o.quay = 4;
  plain.quay = 4;
  assert.equal(map.get('quay'), 4);
  assert.ok('quay' in o);
  assert.ok(!('pier' in o));
  assert.deepEqual(Object.keys(o).sort(), Object.keys(plain).sort());
  assert.ok(isDeepStrictEqual(o, plain));
  plain.pier = 5;
  assert.ok(!isDeepStrictEqual(o, plain));
});
