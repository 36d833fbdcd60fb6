/**
 * Feed items to raw documents: one HTML document per item, with the item's metadata carried in `meta`.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DocumentMeta, RawDocument } from '../model/source.ts';
import { diagnose } from '../util/diagnose.ts';
import { hashId } from '../util/hash-id.ts';
import { documentKey } from './document-key.ts';
import type { Feed, FeedItem } from './parse-feed.ts';

/** The documents of a feed, and the diagnostics about the feed as a whole. */
export interface FeedDocuments {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
}

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "en-GB", "en_us", "EN" → "en"; null for anything that is not a two-letter language code. */
export function normaliseLanguageTag(tag: string | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** True when `s` holds at least one HTML tag. */
function hasTag(s: string): boolean {
  return /<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>/i.test(s);
}

/** A body as HTML: HTML content as is; plain text escaped, one `<p>` per blank-line-separated block. */
function bodyHtml(body: string, html: boolean): string {
  if (html && hasTag(body)) return body;
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${html ? p : escapeHtml(p)}</p>`)
    .join('\n');
}

/**
 * The page an item becomes: a minimal HTML document with the title as `<title>` and `<h1>` and the
 * body in an `<article>`, so that page extraction reads it like any article page.
 */
export function itemPage(item: FeedItem, body: string, language: string | undefined): string {
  const lang = language ? ` lang="${escapeHtml(language)}"` : '';
  const title = item.title ? escapeHtml(item.title.replace(/<[^>]*>/g, '')) : '';
  return [
    `<!doctype html><html${lang}><head><meta charset="utf-8"><title>${title}</title></head>`,
    `<body><article>${title ? `<h1>${title}</h1>\n` : ''}${bodyHtml(body, item.html)}</article></body></html>`,
  ].join('\n');
}

/** The metadata an item carries into extraction. */
function itemMeta(feed: Feed, item: FeedItem): DocumentMeta {
  const meta: DocumentMeta = {};
  if (item.title) meta.title = item.title.replace(/<[^>]*>/g, '').trim();
  if (item.author) meta.author = item.author;
  if (item.published) meta.published = item.published;
  if (feed.title) meta.outlet = feed.title;
  const language = normaliseLanguageTag(feed.language);
  if (language) meta.language = language;
  return meta;
}

/**
 * Turns each item of a parsed feed into a raw document of kind `html`.
 *
 * `path` is `<feed>#<n>` (n = 1-based item position), `url` the item's link, and `meta` the item's title,
 * author, date, the feed title (outlet) and language, which extraction prefers to what it finds in the
 * page. The id is keyed to the item's link (its path when it has none), not to its position, so an
 * item keeps its id when newer ones are put above it and a store recognises it on every read. The
 * body is the full content when the feed has it; otherwise the summary, with warning PX111 on the
 * document. Items with neither are skipped, counted in one PX113 warning (also given when the
 * feed has no items). `feedName` is the feed's path or URL, as the user named it.
 */
export function feedToDocuments(feed: Feed, feedName: string): FeedDocuments {
  const documents: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let empty = 0;
  feed.items.forEach((item, index) => {
    const body = item.content ?? item.summary;
    if (body === undefined) {
      empty++;
      return;
    }
    const path = `${feedName}#${index + 1}`;
    const content = itemPage(item, body, normaliseLanguageTag(feed.language) ?? undefined);
    const id = hashId('a', item.link ?? documentKey(path, undefined), content);
    const doc: RawDocument = {
      id,
      path,
      kind: 'html',
      content,
      diagnostics: [],
      meta: itemMeta(feed, item),
    };
    if (item.link) doc.url = item.link;
    if (item.content === undefined) {
      const message = `${path}: the feed gives only a summary of this item, not its full text`;
      doc.diagnostics.push(diagnose('warning', 'PX111', 'ingest', message, { input: path, article: id }));
    }
    if (item.unreadDate) {
      const message = `${path}: feed date "${item.unreadDate.slice(0, 60)}" could not be read`;
      doc.diagnostics.push(diagnose('info', 'PX121', 'ingest', message, { input: path, article: id }));
    }
    documents.push(doc);
  });
  if (feed.items.length === 0) {
    diagnostics.push(
      diagnose('warning', 'PX113', 'ingest', `${feedName}: the feed holds no items`, { input: feedName }),
    );
  } else if (empty > 0) {
    const message = `${feedName}: ${empty} of ${feed.items.length} feed items have no content or summary; skipped`;
    diagnostics.push(diagnose('warning', 'PX113', 'ingest', message, { input: feedName }));
  }
  return { documents, diagnostics };
}
