/**
 * A light English stemmer for clustering features: folds plurals, possessives and British
 * spellings only.
 *
 * Heavier stemmers (Porter) merge words that news tells apart ("police"/"policy"); folding the
 * variants that differ most between two reports of one event ("ambassadors"/"ambassador",
 * "Russia's"/"Russia", a British "recognised" and an American "recognized") is what matters.
 */

/** British `-ise`/`-yse` verb forms and `-our` nouns, with their American spelling. */
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/(.{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  [/(.{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  [/(.{2,}[^aeiou])our(s?)$/u, '$1or$2'],
];

/** Returns the light stem of a lower-cased word (possessive and plural suffixes removed, American spelling). */
export function stemWord(word: string): string {
  let w = word.replace(/['’]s?$/u, '');
  if (w.length <= 3) return w;
  for (const [pattern, replacement] of BRITISH) w = w.replace(pattern, replacement);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/u.test(w)) return w;
  if (/(?:sses|xes|ches|shes|zzes)$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) w = w.slice(0, -1);
  return w;
}
