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
import { detectKind, sniffFormat } from './detect-kind.ts';
import { documentKey } from './document-key.ts';
import { feedToDocuments } from './feed-to-documents.ts';
import { gunzipCapped, isGzip } from './gunzip-capped.ts';
import { parseFeedText } from './parse-feed.ts';
import { parseOpmlText } from './parse-opml.ts';

export { makeIdsUnique } from './make-ids-unique.ts';

/** Options of the ingest stage (defaults: `config.ingest`). */
export interface IngestOptions {
  maxBytes: number;
  maxControlRatio: number;
  sniffBytes: number;
  htmlExtensions: readonly string[];
  minTagsForHtml: number;
  feedExtensions: readonly string[];
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

/** Decoded text of one input, or the document-less result that rejects it. */
type Decoded = { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; result: IngestOne };

/** Size, gzip, binary, empty and encoding checks: the decoded text of one input, or its rejection. */
function decodeInput(bytes: Uint8Array, input: string, opts: IngestOptions): Decoded {
  const reject = (code: Diagnostic['code'], message: string): Decoded => ({
    ok: false,
    result: {
      document: null,
      diagnostics: [diagnose('error', code, 'ingest', `${input}: ${message}`, { input })],
    },
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
  return { ok: true, text: decoded.text, diagnostics };
}

/** The file name used to guess a kind from the extension: no `.gz`, query or fragment. */
function nameOf(origin: InputOrigin): string {
  return (origin.path ?? origin.url ?? '').replace(/\.gz$/i, '').replace(/[?#].*$/, '');
}

/** One text document from decoded text. */
function textDocument(content: string, origin: InputOrigin, diagnostics: Diagnostic[], opts: IngestOptions) {
  const id = hashId('a', documentKey(origin.path, origin.url), content);
  const document: RawDocument = {
    id,
    kind: detectKind(nameOf(origin), content, opts),
    content,
    diagnostics: diagnostics.map((d) => ({ ...d, article: id })),
  };
  if (origin.path !== undefined) document.path = origin.path;
  if (origin.url !== undefined) document.url = origin.url;
  return document;
}

/**
 * Turns the bytes of one input into a raw document.
 *
 * Cascade: gzip (by magic number, capped at `maxBytes`, PX107/PX106) → empty (PX103) → binary
 * (PX104) → UTF-8, else the declared charset, else windows-1252 with warning PX105 → kind (HTML or
 * text). Never throws on bad bytes. The id is `hashId('a', documentKey(path, url), content)`: no folder in it. Feeds are
 * not expanded here: see `ingestInput`.
 */
export function ingestBytes(
  bytes: Uint8Array,
  origin: InputOrigin,
  options: Partial<IngestOptions> = {},
): IngestOne {
  const opts: IngestOptions = { ...ingestConfig, ...options };
  const decoded = decodeInput(bytes, inputName(origin), opts);
  if (!decoded.ok) return decoded.result;
  return { document: textDocument(decoded.text, origin, decoded.diagnostics, opts), diagnostics: [] };
}

/** What ingesting one input of any kind gives: documents, diagnostics, and feed URLs still to fetch (OPML). */
export interface IngestMany {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
  /** Feed URLs an OPML list names; the caller (src/io) fetches them and ingests each. */
  feedUrls: string[];
}

/**
 * Turns the bytes of one input into documents: a page or text gives one, a feed one per item, an
 * OPML list none but the feed URLs it names.
 *
 * After the checks of `ingestBytes`, the content is sniffed (`sniffFormat`), whatever the name:
 * RSS/Atom/RDF/JSON Feed → `feedToDocuments` (PX112 when it cannot be parsed); OPML → `feedUrls`
 * (PX119 when it names none); other JSON → skipped with PX114; other XML under a feed extension →
 * feedsmith is still tried, else PX120; pages and texts → one document as in `ingestBytes`.
 */
export function ingestInput(
  bytes: Uint8Array,
  origin: InputOrigin,
  options: Partial<IngestOptions> = {},
): IngestMany {
  const opts: IngestOptions = { ...ingestConfig, ...options };
  const input = inputName(origin);
  const decoded = decodeInput(bytes, input, opts);
  if (!decoded.ok) return { documents: [], diagnostics: decoded.result.diagnostics, feedUrls: [] };
  const none = (severity: Diagnostic['severity'], code: Diagnostic['code'], message: string): IngestMany => ({
    documents: [],
    diagnostics: [
      ...decoded.diagnostics,
      diagnose(severity, code, 'ingest', `${input}: ${message}`, { input }),
    ],
    feedUrls: [],
  });
  const format = sniffFormat(decoded.text);
  const name = nameOf(origin).toLowerCase();
  const feedNamed = opts.feedExtensions.some((ext) => name.endsWith(ext));
  if (format === 'feed' || format === 'json-feed' || (format === 'xml' && feedNamed)) {
    const parsed = parseFeedText(decoded.text);
    if (!parsed.ok && format === 'xml')
      return none('error', 'PX120', `XML but not a feed, an OPML list or a page (${parsed.reason})`);
    if (!parsed.ok) return none('error', 'PX112', `feed could not be parsed (${parsed.reason})`);
    const out = feedToDocuments(parsed.feed, input);
    for (const doc of out.documents) doc.diagnostics.unshift(...decoded.diagnostics);
    return { documents: out.documents, diagnostics: out.diagnostics, feedUrls: [] };
  }
  if (format === 'opml') {
    const parsed = parseOpmlText(decoded.text);
    if (!parsed.ok) return none('error', 'PX119', `OPML list could not be parsed (${parsed.reason})`);
    if (parsed.feedUrls.length === 0) return none('warning', 'PX119', 'the OPML list names no feed URL');
    return { documents: [], diagnostics: decoded.diagnostics, feedUrls: parsed.feedUrls };
  }
  if (format === 'json') return none('warning', 'PX114', 'JSON but not a JSON Feed; skipped');
  if (format === 'xml') return none('error', 'PX120', 'XML but not a feed, an OPML list or a page; skipped');
  return {
    documents: [textDocument(decoded.text, origin, decoded.diagnostics, opts)],
    diagnostics: [],
    feedUrls: [],
  };
}
