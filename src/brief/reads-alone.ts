/**
 * Whether a sentence reads on its own as a briefing line: no connective pointing back ("However,",
 * "Notably,"), no pronoun whose person the sentence does not name ("According to him, …"), not a question.
 */
import type { Mention } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { startsDangling } from '../reconcile/self-contained.ts';

/** Openers that need the sentence before, beyond those of `reconcile/self-contained.ts`. */
const OPENERS =
  /^(?:notably|importantly|crucially|indeed|in turn|in response|at the same time|even so|after that|since then|to that end|in that case|(?:according to|in the words of|for) (?:him|her|them|it)\b)/i;

/** An all-capitals place and a comma opening a wire story ("PORT VELORIA, March 11 (Wire) -"): a lead, not a line. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,},/u;

/** Personal pronouns that need a named antecedent in the same sentence. */
const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their)\b/i;

/** First-person words of a speaker: I, we, my, our (not "us", which may be the US). */
const FIRST_PERSON =
  /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]y|[Oo]ur)(?![\p{L}'’])/u;

/**
 * True when the passage speaks in the first person and names nobody ("I don't think any charges will
 * be filed."): as a line of what happened or a key fact, a reader cannot tell who speaks. An outlet's
 * own line may keep its writer's voice ("a request I filed"), so this is not part of `readsAlone`.
 */
export function unnamedFirstPerson(text: string, range: Range, mentions: readonly Mention[]): boolean {
  const named = mentions.some((m) => m.start >= range.start && m.end <= range.end && m.kind !== 'place');
  return !named && FIRST_PERSON.test(text.slice(range.start, range.end));
}

/** Pronouns that a noun before them binds ("Four men rammed their car", "the mayor lost his seat"). */
const OBJECT_PRONOUN = /^(?:him|his|her|hers|them|their)$/i;

/** A subject pronoun right after a reporting verb (and a day) is its subject's ("Police said on Saturday they …", "the governor told reporters he …"). */
const REPORTED =
  /\b(?:said|says|told\s+\p{L}+|added|warned|believed?|thinks?|thought|that)(?:\s+(?:on|at|in|late|early)?\s*(?:\p{Lu}\p{Ll}+day|yesterday|today|tonight|later))?\s*,?\s*$/iu;

/**
 * A subordinate clause opening the sentence, up to its comma: "When he took office, ", "After they
 * landed, ". A pronoun in it may point forward to the subject named right after the comma.
 */
const LEAD_CLAUSE =
  /^(?:When|After|Before|Although|Though|While|As|Since|Once|Until|Because|If)\s[^,;:"“”]{1,120},\s*/;

/** True when a quotation opens in the passage and does not close in it (a quote split across sentences). */
export function unbalanced(passage: string): boolean {
  const count = (re: RegExp) => (passage.match(re) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/«/g) !== count(/»/g) || count(/"/g) % 2 === 1;
}

/**
 * True when the passage `range` of `text` reads on its own: it does not open with a dangling
 * connective or pronoun, is not a dateline, a question or a lead-in (ending in a colon), holds no half quotation, and every personal pronoun in it follows a name
 * (a mention) of the same sentence, or sits in an opening subordinate clause whose main clause opens
 * with a person's name ("When he …, Bowe …"). With `nouns` (the ranges of the passage's common nouns), a
 * possessive or object pronoun after a noun, and a subject pronoun after a noun and a reporting verb,
 * are bound too.
 */
export function readsAlone(
  text: string,
  range: Range,
  mentions: readonly Mention[],
  nouns: readonly Range[] = [],
): boolean {
  const passage = text.slice(range.start, range.end);
  const bare = passage.replace(/^[\s"“'‘«(]+/, '');
  if (
    DATELINE.test(passage) ||
    startsDangling(passage) ||
    OPENERS.test(bare) ||
    /[?:]["”»’]?\s*$/.test(passage) ||
    unbalanced(passage)
  )
    return false;
  const pronoun = PRONOUN.exec(passage);
  if (!pronoun) return true;
  const at = range.start + pronoun.index;
  if (mentions.some((m) => m.start >= range.start && m.end <= at && m.kind !== 'place')) return true;
  // "When he was released, Bowe …": the clause's pronoun is the person who opens the main clause.
  const clause = LEAD_CLAUSE.exec(passage);
  const subject = clause ? range.start + clause[0].length : -1;
  if (clause && at < subject && mentions.some((m) => m.start === subject && m.kind === 'person')) return true;
  const nounBefore = nouns.some((n) => n.start >= range.start && n.end <= at);
  return nounBefore && (OBJECT_PRONOUN.test(pronoun[0]) || REPORTED.test(text.slice(range.start, at)));
}
