/**
 * A theme's heading as a reader would write a subheading ("The search for survivors", "Regional
 * council", "Saltmarsh shares"): the noun chunk of its sentences that the most outlets of the theme
 * write and the rest of the story rarely does, headed by a common noun and kept with a prepositional
 * modifier ("for survivors") when that modifier too is shared. Its words are the words of one of the
 * theme's shown lines, so a reader finds the heading there. Null when no chunk qualifies (the caller
 * falls back to key phrases).
 */
import type { Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { fold, isStopword, stem } from '../text/index.ts';

/** One sentence of the story as the heading rule reads it: its text, tokens and the ranges to skip. */
export interface HeadingSentence {
  /** The article's text (tokens and ranges point into it). */
  text: string;
  tokens: readonly Token[];
  /** Names inside the sentence: a chunk never cuts through one, and a name is never a head. */
  names: readonly Range[];
  /** Date expressions inside the sentence ("Monday", "two years ago"): never part of a heading. */
  dates: readonly Range[];
}

/** A noun chunk of one sentence, keyed by its stemmed words. */
export interface Chunk {
  key: string;
  /** Where it is written: from its first word to its last. */
  start: number;
  end: number;
  /** Content words (prepositions not counted). */
  words: number;
  /** Stems of its content words. */
  stems: string[];
  /** True when it holds a prepositional modifier ("search for survivors"). */
  modified: boolean;
  /** True when the sentence writes "the" right before it. */
  definite: boolean;
}

/** A sentence's chunks with what the heading rule needs to know of it in its theme. */
export interface HeadingInput {
  text: string;
  chunks: readonly Chunk[];
  outlet: string;
  /** In the theme. */
  theme: boolean;
  /** One of the theme's shown lines (the heading's surface is taken from these). */
  shown: boolean;
  /** Stems of the sentence's content words. */
  stems: ReadonlySet<string>;
}

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Prepositions that attach a modifier a subheading keeps ("compensation for residents"). */
const PREPOSITIONS = new Set([
  'of',
  'for',
  'on',
  'over',
  'to',
  'in',
  'at',
  'from',
  'against',
  'after',
  'about',
]);
/** Words before a modifier's noun that leave it a chunk ("for the upper hamlets", "of its staff"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
/**
 * Nouns too light to head a subheading alone ("Number", "Place", "People", "Weeks", "First time"):
 * general English, they say what kind of thing or how long without saying which. A noun before them or
 * a modifier after them makes a heading ("Lot number", "Number of pens").
 */
const LIGHT_NOUNS = new Set(
  [
    'number',
    'place',
    'part',
    'time',
    'way',
    'lot',
    'kind',
    'type',
    'thing',
    'people',
    'side',
    'case',
    'fact',
    'group',
    'end',
    'area',
    'level',
    'rest',
    'day',
    'week',
    'month',
    'year',
    'hour',
    'minute',
    'night',
    'morning',
    'weekend',
    'afternoon',
    'evening',
    'percent',
    'cent',
  ].map(stem),
);
/** Day and month names: when, never what ("Friday night", "Robbers on Thursday"), even where no date is read. */
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** Longest pre-modified core, in words ("Teskaran farm groups"). */
const MAX_CORE = 3;
/** Longest modifier after the preposition, in words ("for the spillway gates repairs"). */
const MAX_OBJECT = 3;

const inside = (t: Range, rs: readonly Range[]) => rs.some((r) => r.start <= t.start && t.end <= r.end);
const cuts = (at: number, rs: readonly Range[]) => rs.some((r) => r.start < at && at < r.end);

/** A hyphen written with or without spaces around it ("free - trade", "free-trade"). */
const SPACED_HYPHEN = /\s*[-–]\s*/g;

/**
 * The tokens with each hyphenated compound of words joined into one token of its last word's part of
 * speech ("high - profile" as one adjective, "free - trade zone" a noun chunk of two), so that no
 * chunk starts with a compound's tail.
 */
function joinCompounds(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const letters = (t: Token | undefined) => t !== undefined && /^\p{L}/u.test(text.slice(t.start, t.end));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    if (/^[-–]$/.test(text.slice(t.start, t.end)) && letters(prev) && letters(tokens[i + 1])) {
      const next = tokens[i + 1];
      out[out.length - 1] = { ...next, start: prev.start };
      i++;
    } else out.push(t);
  }
  return out;
}

