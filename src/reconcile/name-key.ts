/**
 * Name keys: how two spellings of a name are compared. A name is normalised (case, diacritics,
 * punctuation, possessive, leading titles) into tokens, and each token gets a phonetic key that folds
 * the usual transliteration variants (kh/h, gh/g, ph/f, ee/i, oo/u, y/i, doubled letters, vowels).
 */
import { fold } from '../text/index.ts';

/** A name as compared: trimmed, without a possessive. */
export const cleanText = (t: string) => t.trim().replace(/['’]s$/, '');

/** A name split for comparison. */
export interface NameForm {
  /** Normalised tokens (titles dropped). */
  tokens: string[];
  /** Phonetic key of each token. */
  keys: string[];
}

/**
 * Normalises a name into tokens: folded, possessive and punctuation removed, hyphens split;
 * for persons, leading titles from `honorifics` are dropped.
 */
export function normaliseName(name: string, isPerson: boolean, honorifics: ReadonlySet<string>): NameForm {
  let tokens = fold(name)
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (tokens[0] === 'the' && tokens.length > 1) tokens = tokens.slice(1);
  if (isPerson) {
    let i = 0;
    while (i < tokens.length - 1 && honorifics.has(tokens[i])) i++;
    tokens = tokens.slice(i);
  }
  return { tokens, keys: tokens.map(phoneticKey) };
}

/**
 * Phonetic key of one token: digraphs folded (zh/dj→j, kh→h, gh→g, ph→f, ck/q→k, ee→i, oo/ou→u, y→i,
 * w→v), an opening vowel written "a" ("Umar"/"Omar"), doubled letters made single, then every vowel
 * after the first letter dropped.
 * "haseen", "hasan" and "hassan" all give "hsn"; "andrei" and "andrey" give "andr".
 */
export function phoneticKey(token: string): string {
  if (/^\d+$/.test(token)) return token;
  const t = token
    .replace(/ı/g, 'i')
    .replace(/d?zh|dj/g, 'j')
    .replace(/w/g, 'v')
    .replace(/^[aeiou]/, 'a')
    .replace(/x/g, 'ks')
    .replace(/c(?!h)/g, 'k')
    .replace(/th/g, 't')
    .replace(/([aeiou])h$/, '$1')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ee/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return t[0] + t.slice(1).replace(/[aeiou]/g, '');
}

/** True when two tokens can be the same name part: same phonetic key, or one is the other's initial. */
export function tokensCompatible(a: string, b: string, keyA: string, keyB: string): boolean {
  if (keyA === keyB) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return false;
}

/**
 * True when every token of `short` matches a distinct token of `long`, in order.
 * "omar hadi" fits "omar haddi haddi"; "lina sorel" fits "lina maud sorel".
 */
export function isTokenSubset(short: NameForm, long: NameForm): boolean {
  let j = 0;
  for (let i = 0; i < short.tokens.length; i++) {
    while (
      j < long.tokens.length &&
      !tokensCompatible(short.tokens[i], long.tokens[j], short.keys[i], long.keys[j])
    )
      j++;
    if (j === long.tokens.length) return false;
    j++;
  }
  return true;
}

/** The uppercase letters and digits of an acronym-shaped name ("ISIS-K" → "ISISK"), or null when it is not one. */
export function acronymLetters(name: string): string | null {
  const t = name.trim();
  if (!/^[A-Z][A-Z0-9.&-]*[A-Z0-9.]$/.test(t)) return null;
  const letters = t.replace(/[^A-Z0-9]/g, '');
  return letters.length >= 2 && letters.length <= 10 ? letters : null;
}

/**
 * The acronym a long name is written as: the initials of its parts, link words skipped ("Bank of the
 * Velm Valley" → "BVV"), a part that is itself an acronym giving all its letters ("US Velm Survey" and
 * "U.S. Velm Survey" → "USVS"). Null for a name of fewer than two words in lower case: "AK-47" spells
 * nothing.
 */
export function acronymOf(text: string, linkWords: ReadonlySet<string>): string | null {
  const words = nameWords(text, linkWords);
  return words.filter((w) => /\p{Ll}/u.test(w)).length < 2 ? null : spell(words);
}

/** The words of a name that count for its initials (link words and numbers left out). */
export function nameWords(text: string, linkWords: ReadonlySet<string>): string[] {
  return text.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w) && !linkWords.has(w.toLowerCase()));
}

/** The letters words spell: each word its initial, an acronym word all its letters. */
export function spell(words: readonly string[]): string {
  return fold(
    words.map((w) => (/^[\p{Lu}.]+$/u.test(w) ? w.replace(/\./g, '') : w[0])).join(''),
  ).toUpperCase();
}
