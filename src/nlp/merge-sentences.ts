/**
 * Patches wink-nlp's sentence splits where it errs: it ends a sentence after a closing quote mark even
 * when the sentence goes on in lower case (`He asked, “Why?” and left.`), and after an abbreviation
 * followed by a number (`Fig. 3`, `Approx. 40`), and inside a decimal glued to a word by a hyphen
 * (`magnitude-5.2`: a sentence never starts with no space after the last one), or at a decimal point a
 * tokenised text spaced (`magnitude 5. 9`). Measured: wink already keeps "U.S.", "Dr.", "St."
 * and initials inside sentences, so nothing else is patched.
 */
import type { Range } from '../model/citation.ts';

/** Abbreviations that stand before a number (`Fig. 3`); wink splits after them (it keeps `No. 10` whole). */
const NUMBER_ABBREVIATIONS = new Set([
  'approx',
  'art',
  'ch',
  'eq',
  'fig',
  'figs',
  'no',
  'nos',
  'p',
  'para',
  'pp',
  'ref',
  'sec',
  'vol',
  'tab',
]);

/** True when the span ends with a number abbreviation and its period (`… Fig` + `.`). */
function endsWithNumberAbbreviation(text: string, tokens: Range[], last: number): boolean {
  if (last < 1) return false;
  const period = tokens[last];
  const word = tokens[last - 1];
  if (text.slice(period.start, period.end) !== '.' || word.end !== period.start) return false;
  return NUMBER_ABBREVIATIONS.has(text.slice(word.start, word.end).toLowerCase());
}

/**
 * True when a decimal was cut at its point by a tokeniser's space ("magnitude 5. 9", "$27. 5 million"): the
 * span before ends in a digit and a period, one space, then one to three digits. A sentence that opens
 * with a figure is rare in news copy (style guides spell it out), and a year (four digits) is left alone.
 */
function splitDecimal(text: string, period: Range, first: Range): boolean {
  return (
    text.slice(period.start, period.end) === '.' &&
    /\d/.test(text[period.start - 1] ?? '') &&
    first.start === period.end + 1 &&
    /^\d{1,3}(?!\d)/.test(text.slice(first.start, first.start + 4))
  );
}

function startsLower(text: string, r: Range): boolean {
  const c = text[r.start];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * Merges sentence spans `[firstToken, lastToken]` that wink split wrongly.
 *
 * A sentence is glued to the one before when it starts with a lower-case letter, or when it starts with a
 * digit right after an abbreviation that stands before numbers or right after a decimal point a tokeniser
 * spaced, or when nothing separates it from the one before (a period inside "magnitude-5.2" ends no sentence).
 */
export function mergeSentences(
  text: string,
  tokens: Range[],
  spans: Array<[number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev) {
      const first = tokens[span[0]];
      const digit = /^\d/.test(text[first.start]);
      const glued = tokens[prev[1]].end === first.start;
      if (
        startsLower(text, first) ||
        glued ||
        (digit &&
          (endsWithNumberAbbreviation(text, tokens, prev[1]) || splitDecimal(text, tokens[prev[1]], first)))
      ) {
        prev[1] = span[1];
        continue;
      }
    }
    out.push([span[0], span[1]]);
  }
  return out;
}
