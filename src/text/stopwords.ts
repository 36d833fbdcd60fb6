/**
 * Stopwords: words ignored when texts are compared. One list of English function words, and two
 * sets built on it for two purposes that differ:
 * - `SENTENCE_STOPWORDS`: comparing sentences (reconcile, brief): function words and the reporting
 *   verbs every outlet uses; what a sentence tells (days, times, verbs) still counts.
 * - `TOPIC_STOPWORDS`: telling which event an article reports (cluster): also the vocabulary every
 *   news text shares (calendar words, generic verbs, "statement", "news"), which says nothing of the event.
 */

const words = (list: string): string[] => list.split(/\s+/u).filter((w) => w.length > 0);

/** English function words: articles, pronouns, auxiliaries, prepositions, conjunctions, determiners. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`
a about above after again against all almost also although am among an and another any are around as at
be became because become been before being below between both but by can could did do does doing done down
during each either else even ever every few for from further had has have having he her here hers herself
him himself his how however i if in into is it its itself just last least less like many may me might more
most much must my myself near no nor not now of off often on once one only onto or other others our ours
ourselves out over own per perhaps rather same shall she should since so some still such than that the
their theirs them themselves then there these they this those though through thus to too toward under until
up upon us very via was we were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yourself yourselves
becomes let neither otherwise several towards across amid along behind beyond inside outside`),
);

/** Reporting words of every news text ("said", "according"), and "new". */
const REPORTING = words('said says say saying told according new');

/**
 * Words every news text shares: reporting, calendar and generic words, which say nothing about the event.
 * Its adverbs and pronouns ("always", "never", "something") stay out of the sentence set: as sentence
 * stopwords they cost one ECB+ briefing check (docs/evaluation.md).
 */
const NEWS_WIDE = words(`
ago always anyone anything away back came cannot get gets getting go goes going gone got made make never
next put quite really see seen something take thing things took use used way well tell tells report
reported reports reporting statement added asked news mr mrs ms dr including include includes monday
tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks year years month
months day days time times`);

/** Stopwords for comparing sentences (folded, lower case). */
export const SENTENCE_STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...REPORTING]);

/** Stopwords for telling which event an article reports (lower case). */
export const TOPIC_STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...REPORTING, ...NEWS_WIDE]);

/** A clitic glued to a function word: "we're", "they've", "I'll", "she'd", "I'm", "don't" ("won't", "can't"). */
const CLITIC = /'(?:s|re|ve|ll|d|m)$|n't$/;
const NEGATED_STEMS = new Set(['wo', 'ca', 'sha', 'ai']);

/** True when a folded word is a sentence stopword (function word, auxiliary, pronoun), possessive or contracted or not. */
export function isStopword(folded: string): boolean {
  const bare = folded.replace(CLITIC, '');
  return SENTENCE_STOPWORDS.has(bare) || (bare !== folded && NEGATED_STEMS.has(bare));
}

/**
 * A month name, full or abbreviated, capitalised ("June", "Sept", "Oct"): a regular-expression source to
 * build patterns from (a trailing dot is left to the caller).
 */
export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Calendar words and years (lower case): they say when, not what. */
export const CALENDAR_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^\d{4}$|^(?:year|month|week|weekend|day|night|morning|afternoon|evening|today|yesterday|tomorrow|time|date|hour|minute|a\.?m|p\.?m|gmt|utc|bst|est|pst)s?$/;
