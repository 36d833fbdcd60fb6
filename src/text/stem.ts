/**
 * Stemming: reduces a word to a rough stem so that variants of one word meet. Two rule sets, kept
 * apart because every way of making them one measured worse somewhere (docs/evaluation.md):
 * - `stem` (sentences: reconcile, brief): -ise spellings, plurals, -ed/-ing and a final -e dropped;
 * - `lightStem` (clustering features): possessives, plurals and British spellings only, verb endings
 *   kept (with `stem`, a six-article dev story lost an article; with `lightStem` for sentences,
 *   disputes were lost on stories-dev and unexplained ones shown on ECB+; `lightStem` followed by the
 *   verb endings for sentences changed the dated events of a real ECB+ story in the audit; Porter2
 *   scored lower on stories-dev).
 */

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

/** British `-ise`/`-yse` verb forms and `-our` nouns, with their American spelling. */
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/(.{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  [/(.{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  [/(.{2,}[^aeiou])our(s?)$/u, '$1or$2'],
];

/** Returns the light stem of a lower-cased word (possessive and plural suffixes removed, American spelling). */
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
