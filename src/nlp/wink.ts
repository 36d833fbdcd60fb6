/**
 * The one wink-nlp instance of the process, loaded lazily on first use (the model takes ~0.2 s to load;
 * `wink-model.ts` reads it).
 */

import winkNLP from 'wink-nlp';
import { winkModel } from './wink-model.ts';

/** The wink-nlp instance type. */
export type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | null = null;
let probe: ReturnType<Wink['readDoc']> | null = null;
/** Size of the model's own vocabulary: wink appends every unknown word it reads after it. */
let vocabulary = 0;

const MARKER = 'qzxjvkwpqzmarker';

/** Returns the shared wink-nlp instance, loading the English lite model on first call. */
export function getWink(): Wink {
  if (!instance) {
    instance = winkNLP(winkModel());
    probe = instance.readDoc(MARKER);
    vocabulary = lexemeIndex(MARKER) ?? Number.POSITIVE_INFINITY;
  }
  return instance;
}

function lexemeIndex(word: string): number | null {
  // Typed as boolean; at run time wink returns `[index]` for a known lexeme and null otherwise.
  const hit = probe!.isLexeme(word) as unknown as number[] | null;
  return hit ? hit[0] : null;
}

/** True when the lower-cased word is in the model's English vocabulary (a common word, not a rare name). */
export function isKnownWord(word: string): boolean {
  getWink();
  const index = lexemeIndex(word.toLowerCase());
  return index !== null && index < vocabulary;
}
