/**
 * Word tokenizers over plain text. The NLP stage's tokens (wink-nlp, with POS tags and sentences) are
 * the annotation tokens (`nlp/tokenize.ts`); these are for comparing texts without annotations.
 */

/** A word of a text with its `[start, end)` range in that text. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** Words: a letter then letters, digits, apostrophes and hyphens; or a number with its separators ("1,250.5"). */
const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}[\p{N},.]*\p{N}|\p{N}/gu;

/** The words of a text with their ranges (relative to the text), as written. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The words of a text as written, without ranges (what `wordsOf` finds). */
export function wordStrings(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The lower-cased letter and digit runs of a text, punctuation and layout ignored ("Crane-Whitby's" →
 * "crane", "whitby", "s"): the units of near-duplicate shingles, where only the running text matters.
 */
export function letterDigitRuns(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The folded words of a name or phrase with at least `minLength` letters, split at anything not a letter. */
export function letterWords(folded: string, minLength: number): Set<string> {
  return new Set(folded.split(/[^\p{L}]+/u).filter((w) => w.length >= minLength));
}
