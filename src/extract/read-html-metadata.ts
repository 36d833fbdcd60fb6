/**
 * Page metadata: JSON-LD, OpenGraph, `<meta>` tags, `<time datetime>`, `<html lang>`, `<title>`.
 */
import { sameOutlet, titleForms, titleKey } from './clean-title.ts';
import { all, type DomDocument } from './dom.ts';
import { type Meta, normaliseSpace, withMeta } from './draft.ts';
import {
  bylineBody,
  formatAuthors,
  isOutletLike,
  isPersonName,
  parseByline,
  readableName,
} from './parse-byline.ts';
import { normaliseDateValue } from './parse-date.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readVisibleDate } from './read-visible-date.ts';

/** The `content` of every `<meta>` by lower-cased property/name/itemprop (first one wins). */
function metaTags(document: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of all(document, 'meta')) {
    const key =
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv');
    const content = el.getAttribute('content');
    if (!key || !content || content.trim() === '') continue;
    const k = key.toLowerCase().trim();
    if (!out.has(k)) out.set(k, normaliseSpace(content));
  }
  return out;
}

/** "en-US", "en_GB", "EN" → "en"; null for anything that is not a two-letter language code. */
export function languageCode(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** A date glued to an author value ("Associated Press November 19, 2019, 9:02 AM"). */
const TRAILING_DATE =
  /[\s,|·-]*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{4}-\d{2}-\d{2}|\b(?:updated|published|posted)\b).*$/i;

/** Account names of publishing systems, not people ("admin", "Administrator", "Guest"). */
const ACCOUNT =
  /^(?:by\s+)?(?:site\s+)?(?:admin|administrator|webmaster|editor|staff|guest|user|author|root|gast|гость)\s*\d*$|^\S*admin\S*$/i;

/** A team, not a person: "Kestrel Staff", "Metro Desk", "Lisbon Bureau", "Kestrel News Team". */
const TEAM_LABEL = /\s(?:staff|desk|bureau|team)$/i;

/** A label before the names ("Text: Jane Roe", "Words: …") with a person's name after it. */
const LABELLED_NAME = /^[\p{L}]+\s*:\s*(.+)$/u;

/** "Jane Roe. Kestrel News" (a person, a full stop, an outlet) → "Jane Roe". */
const NAME_DOT_OUTLET = /^(.+?\p{L}{2,})\.\s+(.+)$/u;

/** An author value fit to print: not a URL, "By" stripped, names joined with ", ". */
export function cleanAuthor(value: string | undefined): string | null {
  if (!value || /^https?:|^www\.|\//.test(value.trim())) return null;
  let text = normaliseSpace(value).replace(TRAILING_DATE, '').trim();
  if (text === '' || ACCOUNT.test(text) || TEAM_LABEL.test(text)) return null;
  const labelled = LABELLED_NAME.exec(text);
  if (labelled && isPersonName(labelled[1])) text = labelled[1];
  const dotted = NAME_DOT_OUTLET.exec(text);
  if (dotted && isPersonName(dotted[1]) && isOutletLike(dotted[2])) text = dotted[1];
  const byline = parseByline(bylineBody(text) ?? text);
  if (byline) return formatAuthors(byline.authors);
  return text.length <= 80 ? readableName(text.replace(/^by\s+/i, '')) : null;
}

const DATE_KEYS = [
  'article:published_time',
  'article:published',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'citation_date',
  'citation_publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published_time',
];

/** The first date of `keys` in the meta tags that normalises, with its key. */
function firstMetaDate(tags: Map<string, string>): [string, string] | null {
  for (const key of DATE_KEYS) {
    const value = tags.get(key);
    const iso = value ? normaliseDateValue(value) : null;
    if (iso) return [iso, key];
  }
  return null;
}

/** The publication `<time datetime>`: marked as such, else the first inside an article/header, else the first. */
function timeElementDate(document: DomDocument): string | null {
  const selectors = [
    'time[itemprop="datePublished"]',
    'time[pubdate]',
    'article time[datetime]',
    'header time[datetime]',
    'time[datetime]',
  ];
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const iso = normaliseDateValue(el?.getAttribute('datetime') ?? el?.textContent ?? '');
    if (iso) return iso;
  }
  return null;
}

