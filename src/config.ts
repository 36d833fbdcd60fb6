/**
 * Every default and threshold of Parallax, one section per stage. Each value says why it is what it is
 * and what it was calibrated on. Stages take their section as their options (overridable per call).
 */

/** Reading inputs. */
export const ingest = {
  /** Inputs larger than this are rejected (PX106): a news article is rarely over 2 MB even as HTML; 20 MB leaves room for heavy pages. */
  maxBytes: 20 * 1024 * 1024,
  /** Share of control bytes (other than tab/newline/CR/FF) above which a file is called binary: text never has them, binaries have many. */
  maxControlRatio: 0.01,
  /** File extensions read from folders; anything else in a folder is skipped quietly. */
  extensions: ['.txt', '.text', '.html', '.htm', '.xhtml'],
} as const;

/** Extraction of text and metadata. */
export const extract = {
  /** Articles with fewer words than this are flagged unusable (PX202): a wire brief has at least ~40 words. */
  minWords: 40,
} as const;

/** Sentence splitting, entities, dates, quotes. */
export const nlp = {} as const;

/** Story clustering. */
export const cluster = {} as const;

/** Cross-source reconciliation. */
export const reconcile = {} as const;

/** Briefing assembly. */
export const brief = {} as const;
