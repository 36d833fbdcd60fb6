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

/** The number of common HTML tags in the first 64 KB of `text`. */
export function countTags(text: string): number {
  return (text.slice(0, 65536).match(TAG) ?? []).length;
}

/**
 * Decides the document kind.
 *
 * 1. Content that starts like a page (`<!doctype html`, `<html`, `<head`, `<body`) is HTML whatever its name.
 * 2. A name with an HTML extension is HTML, unless the content has no tag at all (then it is text).
 * 3. Any other name (`.txt`, stdin, no extension) is HTML only when it holds many tags.
 * `name` is the file name without any `.gz` suffix.
 */
export function detectKind(name: string, text: string, options: DetectKindOptions): DocumentKind {
  if (STRONG_HTML.test(text.slice(0, 4096))) return 'html';
  const lower = name.toLowerCase();
  const tags = countTags(text);
  if (options.htmlExtensions.some((ext) => lower.endsWith(ext))) return tags > 0 ? 'html' : 'text';
  return tags >= options.minTagsForHtml ? 'html' : 'text';
}
