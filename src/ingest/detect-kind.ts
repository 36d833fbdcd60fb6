/**
 * Is a document HTML or plain text? By its content first, then by its extension.
 */
import type { DocumentKind } from '../model/source.ts';

/** The options `detectKind` needs (a subset of `config.ingest`). */
export interface DetectKindOptions {
  htmlExtensions: readonly string[];
  minTagsForHtml: number;
}

const STRONG_HTML =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|section|article|header|footer|nav|main|img|meta|link|script|style|title|em|strong|b|i|figure|blockquote)\b[^>]*>/gi;

/** Any element tag at all (`<svg …>`, `</x-widget>`). */
const ANY_TAG = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?>/i;

/** The number of common HTML tags in the first 64 KB of `text`. */
export function countTags(text: string): number {
  return (text.slice(0, 65536).match(TAG) ?? []).length;
}

/**
 * Decides the document kind.
 *
 * 1. Content that starts like a page (`<!doctype html`, `<html`, `<head`, `<body`) is HTML whatever its name.
 * 2. A name with an HTML extension is HTML, unless the content has no tag at all (then it is text);
 *    the whole content is searched for one, since a page may open with 64 KB of inline `<svg>`.
 * 3. Any other name (`.txt`, stdin, no extension) is HTML only when it holds many tags.
 * `name` is the file name without any `.gz` suffix.
 */
export function detectKind(name: string, text: string, options: DetectKindOptions): DocumentKind {
  if (STRONG_HTML.test(text.slice(0, 4096))) return 'html';
  const lower = name.toLowerCase();
  const tags = countTags(text);
  if (options.htmlExtensions.some((ext) => lower.endsWith(ext)))
    return tags > 0 || ANY_TAG.test(text) ? 'html' : 'text';
  return tags >= options.minTagsForHtml ? 'html' : 'text';
}

/** What a decoded input holds beyond a page or a text: a feed, an OPML list, other JSON or other XML. */
export type ContainerFormat = 'feed' | 'json-feed' | 'opml' | 'json' | 'xml' | null;

/** Prolog, doctype, comments and processing instructions that may precede an XML root element. */
const XML_PREAMBLE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;

/** The name of the root element of an XML document (`rss`, `feed`, `rdf:RDF`, …), or null. */
export function xmlRootName(text: string): string | null {
  const head = text.slice(0, 65536).replace(/^\ufeff/, '');
  const rest = head.slice(XML_PREAMBLE.exec(head)?.[0].length ?? 0);
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  return m ? m[1] : null;
}

/**
 * Sniffs what a decoded input is by its content, before `detectKind`.
 *
 * `feed` when the XML root is `rss`, `feed`, `channel` or `…:RDF` (RSS 0.9x/2.0, Atom, RDF/RSS 1.0);
 * `opml` for an `opml` root; `json-feed` for JSON whose `version` names jsonfeed.org; `json` for other
 * JSON objects or arrays; `xml` for any other root when the text starts with an XML prolog; null for
 * pages and plain text (including XHTML).
 */
export function sniffFormat(text: string): ContainerFormat {
  const start = text
    .slice(0, 1024)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//i.test(text.slice(0, 65536)))
      return 'json-feed';
    return looksLikeJson(text) ? 'json' : null;
  }
  const root = xmlRootName(text);
  if (root === null) return null;
  const local = root.replace(/^.*:/, '').toLowerCase();
  if (local === 'rss' || local === 'feed' || local === 'rdf' || local === 'channel') return 'feed';
  if (local === 'opml') return 'opml';
  if (local === 'html' || local === 'head' || local === 'body') return null;
  return /^\s*<\?xml/i.test(start) ? 'xml' : null;
}

/** True when `text` parses as JSON (only tried on texts that start with `{` or `[`). */
function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
