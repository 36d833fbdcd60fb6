/**
 * How an article is named in a rendered briefing: its outlet, date and a short passage.
 */
import { namesNoOutlet, outletName } from '../brief/outlet-name.ts';
import type { ArticleOut } from '../model/briefing.ts';
import { outletKinds } from '../outlets/outlet-kinds.ts';
import { MONTH_NAMES as MONTHS } from '../util/month-names.ts';

/** Finds articles by id. */
export type ArticleIndex = ReadonlyMap<string, ArticleOut>;

/** Indexes the articles of an output by id. */
export function indexArticles(articles: readonly ArticleOut[]): ArticleIndex {
  return new Map(articles.map((a) => [a.id, a]));
}

/**
 * The name a reader knows an article by: its outlet, else the URL's host, else "outlet unknown (<id>)"
 * (`outletName`); never its file name.
 *
 * An article read from stdin (path `-`) is called "standard input".
 */
export function outletOf(article: ArticleOut | undefined, fallbackId = 'unknown source'): string {
  return article ? outletName(article) : fallbackId;
}

/**
 * Who covered a story, for its byline: the articles whose outlet is named, in story order, how many
 * name none, and the kinds of outlet the registry lists ("1 wire, 1 unlisted"; null when it lists
 * none). A byline of "outlet unknown (a0795…)" fourteen times tells a reader nothing; the ids stay
 * where they tell sources apart (dispute variants, the passage list).
 */
export function bylineParts(
  ids: readonly string[],
  articles: ArticleIndex,
): { named: Array<{ id: string; name: string; day: string | null }>; unnamed: number; kinds: string | null } {
  const named: Array<{ id: string; name: string; day: string | null }> = [];
  let unnamed = 0;
  for (const id of ids) {
    const article = articles.get(id);
    const name = outletOf(article, id);
    if (article && namesNoOutlet(name)) unnamed++;
    else named.push({ id, name, day: dayOf(article) });
  }
  return { named, unnamed, kinds: outletKinds(ids.map((id) => articles.get(id))) };
}

/** "3 with no outlet named" after named outlets, "no outlet named" when none is. */
export function unnamedPhrase(unnamed: number, named: number): string {
  return named === 0 ? 'no outlet named' : `${unnamed} with no outlet named`;
}

/** The publication day (`YYYY-MM-DD`) of an article, or null when unknown. */
export function dayOf(article: ArticleOut | undefined): string | null {
  const match = article?.published?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/);
  return match ? match[0] : null;
}

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for people ("12 April 2031", "April 2031", "2031").
 *
 * Anything else is returned unchanged.
 */
export function humanDate(value: string): string {
  const m = value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return value;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * A publication time for people: the day (`humanDate`), then the clock time and zone when the value has
 * them ("12 April 2031, 09:30 UTC", "12 April 2031, 11:30 +02:00"); a bare date stays a date.
 */
export function humanDateTime(value: string): string {
  const day = humanDate(value);
  const t = value.match(/^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i);
  if (!t) return day;
  const zone = !t[2] ? '' : /^(Z|[+-]00:?00)$/i.test(t[2]) ? ' UTC' : ` ${t[2]}`;
  return `${day}, ${t[1]}${zone}`;
}

/** Collapses every run of whitespace (newlines included) to one space and trims. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters, cutting at a word boundary and adding "…".
 *
 * Whitespace is collapsed first, so a passage over two paragraphs reads as one line.
 */
export function ellipsise(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Upper-cases the first letter ("date of the main event" → "Date of the main event") for use as a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A dispute value as readers write it: dates in words ("11 March 2031"), plain numbers grouped ("18,000,000"). */
export function shownValue(value: string, weekday?: string): string {
  const v = oneLine(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && weekday) return `${oneLine(weekday)}, ${humanDate(v)}`;
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return humanDate(v);
  if (/^\d{5,}$/.test(v)) return Number(v).toLocaleString('en-GB');
  return v;
}
