/**
 * Is there an article? Empty bodies, too few words, list/index/login pages are not usable.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { countWords } from './draft.ts';

/** Thresholds of the check (a subset of `ExtractOptions`). */
export interface UsableOptions {
  minWords: number;
  loginMaxProseWords: number;
  proseParagraphWords: number;
}

/** Words a login form's page talks in: a password field alone is common on news pages (a login widget). */
const LOGIN_WORDS = /\b(?:sign(?:ed)?\s+in|log\s*in|password|username|forgot|create\s+(?:an\s+)?account)\b/i;

/** Words in paragraphs that read as prose: long enough and ending like a sentence. */
export function proseWords(paragraphs: string[], minParagraphWords: number): number {
  let n = 0;
  for (const p of paragraphs) {
    const words = countWords(p);
    if (words >= minParagraphWords && /[.!?…"”’»)。！？」』]$/.test(p)) n += words;
  }
  return n;
}

/**
 * Decides whether an extracted body is a usable article; returns the reason when it is not.
 *
 * No text → PX201; fewer than `minWords` words → PX202; fewer than `minWords` words of prose
 * paragraphs (a list of links, an index page), or a password field with login words and under
 * `loginMaxProseWords` of prose → PX212.
 */
export function checkUsable(
  paragraphs: string[],
  loginForm: boolean,
  opts: UsableOptions,
  place: DiagnosticPlace,
): { usable: boolean; diagnostics: Diagnostic[] } {
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const fail = (code: Diagnostic['code'], message: string) => ({
    usable: false,
    diagnostics: [diagnose('error', code, 'extract', message, place)],
  });
  if (words === 0) return fail('PX201', 'no article text found');
  if (words < opts.minWords) return fail('PX202', `only ${words} words, fewer than ${opts.minWords}`);
  const prose = proseWords(paragraphs, opts.proseParagraphWords);
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
