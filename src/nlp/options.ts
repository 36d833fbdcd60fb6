/**
 * Options of the NLP stage: the `nlp` section of `src/config.ts`, overridable per call.
 */
import { nlp as defaults } from '../config.ts';

/** Options of `annotate()` and of its pieces. */
export interface NlpOptions {
  /** Longest capitalised run (in tokens) taken as one name. */
  maxNameTokens: number;
  /** How many sentences back a pronoun speaker ("he stated") may be bound to a named person. */
  pronounLookbackSentences: number;
  /** How many tokens after a closing quote mark the reporting verb may be ("…,” the foreign ministry said). */
  speakerWindowTokens: number;
  /** Longest quote in characters; longer spans between marks are unbalanced marks, not quotes. */
  maxQuoteChars: number;
  /** Bare four-digit numbers in this range (inclusive) are years. */
  minYear: number;
  maxYear: number;
}

/** Fills the options a caller left out from the `nlp` section of the config. */
export function resolveOptions(options: Partial<NlpOptions> = {}): NlpOptions {
  return { ...defaults, ...options };
}
