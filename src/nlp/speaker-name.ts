/**
 * Speakers read from tokens: a name whole, or a noun phrase that can speak.
 *
 * - A name run is capitalised words, initials ("T. J."), hyphen parts ("Ki-moon", "al-Rashid") and the
 *   name particles between or before them ("van der", "bin", "de la"); a possessive ends it. Leading
 *   titles are stripped ("Detective Chief Inspector", "Chief Executive", "Dr."), so is everything up to
 *   the last title word ("Harbour Board Chair Ann Ode" → "Ann Ode").
 * - A phrase speaks when its head is a noun, it holds no digit, it is no time or date phrase and does not
 *   open with a preposition ("the ministry", "a police spokeswoman", "a close friend of the family").
 */
import type { Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import {
  MONTHS,
  NOT_NAMES,
  NAME_PARTICLES as PARTICLES,
  POST_NOMINALS,
  RANK_TITLES,
  TIME_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './data/lexicon.ts';

const word = (text: string, t: Token) => text.slice(t.start, t.end);
const bareLower = (s: string) => s.toLowerCase().replace(/\.$/, '');

/** True for a title word ("Minister", "Dr.", "Chief", "Inspector"), any case. */
export function isTitleWord(text: string, t: Token): boolean {
  const w = bareLower(word(text, t));
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || RANK_TITLES.has(w);
}

const isCap = (w: string) => /^\p{Lu}/u.test(w) && /\p{L}/u.test(w);
const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);
/** A hyphen glued to both neighbours ("Ki-moon"), no space either side. */
const glued = (tokens: Token[], i: number) =>
  i > 0 &&
  i + 1 < tokens.length &&
  tokens[i - 1].end === tokens[i].start &&
  tokens[i].end === tokens[i + 1].start;

/** A capitalised word that can be part of a name: no function word, weekday or dated month ("A." is an initial). */
function nameWord(text: string, tokens: Token[], i: number): boolean {
  const w = word(text, tokens[i]);
  const low = bareLower(w);
  if (/^\p{Lu}\.$/u.test(w)) return true;
  if (!isCap(w) || NOT_NAMES.has(low) || WEEKDAYS.has(low)) return false;
  return true;
}

/** A letters-after-a-name word ("Jr.", "MD", "PhD"): part of a name after it, never a name alone. */
const postNominal = (text: string, t: Token) => POST_NOMINALS.has(bareLower(word(text, t)));

/**
 * A capitalised word inside a sentence (not its first word) that the tagger may read as a verb or an
 * adverb: a surname such as "Manning", "Fanning" or "Felt" in "…,” Manning said".
 */
export function capitalisedInside(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.sentence === tokens[i].sentence && nameWord(text, tokens, i);
}

/** A sentence's first word is capitalised anyway: alone, a common word there is no name ("Officials said"). */
const commonOpener = (tokens: Token[], i: number) =>
  (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) && tokens[i].pos !== 'PROPN';

/**
 * The last name run inside tokens `[a, b]`, titles stripped, as token indices `[first, last]`; null
 * when the phrase holds none.
 */
export function nameRun(text: string, tokens: Token[], a: number, b: number): [number, number] | null {
  let best: [number, number] | null = null;
  let i = a;
  while (i <= b) {
    if (!nameWord(text, tokens, i) || postNominal(text, tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const n = j + 1;
      if (n > b) break;
      const nw = word(text, tokens[n]);
      if (/^['’]s$/i.test(nw)) break;
      if (nw === '-' && glued(tokens, n) && n + 1 <= b) {
        j = n + 1;
        continue;
      }
      if (nameWord(text, tokens, n)) {
        j = n;
        continue;
      }
      // particles: "van der Berg", "bin Rashid", "al-Rashid"
      let k = n;
      while (k <= b && PARTICLES.has(word(text, tokens[k]))) k++;
      if (k === n || k > b) break;
      if (isCap(word(text, tokens[k]))) j = k;
      else if (word(text, tokens[k]) === '-' && glued(tokens, k) && k + 1 <= b) j = k + 1;
      else break;
    }
    // A month or a sentence's common first word alone is no name ("in November", "Officials").
    if (j > i || !(MONTHS.has(bareLower(word(text, tokens[i]))) || commonOpener(tokens, i))) best = [i, j];
    i = j + 1;
  }
  if (!best) return null;
  return stripTitles(text, tokens, best);
}

/** Drops a run's leading titles: everything up to its last title word, when a name is left after it. */
function stripTitles(
  text: string,
  tokens: Token[],
  [first, last]: [number, number],
): [number, number] | null {
  let cut = first;
  for (let i = first; i <= last; i++) {
    const w = bareLower(word(text, tokens[i]));
    // A modifier cuts only before a title ("Deputy Minister"), never alone ("New York"); "-based" always.
    const modifierOnly = TITLE_MODIFIERS.has(w) && !TITLE_HEADS.has(w) && !RANK_TITLES.has(w);
    if (isTitleWord(text, tokens[i]) && !modifierOnly) cut = i + 1;
    if (w === 'based' && i > first && word(text, tokens[i - 1]) === '-') cut = i + 1;
  }
  while (cut <= last && (word(text, tokens[cut]) === '.' || word(text, tokens[cut]) === '-')) cut++;
  if (cut > last) return null;
  // A bare initial or a lone particle is no name.
  const words = tokens.slice(cut, last + 1).map((t) => word(text, t));
  if (words.every((w) => isInitial(w) || PARTICLES.has(w) || w === '-')) return null;
  return [cut, last];
}

/** True when tokens `[a, b]` can speak as a phrase: a noun head, no digit, no time phrase, no leading preposition. */
export function canSpeak(text: string, tokens: Token[], a: number, b: number): boolean {
  const head = tokens[b];
  // "the military", "the accused": an adjective after a determiner stands as a noun.
  const nominal = head.pos === 'ADJ' && b === a + 1 && tokens[a].pos === 'DET';
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !nominal) return false;
  if (b - a > 9 || tokens[a].pos === 'ADP' || (tokens[a].pos === 'NUM' && tokens[a].norm !== 'one'))
    return false;
  for (let i = a; i <= b; i++) {
    const w = bareLower(word(text, tokens[i]));
    if (/\d/.test(w) || TIME_WORDS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w)) return false;
  }
  return /^\p{Ll}/u.test(word(text, head)) || head.pos === 'PROPN';
}

/** The text range of tokens `[a, b]`. */
export function rangeOf(tokens: Token[], a: number, b: number): Range {
  return { start: tokens[a].start, end: tokens[b].end };
}
