/**
 * ISO currency codes news copy writes beside an amount ("USD 40,000", "2 million EUR"): one list for
 * reading amounts (`reconcile/quantity.ts`) and for telling a code from a name (`nlp/find-runs.ts`).
 */

/** The codes, upper case. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'INR',
  'CNY',
  'AUD',
  'CAD',
  'SEK',
  'NOK',
  'DKK',
  'RUB',
  'ZAR',
  'AED',
  'SAR',
]);

/** The codes as a regular-expression alternation ("USD|EUR|…"). */
export const CURRENCY_CODE_PATTERN = [...CURRENCY_CODES].join('|');
