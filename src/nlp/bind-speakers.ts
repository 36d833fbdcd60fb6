/**
 * Speakers of quotes: a reporting verb with its subject, after or before the quote in its sentence.
 *
 * Cascade, first match wins:
 * 1. after the closing mark: "…,” the ministry said." / "…,” said Lina Moor." / "…,” according to X."
 * 2. before the opening mark: "Lina Moor said: “…”" / "who confirmed to the agency, “Granted.”" /
 *    "described the plan as a «bold step»" (the subject of the last reporting verb before the quote);
 * 3. a quote after a colon in a sentence that opens with a person's name: that person;
 * 4. for a partial quote without a reporting verb: the sentence subject, when it holds a name.
 * A pronoun subject ("he", "she") is bound to the nearest person named before the quote within
 * `pronounLookbackSentences` (the first person of that sentence, its subject); "who" to the nearest person before it in the sentence; "it"/"they" to
 * the one organisation named in that window (not when two are, nor "they" when a person is). Anything
 * else leaves the speaker null: the speaker is never invented.
 */
import type { Mention, Quote, Sentence, Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { REPORTING_VERBS } from './data/lexicon.ts';
import type { QuoteSpan } from './find-quotes.ts';
import type { NlpOptions } from './options.ts';

/** What speaker binding reads: the text and its annotations so far. */
export interface SpeakerContext {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  spans: QuoteSpan[];
}

/** The speaker fields of a quote. `attribution` says which rule found the speaker. */
export type SpeakerFields = Pick<Quote, 'speaker' | 'speakerRange' | 'cue'> & { attribution?: string };

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM', 'PART']);
const SKIP_POS = new Set(['ADV', 'AUX']);
const PERSONAL = new Set(['he', 'she']);
/** Pronouns that may stand for an organisation. */
const IMPERSONAL = new Set(['it', 'they']);
const RELATIVE = new Set(['who', 'which', 'that']);
const QUOTE_MARKS = /^[“”«»"‘’']$/;

const isVerb = (t: Token) => REPORTING_VERBS.has(t.norm) && t.pos !== 'ADJ';
const isPunct = (t: Token) => t.pos === 'PUNCT' || t.pos === 'SYM';

/** Index of the first token that starts at or after `pos` (binary search; tokens are in text order). */
function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of the tokens inside `[from, to)` that are not inside a quote (marks included). */
function tokensIn(ctx: SpeakerContext, from: number, to: number): number[] {
  const out: number[] = [];
  const quoted = ctx.spans.filter((q) => q.open < to && q.close >= from);
  for (let i = firstTokenAt(ctx.tokens, from); i < ctx.tokens.length && ctx.tokens[i].end <= to; i++) {
    const t = ctx.tokens[i];
    if (!quoted.some((q) => t.start >= q.open && t.end <= q.close + 1)) out.push(i);
  }
  return out;
}

/** Resolves the noun phrase `[a, b]` (token indices) to a speaker: a name in it, a bound pronoun, or the phrase. */
function resolvePhrase(
  ctx: SpeakerContext,
  a: number,
  b: number,
  before: number,
  sentence: number,
  o: NlpOptions,
) {
  const { tokens, text } = ctx;
  const range: Range = { start: tokens[a].start, end: tokens[b].end };
  if (a === b && (PERSONAL.has(tokens[a].norm) || RELATIVE.has(tokens[a].norm))) {
    const relative = RELATIVE.has(tokens[a].norm);
    const floor = relative ? sentence : sentence - o.pronounLookbackSentences;
    const named = ctx.mentions.filter((m) => m.kind === 'person' && m.end <= before && m.sentence >= floor);
    // "who" is the nearest person; "he"/"she" the first person (the subject) of the nearest sentence
    // naming one, not a person named inside its apposition ("X, a descendant of Captain Y, …").
    const last = named[named.length - 1];
    const m = relative || !last ? last : named.find((x) => x.sentence === last.sentence);
    if (!m) return null;
    return {
      speaker: m.text,
      speakerRange: { start: m.start, end: m.end },
      how: relative ? 'relative-pronoun' : 'pronoun',
    };
  }
  if (a === b && IMPERSONAL.has(tokens[a].norm)) return bindToOrganization(ctx, a, before, sentence, o);
  if (tokens.slice(a, b + 1).every((t) => t.pos === 'PRON')) return null;
  const inside = ctx.mentions.filter((m) => m.start >= range.start && m.end <= range.end);
  const person = inside.find((m) => m.kind === 'person');
  if (person)
    return { speaker: person.text, speakerRange: { start: person.start, end: person.end }, how: 'name' };
  return { speaker: text.slice(range.start, range.end), speakerRange: range, how: 'phrase' };
}

/**
 * "it" / "they" bound to an organisation: only when the organisations named in the lookback window
 * (before the pronoun) are all one name and, for "they", no person is named there (clear, else null).
 */
function bindToOrganization(ctx: SpeakerContext, a: number, before: number, sentence: number, o: NlpOptions) {
  const floor = sentence - o.pronounLookbackSentences;
  const window = ctx.mentions.filter((m) => m.end <= before && m.sentence >= floor);
  const orgs = window.filter((m) => m.kind === 'organization');
  if (orgs.length === 0 || new Set(orgs.map((m) => m.text)).size > 1) return null;
  if (ctx.tokens[a].norm === 'they' && window.some((m) => m.kind === 'person')) return null;
  const m = orgs[orgs.length - 1];
  return { speaker: m.text, speakerRange: { start: m.start, end: m.end }, how: 'pronoun' };
}

/** The noun phrase ending at token `v - 1` (walking back over adverbs and auxiliaries), as `[a, b]`. */
function phraseBefore(tokens: Token[], idx: number[], v: number): [number, number] | null {
  let k = v - 1;
  while (k >= 0 && SKIP_POS.has(tokens[idx[k]].pos)) k--;
  const b = k;
  while (k >= 0 && (NP_POS.has(tokens[idx[k]].pos) || tokens[idx[k]].norm === '-')) {
    if (tokens[idx[k]].pos === 'PRON' && k < b) break;
    k--;
    if (k >= 0 && tokens[idx[k + 1]].pos === 'PRON') break;
  }
  return b > k ? [idx[k + 1], idx[b]] : null;
}

/** The noun phrase starting at token `v + 1` up to punctuation, as `[a, b]`. */
function phraseAfter(tokens: Token[], idx: number[], v: number): [number, number] | null {
  let k = v + 1;
  while (k < idx.length && NP_POS.has(tokens[idx[k]].pos)) k++;
  return k > v + 1 ? [idx[v + 1], idx[k - 1]] : null;
}

function fromAfter(ctx: SpeakerContext, span: QuoteSpan, o: NlpOptions): SpeakerFields | null {
  const { tokens } = ctx;
  const s = ctx.sentences.find((x) => span.close >= x.start && span.close < x.end);
  if (!s) return null;
  const next = ctx.spans.find((q) => q.open > span.close);
  const idx = tokensIn(ctx, span.close + 1, Math.min(s.end, next?.open ?? s.end)).slice(
    0,
    o.speakerWindowTokens,
  );
  let k = 0;
  while (k < idx.length && isPunct(tokens[idx[k]])) k++;
  if (tokens[idx[k]]?.norm === 'according' && tokens[idx[k + 1]]?.norm === 'to') {
    const np = phraseAfter(tokens, idx, k + 1);
    const r = np && resolvePhrase(ctx, np[0], np[1], span.open, s.index, o);
    return r && { ...pick(r), cue: 'according to', attribution: `after-quote:${r.how}` };
  }
  for (let v = k; v < idx.length; v++) {
    const t = tokens[idx[v]];
    if (isVerb(t)) {
      const np = v > k ? [idx[k], idx[v - 1]] : phraseAfter(tokens, idx, v);
      const r = np && resolvePhrase(ctx, np[0], np[1], span.open, s.index, o);
      return r && { ...pick(r), cue: ctx.text.slice(t.start, t.end), attribution: `after-quote:${r.how}` };
    }
    if (!NP_POS.has(t.pos)) return null;
  }
  return null;
}

function fromBefore(ctx: SpeakerContext, span: QuoteSpan, o: NlpOptions): SpeakerFields | null {
  const { tokens } = ctx;
  const s = ctx.sentences.find((x) => span.open >= x.start && span.open < x.end);
  if (!s) return null;
  const idx = tokensIn(ctx, s.start, span.open).filter((i) => !QUOTE_MARKS.test(tokens[i].norm));
  for (let v = idx.length - 1; v >= 0; v--) {
    const t = tokens[idx[v]];
    if (t.norm === 'according' && tokens[idx[v + 1]]?.norm === 'to') {
      const np = phraseAfter(tokens, idx, v + 1);
      const r = np && resolvePhrase(ctx, np[0], np[1], span.open, s.index, o);
      return r && { ...pick(r), cue: 'according to', attribution: `before-quote:${r.how}` };
    }
    if (!isVerb(t)) continue;
    const np = phraseBefore(tokens, idx, v);
    const r = np && resolvePhrase(ctx, np[0], np[1], t.start, s.index, o);
    return r && { ...pick(r), cue: ctx.text.slice(t.start, t.end), attribution: `before-quote:${r.how}` };
  }
  const opener = colonOpener(ctx, s, span);
  if (opener) return opener;
  const first = idx.findIndex((i) => tokens[i].pos === 'VERB');
  if (first < 1) return null;
  const np = phraseBefore(tokens, idx, first);
  const r = np && resolvePhrase(ctx, np[0], np[1], tokens[idx[first]].start, s.index, o);
  if (!r || r.how === 'phrase') return null;
  return { ...pick(r), attribution: `sentence-subject:${r.how}` };
}

/**
 * A quote opened right after a colon in a sentence that opens with a person's name: that person
 * ("Lina Moor, the harbour master, put it plainly: “…”"); the name must start the sentence, so a name
 * inside an apposition or an object never speaks.
 */
function colonOpener(ctx: SpeakerContext, s: Sentence, span: QuoteSpan): SpeakerFields | null {
  if (!/:\s*$/.test(ctx.text.slice(s.start, span.open))) return null;
  const m = ctx.mentions.find((x) => x.start >= s.start && x.start < span.open);
  if (m?.kind !== 'person' || ctx.text.slice(s.start, m.start).trim() !== '') return null;
  return {
    speaker: m.text,
    speakerRange: { start: m.start, end: m.end },
    attribution: 'colon:sentence-opener',
  };
}

function pick(r: { speaker: string; speakerRange: Range }): Pick<Quote, 'speaker' | 'speakerRange'> {
  return { speaker: r.speaker, speakerRange: r.speakerRange };
}

/** Finds the speaker of the quote `span`; `{ speaker: null }` when no rule applies. */
export function bindSpeaker(ctx: SpeakerContext, span: QuoteSpan, options: NlpOptions): SpeakerFields {
  return fromAfter(ctx, span, options) ?? fromBefore(ctx, span, options) ?? { speaker: null };
}
