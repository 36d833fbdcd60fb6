/**
 * The stemmer: one rule set in two stages, so that variants of one word meet.
 *
 * `lightStem` folds what changes a word's spelling without changing what it names: possessives, plurals
 * and British spellings ("ambassadors"/"ambassador", "Russia's"/"Russia", "recognised"/"recognized",
 * "analysed", "colour"). `stem` goes on to drop verb endings (-ed, -ing, a final -e), so that
 * "evacuated"/"evacuating"/"evacuate" meet too. Not a linguistic stemmer: Porter merges words news
 * tells apart ("general"/"generate" → "gener"), and measured no better here (docs/evaluation.md).
 *
 * Which stage a caller uses is measured, not a matter of taste: reconcile and brief compare sentences
 * through `stem` (light stemming there lost disputes and let unexplained ones through on ECB+);
 * clustering counts `lightStem` features (with `stem` one article of a six-article dev story fell out
 * of its story, although ECB+ B³ rose by half a point; see docs/evaluation.md).
 */

/** British `-ise`/`-yse` verb forms and `-our` nouns, with their American spelling. */
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/(.{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  [/(.{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  [/(.{2,}[^aeiou])our(s?)$/u, '$1or$2'],
];

/** The light stem of a lower-cased word: possessive and plural suffixes removed, American spelling. */
export function lightStem(word: string): string {
  let w = word.replace(/['’]s?$/u, '');
  if (w.length <= 3) return w;
  for (const [pattern, replacement] of BRITISH) w = w.replace(pattern, replacement);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/u.test(w)) return w;
  if (/(?:sses|xes|ches|shes|zzes)$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) w = w.slice(0, -1);
  return w;
}

/**
 * The stem of a folded word: its light stem with -ed, -ing and a final -e dropped ("recognised",
 * "recognizes", "recognize" → "recogniz"). A number keeps its digits, thousands separators removed.
 */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word.replace(/['’]s?$/u, '').replace(/,/g, '');
  let w = lightStem(word);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
