/**
 * wink's English lite model, with its core (a 3 MB JSON file) read once instead of three times.
 *
 * The package's core reader (`read-core-model.js`) `require`s the JSON when the package is imported,
 * then deep-copies it with `JSON.parse(JSON.stringify(…))` when wink loads it: a 3 MB object graph
 * built twice more than needed (~0.1 s of CPU and its garbage collection at every start). For the
 * version it was written against (`CORE_READER_VERSION`), `winkModel` reads the JSON once and then
 * does what the package's `read-core-model.js` and `load-core-model.js` do (decode the lexicon,
 * index the feature lists, the lexemes searched or a Map behind `mapAsObject`, size the features); the other parts are the package's own loaders. The
 * resulting model is deep-equal to the package's (tested). Another version of the package gets the
 * package's model unchanged. The compiled build reads the core from the files `scripts/build.mjs`
 * writes beside this module (`wink-core-file.ts`: the arrays as raw bytes, the rest as ASCII JSON),
 * the same core in ~0.07 s less.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type model from 'wink-eng-lite-web-model';
import { SortedIndex } from './sorted-index.ts';
import { type BuiltCore, readWinkCore, type WinkCoreFiles, writeWinkCore } from './wink-core-file.ts';

const require = createRequire(import.meta.url);

/** The model wink-nlp takes. */
export type WinkModel = typeof model;

/** The version of wink-eng-lite-web-model whose core reader `readCore` repeats. */
export const CORE_READER_VERSION = '1.8.1';

