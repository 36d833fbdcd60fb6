/**
 * Capitalised runs: the candidate names of a sentence (wink has no named-entity recogniser).
 *
 * A run is a sequence of capitalised word tokens separated by single spaces or glued by hyphens
 * ("ISIS-K", "Mehdi tahir-Zand"), joined across "of"/"for"/"the" when the part before ends with an
 * organisation cue, a title or a place head ("Ministry of Foreign Affairs", "Minister of Foreign Affairs",
 * "Gulf of Velm"), and across the apostrophe of a plural common noun ("Orwick Magistrates' Court").
 * Other possessives, punctuation and line breaks end a run. Sentence-initial words are names only when wink tags them PROPN, they are no
 * common sentence opener, their lower-case form is not used elsewhere in the text, and, when they are a
 * common English word (in wink's vocabulary), another capitalised word follows ("Trade Minister …").
 */
import type { Token } from '../model/annotations.ts';
import { CURRENCY_CODES } from '../text/index.ts';
import {
  CONNECTORS,
  MONTHS,
  NAME_PARTICLES,
  ORG_CUES,
  PLACE_OF_HEADS,
  SENTENCE_STARTERS,
  SERVICE_FIELDS,
  TITLE_DOMAINS,
  TITLE_HEADS,
  WEEKDAYS,
} from './data/lexicon.ts';
import { lookupPlace } from './gazetteer.ts';
import { isKnownWord } from './wink.ts';

/** A run: token indices `[first, last]` (inclusive) into the article's token list. */
export interface Run {
  first: number;
  last: number;
}

const CLOSED_CLASSES = new Set([
  'PRON',
  'DET',
  'ADP',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'SYM',
  'NUM',
]);

/** The lower-case form of a token without a trailing period ("Dr." → "dr"). */
export function bare(token: Token): string {
  return token.norm.replace(/\.$/, '');
}

/** True for a word token that starts with a capital letter ("Kabul", "U.S.", "ISIS"). */
export function isCapitalised(text: string, token: Token): boolean {
  return /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

/** True for an all-capitals word of two letters or more ("NATO", "U.S.", "ISIS"). */
export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d.&]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Lower-case forms of the tokens written in lower case somewhere in the text. */
export function lowercaseForms(text: string, tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(text[t.start])) out.add(t.norm);
  return out;
}

function isDateWord(token: Token): boolean {
  return MONTHS.has(bare(token)) || WEEKDAYS.has(bare(token));
}

/** Clock words: "PM" and time zones, read as names when they follow a time ("6: 07 PM GMT", "05. 51AM IST"). */
const CLOCK_WORDS = new Set(
  'am pm gmt utc ist est edt cst cdt mst mdt pst pdt bst cet cest eet eest msk jst kst hkt sgt aest aedt wib'.split(
    ' ',
  ),
);

/**
 * True for a clock word right after a time or another clock word, or a currency code right beside a
 * number: units of a figure, not names ("PM GMT", "IST MUMBAI", "USD").
 */
function unitOfFigure(text: string, tokens: Token[], i: number): boolean {
  const word = tokens[i].norm;
  const prev = tokens[i - 1];
  const before = prev && prev.sentence === tokens[i].sentence ? text.slice(prev.start, prev.end) : '';
  if (CLOCK_WORDS.has(word)) return /(?:\d|[ap]\.?m\.?)$/i.test(before);
  if (!CURRENCY_CODES.has(word.toUpperCase())) return false;
  const next = tokens[i + 1];
  return /\d$/.test(before) || (next !== undefined && /^\d/.test(text.slice(next.start, next.end)));
}

