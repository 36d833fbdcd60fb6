/**
 * The language of an article: the declared one when there is one, else n-gram detection with eld.
 */
import { readFileSync } from 'node:fs';
import { language as languageConfig } from '../config.ts';
import { readNgramTable } from './ngram-table.ts';

/** What is used of an eld instance. */
interface Eld {
  detect(text: string): {
    language: string;
    isReliable(): boolean;
    getScores(): Record<string, number>;
  };
}

/** The n-gram table `npm run build` writes next to the compiled module (`dist/extract/`). */
const TABLE = new URL('./eld-medium.ngrams', import.meta.url);

/**
 * eld with its medium database: read from the build's n-gram table (`ngram-table.ts`) through eld's
 * own `createEld` when the table is there and was written from the installed eld; else eld's
 * `eld/medium` entry, which imports the database as a 2 MB object literal (~1 s more of CPU; the
 * sources run through tsx, and a dist/ built with another eld, take this path). Same answers.
 */
async function loadEld(): Promise<Eld> {
  try {
    const entry = import.meta.resolve('eld/medium');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', entry), 'utf8')) as { version: string };
    const data = readNgramTable(readFileSync(TABLE, 'utf8'), pkg.version);
    if (data) {
      const detector = (await import(new URL('../languageDetector.js', entry).href)) as {
        createEld(): { instance: Eld; loadData(data: unknown): unknown };
      };
      const { instance, loadData } = detector.createEld();
      if (loadData(data)) return instance;
    }
  } catch {
    // No table (the sources, or a build without one) or eld laid out otherwise: its own entry.
  }
  return (await import('eld/medium')).eld;
}

const eld = await loadEld();

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
