/**
 * Undoes the spacing that tokenised news text puts inside dates and times, before they are parsed.
 */

/**
 * Returns `input` with the tokeniser's spaces taken out of dates and times, whitespace collapsed.
 *
 * Corpora such as ECB+ were stored tokenised: "10: 53 AM", "GMT+05: 00", "05 / 02 / 07",
 * "2013 - 09 - 26", "2012. 08. 08", "03. 31 BST", "p. m.". Each rule joins only digits to digits
 * (or the letters of "a. m."), so a string that is not a date stays a non-date; callers still require
 * the whole string to be a date. Trailing separators ("… PDT |", "…, 2009.") are dropped.
 */
export function tidyDateText(input: string): string {
  return input
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\d) ?: (?=\d)/g, '$1:')
    .replace(/(\d) ?\/ ?(?=\d)/g, '$1/')
    .replace(/\b(\d{4}) - (\d{1,2}) - (\d{1,2})\b/g, '$1-$2-$3')
    .replace(/(\d)\. (?=\d)/g, '$1.')
    .replace(/\b([ap])\. ?m\b\.?/gi, '$1.m.')
    .replace(/\b([ECMP])T ([ECMP][SD]T)\b/g, (whole, a: string, zone: string) =>
      zone.startsWith(a) ? zone : whole,
    )
    .replace(/(\d)\.$/, '$1')
    .replace(/[\s|,;]+$/, '');
}