function eligible(text: string, tokens: Token[], i: number, initial: boolean, lower: Set<string>): boolean {
  const t = tokens[i];
  if (!isCapitalised(text, t) || isDateWord(t) || t.norm === 'i') return false;
  if (unitOfFigure(text, tokens, i)) return false;
  const word = text.slice(t.start, t.end);
  if (isAcronym(word)) return true;
  if (!initial) return !CLOSED_CLASSES.has(t.pos);
  if (lookupPlace(word) || TITLE_HEADS.has(bare(t))) return true;
  if (t.pos !== 'PROPN' || SENTENCE_STARTERS.has(t.norm) || lower.has(t.norm)) return false;
  // A common English word ("Talks", "Harvest") opens a name only when a capitalised word follows it,
  // or is glued to one by a hyphen ("Jean-Pierre").
  if (
    i + 2 < tokens.length &&
    adjacent(text, tokens, i, i + 2) === 'hyphen' &&
    isCapitalised(text, tokens[i + 2])
  )
    return true;
  if (!isKnownWord(t.norm)) return true;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    next.sentence === t.sentence &&
    isCapitalised(text, next) &&
    next.start - t.end === 1
  );
}

/**
 * True when a text writes its hyphens with a space on each side ("a 35 - year - old deputy", "anti -
 * piracy"), as tokenised corpora do: compounds of lower-case words spaced at least twice and more often
 * than glued. In such a text "Azm Al - Homoud" is one name; elsewhere a spaced hyphen is a dash.
 */
export function spacesHyphens(text: string): boolean {
  if (text === spacedMemo.text) return spacedMemo.spaced;
  const spaced = text.match(/[\p{Ll}\d] - \p{Ll}/gu)?.length ?? 0;
  const glued = text.match(/\p{Ll}-\p{Ll}/gu)?.length ?? 0;
  spacedMemo.text = text;
  spacedMemo.spaced = spaced >= 2 && spaced > glued;
  return spacedMemo.spaced;
}
const spacedMemo = { text: '', spaced: false };

/** True when tokens `a` and `b` (a < b) are separated only by spaces on one line, or glued by a hyphen. */
function adjacent(text: string, tokens: Token[], a: number, b: number): 'space' | 'hyphen' | null {
  const gap = text.slice(tokens[a].end, tokens[b].start);
  if (b === a + 1 && /^[ \t\u00a0]+$/.test(gap)) return 'space';
  if (b === a + 2 && tokens[a + 1].norm === '-' && (gap === '-' || (gap === ' - ' && spacesHyphens(text))))
    return 'hyphen';
  return null;
}

const OPENING_MARKS = new Set(['“', '"', '«', '‘', "'", '(', '[', '—', '–', ':']);

/** True for the first word of a sentence or of a quote (nothing but punctuation, or an opening mark, before it). */
function isInitial(text: string, tokens: Token[], i: number): boolean {
  // The apostrophe of a plural possessive ("Dockers' Union") opens nothing.
  const mark = tokens[i - 1];
  const glued = i > 1 && pluralPossessive(text, tokens, i - 2);
  if (i > 0 && mark.sentence === tokens[i].sentence && OPENING_MARKS.has(mark.norm) && !glued) return true;
  for (let j = i - 1; j >= 0 && tokens[j].sentence === tokens[i].sentence; j--) {
    if (tokens[j].pos !== 'PUNCT') return false;
  }
  return true;
}

/** Finds the capitalised runs of all sentences, in text order. */
export function findRuns(text: string, tokens: Token[], lower = lowercaseForms(text, tokens)): Run[] {
  const ok = tokens.map((_, i) => eligible(text, tokens, i, isInitial(text, tokens, i), lower));
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!ok[i]) {
      i++;
      continue;
    }
    const run: Run = { first: i, last: i };
    for (;;) {
      const next = extend(text, tokens, ok, run.last);
      if (next === null) break;
      run.last = next;
    }
    runs.push(run);
    i = run.last + 1;
  }
  return joinConjoinedOrgs(text, tokens, runs);
}

