/**
 * Content words: the lower-cased, diacritic-folded, stemmed words that carry a sentence's meaning
 * (stopwords dropped). Reconcile and brief compare sentences through them.
 */
import { fold } from './fold.ts';
import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { wordStrings } from './words.ts';

/** The content-word stems of a text, in order (duplicates kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const word of wordStrings(text)) for (const s of stemsOf(word)) out.push(s);
  return out;
}

/**
 * The content stems of one word (none for a stopword; a hyphenated word gives its parts'), memoised:
 * a story's passages are compared through overlapping texts, so the same words come back many times.
 * The memo only depends on the word; it is emptied when it grows past `MAX_MEMO` words.
 */
function stemsOf(word: string): readonly string[] {
  let stems = memo.get(word);
  if (stems === undefined) {
    const f = fold(word);
    stems = isStopword(f)
      ? []
      : f.split('-').flatMap((part) => (part && !isStopword(part) ? [stem(part)] : []));
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(word, stems);
  }
  return stems;
}

const MAX_MEMO = 50_000;
const memo = new Map<string, readonly string[]>();
