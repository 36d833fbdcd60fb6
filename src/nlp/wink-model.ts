/**
 * wink's English lite model, with its core (a 3 MB JSON file) read once instead of three times.
 *
 * The package's core reader (`read-core-model.js`) `require`s the JSON when the package is imported,
 * then deep-copies it with `JSON.parse(JSON.stringify(…))` when wink loads it: a 3 MB object graph
 * built twice more than needed (~0.1 s of CPU and its garbage collection at every start). For the
 * version it was written against (`CORE_READER_VERSION`), `winkModel` reads the JSON once and then
 * does what the package's `read-core-model.js` and `load-core-model.js` do (decode the lexicon,
 * index the feature lists, size the features); the other parts are the package's own loaders. The
 * resulting model is deep-equal to the package's (tested). Another version of the package gets the
 * package's model unchanged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type model from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);

/** The model wink-nlp takes. */
export type WinkModel = typeof model;

/** The version of wink-eng-lite-web-model whose core reader `readCore` repeats. */
export const CORE_READER_VERSION = '1.8.1';

const PACKAGE = 'wink-eng-lite-web-model';
const DIST = `${PACKAGE}/dist/`;

/** Base64 to the bytes of a fresh ArrayBuffer (what the package's `bufferFromBase64` returns). */
function bufferOf(base64: string): ArrayBuffer {
  return new Uint8Array(Buffer.from(base64, 'base64')).buffer;
}

// biome-ignore lint/suspicious/noExplicitAny: the model's core is untyped JSON, read as the package reads it.
type Core = any;

/**
 * The core model, as the package's `load-core-model.js` returns it: its JSON read once, then the
 * steps of `read-core-model.js` (lexicon and expansions decoded to Uint32Arrays, a `hash` from word
 * to index for each listed feature and the lexeme list, POS clusters as Sets) and of
 * `load-core-model.js` (each listed feature's sizes; the features to extract).
 */
export function readCore(): Core {
  const file = require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`);
  const core: Core = JSON.parse(readFileSync(file, 'utf8'));
  const { packing, features, pos } = core;
  core.lexicon = new Uint32Array(bufferOf(core.lexicon));
  core.xpansions = new Uint32Array(bufferOf(core.xpansions));
  const indexList = (feature: Core) => {
    const hash = Object.create(null);
    for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k]] = k;
    feature.hash = hash;
  };
  for (const f in packing.layout) if (packing.layout[f][3] === 0) indexList(features[f]);
  indexList(features.lexeme);
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
  m.addons.stem = require(`${DIST}porter-stemmer.js`);
  m.addons.lemmatize = require(`${DIST}lemmatize.js`);
  m.addons.readabilityStats = require(`${DIST}readability-stats.js`);
  m.addons.wordVectors = undefined;
  return m as WinkModel;
}
