/**
 * Words: the one home of tokenizing, folding, stemming, stopwords and term vectors, used by cluster,
 * reconcile and brief (see README.md).
 */

export { bigramConcepts } from './bigrams.ts';
export { contentWords } from './content-words.ts';
export { CURRENCY_CODE_PATTERN, CURRENCY_CODES } from './currency-codes.ts';
export { fold, UNDECOMPOSED } from './fold.ts';
export {
  hasNegation,
  NEGATION,
  negationCount,
  type QualifierClass,
  qualifierClass,
} from './meaning-words.ts';
export { pairwiseCosines, type Similarities } from './pairwise-cosines.ts';
export { lightStem, stem } from './stem.ts';
export {
  CALENDAR_WORD,
  FUNCTION_WORDS,
  isStopword,
  MONTH_NAME,
  SENTENCE_STOPWORDS,
  TOPIC_STOPWORDS,
} from './stopwords.ts';
export {
  addInto,
  cosine,
  documentFrequencies,
  dot,
  type Idf,
  norm,
  normalize,
  type SparseVector,
  sentenceIdf,
  sharedTermIdf,
  smoothedIdf,
  termCounts,
  tfidfVectors,
} from './term-vectors.ts';
export { verbStem } from './verb-stem.ts';
export { jaccard, overlapRatio, sharedCount } from './word-overlap.ts';
export { letterDigitRuns, letterWords, type Word, wordStrings, wordsOf } from './words.ts';
