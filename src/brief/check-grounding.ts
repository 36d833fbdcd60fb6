/**
 * The grounding check of a rewritten "what happened" sentence: every name, number and date in it must
 * occur in its cited passages, compared as values, not as strings. Numbers and dates must be in the
 * line's own passage (the first): a figure only another cited outlet gives is that outlet's claim
 * (sources often differ on counts), and the line would state it as its own. Names may come from any
 * cited passage (another outlet writes the full name the line shortens).
 *
 * - numbers: the project's quantity reader (`reconcile/quantity.ts`); "€2.05bn" and "€2,050 million"
 *   are the same amount, "two" is 2; currency, unit and the qualifier's claim ("nearly", "more than")
 *   must agree; any other digits (a score, a code) must occur as written;
 * - dates: the NLP stage's resolver (`nlp/resolve-dates.ts`), both sides against the cited article's
 *   publication date; "in March" is grounded by "on March 3", never the reverse;
 * - names: the NLP stage's name finder (`nlp/find-mentions.ts`); a name's words must occur together in
 *   a passage, each the same folded word or a spelling variant of it (same phonetic key as
 *   `reconcile/name-key.ts` gives, at most two letters apart: "Zelenskiy" / "Zelensky"); any other
 *   capitalised word inside a sentence must occur in a passage too;
 * - quotes: words between quotation marks must be a passage's words, in order (punctuation aside);
 * - polarity: as many negations as the line's own passage (the first) has, no more, no fewer
 *   ("had not worked without a break" is not grounded by "had worked without a break").
 *
 * Pure; the sentence and each passage are read on their own (a passage is a cited range's text).
 */
