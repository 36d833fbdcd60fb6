/**
 * Bylines: "By Jane Roe and John Doe", "Written by X", "By X, Outlet", "Reporting by X; Editing by Y".
 */

/** Words that open a byline; the rest of the line is the names. */
const BYLINE_PREFIX =
  /^\s*(?:[-—–]\s*)?\(?\s*(?:written\s+by|words\s+by|story\s+by|text\s+by|report(?:ing|ed)?\s+by|posted\s+by|by)\s*:?\s+(.+?)\)?\s*$/i;

/** Particles that may sit lower-case inside a person's name. */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'y',
  'e',
]);

/** Words that describe a role, not a name ("AP Auto Writer", "Senior Correspondent"). */
const ROLE =
  /\b(?:correspondent|reporter|writer|editor|staff|columnist|contributor|bureau|chief|analyst|journalist|producer|photographer|desk|team|intern)s?\b/i;

/** Words that make a short capitalised phrase an outlet name. */
const OUTLET_CUE =
  /\b(?:news|times|post|daily|press|agency|journal|herald|tribune|radio|tv|television|media|gazette|wire|online|magazine|review|observer|telegraph|chronicle|courier|network|broadcasting|standard|mail|express|today|weekly|monitor|report|dispatch|ledger|sentinel|bulletin|insider|digest)\b/i;

/** The names part of a byline line, or null when the line does not open like a byline. */
export function bylineBody(line: string): string | null {
  const m = BYLINE_PREFIX.exec(line);
  return m ? m[1].trim() : null;
}

/** True for a capitalised token (or an initial such as "J."), in any script that has case. */
function isCapitalised(token: string): boolean {
  return /^[\p{Lu}][\p{L}'’.-]*$/u.test(token) || /^\p{Lu}\.$/u.test(token);
}

/** True when `s` reads like a person's name: 2–5 capitalised words (particles allowed), no digits. */
export function isPersonName(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || /\d/.test(s) || s.length > 50) return false;
  if (ROLE.test(s) || OUTLET_CUE.test(s)) return false;
  let caps = 0;
  for (const t of tokens) {
    if (isCapitalised(t)) caps++;
    else if (!PARTICLES.has(t.toLowerCase())) return false;
  }
  return caps >= 2;
}

/** True when `s` could be an outlet name: 1–6 capitalised words or numbers, no sentence punctuation. */
export function isOutletLike(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 60 || /[.!?:;]$/.test(t) || /[,;"“”]/.test(t)) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length > 6) return false;
  return tokens.every(
    (w) => /^[\p{Lu}\d&@]/u.test(w) || PARTICLES.has(w.toLowerCase()) || w === 'of' || w === 'the',
  );
}

/** True when an outlet-like phrase is more likely an outlet than a person (cue word, digit, one word, acronym). */
export function isSurelyOutlet(s: string): boolean {
  const t = s.trim();
  if (!isOutletLike(t)) return false;
  return OUTLET_CUE.test(t) || /\d/.test(t) || !/\s/.test(t) || /^\p{Lu}{2,6}$/u.test(t);
}

/** "TOM KRISHER" → "Tom Krisher"; mixed-case names and one-word names ("RT") are kept as written. */
export function readableName(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\s/.test(name.trim())) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** What a byline says: the authors and, when written after a comma, the outlet. */
export interface Byline {
  authors: string[];
  outlet?: string;
}

/**
 * Reads the names part of a byline: "Jane Roe and John Doe" → two authors; "Jane Roe, Kestrel News"
 * → author + outlet; "TOM KRISHER, AP Auto Writer" → author (role dropped); "Jane Roe in Lisbon;
 * Editing by John Doe" → Jane Roe (editors are not authors). Null when no part is a person's name.
 */
export function parseByline(body: string): Byline | null {
  const main = body
    .split(/;|\s+[-—–|]\s+/)[0]
    .replace(/\s+in\s+\p{Lu}[\p{L} .-]*$/u, '')
    .trim();
  const parts = main.split(/\s*,\s*/).filter((p) => p !== '');
  const authors: string[] = [];
  let outlet: string | undefined;
  parts.forEach((part, i) => {
    const names = part.split(/\s+(?:and|&)\s+/i).map((n) => n.trim());
    if (names.every(isPersonName)) authors.push(...names.map(readableName));
    else if (i > 0 && ROLE.test(part)) return;
    else if (i > 0 && outlet === undefined && isOutletLike(part)) outlet = part;
  });
  if (authors.length === 0) return null;
  return outlet === undefined ? { authors } : { authors, outlet };
}

/** The author string of an article: names joined with ", " ("Jane Roe, John Doe"). */
export function formatAuthors(authors: string[]): string {
  return [...new Set(authors)].join(', ');
}
