/**
 * Text that is not language: structured data (a JSON document read as a page's text) or random
 * characters (a soup of letters from many scripts). Both pass a word count; neither is an article.
 */

/** Words sampled from the start of a text: enough to judge, bounded on a 20 MB page. */
const SAMPLE_WORDS = 20_000;

/** JSON key-value separators (`"title": "…"`, `"items": [`). */
const KEY_VALUE = /"\s*:\s*["{[\d\-tfn]/g;

/** Script groups: a word's letters come from one of them (Han and kana write one Japanese word). */
const SCRIPTS: RegExp[] = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  /\p{Script=Hangul}/u,
  /\p{Script=Devanagari}/u,
  /\p{Script=Thai}/u,
];

/** Index of the script group of a letter; -1 for the rest (each of those its own group). */
function groupOf(letter: string): number {
  return SCRIPTS.findIndex((re) => re.test(letter));
}

/** True when every letter of the word is of one script group (words without letters count as regular). */
function oneScript(word: string): boolean {
  let group: number | string | null = null;
  for (const letter of word.match(/\p{L}/gu) ?? []) {
    const g = groupOf(letter);
    const key = g < 0 ? letter : g;
    if (group === null) group = key;
    else if (group !== key) return false;
  }
  return true;
}

/** Thresholds of the check. */
export interface DataOptions {
  /** JSON key-value pairs per 100 words that make a text data when it opens with `{` or `[`. */
  jsonOpenPairsPer100: number;
  /** JSON key-value pairs per 100 words that make any text data. */
  jsonPairsPer100: number;
  /** Least share of words written in one script: below it the text is random characters. */
  minOneScriptShare: number;
}

/**
 * Why the text is not language, or null when it reads as language: `json` when it opens like JSON and
 * holds `jsonOpenPairsPer100` key-value pairs per 100 words (or `jsonPairsPer100` anywhere); `noise`
 * when under `minOneScriptShare` of its words keep to one script (a real word, in any language, does).
 * Only the first 20,000 words are looked at.
 */
export function notLanguage(paragraphs: readonly string[], opts: DataOptions): 'json' | 'noise' | null {
  const words: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    for (const w of p.split(/\s+/)) if (w !== '') words.push(w);
    chars += p.length + 2;
    if (words.length >= SAMPLE_WORDS) break;
  }
  if (words.length === 0) return null;
  const sample = paragraphs.join('\n\n').slice(0, chars);
  const pairs = (sample.match(KEY_VALUE) ?? []).length;
  const per100 = (pairs * 100) / words.length;
  const opensLikeJson = /^\s*[{[]/.test(paragraphs[0] ?? '');
  if (per100 >= opts.jsonPairsPer100 || (opensLikeJson && per100 >= opts.jsonOpenPairsPer100)) return 'json';
  const regular = words.filter(oneScript).length;
  return regular / words.length < opts.minOneScriptShare ? 'noise' : null;
}
