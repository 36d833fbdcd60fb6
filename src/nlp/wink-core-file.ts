/**
 * wink's core model JSON written by the build in a form that loads faster: the two base64 arrays
 * (lexicon and expansions, 1.9 MB of the 3 MB) as raw bytes in a `.bin` file, the rest as JSON with
 * every non-ASCII character escaped (a one-byte string: read as latin1 without UTF-8 decoding, and
 * parsed faster), and the sorted order of the lexemes (`sorted-index.ts`: no index of 87,593 words to
 * fill at start). At every start this saves the UTF-8 decoding of 3 MB, the parse of the base64
 * strings and their decoding (~0.07 s of CPU together). The decoded core is the same object.
 */

import { sortedOrder } from './sorted-index.ts';

/** What `writeWinkCore` returns and `readWinkCore` reads: the JSON text and the bytes. */
export interface WinkCoreFiles {
  json: string;
  bin: Uint8Array;
}

// biome-ignore lint/suspicious/noExplicitAny: the model's core is untyped JSON, read as the package reads it.
type Core = any;

const MAGIC = 'wink-core';

/** The files of the package's core JSON text, stamped with the package `version` it comes from. */
export function writeWinkCore(text: string, version: string): WinkCoreFiles {
  const core: Core = JSON.parse(text);
  const lexicon = Buffer.from(core.lexicon, 'base64');
  const xpansions = Buffer.from(core.xpansions, 'base64');
  if (lexicon.length % 4 !== 0 || xpansions.length % 4 !== 0)
    throw new Error('wink core: lexicon or expansions not a whole number of 32-bit words');
  // null keeps each key's place in the core's key order.
  core.lexicon = null;
  core.xpansions = null;
  const order = Buffer.from(sortedOrder(core.features.lexeme.list).buffer);
  const lexemes = core.features.lexeme.list.length;
  const header = {
    magic: MAGIC,
    version,
    lexiconBytes: lexicon.length,
    xpansionsBytes: xpansions.length,
    orderBytes: order.length,
    lexemes,
  };
  const json = JSON.stringify({ header, core }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return { json, bin: Buffer.concat([lexicon, xpansions, order]) };
}

/** The core as the package's reader has it after decoding its arrays, and the order of its lexemes' index. */
export interface BuiltCore {
  core: Core;
  /** `sortedOrder` of the core's lexeme list (`sorted-index.ts`). */
  lexemeOrder: Uint32Array;
}

/**
 * The core JSON as the package's reader has it after decoding its arrays (`lexicon` and `xpansions`
 * as Uint32Arrays of their own buffers), with its lexemes' sorted order; null when the files were
 * written from another `version` or do not hold what their header says.
 */
export function readWinkCore(files: WinkCoreFiles, version: string): BuiltCore | null {
  const { header, core } = JSON.parse(files.json);
  if (header?.magic !== MAGIC || header.version !== version) return null;
  const { lexiconBytes, xpansionsBytes, orderBytes, lexemes } = header;
  if (files.bin.byteLength !== lexiconBytes + xpansionsBytes + orderBytes) return null;
  if (core.features?.lexeme?.list?.length !== lexemes) return null;
  const start = files.bin.byteOffset;
  const buffer = files.bin.buffer;
  const part = (from: number, bytes: number) =>
    new Uint32Array(buffer.slice(start + from, start + from + bytes));
  core.lexicon = part(0, lexiconBytes);
  core.xpansions = part(lexiconBytes, xpansionsBytes);
  return { core, lexemeOrder: part(lexiconBytes + xpansionsBytes, orderBytes) };
}
