/**
 * The language of an article: the declared one when there is one, else n-gram detection with eld.
 */
import { eld } from 'eld/medium';
import { language as languageConfig } from '../config.ts';

/** Options of `detectLanguage` (defaults: `config.language`). */
export interface LanguageOptions {
  /** Fewer words than this: too little to tell (null). */
  minWords: number;
  /** Only this many leading characters are looked at. */
  maxChars: number;
  /** Relative lead of the best language's score over the runner-up's needed to answer. */
  minMargin: number;
}

/** "en-GB", "en_us", "EN" → "en"; null for anything that is not a two-letter language code. */
export function languageTag(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return m ? m[1].toLowerCase() : null;
}

/**
 * Detects the language of `text` with eld (medium n-gram database), or null when unsure.
 *
 * Null when the text has fewer than `minWords` words, when eld finds nothing or calls its own result
 * unreliable, or when the runner-up language scores within `minMargin` of the best (short texts in
 * close languages). Only the first `maxChars` characters are read. Deterministic; no I/O.
 */
export function detectLanguage(text: string, options: Partial<LanguageOptions> = {}): string | null {
  const opts: LanguageOptions = { ...languageConfig, ...options };
  const sample = text.slice(0, opts.maxChars);
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < opts.minWords) return null;
  const result = eld.detect(sample);
  if (!result.language || !result.isReliable()) return null;
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  const [best = 0, second = 0] = scores;
  if (best <= 0 || (second > 0 && (best - second) / best < opts.minMargin)) return null;
  return languageTag(result.language);
}
