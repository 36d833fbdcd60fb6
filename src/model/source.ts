/**
 * Raw documents: what ingest hands to extract, before any article text exists.
 */
import type { Diagnostic } from './diagnostic.ts';

/** The kinds of document ingest recognises. */
export type DocumentKind = 'text' | 'html';

/** One decoded input document, as read from a file, a folder entry or stdin. */
export interface RawDocument {
  /** Stable id derived from the input name and content (`a` + 12 hex digits of a hash). */
  id: string;
  /** The input as the user named it: a path (the file found under a given folder), or `-`. */
  path?: string;
  /** The URL the document came from, when it came from the network or a feed. */
  url?: string;
  kind: DocumentKind;
  /** The decoded content (UTF-8 text or HTML source). */
  content: string;
  /** Problems found while reading (e.g. invalid UTF-8 repaired). */
  diagnostics: Diagnostic[];
  /** Metadata known before extraction (a feed item's title, author, date, feed title, feed language); extraction prefers it. */
  meta?: DocumentMeta;
}

/** Metadata a document arrives with (from a feed); every field optional, values as the source gave them. */
export interface DocumentMeta {
  title?: string;
  author?: string;
  /** ISO date or timestamp. */
  published?: string;
  /** The feed's title, used as the outlet. */
  outlet?: string;
  /** ISO 639-1 code. */
  language?: string;
}

/** What ingest returns for a batch: the usable documents and the inputs it rejected, with reasons. */
export interface IngestResult {
  documents: RawDocument[];
  /** Diagnostics about inputs that yielded no document (not found, binary, too large, ...). */
  diagnostics: Diagnostic[];
}