/** The noun chunks of a sentence: cores (modifiers + common noun) and cores with a prepositional modifier. */
export function headingChunks(s: HeadingSentence): Chunk[] {
  const { text } = s;
  const tokens = joinCompounds(text, s.tokens);
  const word = (t: Token) => fold(text.slice(t.start, t.end)).replace(SPACED_HYPHEN, '-');
  const usable = (t: Token) =>
    PHRASE_POS.has(t.pos) &&
    /^\p{L}[\p{L}'’\s–-]*$/u.test(text.slice(t.start, t.end)) &&
    !inside(t, s.dates) &&
    !DATE_WORDS.has(word(t));
  // A hyphen left between other tokens ("5 -magnitude quake", "ground-"): a run never
  // starts with the tail of a compound nor ends with its first part.
  const hyphen = (t: Token | undefined) => t !== undefined && /^[-–]$/.test(text.slice(t.start, t.end));
  const clean = (part: readonly Token[]) =>
    part.every((t) => {
      const w = word(t);
      return w.length >= 3 && !isStopword(w);
    });
  const out: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!usable(tokens[i]) || (i > 0 && usable(tokens[i - 1]))) continue;
    let e = i;
    while (e + 1 < tokens.length && usable(tokens[e + 1])) e++;
    if (hyphen(tokens[e + 1])) continue;
    const first = hyphen(tokens[i - 1]) ? i + 1 : i;
    const run = tokens.slice(first, e + 1);
    if (run.length === 0) continue;
    const modifier =
      run[run.length - 1].pos === 'NOUN' ? modifierAfter(s, tokens, e + 1, usable, clean) : null;
    // The chunk's head is the run's last word: a noun before it only modifies it ("council spokesman").
    const h = run.length - 1;
    const head = run[h];
    if (head.pos === 'NOUN' && !inside(head, s.names) && !cuts(head.end, s.names)) {
      for (let from = Math.max(0, h - MAX_CORE + 1); from <= h; from++) {
        const part = run.slice(from, h + 1);
        if (cuts(part[0].start, s.names) || !clean(part)) continue;
        const stems = part.map((t) => stem(word(t)));
        const light =
          LIGHT_NOUNS.has(stems[stems.length - 1]) && part.slice(0, -1).every((t) => t.pos === 'ADJ');
        const before = tokens[first + from - 1];
        const definite = before !== undefined && word(before) === 'the';
        const core = {
          key: stems.join(' '),
          start: part[0].start,
          end: head.end,
          words: part.length,
          stems,
          modified: false,
          definite,
        };
        if (!light) out.push(core);
        if (modifier)
          out.push({
            ...core,
            key: `${core.key} ${modifier.key}`,
            end: modifier.end,
            words: part.length + modifier.stems.length,
            stems: [...stems, ...modifier.stems],
            modified: true,
          });
      }
    }
  }
  return out;
}

/** The prepositional modifier written from token `at` ("for survivors", "of the upper hamlets"), or null. */
function modifierAfter(
  s: HeadingSentence,
  tokens: readonly Token[],
  at: number,
  usable: (t: Token) => boolean,
  clean: (part: readonly Token[]) => boolean,
): { key: string; end: number; stems: string[] } | null {
  const { text } = s;
  const prep = tokens[at];
  if (prep?.pos !== 'ADP') return null;
  const p = fold(text.slice(prep.start, prep.end));
  if (!PREPOSITIONS.has(p)) return null;
  let i = at + 1;
  if (tokens[i] && DETERMINERS.has(fold(text.slice(tokens[i].start, tokens[i].end)))) i++;
  let e = i;
  while (e < tokens.length && usable(tokens[e])) e++;
  // The whole object run, short enough to read as a modifier and ending in a noun.
  const object = tokens.slice(i, e);
  if (object.length === 0 || object.length > MAX_OBJECT || !clean(object)) return null;
  const last = object[object.length - 1];
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return null;
  if (cuts(last.end, s.names)) return null;
  const stems = object.map((t) => stem(fold(text.slice(t.start, t.end)).replace(SPACED_HYPHEN, '-')));
  return { key: [p, ...stems].join(' '), end: last.end, stems };
}

/**
 * The theme's heading: among chunks written by at least two of the theme's outlets and in one of its
 * shown lines, the one most frequent in the theme and rarest elsewhere (longer chunks name a theme
 * better than a lone noun), then shown with the modifiers its shown line writes around it whose every
 * word the theme's sentences of two outlets also use ("Saltmarsh shares", "compensation for
 * residents"). Null when none qualifies.
 */
export function themeHeading(sentences: readonly HeadingInput[]): string | null {
  const stats = new Map<string, { outlets: Set<string>; count: number; elsewhere: number; words: number }>();
  for (const s of sentences)
    for (const c of new Map(s.chunks.map((c) => [c.key, c])).values()) {
      let e = stats.get(c.key);
      if (!e) {
        e = { outlets: new Set(), count: 0, elsewhere: 0, words: c.words };
        stats.set(c.key, e);
      }
      if (s.theme) {
        e.outlets.add(s.outlet);
        e.count++;
      } else e.elsewhere++;
    }
  let best: { key: string; score: number } | null = null;
  for (const [key, e] of stats) {
    if (e.outlets.size < 2 || !sentences.some((s) => s.shown && s.chunks.some((c) => c.key === key)))
      continue;
    const score = (e.count / (1 + e.elsewhere)) * Math.min(e.words, 3);
    if (!best || score > best.score || (score === best.score && key.length > best.key.length))
      best = { key, score };
  }
  if (!best) return null;
  const key = best.key;
  // Words the theme's sentences of two outlets or more use.
  const outletsOf = new Map<string, Set<string>>();
  for (const s of sentences)
    if (s.theme)
      for (const w of s.stems) {
        const set = outletsOf.get(w) ?? new Set<string>();
        set.add(s.outlet);
        outletsOf.set(w, set);
      }
  // A compound's stem ("high-profil") is shared when each of its parts is.
  const shared = (w: string) => w.split('-').every((part) => (outletsOf.get(part)?.size ?? 0) >= 2);
  let shown: { text: string; chunk: Chunk } | null = null;
  for (const s of sentences) {
    if (!s.shown) continue;
    const at = s.chunks.find((c) => c.key === key);
    if (!at) continue;
    for (const c of s.chunks)
      if (
        c.start <= at.start &&
        at.end <= c.end &&
        (c === at || c.stems.every(shared)) &&
        (!shown || c.words > shown.chunk.words)
      )
        shown = { text: s.text, chunk: c };
  }
  if (!shown) return null;
  const { text, chunk } = shown;
  const surface = text.slice(chunk.start, chunk.end).replace(SPACED_HYPHEN, '-').replace(/\s+/g, ' ');
  const phrase = chunk.modified && chunk.definite ? `the ${surface}` : surface;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
