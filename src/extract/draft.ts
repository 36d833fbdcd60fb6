/**
 * The working state of an extraction: paragraphs, metadata with its sources, removals and diagnostics.
 */
import type { Extraction } from '../model/article.ts';

/** A metadata field of an article. */
export type MetaField = keyof Extraction['sources'];

/** Metadata found so far: each value with where it came from. */
export type Meta = Partial<Record<MetaField, { value: string; source: string }>>;

/** A passage removed from the input (verbatim), with its kind. */
export interface Removed {
  kind: string;
  text: string;
}

/** Returns `meta` with `field` set (entities decoded, spaces normalised), unless already set or `value` is empty (first source wins). */
export function withMeta(
  meta: Meta,
  field: MetaField,
  value: string | null | undefined,
  source: string,
): Meta {
  const v = value && normaliseSpace(decodeEntities(value));
  if (!v || meta[field]) return meta;
  return { ...meta, [field]: { value: v, source } };
}

/** Collapses every run of whitespace (including no-break spaces) to one space and drops zero-width marks. */
export function normaliseSpace(s: string): string {
  return s
    .replace(/[\u200b\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scripts written without spaces between words (Han, Hiragana, Katakana, Thai): counted by characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/**
 * Number of words in `s`: runs of letters or digits, plus one word per two characters of scripts that
 * do not separate words with spaces (a Japanese or Chinese word is about two characters).
 */
export function countWords(s: string): number {
  const unspaced = (s.match(UNSPACED) ?? []).length;
  const spaced = s.replace(UNSPACED, ' ').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  return spaced.length + Math.ceil(unspaced / 2);
}

/** A short quote of `s` for a diagnostic message. */
export function brief(s: string, max = 60): string {
  const t = normaliseSpace(s);
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/**
 * The size of a removed passage, for a diagnostic message. Removed boilerplate is described, never
 * quoted: promotional text must not reappear anywhere in the output.
 */
export function sizeOf(s: string): string {
  const words = countWords(s);
  return `${words} word${words === 1 ? '' : 's'}`;
}

/** What one extraction method produces before the text is assembled. */
export interface Draft {
  /** Which method produced the paragraphs (`plain-text`, `readability`, `body-text`). */
  method: string;
  /** Body paragraphs, whitespace-normalised, in order. */
  paragraphs: string[];
  meta: Meta;
  removed: Removed[];
  diagnostics: import('../model/diagnostic.ts').Diagnostic[];
  /** True when the page holds a password field (a login page, unless it also holds an article). */
  loginForm?: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  pound: '£',
  euro: '€',
  copy: '©',
};

/** Decodes HTML character references left in metadata strings (JSON-LD and meta values are often double-encoded). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
