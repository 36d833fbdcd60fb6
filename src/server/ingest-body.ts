/**
 * The body of `POST /api/ingest` to raw documents: a JSON list of documents, or one raw text/HTML body.
 *
 * Every problem is a 400 naming the field (`documents[2].text must be a string`), a 415 for a content
 * type that is none of these. Ids are `hashId('a', url ?? '', content)`, like ingest's
 * `hashId('a', path ?? url ?? '', content)` with no path: the same document posted twice gets the same
 * id, so a re-post is recognised as known and changes nothing.
 */
import type { Context } from 'hono';
import { ingestBytes, makeIdsUnique } from '../ingest/index.ts';
import type { DocumentKind, DocumentMeta, RawDocument } from '../model/source.ts';
import { hashId } from '../util/hash-id.ts';
import { badRequest, HttpError } from './http-error.ts';

/** Most documents one request may carry. */
export const MAX_DOCUMENTS_PER_REQUEST = 1000;

/** One document of the JSON body, as a client sends it. */
export interface IngestDocumentInput {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  language?: string;
}

const META_FIELDS = ['title', 'outlet', 'author', 'published', 'language'] as const;
const ALLOWED_FIELDS = new Set<string>(['text', 'html', 'url', ...META_FIELDS]);

/** A raw document from content, kind, an optional URL and metadata (empty metadata is left out). */
export function makeDocument(
  content: string,
  kind: DocumentKind,
  url: string | undefined,
  meta: DocumentMeta,
): RawDocument {
  const doc: RawDocument = { id: hashId('a', url ?? '', content), kind, content, diagnostics: [] };
  if (url !== undefined) doc.url = url;
  if (Object.keys(meta).length > 0) doc.meta = meta;
  return doc;
}

/** Checks that `url` is an absolute http(s) URL; `where` names the field in the message. */
function checkUrl(url: string, where: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest(`${where} is not a valid URL: ${JSON.stringify(url.slice(0, 80))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw badRequest(`${where} must be an http(s) URL, got ${parsed.protocol}`);
  return url;
}

/** One element of `documents`, checked, as a raw document. */
function documentFromJson(value: unknown, index: number): RawDocument {
  const where = `documents[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest(`${where} must be an object with "text" or "html"`);
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!ALLOWED_FIELDS.has(key))
      throw badRequest(`${where}.${key} is not a known field (known: ${[...ALLOWED_FIELDS].join(', ')})`);
    if (fields[key] !== undefined && fields[key] !== null && typeof fields[key] !== 'string')
      throw badRequest(`${where}.${key} must be a string`);
  }
  const text = fields.text as string | undefined | null;
  const html = fields.html as string | undefined | null;
  if (text != null && html != null) throw badRequest(`${where} has both "text" and "html": give one`);
  const content = text ?? html;
  if (content == null) throw badRequest(`${where} needs "text" or "html"`);
  if (content.trim() === '') throw badRequest(`${where}.${text != null ? 'text' : 'html'} is empty`);
  const meta: DocumentMeta = {};
  for (const key of META_FIELDS) {
    const v = fields[key];
    if (typeof v === 'string' && v.trim() !== '') meta[key] = v.trim();
  }
  const url =
    typeof fields.url === 'string' && fields.url !== '' ? checkUrl(fields.url, `${where}.url`) : undefined;
  return makeDocument(content, text != null ? 'text' : 'html', url, meta);
}

/** The documents of a parsed JSON body `{documents: [...]}`, checked; a 400 names the first problem. */
export function documentsFromJson(body: unknown): RawDocument[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('the JSON body must be an object {"documents": [...]}');
  const list = (body as Record<string, unknown>).documents;
  if (!Array.isArray(list)) throw badRequest('the JSON body needs "documents": an array of documents');
  if (list.length === 0) throw badRequest('"documents" is empty: send at least one document');
  if (list.length > MAX_DOCUMENTS_PER_REQUEST)
    throw badRequest(
      `"documents" has ${list.length} documents, at most ${MAX_DOCUMENTS_PER_REQUEST} per request`,
    );
  return makeIdsUnique(list.map(documentFromJson));
}

/** The metadata of a raw body, from the query parameters `url`, `title`, `outlet`, `author`, `published`, `language`. */
function rawMeta(c: Context): { url: string | undefined; meta: DocumentMeta } {
  const meta: DocumentMeta = {};
  for (const key of META_FIELDS) {
    const v = c.req.query(key)?.trim();
    if (v) meta[key] = v;
  }
  const url = c.req.query('url');
  return { url: url ? checkUrl(url, 'url') : undefined, meta };
}

/**
 * Reads the documents of an ingest request by its content type.
 *
 * `application/json`: `{documents: [...]}`; `text/plain` or `text/html`: the body is one document,
 * with its URL and metadata from the query string.
 */
export async function readIngestBody(c: Context): Promise<RawDocument[]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    const raw = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new HttpError(400, 'invalid-json', `the body is not valid JSON: ${detail}`);
    }
    return documentsFromJson(body);
  }
  if (type === 'text/plain' || type === 'text/html') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const { url, meta } = rawMeta(c);
    // The bytes go through ingest's own checks (empty, binary, encoding; PX103–PX105), as a file would.
    const one = ingestBytes(bytes, url === undefined ? {} : { url });
    if (one.document === null) {
      const empty = one.diagnostics.some((d) => d.code === 'PX103');
      if (empty) throw badRequest('the body is empty: send the article text');
      throw badRequest(`the body is not an article: ${one.diagnostics.map((d) => d.message).join('; ')}`);
    }
    const doc: RawDocument = { ...one.document, kind: type === 'text/html' ? 'html' : 'text' };
    if (Object.keys(meta).length > 0) doc.meta = meta;
    return [doc];
  }
  throw new HttpError(
    415,
    'unsupported-media-type',
    `unsupported Content-Type ${JSON.stringify(type || '(none)')}: send application/json, text/plain or text/html`,
  );
}
