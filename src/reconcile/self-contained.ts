/**
 * Self-contained sentences: a briefing line must read on its own, so sentences that open with a
 * connective pointing back ("However,", "Consequently,") or an unbound pronoun ("This", "He") are avoided.
 */

const DANGLING =
  /^(?:however|consequently|therefore|thus|hence|moreover|furthermore|additionally|meanwhile|nevertheless|nonetheless|also|but|and|or|so|then|still|yet|instead|otherwise|likewise|similarly|ultimately|accordingly|in contrast|by contrast|in addition|as a result|on the other hand|for (?:his|her|its|their) part|this|these|that|those|it|its|he|she|they|his|her|their|them|such|the latter|the former|both|another)\b/i;

/** True when a sentence opens with a connective or pronoun that needs the sentence before it. */
export function startsDangling(text: string): boolean {
  return DANGLING.test(text.replace(/^[\s"“'‘«(]+/, ''));
}
