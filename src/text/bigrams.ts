/**
 * Bigram concepts: the units a summary is judged to cover (Gillick & Favre 2009). A concept is a pair
 * of adjacent words, folded and stemmed; a pair of two stopwords ("of the") says nothing and is dropped,
 * and a pair never spans a sentence break or a clause mark (the words of "Paris. The" are not adjacent).
 */
import { fold } from './fold.ts';
import { stem } from './stem.ts';
import { isStopword } from './stopwords.ts';

/** Words (letters, digits, inner apostrophes and hyphens) and the punctuation that breaks adjacency. */
const TOKEN = /\p{L}[\p{L}\p{N}'’-]*|\p{N}[\p{N},.]*\p{N}|\p{N}|[.;:!?()[\]{}"“”—–]/gu;

/** The distinct bigram concepts of a text (`"stem stem"` keys), in order of first occurrence. */
export function bigramConcepts(text: string): string[] {
  const out = new Set<string>();
  let prev: { stem: string; stop: boolean } | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (!/[\p{L}\p{N}]/u.test(token)) {
      prev = null;
      continue;
    }
    const f = fold(token).replace(/’/g, "'");
    const word = { stem: stem(f), stop: isStopword(f) };
    if (prev && !(prev.stop && word.stop)) out.add(`${prev.stem} ${word.stem}`);
    prev = word;
  }
  return [...out];
}