/** Minutes east of UTC that a wall clock `local` shows for the instant `utcMs`, or null when not a real zone offset. */
function offsetMinutes(local: string, utcMs: number): number | null {
  const wall = Date.parse(`${local.slice(0, 16)}Z`);
  if (Number.isNaN(wall)) return null;
  const minutes = (wall - (utcMs - (utcMs % 60000))) / 60000;
  if (minutes === 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 !== 0) return null;
  return minutes;
}

/**
 * The publication time in the page's own zone: when a `<time>` element states the same instant as
 * `published` in its `datetime` (UTC or an offset) and shows a local date and time as its text
 * ("November 18, 2019 11:03 PM" for `2019-11-19T07:03:25Z`), the instant is written with that offset
 * (`2019-11-18T23:03:25-08:00`), so the day is the one readers saw. Otherwise `published` unchanged.
 */
function inPageZone(published: string, document: DomDocument): string {
  if (published.length < 19) return published;
  for (const el of all(document, 'time[datetime]')) {
    const machine = normaliseDateValue(el.getAttribute('datetime') ?? '');
    if (!machine || !/(?:Z|[+-]\d{2}:\d{2})$/.test(machine)) continue;
    const instant = Date.parse(machine);
    const zoned = /(?:Z|[+-]\d{2}:\d{2})$/.test(published);
    const same = zoned ? Date.parse(published) === instant : published === machine.slice(0, 19);
    if (!same) continue;
    const shown = normaliseDateValue(normaliseSpace(el.textContent ?? ''));
    if (!shown || shown.length < 16) continue;
    const off = offsetMinutes(shown, instant);
    if (off === null) continue;
    return inZone(instant, off);
  }
  return published;
}