/**
 * Joins "A and B" into one organisation name when B ends with an organisation cue and either A is one
 * common English word ("Dock and Harbour Service"), A follows "the" and ends in a common word ("the Velm
 * Fire and Rescue Service"), A is a name and a public-service field ("Velm Fire and Rescue Service",
 * "Tarn Health and Safety Board": `SERVICE_FIELDS`), or an acronym in parentheses spells the initials
 * of the whole ("Harbour Fire and Rescue Service (HFRS)"). Two names ("Lina Moor and Coast Guard") stay
 * apart, and so does a left part that is itself an organisation ("Fire Service and Coast Guard").
 */
/** True when "(ACRONYM)" follows token `last` and spells the initials of the capitalised words from `first`. */
function spelledByAcronym(text: string, tokens: Token[], first: number, last: number): boolean {
  const acronym = /^\s?\((\p{Lu}{2,})\)/u.exec(text.slice(tokens[last].end))?.[1];
  if (!acronym) return false;
  const initials = tokens
    .slice(first, last + 1)
    .map((t) => text[t.start])
    .filter((c) => /\p{Lu}/u.test(c))
    .join('');
  return initials === acronym;
}

/**
 * "the Velm Competition and Consumer Authority": a left part of up to three words after "the", ending
 * in a common English word, opens one organisation name (a person's name is not written after "the").
 */
function afterArticle(tokens: Token[], prev: Run): boolean {
  const the = tokens[prev.first - 1];
  return (
    the !== undefined &&
    the.norm === 'the' &&
    the.sentence === tokens[prev.first].sentence &&
    prev.last - prev.first < 3 &&
    isKnownWord(bare(tokens[prev.last]))
  );
}

/** "Velm Fire": a name of two or three words whose last is a public-service field (`SERVICE_FIELDS`). */
function fieldOfService(tokens: Token[], prev: Run): boolean {
  return prev.last > prev.first && prev.last - prev.first < 3 && SERVICE_FIELDS.has(bare(tokens[prev.last]));
}

function joinConjoinedOrgs(text: string, tokens: Token[], runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    const and = run.first - 1;
    if (
      prev &&
      prev.last === and - 1 &&
      (tokens[and].norm === 'and' || tokens[and].norm === '&') &&
      tokens[prev.last].sentence === tokens[run.first].sentence &&
      adjacent(text, tokens, prev.last, and) &&
      adjacent(text, tokens, and, run.first) &&
      tokens.slice(run.first, run.last + 1).filter((t) => /\p{L}/u.test(t.norm)).length <= 3 &&
      ORG_CUES.has(bare(tokens[run.last])) &&
      !ORG_CUES.has(bare(tokens[prev.last])) &&
      ((prev.first === prev.last && isKnownWord(bare(tokens[prev.last]))) ||
        afterArticle(tokens, prev) ||
        fieldOfService(tokens, prev) ||
        spelledByAcronym(text, tokens, prev.first, run.last))
    ) {
      prev.last = run.last;
      continue;
    }
    out.push({ ...run });
  }
  return out;
}

/** Short words written after a capitalised word and a hyphen that make a compound, not a name ("Velm-led"). */
const COMPOUND_TAILS = new Set(
  'led run era made born wide held war type like free rich poor hit area zone day year old long only based bred'.split(
    ' ',
  ),
);

/** Prefixes written before a hyphen and a name that are not part of it ("anti-Velm", "ex-Minister"). */
const HYPHEN_PREFIXES = new Set(
  'anti pro non ex mid post pre pan trans sub neo semi multi inter intra co counter cross self all over under'.split(
    ' ',
  ),
);

