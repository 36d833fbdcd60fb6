/**
 * Ingest: bytes of one input to a raw document (gunzip, binary test, decoding, kind), or a diagnostic.
 * Pure: the caller (src/io) reads the bytes; nothing here touches the file system.
 */
import { ingest as ingestConfig } from '../config.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import { diagnose } from '../util/diagnose.ts';
import { hashId } from '../util/hash-id.ts';
import { decodeText } from './decode-text.ts';
import { detectKind } from './detect-kind.ts';
import { gunzipCapped, isGzip } from './gunzip-capped.ts';

export { makeIdsUnique } from './make-ids-unique.ts';

/** Options of the ingest stage (defaults: `config.ingest`). */
export interface IngestOptions {
  maxBytes: number;
  maxControlRatio: number;
  sniffBytes: number;
  htmlExtensions: readonly string[];
  minTagsForHtml: number;
}

/** Where the bytes came from: the input as the user named it, and a URL when there is one. */
export interface InputOrigin {
  /** Path as given (or `-` for stdin); also used to guess the kind from the extension. */
  path?: string;
  url?: string;
}

/** What ingesting one input gives: a document, or null and the reason. */
export interface IngestOne {
  document: RawDocument | null;
  diagnostics: Diagnostic[];
}

/** The name used in diagnostics for an origin. */
function inputName(origin: InputOrigin): string {
  return origin.path ?? origin.url ?? '-';
}

/**
 * Turns the bytes of one input into a raw document.
 *
 * Cascade: gzip (by magic number, capped at `maxBytes`, PX107/PX106) → empty (PX103) → binary
 * (PX104) → UTF-8, else windows-1252 with warning PX105 → kind (HTML or text). Never throws on bad
 * bytes. The id is `hashId('a', path ?? url ?? '', content)`.
 */
export function ingestBytes(
  bytes: Uint8Array,
  origin: InputOrigin,
  options: Partial<IngestOptions> = {},
): IngestOne {
  const opts: IngestOptions = { ...ingestConfig, ...options };
  const input = inputName(origin);
  const reject = (code: Diagnostic['code'], message: string): IngestOne => ({
    document: null,
    diagnostics: [diagnose('error', code, 'ingest', `${input}: ${message}`, { input })],
  });
  if (bytes.length > opts.maxBytes)
    return reject('PX106', `${bytes.length} bytes, more than the limit of ${opts.maxBytes}`);
  let data = bytes;
  if (isGzip(bytes)) {
    const out = gunzipCapped(bytes, opts.maxBytes);
    if (!out.ok && out.reason === 'too-large') return reject('PX106', `gzip ${out.detail}`);
    if (!out.ok) return reject('PX107', `corrupt gzip data (${out.detail})`);
    data = out.bytes;
  } else if (/\.gz$/i.test(input)) {
    return reject('PX107', 'named .gz but is not gzip data');
  }
  const decoded = decodeText(data, opts.maxControlRatio, opts.sniffBytes);
  if (!decoded.ok) return reject('PX104', `looks binary (${decoded.detail})`);
  if (decoded.text.trim() === '')
    return reject('PX103', data.length === 0 ? 'file is empty' : 'holds only whitespace');
  const diagnostics: Diagnostic[] = [];
  if (decoded.repaired) {
    diagnostics.push(
      diagnose('warning', 'PX105', 'ingest', `${input}: not valid UTF-8; decoded as ${decoded.encoding}`, {
        input,
      }),
    );
  }
  const content = decoded.text;
  const name = (origin.path ?? origin.url ?? '').replace(/\.gz$/i, '').replace(/[?#].*$/, '');
  const document: RawDocument = {
    id: hashId('a', origin.path ?? origin.url ?? '', content),
    kind: detectKind(name, content, opts),
    content,
    diagnostics,
  };
  if (origin.path !== undefined) document.path = origin.path;
  if (origin.url !== undefined) document.url = origin.url;
  return { document, diagnostics: [] };
}