/** The instant `ms` written as a wall clock `off` minutes east of UTC ("2019-11-18T23:03:25-08:00"). */
function inZone(ms: number, off: number): string {
  const local = new Date(ms + off * 60000).toISOString().slice(0, 19);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const ZONED = /(?:Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86400000;

/**
 * The day readers saw, when a machine timestamp (UTC or an offset) falls one day off the date shown
 * near the headline: a late-evening story stamped `2019-11-20T01:50:59Z` and shown as "Nov. 19, 2019".
 * The shown date wins: with its own zone it is taken as written; with a wall-clock time that is a
 * real zone offset from the instant, the instant is written in that zone; else the plain shown day.
 * Any other difference (none, or more than a day) leaves `published` unchanged.
 */
export function preferShownDay(published: string, shown: string): string {
  if (published.length < 19 || !ZONED.test(published)) return published;
  const gap = Math.abs(Date.parse(shown.slice(0, 10)) - Date.parse(published.slice(0, 10)));
  if (gap !== DAY_MS) return published;
  if (shown.length >= 16 && ZONED.test(shown)) return shown;
  const instant = Date.parse(published);
  const off = shown.length >= 16 ? offsetMinutes(shown, instant) : null;
  if (off !== null) {
    const zoned = inZone(instant, off);
    if (zoned.slice(0, 10) === shown.slice(0, 10)) return zoned;
  }
  return shown.slice(0, 10);
}

/**
 * The visible headline: the first `<h1>` whose text is one of the title candidates or a main part of
 * one ("Opinion | Headline", "Headline - Outlet"), so a section prefix, a site suffix or an SEO headline
 * that differs from what the page shows is not taken. Null when no `<h1>` agrees with the metadata.
 */
function confirmedHeading(
  document: DomDocument,
  candidates: Array<[string | undefined, string]>,
  outlet: string | null,
): [string, string] | null {
  for (const h1 of all(document, 'h1')) {
    const text = normaliseSpace(h1.textContent ?? '');
    const key = titleKey(text);
    if (key.length < 3 || (outlet && sameOutlet(text, outlet))) continue;
    for (const [title, source] of candidates) {
      if (!title) continue;
      const forms = titleForms(normaliseSpace(title));
      const [whole, ...parts] = forms;
      if (titleKey(whole) === key) return [text, source];
      if (parts.some((p) => titleKey(p) === key && p.length * 2 >= whole.length)) return [text, source];
    }
  }
  return null;
}

/**
 * Names in `rel="author"` links and `itemprop="author"` elements of the page, the first that reads as one.
 * A single word there is a user handle or a site account ("Vortex"), not a person's name, and is skipped.
 */
function visibleAuthor(document: DomDocument): string | null {
  const scoped = all(document, 'article a[rel*="author"]');
  const els = [
    ...scoped,
    ...all(document, 'a[rel*="author"]'),
    ...all(document, '[itemprop="author"] [itemprop="name"]'),
    ...all(document, '[itemprop*="author"]'),
  ];
  for (const el of els) {
    const text = normaliseSpace(el.textContent ?? '');
    if (text.length > 60 || text.split(' ').length > 6) continue;
    const author = cleanAuthor(text);
    if (author && /\s/.test(author)) return author;
  }
  return null;
}

/**
 * Reads the metadata of a page, each field from the first source that has it.
 *
 * title: JSON-LD headline, og:title, twitter:title, `<title>`. outlet: JSON-LD publisher, og:site_name,
 * application-name. author: JSON-LD author(s), meta author, article:author (not URLs). published:
 * JSON-LD datePublished, article:published_time and the usual meta names, `<time datetime>`.
 * language: `<html lang>`, og:locale, content-language, JSON-LD inLanguage. The title is not yet
 * cleaned of its site-name suffix (see `clean-title.ts`).
 */
export function readHtmlMetadata(document: DomDocument): Meta {
  const ld = readJsonLd(document);
  const tags = metaTags(document);
  let meta: Meta = {};
  meta = withMeta(meta, 'outlet', ld?.publisher && normaliseSpace(ld.publisher), 'json-ld');
  meta = withMeta(meta, 'outlet', tags.get('og:site_name'), 'og');
  meta = withMeta(meta, 'outlet', tags.get('application-name'), 'meta');
  const outlet = meta.outlet?.value ?? null;
  const titles: Array<[string | undefined, string]> = [
    [ld?.headline, 'json-ld'],
    [tags.get('og:title'), 'og'],
    [tags.get('twitter:title'), 'twitter'],
    [document.title ?? undefined, 'html-title'],
  ];
  const heading = confirmedHeading(document, titles, outlet);
  if (heading) meta = withMeta(meta, 'title', heading[0], heading[1]);
  for (const [title, source] of titles)
    meta = withMeta(meta, 'title', title && normaliseSpace(title), source);
  const authors: Array<[string | null, string]> = [
    [ld && ld.authors.length > 0 ? cleanAuthor(ld.authors.join(' and ')) : null, 'json-ld'],
    [cleanAuthor(tags.get('author')), 'meta'],
    [cleanAuthor(tags.get('article:author')), 'og'],
    [cleanAuthor(tags.get('dc.creator')), 'meta'],
  ];
  // An "author" that is the outlet itself names no one; the visible byline link is the last resort.
  const named = (a: string | null): boolean => a !== null && !(outlet && sameOutlet(a, outlet));
  const chosen = authors.find(([a]) => named(a)) ?? [visibleAuthor(document), 'byline'];
  if (named(chosen[0])) meta = withMeta(meta, 'author', chosen[0], chosen[1]);
  meta = withMeta(meta, 'published', ld?.published ? normaliseDateValue(ld.published) : null, 'json-ld');
  const fromMeta = firstMetaDate(tags);
  if (fromMeta) meta = withMeta(meta, 'published', fromMeta[0], fromMeta[1].includes(':') ? 'og' : 'meta');
  meta = withMeta(meta, 'published', timeElementDate(document), 'time');
  const shown = readVisibleDate(document);
  if (meta.published) {
    let local = inPageZone(meta.published.value, document);
    if (local === meta.published.value && shown && !shown.updated) local = preferShownDay(local, shown.value);
    if (local !== meta.published.value) meta = { ...meta, published: { ...meta.published, value: local } };
  }
  meta = withMeta(meta, 'published', shown?.value, 'visible-text');
  meta = withMeta(
    meta,
    'language',
    languageCode(document.documentElement?.getAttribute('lang')),
    'html-lang',
  );
  meta = withMeta(meta, 'language', languageCode(tags.get('og:locale')), 'og');
  meta = withMeta(
    meta,
    'language',
    languageCode(tags.get('content-language') ?? tags.get('language')),
    'meta',
  );
  meta = withMeta(meta, 'language', languageCode(ld?.language), 'json-ld');
  return meta;
}
