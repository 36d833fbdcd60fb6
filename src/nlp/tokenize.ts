/**
 * Sentences and tokens: wink-nlp run paragraph by paragraph, with exact character offsets.
 *
 * wink reports token indices, not characters, so every token is located in the paragraph by searching
 * forward for its value; ranges are therefore exact (`text.slice(start, end)` is the token as written).
 * Sentences never cross paragraphs. wink's splits are then patched where it errs (`merge-sentences.ts`).
 */

import { nlp as nlpConfig } from '../config.ts';
import type { Sentence, Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { UNDECOMPOSED } from '../text/index.ts';
import { mergeSentences } from './merge-sentences.ts';
import { getWink } from './wink.ts';

/** Sentences and tokens of one text. */
export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

/** Token ranges of one paragraph with wink's POS tags, and wink's sentences as `[first, last]` token indices. */
interface ParagraphTokens {
  ranges: Range[];
  pos: string[];
  spans: Array<[number, number]>;
}

/**
 * The text with every Latin letter beyond Latin-1 replaced by one ASCII letter, keeping its length.
 *
 * wink's tokenizer cuts a word at letters such as the dotless ı, ş or ř ("Yıldırım" → "Y ı ld ı r ı m"),
 * which breaks names apart; reading the folded copy keeps such a word one token. Offsets stay exact
 * because every replaced letter is one UTF-16 unit and is replaced by one.
 */
export function foldForWink(text: string): string {
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (c) => {
    const base = UNDECOMPOSED[c] ?? c.normalize('NFD')[0];
    if (/^[A-Za-z]$/.test(base)) return base;
    return c === c.toLowerCase() ? 'a' : 'A';
  });
}

/**
 * The text with every run of more than `max` characters without whitespace blanked (spaces of the same
 * length): such a run is no word, and wink's token patterns take time growing with the square of a
 * token's length. Offsets stay exact; the run simply yields no tokens.
 */
export function blankLongRuns(text: string, max: number = nlpConfig.maxTokenChars): string {
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'g'), (run) => ' '.repeat(run.length));
}

function tokenizeParagraph(original: string, base: number): ParagraphTokens {
  const nlp = getWink();
  const its = nlp.its;
  const text = blankLongRuns(foldForWink(original));
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const ranges: Range[] = [];
  const keep: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = value ? text.indexOf(value, cursor) : -1;
    // wink keeps token values verbatim; a value it normalised cannot be placed and is dropped.
    if (at < 0 || text.slice(cursor, at).trim() !== '') continue;
    ranges.push({ start: base + at, end: base + at + value.length });
    keep.push(i);
    cursor = at + value.length;
  }
  const index = new Map(keep.map((original, k) => [original, k]));
  const spans: Array<[number, number]> = [];
  for (const span of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const [first, last] = span;
    let a = first;
    let b = last;
    while (a <= b && !index.has(a)) a++;
    while (b >= a && !index.has(b)) b--;
    if (a <= b) spans.push([index.get(a)!, index.get(b)!]);
  }
  return { ranges, pos: keep.map((i) => pos[i]), spans };
}

/**
 * Splits a text into sentences and tokens, paragraph by paragraph.
 *
 * `paragraphs` are ranges into `text` (an article's `paragraphs`); sentence ranges are trimmed (they run
 * from their first token to their last) and tokens carry their lower-cased form and wink's POS tag.
 */
export function splitSentences(text: string, paragraphs: Range[]): Tokenized {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((paragraph, p) => {
    const slice = text.slice(paragraph.start, paragraph.end);
    if (!slice.trim()) return;
    const { ranges, pos, spans } = tokenizeParagraph(slice, paragraph.start);
    for (const [first, last] of mergeSentences(text, ranges, spans)) {
      const index = sentences.length;
      sentences.push({ start: ranges[first].start, end: ranges[last].end, index, paragraph: p });
      for (let i = first; i <= last; i++) {
        const r = ranges[i];
        tokens.push({
          start: r.start,
          end: r.end,
          norm: text.slice(r.start, r.end).toLowerCase(),
          pos: pos[i],
          sentence: index,
        });
      }
    }
  });
  return { sentences, tokens };
}

/** Index of the first token that starts at or after `pos` (binary search; tokens are in text order). */
export function firstTokenAt(tokens: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
