/**
 * Words that turn what a sentence claims: negations ("not", "never", "n't"), and the qualifiers of a
 * number grouped by the claim they make ("nearly 40" and "almost 40" say the same; "more than 40" does not).
 * The LLM rewrite's grounding check (`brief/check-grounding.ts`) keeps both as the cited passage has them.
 */

/** A negation word or the contraction "n't" ("did not", "didn't", "no one", "never", "without"). */
export const NEGATION =
  /\b(?:not|no|never|neither|nor|none|nobody|nothing|nowhere|without|cannot)\b|n['’]t\b/i;

/** True when a text holds a negation. */
export function hasNegation(text: string): boolean {
  return NEGATION.test(text);
}

/** How many negations a text holds ("had not worked without a break": 2). */
export function negationCount(text: string): number {
  return text.match(new RegExp(NEGATION.source, 'gi'))?.length ?? 0;
}

/**
 * The claim a number's qualifier makes (the qualifiers `reconcile/quantity.ts` reads): about the
 * number, below it, at or above it, or at most it. A number without a qualifier claims itself: `exact`.
 */
export type QualifierClass = 'exact' | 'approximate' | 'below' | 'above' | 'at-most';

const CLASSES: Record<string, QualifierClass> = {
  about: 'approximate',
  around: 'approximate',
  some: 'approximate',
  roughly: 'approximate',
  approximately: 'approximate',
  estimated: 'approximate',
  'an estimated': 'approximate',
  'close to': 'approximate',
  nearly: 'below',
  almost: 'below',
  under: 'below',
  'just under': 'below',
  'less than': 'below',
  'fewer than': 'below',
  over: 'above',
  'just over': 'above',
  'more than': 'above',
  'upwards of': 'above',
  'at least': 'above',
  'at most': 'at-most',
  'up to': 'at-most',
  'as many as': 'at-most',
  'as much as': 'at-most',
};

/** The claim of a qualifier as written (lower-cased); `exact` when there is none, `approximate` for one not listed. */
export function qualifierClass(qualifier: string | undefined): QualifierClass {
  if (!qualifier) return 'exact';
  return CLASSES[qualifier.toLowerCase().replace(/\s+/g, ' ')] ?? 'approximate';
}
