/**
 * OPML subscription lists: the feed URLs they name, in document order.
 */
import { feedsmith } from './parse-feed.ts';

/** The feeds an OPML list names, or why it could not be read. */
export type ParseOpmlResult =
  | { ok: true; title?: string; feedUrls: string[] }
  | { ok: false; reason: string };

/** Walks outlines depth first, collecting `xmlUrl` values (http and https only), each once. */
function collect(outlines: unknown, out: string[], seen: Set<string>): void {
  if (!Array.isArray(outlines)) return;
  for (const outline of outlines) {
    if (outline === null || typeof outline !== 'object') continue;
    const o = outline as Record<string, unknown>;
    const url = typeof o.xmlUrl === 'string' ? o.xmlUrl.trim() : '';
    if (/^https?:\/\//i.test(url) && !seen.has(url)) {
      seen.add(url);
      out.push(url);
    }
    collect(o.outlines, out, seen);
  }
}

/**
 * Parses an OPML document and lists the feed URLs of its outlines (nested groups included).
 *
 * Never throws: a document feedsmith cannot read gives `{ ok: false, reason }`. Outlines without an
 * `xmlUrl`, or with one that is not http(s), are ignored; duplicates are listed once.
 */
export function parseOpmlText(text: string): ParseOpmlResult {
  let opml: unknown;
  try {
    opml = feedsmith().parseOpml(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const root = opml as { head?: { title?: unknown }; body?: { outlines?: unknown } };
  const feedUrls: string[] = [];
  collect(root.body?.outlines, feedUrls, new Set());
  const result: ParseOpmlResult = { ok: true, feedUrls };
  if (typeof root.head?.title === 'string' && root.head.title.trim()) result.title = root.head.title.trim();
  return result;
}
