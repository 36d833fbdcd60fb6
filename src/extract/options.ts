/**
 * Options of the extract stage: the thresholds of `config.extract`, overridable per call.
 */
import { extract as extractConfig } from '../config.ts';

/** Every threshold the extract stage uses (see `src/config.ts` for what each is and why). */
export interface ExtractOptions {
  minWords: number;
  /** Fewer words of prose than this beside a login form: a login wall (PX212). */
  loginMaxProseWords: number;
  proseParagraphWords: number;
  /** A single line of this many words that reads as a sentence (or a digest item) is prose too. */
  proseLineWords: number;
  headerMaxUnits: number;
  headlineMaxWords: number;
  headlineMaxChars: number;
  /** Metadata values longer than this are dropped (PX216). */
  metaValueMaxChars: number;
  /** An article's text is cut at this many characters (PX218). */
  maxTextChars: number;
  /** JSON key-value pairs per 100 words that make a text opening with `{` or `[` data (PX217). */
  jsonOpenPairsPer100: number;
  /** JSON key-value pairs per 100 words that make any text data (PX217). */
  jsonPairsPer100: number;
  /** Least share of words whose letters keep to one script (PX217 below it). */
  minOneScriptShare: number;
  standfirstMaxUnits: number;
  metaLineMaxChars: number;
  footerMaxUnits: number;
  relatedItemMaxWords: number;
  blurbMaxUnits: number;
  maxLinkDensity: number;
  readabilityMaxElems: number;
  blockMinChars: number;
  raiseScoreShare: number;
  raiseTextShare: number;
  siblingMinScore: number;
  siblingScoreShare: number;
  siblingParagraphChars: number;
  chromeMaxShare: number;
  raiseMaxLevels: number;
  raiseBlockShare: number;
  raiseMinGain: number;
}

/** The defaults, from `config.extract`. */
export const defaultExtractOptions: ExtractOptions = { ...extractConfig };