import type { DateMention, Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { findMentions } from '../nlp/find-mentions.ts';
import { findDates, type ResolvedDates } from '../nlp/resolve-dates.ts';
import { splitSentences } from '../nlp/tokenize.ts';
import { phoneticKey } from '../reconcile/name-key.ts';
import {
  comparable,
  NUMBER_WORDS,
  type Quantity,
  readQuantities,
  sameAmount,
} from '../reconcile/quantity.ts';
import { fold, negationCount, qualifierClass } from '../text/index.ts';

/** A cited passage: the text of a cited range, and the publication date of its article (relative dates). */
export interface CitedPassage {
  text: string;
  published: string | null;
}

/** A text read once: its tokens, names, dates by publication date, quantities and folded words. */
interface Reading {
  text: string;
  tokens: Token[];
  sentenceStarts: Set<number>;
  names: Range[];
  quantities: Quantity[];
  words: string[];
}

/**
 * Why `sentence` is not grounded in `passages`, in words; null when it is.
 *
 * The first passage is the line's own: numbers, dates and negations are checked against it; names
 * and quotes against all of them.
 */
export function groundingProblem(sentence: string, passages: readonly CitedPassage[]): string | null {
  if (passages.length === 0) return 'no cited passage';
  const own = read(sentence);
  const sources = passages.map((p) => read(p.text));
  // The digits of a date ("April 7", "2031") are the date check's, not numbers.
  const found = datesOf(sentence, passages[0].published);
  const dates: Range[] = [...found.dates, ...found.unresolved];
  // Numbers and dates come from the line's own passage: another outlet's figure is its claim, not the line's.
  return (
    quantityProblem(own, sources.slice(0, 1), dates) ??
    dateProblem(found, passages[0]) ??
    digitProblem(own, sources.slice(0, 1), dates) ??
    nameProblem(own, sources, dates) ??
    quoteProblem(sentence, passages) ??
    polarityProblem(sentence, passages)
  );
}

function read(text: string): Reading {
  const { sentences, tokens } = splitSentences(text, [{ start: 0, end: text.length }]);
  return {
    text,
    tokens,
    sentenceStarts: new Set(sentences.map((s) => s.start)),
    names: findMentions(text, tokens),
    quantities: readQuantities(text),
    words: nameTokens(text),
  };
}

/** Folded words for name matching: possessives off, split at anything not a letter or digit. */
function nameTokens(text: string): string[] {
  return fold(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Each number of the sentence must stand for its own number of a passage: "two rifles and three boats"
 * rewritten "three rifles and three boats" needs two threes.
 */
function quantityProblem(own: Reading, sources: Reading[], dates: readonly Range[]): string | null {
  const pool = sources.flatMap((s) => s.quantities);
  const used = new Set<Quantity>();
  for (const q of own.quantities) {
    if (dates.some((d) => d.start <= q.numberStart && q.end <= d.end)) continue;
    const match = pool.find(
      (p) =>
        !used.has(p) &&
        comparable(q, p) &&
        sameAmount(q, p) &&
        qualifierClass(q.qualifier) === qualifierClass(p.qualifier),
    );
    if (!match) return `number "${own.text.slice(q.start, q.end)}" is not in the cited passages`;
    used.add(match);
  }
  return null;
}

/** The dates of a text resolved against `published`. */
function datesOf(text: string, published: string | null): ResolvedDates {
  const { sentences } = splitSentences(text, [{ start: 0, end: text.length }]);
  return findDates(text, sentences, published);
}

/**
 * Every date of the sentence, read against the passage's publication date, must be one of the
 * passage's dates or coarser than one; or be written with the same words as one of them ("in June":
 * tense may move a bare month's year). A relative date left unresolved must be written as in the passage.
 */
function dateProblem(own: ResolvedDates, passage: CitedPassage): string | null {
  const theirs = datesOf(passage.text, passage.published).dates;
  for (const d of own.dates) {
    if (theirs.some((e) => within(d, e) || dateWords(e.text) === dateWords(d.text))) continue;
    return `date "${d.text}" (${d.value}) is not in the cited passages`;
  }
  for (const u of own.unresolved)
    if (!dateWords(passage.text).includes(dateWords(u.text)))
      return `date "${u.text}" is not in the cited passages`;
  return null;
}

/** A date expression for comparison as written: folded, number words as digits ("five years ago" = "5 years ago"). */
function dateWords(text: string): string {
  return fold(text).replace(/\b[a-z]+\b/g, (w) => (w in NUMBER_WORDS ? String(NUMBER_WORDS[w]) : w));
}

/** True when date `d` says no more than `e`: the same value, or a coarser one containing it. */
function within(d: DateMention, e: DateMention): boolean {
  return e.value === d.value || e.value.startsWith(`${d.value}-`);
}

/** A run of letters and digits holding a digit, with inner separators ("9B", "1,250", "A-380" as "380"). */
const DIGIT_WORD = /[\p{L}\p{N}]*\p{N}(?:[.,]?[\p{L}\p{N}])*/gu;

function digitProblem(own: Reading, sources: Reading[], dates: readonly Range[]): string | null {
  const covered: Range[] = [...own.quantities, ...dates];
  const written = new Set(sources.flatMap((s) => s.text.match(DIGIT_WORD) ?? []));
  for (const m of own.text.matchAll(DIGIT_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some((r) => r.start <= start && end <= r.end)) continue;
    if (!written.has(m[0])) return `"${m[0]}" is not in the cited passages`;
  }
  return null;
}

/** True when two folded words are the same name part: equal, or a spelling variant (same phonetic key, ≤ 2 edits). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || /\p{N}/u.test(a + b)) return false;
  return phoneticKey(a) === phoneticKey(b) && editDistance(a, b) <= 2;
}

/** True when `name`'s words occur one after another in `words`. */
function occursIn(name: string[], words: string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++)
    if (name.every((w, k) => sameWord(w, words[i + k]))) return true;
  return false;
}

function nameProblem(own: Reading, sources: Reading[], dates: readonly Range[]): string | null {
  const inDate = (r: Range) => dates.some((d) => d.start <= r.start && r.end <= d.end);
  for (const m of own.names) {
    if (inDate(m)) continue;
    const written = own.text.slice(m.start, m.end);
    const words = nameTokens(written);
    if (words[0] === 'the' && words.length > 1) words.shift();
    if (words.length > 0 && !sources.some((s) => occursIn(words, s.words)))
      return `name "${written}" is not in the cited passages`;
  }
  // Capitalised words inside a sentence that the name finder left out are names too ("Vrelo", "UNESCO").
  for (const t of own.tokens) {
    const written = own.text.slice(t.start, t.end);
    if (!/^\p{Lu}/u.test(written) || written === 'I' || own.sentenceStarts.has(t.start)) continue;
    if (inDate(t) || own.names.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    if (/\p{N}/u.test(own.text.charAt(t.start - 1))) continue; // "9A": the digit check's
    const words = nameTokens(written);
    if (words.length > 0 && !sources.some((s) => occursIn(words, s.words)))
      return `name "${written}" is not in the cited passages`;
  }
  return null;
}

/** Words between quotation marks, straight or curly, of at least two words (a quote, not a 'term'). */
const QUOTED = /["“”]([^"“”]+)["“”]/g;

/** Folded words of a text joined by single spaces: quotes are compared by their words, not their punctuation. */
const wordLine = (text: string) => (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function quoteProblem(sentence: string, passages: readonly CitedPassage[]): string | null {
  const sources = passages.map((p) => wordLine(p.text));
  for (const m of sentence.matchAll(QUOTED)) {
    const words = wordLine(m[1]);
    if (words.includes(' ') && !sources.some((s) => ` ${s} `.includes(` ${words} `)))
      return `quote "${m[1].trim()}" is not verbatim in the cited passages`;
  }
  return null;
}

function polarityProblem(sentence: string, passages: readonly CitedPassage[]): string | null {
  const count = negationCount(sentence);
  const own = negationCount(passages[0].text);
  if (count > own) return 'it adds a negation its passage does not have';
  if (count < own) return "it drops its passage's negation";
  return null;
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
