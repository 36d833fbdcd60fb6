/**
 * What `feeds add` was given: a feed (subscribe to it), an OPML list (subscribe to every feed it
 * names), or something else (refused, with the reason). Pure: the caller fetches or reads the bytes.
 */
import { ingest as ingestConfig } from '../config.ts';
import { decodeText } from '../ingest/decode-text.ts';
import { sniffFormat } from '../ingest/detect-kind.ts';
import { gunzipCapped, isGzip } from '../ingest/gunzip-capped.ts';
import { parseFeedText } from '../ingest/parse-feed.ts';
import { parseOpmlText } from '../ingest/parse-opml.ts';

/** The kind of a subscription input. */
export type Subscription =
  | { kind: 'feed'; title: string | null; items: number }
  | { kind: 'opml'; title: string | null; feedUrls: string[] }
  | { kind: 'other'; reason: string };

/**
 * Tells a feed from an OPML list from anything else, by content (the ingest stage's sniffing and
 * parsers); gzip data is unpacked first (capped at `config.ingest.maxBytes`).
 */
export function readSubscription(bytes: Uint8Array): Subscription {
  let data = bytes;
  if (isGzip(bytes)) {
    const out = gunzipCapped(bytes, ingestConfig.maxBytes);
    if (!out.ok) return { kind: 'other', reason: `gzip data that cannot be read (${out.detail})` };
    data = out.bytes;
  }
  const decoded = decodeText(data, ingestConfig.maxControlRatio, ingestConfig.sniffBytes);
  if (!decoded.ok) return { kind: 'other', reason: `binary data (${decoded.detail})` };
  const format = sniffFormat(decoded.text);
  if (format === 'opml') {
    const list = parseOpmlText(decoded.text);
    if (!list.ok) return { kind: 'other', reason: `an OPML list that cannot be parsed (${list.reason})` };
    if (list.feedUrls.length === 0) return { kind: 'other', reason: 'an OPML list that names no feed URL' };
    return { kind: 'opml', title: list.title ?? null, feedUrls: list.feedUrls };
  }
  if (format === 'feed' || format === 'json-feed' || format === 'xml') {
    const parsed = parseFeedText(decoded.text);
    if (parsed.ok) return { kind: 'feed', title: parsed.feed.title ?? null, items: parsed.feed.items.length };
    return { kind: 'other', reason: `a feed that cannot be parsed (${parsed.reason})` };
  }
  if (format === 'json') return { kind: 'other', reason: 'JSON but not a JSON Feed' };
  return { kind: 'other', reason: 'a page or a text, not a feed or an OPML list' };
}
