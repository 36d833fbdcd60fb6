/**
 * Feeds (RSS 0.9x/2.0, RDF/RSS 1.0, Atom, JSON Feed) parsed with feedsmith and normalised to one shape.
 */
import { lazyRequire } from '../util/lazy-require.ts';
import { validDay } from '../util/valid-day.ts';

/** feedsmith, loaded by the first feed or OPML list read. */
export const feedsmith = lazyRequire<typeof import('feedsmith')>('feedsmith');

/** One feed item, normalised: every field a trimmed string or undefined. */
export interface FeedItem {
  title?: string;
  /** The item's own page (RSS `link`, Atom alternate link, JSON `url`). */
  link?: string;
  guid?: string;
  /** ISO date (`YYYY-MM-DD`) or UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`). */
  published?: string;
  /** The date as the feed wrote it, when it could not be read as a date. */
  unreadDate?: string;
  author?: string;
  /** Full content (`content:encoded`, Atom `content`, JSON `content_html`/`content_text`). */
  content?: string;
  /** Summary (`description`, Atom `summary`, JSON `summary`). */
  summary?: string;
  /** True when `content`/`summary` is HTML; false for plain text (Atom `type="text"`, JSON `content_text`). */
  html: boolean;
}

/** A feed, normalised. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  /** The language the feed declares, as written (`en-gb`). */
  language?: string;
  items: FeedItem[];
}

/** A parsed feed, or why there is none. */
export type ParseFeedResult = { ok: true; feed: Feed } | { ok: false; reason: string };

type Obj = Record<string, unknown>;

/** `o[key]` when `o` is an object. */
function at(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' ? (o as Obj)[key] : undefined;
}

/** A non-empty trimmed string from a string, `{ value }` object or the first of an array; else undefined. */
function str(v: unknown): string | undefined {
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object') {
    const inner = at(v, 'value') ?? at(v, 'name');
    return typeof inner === 'string' ? str(inner) : undefined;
  }
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** The first non-undefined of `values`. */
function first(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined);
}

/** "jo@example.org (Jo Doe)" → "Jo Doe"; a bare e-mail address is no name. */
export function cleanAuthor(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(raw);
  if (paren) return paren[1].trim();
  if (/^\S+@\S+$/.test(raw)) return undefined;
  return raw;
}

/**
 * A feed date as ISO: `YYYY-MM-DD` kept as is, anything `Date.parse` reads (RFC 822, ISO 8601) as a
 * UTC timestamp without milliseconds; undefined when unreadable or impossible (`2024-02-30`,
 * `0000-00-00`, the year 1066), which the caller reports (PX121).
 */
export function feedDateToIso(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (day) return validDay(+day[1], +day[2], +day[3]) ? raw : undefined;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  // Date.parse rolls impossible days over ("2024-02-30T…" is March 1) and reads any year (1066, +275760).
  const iso = /^(\d{4})-(\d{2})-(\d{2})T/.exec(raw.trim());
  if (iso && !validDay(+iso[1], +iso[2], +iso[3])) return undefined;
  if (!validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return undefined;
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** The alternate (or first) link of an Atom entry. */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alternate = links.find((l) => {
    const rel = str(at(l, 'rel'));
    return rel === undefined || rel === 'alternate';
  });
  return str(at(alternate ?? links[0], 'href'));
}

/** Normalises one item of a parsed feed of `format`. */
function normaliseItem(format: Feed['format'], item: unknown): FeedItem {
  const dc = at(item, 'dc');
  const dcDate = str(at(dc, 'dates')) ?? str(at(dc, 'date'));
  const dcCreator = str(at(dc, 'creators')) ?? str(at(dc, 'creator'));
  let out: Omit<FeedItem, 'published' | 'unreadDate'> & { date?: string };
  if (format === 'atom') {
    const content = at(item, 'content');
    const type = str(at(content, 'type')) ?? str(at(at(item, 'summary'), 'type'));
    out = {
      title: str(at(item, 'title')),
      link: atomLink(at(item, 'links')),
      guid: str(at(item, 'id')),
      date: first(str(at(item, 'published')), str(at(item, 'updated')), dcDate),
      author: first(str(at(item, 'authors')), dcCreator),
      content: str(content),
      summary: str(at(item, 'summary')),
      html: type !== 'text',
    };
  } else if (format === 'json') {
    const contentHtml = str(at(item, 'content_html'));
    out = {
      title: str(at(item, 'title')),
      link: first(str(at(item, 'url')), str(at(item, 'external_url'))),
      guid: str(at(item, 'id')),
      date: first(str(at(item, 'date_published')), str(at(item, 'date_modified'))),
      author: first(str(at(item, 'authors')), str(at(item, 'author'))),
      content: contentHtml ?? str(at(item, 'content_text')),
      summary: str(at(item, 'summary')),
      html: contentHtml !== undefined,
    };
  } else {
    const guid = at(item, 'guid');
    const guidValue = str(guid);
    const permalink = guidValue && /^https?:\/\//i.test(guidValue) ? guidValue : undefined;
    out = {
      title: str(at(item, 'title')),
      link: first(str(at(item, 'link')), permalink, str(at(at(item, 'rdf'), 'about'))),
      guid: guidValue,
      date: first(str(at(item, 'pubDate')), dcDate, str(at(at(item, 'atom'), 'published'))),
      author: first(dcCreator, str(at(item, 'authors')), str(at(item, 'author'))),
      content: str(at(at(item, 'content'), 'encoded')),
      summary: str(at(item, 'description')),
      html: true,
    };
  }
  const { date, ...rest } = out;
  const published = feedDateToIso(date);
  const result: FeedItem = { ...rest, author: cleanAuthor(rest.author) };
  if (published) result.published = published;
  else if (date) result.unreadDate = date;
  for (const key of Object.keys(result) as Array<keyof FeedItem>) {
    if (result[key] === undefined) delete result[key];
  }
  return result;
}

/**
 * Parses a feed's text (XML or JSON) and normalises it.
 *
 * Never throws: feedsmith's errors (unrecognised format, malformed XML it cannot recover) become
 * `{ ok: false, reason }`. Items are kept in feed order; missing fields are left out.
 */
export function parseFeedText(text: string): ParseFeedResult {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = feedsmith().parseFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { ok: false, reason: err.message || err.name };
  }
  const format = parsed.format as Feed['format'];
  const feed = parsed.feed;
  const dc = at(feed, 'dc');
  const items = at(feed, format === 'atom' ? 'entries' : 'items');
  const out: Feed = {
    format,
    items: Array.isArray(items) ? items.map((item) => normaliseItem(format, item)) : [],
  };
  const title = str(at(feed, 'title'));
  if (title) out.title = title;
  const language = first(
    str(at(feed, 'language')),
    str(at(dc, 'languages')),
    str(at(dc, 'language')),
    str(at(at(feed, 'xml'), 'lang')),
  );
  if (language) out.language = language;
  return { ok: true, feed: out };
}
