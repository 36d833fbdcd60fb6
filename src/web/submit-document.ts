/**
 * The submit form's fields to one raw document: pasted text or an uploaded `.txt`/`.html` file.
 *
 * Decoding, the binary and empty checks, the kind (by content, then by file name) and the id
 * (`hashId('a', path ?? url ?? '', content)`) are ingest's own (`ingestBytes`), so a pasted article
 * gets the same id as the same text posted to the API.
 */
import { type InputOrigin, ingestBytes } from '../ingest/index.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DocumentMeta, RawDocument } from '../model/source.ts';

/** The submit form's fields, as read from the request. */
export interface SubmitFields {
  text?: string;
  /** The uploaded file's name and bytes, when a non-empty file was chosen. */
  file?: { name: string; bytes: Uint8Array };
  url?: string;
  outlet?: string;
  title?: string;
}

/** The document built from a form, or the reasons there is none (shown to the user). */
export type SubmitResult = { ok: true; document: RawDocument } | { ok: false; problems: string[] };

/** File names the form accepts. */
const ACCEPTED = /\.(?:txt|text|html?|xhtml)$/i;

/** The last part of a file name as browsers send it (some send a whole path). */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop()?.trim() || 'upload.txt';
}

/** The fields as a raw document (see the module comment); never throws on bad input. */
export function submitDocument(fields: SubmitFields): SubmitResult {
  const problems: string[] = [];
  const text = fields.text?.trim() ? fields.text : undefined;
  if (text && fields.file) problems.push('Give either pasted text or a file, not both.');
  if (!text && !fields.file) problems.push('Paste an article or choose a file.');
  if (fields.file && !ACCEPTED.test(baseName(fields.file.name)))
    problems.push('The file must be a .txt or .html file.');
  const url = fields.url?.trim() || undefined;
  if (url && !/^https?:\/\/\S+$/i.test(url))
    problems.push('The address must start with http:// or https://.');
  if (problems.length) return { ok: false, problems };
  const origin: InputOrigin = {};
  if (fields.file) origin.path = baseName(fields.file.name);
  if (url) origin.url = url;
  const bytes = fields.file ? fields.file.bytes : new TextEncoder().encode(text);
  const one = ingestBytes(bytes, origin);
  if (!one.document) return { ok: false, problems: one.diagnostics.map(describe) };
  const meta: DocumentMeta = {};
  if (fields.outlet?.trim()) meta.outlet = fields.outlet.trim();
  if (fields.title?.trim()) meta.title = fields.title.trim();
  const document = Object.keys(meta).length ? { ...one.document, meta } : one.document;
  return { ok: true, document };
}

/** A diagnostic in words. */
function describe(d: Diagnostic): string {
  return `${d.message} (${d.code})`;
}