const PACKAGE = 'wink-eng-lite-web-model';
const DIST = `${PACKAGE}/dist/`;
const coreJson = () => require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`);

/** Base64 to the bytes of a fresh ArrayBuffer (what the package's `bufferFromBase64` returns). */
function bufferOf(base64: string): ArrayBuffer {
  return new Uint8Array(Buffer.from(base64, 'base64')).buffer;
}

// biome-ignore lint/suspicious/noExplicitAny: the model's core is untyped JSON, read as the package reads it.
type Core = any;

/** The package's core JSON with its lexicon and expansions decoded. */
function packageCore(): Core {
  const core: Core = JSON.parse(readFileSync(coreJson(), 'utf8'));
  core.lexicon = new Uint32Array(bufferOf(core.lexicon));
  core.xpansions = new Uint32Array(bufferOf(core.xpansions));
  return core;
}

/** The files the build writes beside the compiled module (`wink-core-file.ts`); absent when run from src/. */
const BUILT_JSON = new URL('./wink-core.json', import.meta.url);
const BUILT_BIN = new URL('./wink-core.bin', import.meta.url);

/** The same core from the build's files, or null when they are missing or written from another version. */
function builtCore(): BuiltCore | null {
  let files: WinkCoreFiles;
  try {
    files = { json: readFileSync(BUILT_JSON, 'latin1'), bin: readFileSync(BUILT_BIN) };
  } catch {
    return null;
  }
  return readWinkCore(files, CORE_READER_VERSION);
}

/** Writes the build's files of the core into `dir` (`scripts/build.mjs`); false for another package version. */
export function writeBuiltCore(dir: URL): boolean {
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  if (version !== CORE_READER_VERSION) return false;
  const files = writeWinkCore(readFileSync(coreJson(), 'utf8'), version);
  writeFileSync(new URL('wink-core.json', dir), files.json, 'latin1');
  writeFileSync(new URL('wink-core.bin', dir), files.bin);
  return true;
}

/** The Map methods `mapAsObject` uses (a Map, or a `SortedIndex`). */
export interface KeyValues {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, value: unknown): unknown;
  delete(key: string): boolean;
  keys(): Iterable<string>;
}

/**
 * An object read and written through a Map: `o[key]` is `map.get(key)`, `o[key] = v` is
 * `map.set(key, v)`, and its own keys are the map's (so it is deep-equal to the plain object with the
 * same entries). wink only reads and writes its feature indexes by key (`hash[word]`,
 * `hash[word] = index`); filling a Map with the 87,593 lexemes costs about a third of filling a
 * null-prototype object (V8 keeps such an object as a slow dictionary, ~0.07 s at every start).
 */
export function mapAsObject(map: KeyValues): Record<string, unknown> {
  const own = (key: string | symbol) => typeof key === 'string' && map.has(key);
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_t, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_t, key, value) => {
      if (typeof key !== 'string') return false;
      map.set(key, value);
      return true;
    },
    has: (_t, key) => own(key),
    deleteProperty: (_t, key) => {
      if (typeof key === 'string') map.delete(key);
      return true;
    },
    ownKeys: () => [...map.keys()],
    getOwnPropertyDescriptor: (_t, key) =>
      own(key)
        ? { value: map.get(key as string), writable: true, enumerable: true, configurable: true }
        : undefined,
    defineProperty: (_t, key, descriptor) => {
      if (typeof key !== 'string' || !('value' in descriptor)) return false;
      map.set(key, descriptor.value);
      return true;
    },
  });
}

/**
 * The core model, as the package's `load-core-model.js` returns it: its JSON read once, then the
 * steps of `read-core-model.js` (lexicon and expansions decoded to Uint32Arrays, a `hash` from word
 * to index for each listed feature and the lexeme list, POS clusters as Sets) and of
 * `load-core-model.js` (each listed feature's sizes; the features to extract).
 */
export function readCore(): Core {
  const built = builtCore();
  const core: Core = built?.core ?? packageCore();
  const { packing, features, pos } = core;
  // The small feature lists (affixes, shapes: ~6,500 words) as the package indexes them; the lexemes'
  // index (87,593 words) searched (built files) or a Map (package JSON), behind mapAsObject.
  const indexList = (feature: Core) => {
    const hash = Object.create(null);
    for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k]] = k;
    feature.hash = hash;
  };
  const indexLexemes = (feature: Core) => {
    const index = new Map<string, number>();
    for (let k = 0; k < feature.list.length; k += 1) index.set(feature.list[k], k);
    feature.hash = mapAsObject(index);
  };
  for (const f in packing.layout) if (packing.layout[f][3] === 0) indexList(features[f]);
  if (built) features.lexeme.hash = mapAsObject(new SortedIndex(features.lexeme.list, built.lexemeOrder));
  else indexLexemes(features.lexeme);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));

  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return core;
}

/**
 * The model to give wink-nlp: the package's `model.js` with `readCore` as its core loader when the
 * installed package is `CORE_READER_VERSION`, else the package's model itself.
 */
export function winkModel(): WinkModel {
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  if (version !== CORE_READER_VERSION) return require(PACKAGE) as WinkModel;
  const m = Object.create(null);
  m.core = readCore;
  m.sbd = require(`${DIST}load-sbd-model.js`);
  m.pos = require(`${DIST}load-pos-model.js`);
  m.ner = require(`${DIST}load-ner-model.js`);
  m.negation = require(`${DIST}load-negation-model.js`);
  m.sa = require(`${DIST}load-sa-model.js`);
  m.metaCER = require(`${DIST}load-cer-meta-model.js`);
  m.featureFn = require(`${DIST}feature.js`);
  m.addons = Object.create(null);
  requiredOnRead(m.addons, 'stem', `${DIST}porter-stemmer.js`);
  requiredOnRead(m.addons, 'lemmatize', `${DIST}lemmatize.js`);
  requiredOnRead(m.addons, 'readabilityStats', `${DIST}readability-stats.js`);
  m.addons.wordVectors = undefined;
  return m as WinkModel;
}

/**
 * Sets `target[key]` to the module `path`, required when the property is first read. wink reads its
 * addons only when asked for a stem, a lemma or readability statistics (`its.stem`, `its.lemma`,
 * `its.readabilityStats`), which parallax never asks; the lemmatizer alone brings 220 kB of WordNet
 * exception lists (~0.035 s of CPU to load with the stemmer and the statistics).
 */
export function requiredOnRead(target: object, key: string, path: string): void {
  Object.defineProperty(target, key, {
    get: () => {
      const value = require(path);
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