/** True when token `i` is a plural common noun ("Magistrates", "Dockers") with an apostrophe glued after it. */
function pluralPossessive(text: string, tokens: Token[], i: number): boolean {
  const mark = tokens[i + 1];
  if (!mark || mark.start !== tokens[i].end || !/^['’]$/.test(text.slice(mark.start, mark.end))) return false;
  const word = bare(tokens[i]);
  return word.length > 3 && word.endsWith('s') && (isKnownWord(word) || isKnownWord(word.slice(0, -1)));
}

/** True when one space separates the apostrophe token `mark` from the next token. */
function adjacentAfterMark(text: string, tokens: Token[], mark: number): boolean {
  return /^[ \t\u00a0]$/.test(text.slice(tokens[mark].end, tokens[mark + 1].start));
}

/** The last token index the run can grow to from `last`, or null when it ends there. */
function extend(text: string, tokens: Token[], ok: boolean[], last: number): number | null {
  const same = (j: number) => j < tokens.length && tokens[j].sentence === tokens[last].sentence;
  for (const step of [1, 2]) {
    const j = last + step;
    if (same(j) && ok[j] && adjacent(text, tokens, last, j)) return j;
  }
  // "Orwick Magistrates' Court", "Velm Dockers' Union": a plural common noun's possessive mark goes on
  // a name; a person's ("James' Court") does not.
  const mark = last + 1;
  if (
    same(mark + 1) &&
    ok[mark + 1] &&
    pluralPossessive(text, tokens, last) &&
    adjacentAfterMark(text, tokens, mark)
  )
    return mark + 1;
  // "Mehdi tahir-Zand", "Omar al-Velmi": a lower-case part glued by a hyphen to a capitalised part
  // goes on a name; a prefix ("anti-Velm", "pro-Harven", "ex-Minister") does not.
  const low = last + 1;
  if (
    same(low + 2) &&
    ok[low + 2] &&
    adjacent(text, tokens, last, low) === 'space' &&
    adjacent(text, tokens, low, low + 2) === 'hyphen' &&
    /^\p{Ll}{2,}$/u.test(text.slice(tokens[low].start, tokens[low].end)) &&
    !HYPHEN_PREFIXES.has(tokens[low].norm) &&
    !isAcronym(text.slice(tokens[last].start, tokens[last].end))
  )
    return low + 2;
  const lastWord = text.slice(tokens[last].start, tokens[last].end);
  // "Kim Jong-un", "Ban Ki-moon": a short lower-case syllable glued by a hyphen after a short
  // capitalised part ends a name; a compound tail ("Velm-led", "Tarn-era") does not.
  const tail = last + 2;
  if (
    same(tail) &&
    adjacent(text, tokens, last, tail) === 'hyphen' &&
    /^\p{Ll}{2,4}$/u.test(text.slice(tokens[tail].start, tokens[tail].end)) &&
    !COMPOUND_TAILS.has(tokens[tail].norm) &&
    /^\p{Lu}\p{Ll}{1,4}$/u.test(lastWord)
  )
    return tail;
  // "Ludwig van Velm", "Omar bin Rashid": name particles written in lower case between two parts.
  let p = last + 1;
  while (same(p) && p - last <= 2 && NAME_PARTICLES.has(text.slice(tokens[p].start, tokens[p].end))) p++;
  if (
    p > last + 1 &&
    same(p) &&
    ok[p] &&
    isCapitalised(text, tokens[p]) &&
    !isAcronym(lastWord) &&
    tokens.slice(last, p).every((_, n) => adjacent(text, tokens, last + n, last + n + 1) === 'space')
  )
    return p;
  // Connectors: "Ministry of Foreign Affairs", "Minister of State", "Office of the Prosecutor",
  // "Gulf of Velm".
  const head = bare(tokens[last]);
  if (!ORG_CUES.has(head) && !TITLE_HEADS.has(head) && !PLACE_OF_HEADS.has(head)) return null;
  let j = last + 1;
  let prev = last;
  while (same(j) && CONNECTORS.has(tokens[j].norm) && adjacent(text, tokens, prev, j)) {
    prev = j;
    j++;
  }
  if (j === last + 1 || !same(j) || !ok[j] || !adjacent(text, tokens, prev, j)) return null;
  if (TITLE_HEADS.has(head) && !ORG_CUES.has(head) && !TITLE_DOMAINS.has(bare(tokens[j]))) return null;
  return j;
}
