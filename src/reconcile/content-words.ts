/**
 * Content words: the lower-cased, diacritic-folded, lightly stemmed words that carry a sentence's
 * meaning (stopwords dropped). Reconcile and brief compare sentences through them.
 */
import { STOPWORDS } from './stopwords.ts';

const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}[\p{N},.]*\p{N}|\p{N}/gu;
const ASCII = /^[\t\n\r -~]*$/;

/** Letters NFD does not decompose, with their usual ASCII spelling ("Yıldırım" → "yildirim"). */
const UNDECOMPOSED: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  œ: 'o',
  æ: 'a',
  ß: 's',
};

/**
 * Folds a string for comparison: NFD without combining marks, lower case, curly quotes made straight,
 * and the Latin letters without a decomposition (ı, ł, ø, …) spelled in ASCII.
 */
export function fold(text: string): string {
  // Printable ASCII has nothing to decompose or respell: lower case and the backtick are all that change.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes('`') ? lower.replace(/`/g, "'") : lower;
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđħœæß]/g, (c) => UNDECOMPOSED[c])
    .replace(/[’‘`]/g, "'");
}

/**
 * Reduces a folded word to a rough stem: British -ise spellings made -ize, plurals and -ed/-ing dropped.
 * Enough to align "recognised"/"recognizes"/"recognize"; not a linguistic stemmer.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'$/, '');
  if (/^\d/.test(w)) return w.replace(/,/g, '');
  w = w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The words of a text with their ranges (relative to the text). */
export function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when a folded word is a stopword (function word, auxiliary, pronoun). */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded.replace(/'s$/, ''));
}

/** The content-word stems of a text, in order (duplicates kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) for (const s of stemsOf(m[0])) out.push(s);
  return out;
}

/**
 * The content stems of one word (none for a stopword; a hyphenated word gives its parts'), memoised:
 * a story's passages are compared through overlapping texts, so the same words come back many times.
 * The memo only depends on the word; it is emptied when it grows past `MAX_MEMO` words.
 */
function stemsOf(word: string): readonly string[] {
  let stems = memo.get(word);
  if (stems === undefined) {
    const f = fold(word);
    stems = isStopword(f)
      ? []
      : f.split('-').flatMap((part) => (part && !isStopword(part) ? [stem(part)] : []));
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(word, stems);
  }
  return stems;
}

const MAX_MEMO = 50_000;
const memo = new Map<string, readonly string[]>();

/** Jaccard similarity of two word sets (0 when both are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Share of the smaller set's words found in the other: the "overlap by more than half their words" measure.
 * 0 when either set is empty.
 */
export function overlapRatio(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
