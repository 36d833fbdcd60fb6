/**
 * Is there an article? Empty bodies, too few words, list/index/login pages are not usable.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { countWords } from './draft.ts';
import { type DataOptions, notLanguage } from './looks-like-data.ts';

/** Thresholds of the check (a subset of `ExtractOptions`). */
export interface UsableOptions extends DataOptions {
  minWords: number;
  loginMaxProseWords: number;
  proseParagraphWords: number;
  proseLineWords: number;
}

/** Words a login form's page talks in: a password field alone is common on news pages (a login widget). */
const LOGIN_WORDS = /\b(?:sign(?:ed)?\s+in|log\s*in|password|username|forgot|create\s+(?:an\s+)?account)\b/i;

/** A list item's marker: "- ", "• ", "* ", "1. ", "2) ". */
const ITEM_MARKER = /^(?:[-–—•*·▪●]\s+|\(?\d{1,2}[.)]\s+)/;
/** Function words a sentence has and a menu, a link or a schedule line rarely does. */
const FUNCTION_WORD =
  /\b(?:the|a|an|of|to|in|on|at|for|with|from|by|and|is|are|was|were|has|have|had|will|would|said|says|after|as|its|their|his|her)\b/gi;

/** True when a line reads as a sentence of news: capitalised start or list marker, function words, enough words. */
function readsAsSentence(p: string, minWords: number): boolean {
  const words = countWords(p);
  const functionWords = (p.match(FUNCTION_WORD) ?? []).length;
  if (words < minWords || functionWords < 2) return false;
  if (/[.!?…"”’»)。！？」』]$/.test(p)) return true;
  // A wire digest's item often ends without a full stop: a marked item of a full sentence's length.
  return ITEM_MARKER.test(p) && words >= minWords + 2;
}

/**
 * Words in paragraphs that read as prose: long enough (`minParagraphWords`) and ending like a sentence,
 * or — the shapes of wire copy — one short sentence a line or a digest's list items (at least
 * `minLineWords` words with function words, ending like a sentence or marked as an item).
 */
export function proseWords(
  paragraphs: string[],
  minParagraphWords: number,
  minLineWords = minParagraphWords,
): number {
  let n = 0;
  for (const p of paragraphs) {
    const words = countWords(p);
    if (words >= minParagraphWords && /[.!?…"”’»)。！？」』]$/.test(p)) n += words;
    else if (readsAsSentence(p, minLineWords)) n += words;
  }
  return n;
}

/** Words of real text: unexpanded character references ("&g;", "&#x;") are markup left over, not words. */
export function realWords(p: string): number {
  return countWords(p.replace(/&#?[\p{L}\d]*;/gu, ' '));
}

/**
 * Decides whether an extracted body is a usable article; returns the reason when it is not.
 *
 * No text → PX201; fewer than `minWords` words of real text (character references left unexpanded do
 * not count) → PX202; fewer than `minWords` words of prose (a list of links, an index page, a
 * schedule; wire copy of one sentence a line and digests of list items are prose), or a password field with login words and under
 * `loginMaxProseWords` of prose → PX212. Text that is JSON data or random characters (`notLanguage`) → PX217.
 */
export function checkUsable(
  paragraphs: string[],
  loginForm: boolean,
  opts: UsableOptions,
  place: DiagnosticPlace,
): { usable: boolean; diagnostics: Diagnostic[] } {
  const words = paragraphs.reduce((n, p) => n + realWords(p), 0);
  const fail = (code: Diagnostic['code'], message: string) => ({
    usable: false,
    diagnostics: [diagnose('error', code, 'extract', message, place)],
  });
  if (words === 0) return fail('PX201', 'no article text found');
  if (words < opts.minWords) return fail('PX202', `only ${words} words, fewer than ${opts.minWords}`);
  const data = notLanguage(paragraphs, opts);
  if (data === 'json') return fail('PX217', 'the text is JSON data, not an article');
  if (data === 'noise')
    return fail('PX217', 'the text is random characters: few of its words keep to one script');
  const prose = proseWords(paragraphs, opts.proseParagraphWords, opts.proseLineWords);
  if (prose < opts.minWords) {
    return fail(
      'PX212',
      `only ${prose} words in prose paragraphs (of ${words}): looks like a list or index page`,
    );
  }
  if (loginForm && prose < opts.loginMaxProseWords && paragraphs.some((p) => LOGIN_WORDS.test(p))) {
    return fail('PX212', `a password field and only ${prose} words of prose: looks like a login page`);
  }
  return { usable: true, diagnostics: [] };
}
