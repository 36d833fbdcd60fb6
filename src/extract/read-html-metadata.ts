/**
 * Page metadata: JSON-LD, OpenGraph, `<meta>` tags, `<time datetime>`, `<html lang>`, `<title>`.
 */
import { all, type DomDocument } from './dom.ts';
import { type Meta, normaliseSpace, withMeta } from './draft.ts';
import { bylineBody, formatAuthors, parseByline, readableName } from './parse-byline.ts';
import { normaliseDateValue } from './parse-date.ts';
import { readJsonLd } from './read-json-ld.ts';

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

/** An author value fit to print: not a URL, "By" stripped, names joined with ", ". */
export function cleanAuthor(value: string | undefined): string | null {
  if (!value || /^https?:|^www\.|\//.test(value.trim())) return null;
  const text = normaliseSpace(value).replace(TRAILING_DATE, '').trim();
  if (text === '') return null;
  const byline = parseByline(bylineBody(text) ?? text);
  if (byline) return formatAuthors(byline.authors);
  return text.length <= 80 ? readableName(text.replace(/^by\s+/i, '')) : null;
}

const DATE_KEYS = [
  'article:published_time',
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
  meta = withMeta(meta, 'title', ld?.headline && normaliseSpace(ld.headline), 'json-ld');
  meta = withMeta(meta, 'title', tags.get('og:title'), 'og');
  meta = withMeta(meta, 'title', tags.get('twitter:title'), 'twitter');
  meta = withMeta(meta, 'title', normaliseSpace(document.title ?? ''), 'html-title');
  meta = withMeta(meta, 'outlet', ld?.publisher && normaliseSpace(ld.publisher), 'json-ld');
  meta = withMeta(meta, 'outlet', tags.get('og:site_name'), 'og');
  meta = withMeta(meta, 'outlet', tags.get('application-name'), 'meta');
  if (ld && ld.authors.length > 0)
    meta = withMeta(meta, 'author', cleanAuthor(ld.authors.join(' and ')), 'json-ld');
  meta = withMeta(meta, 'author', cleanAuthor(tags.get('author')), 'meta');
  meta = withMeta(meta, 'author', cleanAuthor(tags.get('article:author')), 'og');
  meta = withMeta(meta, 'author', cleanAuthor(tags.get('dc.creator')), 'meta');
  meta = withMeta(meta, 'published', ld?.published ? normaliseDateValue(ld.published) : null, 'json-ld');
  const fromMeta = firstMetaDate(tags);
  if (fromMeta) meta = withMeta(meta, 'published', fromMeta[0], fromMeta[1].includes(':') ? 'og' : 'meta');
  meta = withMeta(meta, 'published', timeElementDate(document), 'time');
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
