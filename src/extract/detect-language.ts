/**
 * A first guess at the language: is the text English? (A real language detector comes later.)
 */

/** Very common English function words: they make up about 40% of English news prose. */
const STOPWORDS = new Set(
  'the of and to a in is that for on with as was by it at from has have be are were this his her their its said an or not but which will after he she they who been had would there than also into about more'.split(
    ' ',
  ),
);

/**
 * Returns `en` when the share of English stopwords among the words of `text` is at least `minRatio`,
 * null when it is lower or the text has fewer than `minWords` words (too little to tell).
 */
export function detectLanguage(text: string, minRatio: number, minWords: number): 'en' | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < minWords) return null;
  const hits = words.filter((w) => STOPWORDS.has(w)).length;
  return hits / words.length >= minRatio ? 'en' : null;
}
