/**
 * Speakers of quotes: a reporting verb with its subject, after or before the quote in its sentence.
 *
 * Cascade, first match wins:
 * 0. words that give the quote to someone else or to no one: "Ode's promise of “…”", "quoted Ode as
 *    saying “…”", "in Ode's words, “…”" (that person); a title or slogan ("singing “…”", "a banner
 *    reading “…”") has no speaker;
 * 1. after the closing mark: "…,” the ministry said." / "…,” said Lina Moor." / "…,” according to X." /
 *    "…,” Lina Moor, the harbour master, said." / "…,” said the guild's secretary, Lina Moor." /
 *    "“…” — Lina Moor"; "…,” Lina Moor, the harbour master." (a full name with no verb after it);
 *    never after a quote that ends its sentence with a full stop;
 * 2. a line that opens with a name and a colon (interview and list shape): "Lina Moor: “…”";
 * 3. before the opening mark: "Lina Moor said: “…”" / "Lina Moor, the harbour master, said: “…”" /
 *    "described the plan as a «bold step»" (the subject of the last reporting verb before the quote);
 * 4. a quote after a colon in a sentence that opens with a person's name: that person;
 * 5. for a partial quote without a reporting verb: the sentence subject, when it is a name and no
 *    other person is named between it and the quote.
 * Words in quotes that are a title, a nickname or a label ("Night Shift", "The Chin") have no speaker.
 * An outlet or a document relaying words ("…,” the Courier wrote") gives way to the one the text says
 * spoke them ("X told her, “…”"); "…,” the Gazette quoted X as saying" is X's. An -ing reporting verb
 * after another verb's object ("downplayed the protest saying “…”"), or a verb joined by "and/then/but"
 * without its own subject, takes the subject of the clause it goes on from.
 * A speaker is a name whole ("Ban Ki-moon", "T. J. Ode", "Jan van der Berg", "Ann Ode Jr.", titles
 * stripped) or a phrase that can speak (`canSpeak`; "a spokesperson for Norlink"; "Analyst X of Y in
 * Z" is X); never a function word, a number, a time phrase ("Ode Monday" is Ode), a post-nominal
 * ("MD") or a place taken for a person.
 * A definite role ("…,” said the Navy chief") after a sentence that names its speaker ("Admiral Ode had
 * declared that …") is that person (`find-quotes.ts`, with `definiteRole` and `leadIn`).
 * A pronoun subject ("he", "she") is bound to the person named in the nearest sentence before the
 * quote (within `pronounLookbackSentences`, names inside quotes left out): the one person named there,
 * or the one that opens it; when it names several and none opens it, no speaker. "who" is the nearest
 * person before it in the sentence; "it"/"they" the one organisation named in the window (not when
 * two are, nor "they" when a person is). Anything else leaves the speaker null: it is never invented.
 */
import type { Mention, Quote, Sentence, Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import {
  MONTHS,
  NAME_PARTICLES,
  NAMING_CUES,
  ORG_CUES,
  REPORTING_VERBS,
  TIME_WORDS,
  WEEKDAYS,
} from './data/lexicon.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { lookupPlace } from './gazetteer.ts';
import type { NlpOptions } from './options.ts';
import { canSpeak, capitalisedInside, isTitleWord, nameRun, rangeOf } from './speaker-name.ts';
import { firstTokenAt } from './tokenize.ts';

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

interface Resolved {
  speaker: string;
  speakerRange: Range;
  how: string;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM', 'PART', 'X']);
const SKIP_POS = new Set(['ADV', 'AUX']);
const PERSONAL = new Set(['he', 'she']);
/** Pronouns that may stand for an organisation. */
const IMPERSONAL = new Set(['it', 'they']);
const RELATIVE = new Set(['who', 'which', 'that']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const QUOTE_MARKS = /^[“”«»"‘’']$/;
/** A reporting verb used as a verb ("a distress call" is a noun). */
const isVerb = (t: Token) =>
  REPORTING_VERBS.has(t.norm) && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN';
/** A quote followed by this was written, not said. */
const WRITTEN =
  /^["”’»]?\s*(was|were|had been)\s+(written|painted|scrawled|sprayed|inscribed|engraved|printed)\b/;
const isPunct = (t: Token) => t.pos === 'PUNCT' || t.pos === 'SYM';
/**
 * A token of a noun phrase: a noun-ish word, a hyphen, the part glued after a hyphen ("Ki-moon": "moon"
 * may be tagged a verb), or a capitalised word inside the sentence that is no reporting verb ("Manning",
 * "Felt": surnames the tagger reads as verbs).
 */
const inPhrase = (text: string, tokens: Token[], i: number) =>
  NP_POS.has(tokens[i].pos) ||
  tokens[i].norm === '-' ||
  (i > 0 && tokens[i - 1].norm === '-' && tokens[i - 1].end === tokens[i].start) ||
  (!REPORTING_VERBS.has(tokens[i].norm) && capitalisedInside(text, tokens, i));
/** A word of a time phrase ("Monday", "yesterday", "last week"). */
const isTimeWord = (t: Token) => {
  const w = t.norm.replace(/\.$/, '');
  return TIME_WORDS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w);
};
/** Prepositions a speaker phrase may hold after its head ("a spokesman for X", "the prosecutor in the Y case"). */
const PHRASE_PREPS = /^(of|for|in|at|from|with)$/;

const inQuote = (ctx: SpeakerContext, start: number, end: number) =>
  ctx.spans.some((q) => start >= q.open && end <= q.close + 1);

/** Indices of the tokens inside `[from, to)` that are not inside a quote (marks included). */
function tokensIn(ctx: SpeakerContext, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstTokenAt(ctx.tokens, from); i < ctx.tokens.length && ctx.tokens[i].end <= to; i++) {
    const t = ctx.tokens[i];
    if (!inQuote(ctx, t.start, t.end)) out.push(i);
  }
  return out;
}

/** A person named outside quotes: a person mention, or a run that opens with a title ("Inspector T. J. Ode"). */
function persons(ctx: SpeakerContext, from: number, to: number): Resolved[] {
  const out: Resolved[] = [];
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > to || inQuote(ctx, m.start, m.end)) continue;
    if (m.kind !== 'person' && m.kind !== 'other') continue;
    const a = firstTokenAt(ctx.tokens, m.start);
    let b = a;
    while (b + 1 < ctx.tokens.length && ctx.tokens[b + 1].end <= m.end) b++;
    // A hyphen part the mention left out ("Ban Ki" of "Ban Ki-moon").
    const t = ctx.tokens;
    if (
      b + 2 < t.length &&
      t[b + 1].norm === '-' &&
      t[b].end === t[b + 1].start &&
      t[b + 1].end === t[b + 2].start
    )
      b += 2;
    // Particles and the capitalised part after them ("Ilan" of "Ilan de Vries").
    let p = b + 1;
    while (
      p < t.length &&
      t[p].sentence === t[b].sentence &&
      NAME_PARTICLES.has(ctx.text.slice(t[p].start, t[p].end))
    )
      p++;
    if (p > b + 1 && p < t.length && /^\p{Lu}/u.test(ctx.text[t[p].start]) && t[p].sentence === t[b].sentence)
      b = p;
    const run = nameRun(ctx.text, ctx.tokens, a, b);
    if (!run) continue;
    // A place the tagger took for a person ("Santa Rosa") speaks for no one.
    if (lookupPlace(ctx.text.slice(t[run[0]].start, t[run[1]].end))) continue;
    if (m.kind === 'other' && !(run[0] > a && isTitleWord(ctx.text, ctx.tokens[run[0] - 1]))) continue;
    const r = rangeOf(ctx.tokens, run[0], run[1]);
    out.push({ speaker: ctx.text.slice(r.start, r.end), speakerRange: r, how: 'name' });
  }
  return out;
}

const surname = (name: string) => name.split(/\s+/).pop()?.toLowerCase() ?? '';

/** "he"/"she": the person of the nearest sentence before `before` that names one, when that is clear. */
function bindPersonal(ctx: SpeakerContext, before: number, sentence: number, o: NlpOptions): Resolved | null {
  for (let s = sentence; s >= Math.max(0, sentence - o.pronounLookbackSentences); s--) {
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const named = persons(ctx, sent.start, Math.min(sent.end, before));
    if (named.length === 0) {
      // "A police spokeswoman said …. She added: “…”": the role that reported, when it is one.
      const role = s < sentence ? reportingSubject(ctx, s, o, false) : null;
      if (
        role?.how === 'phrase' &&
        !ORG_CUES.has(
          ctx.text.slice(role.speakerRange.start, role.speakerRange.end).split(/\s+/).pop()?.toLowerCase() ??
            '',
        )
      )
        return { ...role, how: 'pronoun' };
      // A sentence that reports someone unnamed ("a haulier … said he …") ends the search: no speaker.
      if (s < sentence && tokensIn(ctx, sent.start, sent.end).some((i) => isVerb(ctx.tokens[i]))) return null;
      continue;
    }
    const distinct = new Set(named.map((p) => surname(p.speaker)));
    // "Asked whether Lomax could have been saved, Ruel said …. “…,” he said": of several people named,
    // the one who speaks in that sentence is the one "he" goes on from.
    if (distinct.size > 1 && s < sentence) {
      const speaking = named.filter((p) => {
        const next = ctx.tokens[firstTokenAt(ctx.tokens, p.speakerRange.end)];
        return next !== undefined && next.sentence === s && isVerb(next);
      });
      if (new Set(speaking.map((p) => surname(p.speaker))).size === 1)
        return { ...speaking[0], how: 'pronoun' };
    }
    const opener = ctx.text.slice(sent.start, named[0].speakerRange.start);
    // The subject opens the sentence (after a title or a lower-case role at most).
    const opens = /^[\s"“]*([\p{L}.'’-]+\s+){0,4}$/u.test(opener) && !/[,;:]/.test(opener);
    if (distinct.size > 1 && !opens) return null;
    return { ...named[0], how: 'pronoun' };
  }
  return null;
}

/** Resolves the noun phrase `[a, b]` (token indices) to a speaker: a name in it, a bound pronoun, or the phrase. */
function resolvePhrase(
  ctx: SpeakerContext,
  a: number,
  b: number,
  before: number,
  sentence: number,
  o: NlpOptions,
): Resolved | null {
  const { tokens, text } = ctx;
  if (a === b && PERSONAL.has(tokens[a].norm)) return bindPersonal(ctx, before, sentence, o);
  if (a === b && RELATIVE.has(tokens[a].norm)) {
    const s = ctx.sentences[sentence];
    const named = s ? persons(ctx, s.start, before) : [];
    const m = named[named.length - 1];
    return m ? { ...m, how: 'relative-pronoun' } : null;
  }
  if (a === b && IMPERSONAL.has(tokens[a].norm)) return bindToOrganization(ctx, a, before, sentence, o);
  if (tokens.slice(a, b + 1).some((t) => t.pos === 'PRON' && !POSSESSIVE.has(t.norm))) return null;
  const run = nameRun(text, tokens, a, b);
  // "a spokesman for Waitrose", "a friend of the family": a lower-case noun before "of"/"for" heads it;
  // "Analyst Rob Kessel of Kessel Partners in Palo Alto": the name before the preposition speaks.
  const of = tokens.slice(a, b + 1).findIndex((t) => PHRASE_PREPS.test(t.norm));
  const head = of > 0 ? nameRun(text, tokens, a, a + of - 1) : null;
  if (head && head[1] === a + of - 1) {
    const r = rangeOf(tokens, head[0], head[1]);
    return { speaker: text.slice(r.start, r.end), speakerRange: r, how: 'name' };
  }
  const headed = of > 0 && tokens.slice(a, a + of).some((t) => t.pos === 'NOUN');
  if (headed) return canSpeak(text, tokens, a, a + of - 1) ? phrase(tokens, text, a, b) : null;
  // The name is the speaker when it heads the phrase ("coach Mirela Santangelo", not "a Waitrose spokesman").
  if (run && run[1] === b) {
    const r = rangeOf(tokens, run[0], run[1]);
    return { speaker: text.slice(r.start, r.end), speakerRange: r, how: 'name' };
  }
  if (!canSpeak(text, tokens, a, b) && !isTitleWord(text, tokens[b])) return null;
  return phrase(tokens, text, a, b);
}

function phrase(tokens: Token[], text: string, a: number, b: number): Resolved {
  const range = rangeOf(tokens, a, b);
  return { speaker: text.slice(range.start, range.end), speakerRange: range, how: 'phrase' };
}

/**
 * "it" / "they" bound to an organisation: only when the organisations named in the lookback window
 * (before the pronoun) are all one name and, for "they", no person is named there (clear, else null).
 */
function bindToOrganization(ctx: SpeakerContext, a: number, before: number, sentence: number, o: NlpOptions) {
  const floor = sentence - o.pronounLookbackSentences;
  const window = ctx.mentions.filter(
    (m) => m.end <= before && m.sentence >= floor && !inQuote(ctx, m.start, m.end),
  );
  const orgs = window.filter((m) => m.kind === 'organization');
  if (orgs.length === 0 || new Set(orgs.map((m) => m.text)).size > 1) return null;
  if (ctx.tokens[a].norm === 'they' && window.some((m) => m.kind === 'person')) return null;
  const m = orgs[orgs.length - 1];
  return { speaker: m.text, speakerRange: { start: m.start, end: m.end }, how: 'pronoun' };
}

/**
 * The noun phrase ending at token `v - 1`, as `[a, b]`: walking back over adverbs and auxiliaries, a
 * time phrase ("Ode on Tuesday recalled", "Ode yesterday said"), and a preposition after a noun inside
 * it ("a close friend of the family", "the prosecutor in the Costello case").
 */
function phraseBefore(text: string, tokens: Token[], idx: number[], v: number): [number, number] | null {
  let k = v - 1;
  while (k >= 0 && SKIP_POS.has(tokens[idx[k]].pos)) k--;
  // A time phrase before the verb is no part of the subject: "on Tuesday", "early Friday", "yesterday".
  let t = k;
  while (t >= 0 && (isTimeWord(tokens[idx[t]]) || /^(early|late|last|this)$/.test(tokens[idx[t]].norm))) t--;
  if (t < k && t >= 0 && /^(on|at|in)$/.test(tokens[idx[t]].norm)) t--;
  if (t < k && t >= 0 && inPhrase(text, tokens, idx[t]) && !isTimeWord(tokens[idx[t]])) k = t;
  const b = k;
  for (;;) {
    while (k >= 0 && inPhrase(text, tokens, idx[k])) {
      // "her daughter": a possessive opens the phrase; another pronoun ends it.
      if (tokens[idx[k]].pos === 'PRON' && k < b && !POSSESSIVE.has(tokens[idx[k]].norm)) break;
      if (tokens[idx[k]].pos === 'PRON' && k < b) {
        k--;
        break;
      }
      k--;
      if (k >= 0 && tokens[idx[k + 1]].pos === 'PRON') break;
    }
    const before = k > 0 ? tokens[idx[k - 1]] : null;
    if (
      before &&
      k < b &&
      PHRASE_PREPS.test(tokens[idx[k]].norm) &&
      (before.pos === 'NOUN' || before.pos === 'PROPN')
    ) {
      k--;
      continue;
    }
    break;
  }
  return b > k ? [idx[k + 1], idx[b]] : null;
}

/** A past participle used as an adjective inside a phrase ("organized" of "organized crime detective"). */
const participle = (tokens: Token[], idx: number[], k: number) =>
  tokens[idx[k]].pos === 'VERB' &&
  /ed$/.test(tokens[idx[k]].norm) &&
  !REPORTING_VERBS.has(tokens[idx[k]].norm) &&
  (tokens[idx[k + 1]]?.pos === 'NOUN' || tokens[idx[k + 1]]?.pos === 'ADJ');

/**
 * The noun phrase starting at token `v + 1` up to punctuation, as `[a, b]`: over "of"/"for" after a
 * lower-case noun ("a spokesperson for Norlink"), without a time word at its end ("Joe Coffey Monday").
 */
function phraseAfter(text: string, tokens: Token[], idx: number[], v: number): [number, number] | null {
  let k = v + 1;
  for (;;) {
    while (k < idx.length && (inPhrase(text, tokens, idx[k]) || participle(tokens, idx, k))) k++;
    const prev = tokens[idx[k - 1]];
    if (k > v + 1 && k + 1 < idx.length && /^(of|for)$/.test(tokens[idx[k]]?.norm) && prev.pos === 'NOUN') {
      k++;
      continue;
    }
    break;
  }
  while (k > v + 1 && (tokens[idx[k - 1]].norm === '-' || isTimeWord(tokens[idx[k - 1]]))) k--;
  while (k > v + 1 && /^(of|for)$/.test(tokens[idx[k - 1]].norm)) k--;
  return k > v + 1 ? [idx[v + 1], idx[k - 1]] : null;
}

/** The name in apposition after a role: ", Lina Moor" at `idx[at]` (ending at `idx[end]` when given). */
function appositionName(ctx: SpeakerContext, idx: number[], at: number, end?: number): Resolved | null {
  const { tokens, text } = ctx;
  if (tokens[idx[at]]?.norm !== ',') return null;
  const np = phraseAfter(ctx.text, tokens, idx, at);
  if (!np || (end !== undefined && np[1] !== idx[end])) return null;
  const run = nameRun(text, tokens, np[0], np[1]);
  if (!run || run[0] !== np[0] || run[1] !== np[1]) return null;
  const r = rangeOf(tokens, run[0], run[1]);
  return { speaker: text.slice(r.start, r.end), speakerRange: r, how: 'name' };
}

const fields = (r: Resolved, cue: string | undefined, where: string): SpeakerFields => ({
  speaker: r.speaker,
  speakerRange: r.speakerRange,
  ...(cue !== undefined && { cue }),
  attribution: `${where}:${r.how}`,
});

function fromAfter(ctx: SpeakerContext, span: QuoteSpan, o: NlpOptions): SpeakerFields | null {
  const { tokens, text } = ctx;
  // A quote that ends its sentence with a full stop is not attributed by what follows it.
  // ("…after 6 p.m.,” Ode said" hands over with its comma: the stop is an abbreviation's.)
  const handsOver =
    /,\s*$/.test(text.slice(span.start, span.close)) || /^\s*[,;]/.test(text.slice(span.close + 1));
  if (/\.$/.test(text.slice(span.start, span.end)) && !handsOver) {
    return dashed(ctx, span);
  }
  const s = ctx.sentences.find((x) => span.close >= x.start && span.close < x.end);
  if (!s) return dashed(ctx, span);
  const next = ctx.spans.find((q) => q.open > span.close);
  const idx = tokensIn(ctx, span.close + 1, Math.min(s.end, next?.open ?? s.end)).slice(
    0,
    o.speakerWindowTokens + 12,
  );
  let k = 0;
  while (k < idx.length && isPunct(tokens[idx[k]])) k++;
  if (tokens[idx[k]]?.norm === 'according' && tokens[idx[k + 1]]?.norm === 'to') {
    const np = phraseAfter(ctx.text, tokens, idx, k + 1);
    const r = np && resolvePhrase(ctx, np[0], np[1], span.open, s.index, o);
    return r && fields(r, 'according to', 'after-quote');
  }
  for (let v = k; v < idx.length; v++) {
    const t = tokens[idx[v]];
    if ((isVerb(t) || verbAtEnd(tokens, idx, v)) && !(v > k && tokens[idx[v] - 1].norm === '-')) {
      const cue = text.slice(t.start, t.end);
      if (v === k) {
        const np = phraseAfter(ctx.text, tokens, idx, v);
        if (!np) return null;
        const named = appositionName(ctx, idx, idx.indexOf(np[1]) + 1);
        const r = resolvePhrase(ctx, np[0], np[1], span.open, s.index, o);
        const pick = r?.how === 'phrase' && named ? named : r;
        return pick && fields(pick, cue, 'after-quote');
      }
      // "…,” the Gazette quoted dock worker Tamsin Roe as saying": the one quoted speaks.
      const as = idx.findIndex((i, j) => j > v && j - v <= 8 && tokens[i].norm === 'as');
      if (/^(quot|cit)/.test(t.norm) && as > v + 1 && /^say(ing)?$/.test(tokens[idx[as + 1]]?.norm ?? '')) {
        const r = resolvePhrase(ctx, idx[v + 1], idx[as - 1], span.open, s.index, o);
        return r && fields(r, cue, 'quoted-as-saying');
      }
      let b = v - 1;
      while (b > k && SKIP_POS.has(tokens[idx[b]].pos)) b--;
      const r = resolvePhrase(ctx, idx[k], idx[b], span.open, s.index, o);
      return r && fields(r, cue, 'after-quote');
    }
    if (t.norm === ',' && v > k) return apposed(ctx, idx, k, v, span, s, o);
    if (!inPhrase(ctx.text, tokens, idx[v]) && t.norm !== 'of' && t.norm !== 'for' && !SKIP_POS.has(t.pos))
      return null;
    if (wordsBetween(tokens, idx, k, v) >= o.speakerWindowTokens) return null;
  }
  return dashed(ctx, span);
}

/**
 * "…,” the records state.": a present-tense reporting verb after a plural noun, ending the sentence, that
 * the tagger read as a noun ("state", "note").
 */
function verbAtEnd(tokens: Token[], idx: number[], v: number): boolean {
  const t = tokens[idx[v]];
  const prev = tokens[idx[v - 1]];
  const next = tokens[idx[v] + 1];
  return (
    REPORTING_VERBS.has(t.norm) &&
    t.pos === 'NOUN' &&
    prev?.pos === 'NOUN' &&
    /[^s]s$/.test(prev.norm) &&
    (next === undefined || next.sentence !== t.sentence || /^[.!?]$/.test(next.norm))
  );
}

/**
 * Words among `idx[k..v]`: a hyphenated compound is one word ("33-year-old"), a possessive "'s" none,
 * so a long subject such as "the 33-year-old actress's rep Jack Ketsoyan" fits the speaker window.
 */
function wordsBetween(tokens: Token[], idx: number[], k: number, v: number): number {
  let n = 0;
  for (let j = k; j <= v; j++) {
    const t = tokens[idx[j]];
    const prev = tokens[idx[j] - 1];
    const glued = prev && prev.norm === '-' && prev.end === t.start;
    if (t.norm === '-' || glued || /^['’]s?$/.test(t.norm)) continue;
    n++;
  }
  return n;
}

/**
 * "…,” SUBJECT, APPOSITION, said": the apposition runs to the comma before the reporting verb (it may
 * hold commas itself). A role subject with a name in apposition ("the governor of the province, Ann
 * Ode, said") speaks as the name.
 */
function apposed(
  ctx: SpeakerContext,
  idx: number[],
  k: number,
  comma: number,
  span: QuoteSpan,
  s: Sentence,
  o: NlpOptions,
): SpeakerFields | null {
  const { tokens, text } = ctx;
  for (let c = comma + 1; c < idx.length && c - comma <= 16; c++) {
    if (tokens[idx[c]].norm !== ',') continue;
    let v = c + 1;
    while (v < idx.length && SKIP_POS.has(tokens[idx[v]].pos)) v++;
    if (v >= idx.length || !isVerb(tokens[idx[v]])) continue;
    const named = appositionName(ctx, idx, comma, c - 1);
    const r = resolvePhrase(ctx, idx[k], idx[comma - 1], span.open, s.index, o);
    const pick = (!r || r.how === 'phrase') && named ? named : r;
    const cue = text.slice(tokens[idx[v]].start, tokens[idx[v]].end);
    return pick && fields(pick, cue, 'after-quote');
  }
  return verbless(ctx, idx, k, comma, s);
}

/**
 * "…,” Ann Ode, head of the dockers' guild in Velm." — copy that lost its verb: a person's full name
 * (a person mention of two words or more) right after the quote, then an apposition to the sentence end
 * with no verb in it, speaks.
 */
function verbless(
  ctx: SpeakerContext,
  idx: number[],
  k: number,
  comma: number,
  s: Sentence,
): SpeakerFields | null {
  const { tokens, text } = ctx;
  if (idx.slice(comma + 1).some((i) => tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX')) return null;
  if (idx.length && tokens[idx[idx.length - 1]].end < s.end - 1) return null;
  const r = rangeOf(tokens, idx[k], idx[comma - 1]);
  const named = ctx.mentions.some(
    (m) => m.kind === 'person' && m.start === r.start && m.end === r.end && /\s/.test(m.text),
  );
  if (!named) return null;
  return { speaker: text.slice(r.start, r.end), speakerRange: r, attribution: 'after-quote-verbless:name' };
}

/** "“…” — Lina Moor" (a quote list's attribution line). */
function dashed(ctx: SpeakerContext, span: QuoteSpan): SpeakerFields | null {
  const rest = ctx.text.slice(span.close + 1);
  const m = /^[ \t]*[—–-]{1,2}[ \t]*/.exec(rest);
  if (!m) return null;
  const from = span.close + 1 + m[0].length;
  const lineEnd = ctx.text.indexOf('\n', from);
  const idx = tokensIn(ctx, from, lineEnd < 0 ? ctx.text.length : lineEnd);
  let b = 0;
  while (b < idx.length && ctx.tokens[idx[b]].norm !== ',' && !isPunct(ctx.tokens[idx[b]])) b++;
  if (b === 0) return null;
  const run = nameRun(ctx.text, ctx.tokens, idx[0], idx[b - 1]);
  if (!run || run[1] !== idx[b - 1]) return null;
  const r = rangeOf(ctx.tokens, run[0], run[1]);
  return { speaker: ctx.text.slice(r.start, r.end), speakerRange: r, attribution: 'dash:name' };
}

/** "Lina Moor: “…”" — a line (or a list item) that is a name and a colon before the quote. */
function nameColon(ctx: SpeakerContext, span: QuoteSpan): SpeakerFields | null {
  const lineStart = ctx.text.lastIndexOf('\n', span.open - 1) + 1;
  const head = ctx.text.slice(lineStart, span.open);
  const m = /^[\s•*·—–-]*([^:\n]{2,60}?)\s*:\s*$/u.exec(head);
  if (!m) return null;
  const from = lineStart + head.indexOf(m[1]);
  const idx = tokensIn(ctx, from, from + m[1].length);
  if (idx.length === 0) return null;
  const run = nameRun(ctx.text, ctx.tokens, idx[0], idx[idx.length - 1]);
  if (!run || run[1] !== idx[idx.length - 1]) return null;
  // Only a name (a title before it at most): "Ode: “…”", "Mayor Ode: “…”", not "The result was clear:".
  if (idx.slice(0, idx.indexOf(run[0])).some((i) => !isTitleWord(ctx.text, ctx.tokens[i]))) return null;
  const r = rangeOf(ctx.tokens, run[0], run[1]);
  return { speaker: ctx.text.slice(r.start, r.end), speakerRange: r, attribution: 'name-colon:name' };
}

/**
 * Words before the quote that say whose words it is, or that it is nobody's: "Ode's “…”", "Ode's
 * promise of “…”", "in Ode's words", "quoted Ode as saying" (Ode); "singing “…”" (nobody: `null`).
 * `undefined` when the text says neither.
 */
function quotedFrom(ctx: SpeakerContext, s: Sentence, span: QuoteSpan): SpeakerFields | null | undefined {
  const { tokens, text } = ctx;
  const idx = tokensIn(ctx, s.start, span.open).filter((i) => !QUOTE_MARKS.test(tokens[i].norm));
  if (idx.length === 0) return undefined;
  const lastWord = tokens[idx[idx.length - 1]].norm;
  if (
    NAMING_CUES.has(lastWord) ||
    (lastWord === 'as' && idx.length > 1 && NAMING_CUES.has(tokens[idx[idx.length - 2]].norm))
  )
    return null;
  // "quoted/cited Ode as saying “…”"
  const as = idx.length - 2;
  if (as > 1 && tokens[idx[as]].norm === 'as' && /^say(ing)?$/.test(tokens[idx[as + 1]].norm)) {
    for (let v = as - 1; v >= 0 && as - v <= 8; v--) {
      if (!/^(quot|cit)/.test(tokens[idx[v]].norm)) continue;
      const run = nameRun(text, tokens, idx[v + 1], idx[as - 1]);
      if (!run) return null;
      const r = rangeOf(tokens, run[0], run[1]);
      return { speaker: text.slice(r.start, r.end), speakerRange: r, attribution: 'quoted-as-saying:name' };
    }
  }
  // "Ode's “…”", "Ode's promise of “…”", "in Ode's words, “…”": a possessive name within four words.
  for (let j = idx.length - 1; j >= Math.max(0, idx.length - 5); j--) {
    const t = tokens[idx[j]];
    if (/^['’]s?$/.test(t.norm) && t.pos === 'PART' && j > 0) {
      let a = j - 1;
      while (
        a > 0 &&
        tokens[idx[a - 1]].end === tokens[idx[a]].start - 1 &&
        /^\p{Lu}/u.test(text[tokens[idx[a - 1]].start])
      )
        a--;
      const run = nameRun(text, tokens, idx[a], idx[j - 1]);
      if (!run || run[1] !== idx[j - 1]) return undefined;
      const between = idx.slice(j + 1).map((i) => tokens[i]);
      if (
        between.some(
          (x) => isVerb(x) || (x.pos !== 'NOUN' && x.pos !== 'ADJ' && !['of', ',', 'that'].includes(x.norm)),
        )
      )
        return undefined;
      const r = rangeOf(tokens, run[0], run[1]);
      return { speaker: text.slice(r.start, r.end), speakerRange: r, attribution: 'possessive:name' };
    }
    if (isVerb(t) || isPunct(t)) break;
  }
  return undefined;
}

function fromBefore(ctx: SpeakerContext, span: QuoteSpan, o: NlpOptions): SpeakerFields | null {
  const { tokens } = ctx;
  const s = ctx.sentences.find((x) => span.open >= x.start && span.open < x.end);
  if (!s) return null;
  const idx = tokensIn(ctx, s.start, span.open).filter((i) => !QUOTE_MARKS.test(tokens[i].norm));
  for (let v = idx.length - 1; v >= 0; v--) {
    const t = tokens[idx[v]];
    if (t.norm === 'according' && tokens[idx[v + 1]]?.norm === 'to') {
      const np = phraseAfter(ctx.text, tokens, idx, v + 1);
      const r = np && resolvePhrase(ctx, np[0], np[1], span.open, s.index, o);
      return r && fields(r, 'according to', 'before-quote');
    }
    if (!isVerb(t)) continue;
    const cue = ctx.text.slice(t.start, t.end);
    let np = phraseBefore(ctx.text, tokens, idx, v);
    // "An official downplayed the protest, saying “…”": the -ing verb's subject is the sentence's.
    if (/ing$/.test(t.norm)) {
      const p = np ? idx.indexOf(np[0]) - 1 : v - 1;
      // "Ode accused Pell of promising “…”": the one before "of" spoke.
      if (!np && p > 0 && /^(of|for|about)$/.test(tokens[idx[p]].norm)) {
        const obj = phraseBefore(ctx.text, tokens, idx, p);
        const r = obj && resolvePhrase(ctx, obj[0], obj[1], t.start, s.index, o);
        return r && fields(r, cue, 'before-quote');
      }
      // Only when the phrase before it is the object of another verb ("downplayed the protest saying")
      // or there is none (", saying"); "a testy Hal Holbrook telling Woodward" keeps its own subject.
      if (!np || (p >= 0 && tokens[idx[p]].pos === 'VERB' && !inPhrase(ctx.text, tokens, idx[p]))) {
        const r = clauseSubject(ctx, idx, v, s, o);
        return r && fields(r, cue, 'before-quote');
      }
    }
    // "…held a knife to her throat and told her, “…”": a verb joined to the one before shares its subject.
    if (!np && v > 0 && /^(and|then|but)$/.test(tokens[idx[v - 1]].norm)) {
      const r = clauseSubject(ctx, idx, v, s, o);
      return r && fields(r, cue, 'before-quote');
    }
    // "Lina Moor, the harbour master, said: “…”": the subject before the apposition.
    let w = v - 1;
    while (w >= 0 && SKIP_POS.has(tokens[idx[w]].pos)) w--;
    if (!np && w > 0 && tokens[idx[w]].norm === ',') {
      let c = w - 1;
      while (c >= 0 && tokens[idx[c]].norm !== ',' && w - c <= 12) c--;
      const subject = c > 0 && tokens[idx[c]].norm === ',' ? phraseBefore(ctx.text, tokens, idx, c) : null;
      // "Her counterpart, Ilkin Oru, said": the name in apposition speaks for a role subject.
      const named = subject && appositionName(ctx, idx, c, w - 1);
      if (named) return fields(named, cue, 'before-quote');
      // "Ann Ode, secretary of the guild, which represents the crews, said": the name that opens it.
      const first = idx.findIndex((i) => tokens[i].norm === ',');
      const opener = first > 0 ? nameRun(ctx.text, tokens, idx[0], idx[first - 1]) : null;
      const titled =
        opener && idx.slice(0, idx.indexOf(opener[0])).every((i) => isTitleWord(ctx.text, tokens[i]));
      if (opener && titled && opener[1] === idx[first - 1] && tokens[idx[0]].start === s.start) {
        const r = rangeOf(tokens, opener[0], opener[1]);
        return {
          speaker: ctx.text.slice(r.start, r.end),
          speakerRange: r,
          cue,
          attribution: 'before-quote:name',
        };
      }
      if (subject && nameRun(ctx.text, tokens, subject[0], subject[1])) np = subject;
    }
    const r = np && resolvePhrase(ctx, np[0], np[1], t.start, s.index, o);
    return r && fields(r, cue, 'before-quote');
  }
  const opener = colonOpener(ctx, s, span);
  if (opener) return opener;
  const first = idx.findIndex((i) => tokens[i].pos === 'VERB');
  if (first < 1) return null;
  const np = phraseBefore(ctx.text, tokens, idx, first);
  const r = np && resolvePhrase(ctx, np[0], np[1], tokens[idx[first]].start, s.index, o);
  if (!r || r.how === 'phrase') return null;
  // Only a person as the subject, not one inside a prepositional phrase ("In addition to the …").
  if (
    !persons(ctx, s.start, span.open).some(
      (p) => p.speakerRange.start <= r.speakerRange.start && r.speakerRange.end <= p.speakerRange.end + 1,
    )
  )
    return null;
  const lead = ctx.text.slice(s.start, r.speakerRange.start);
  if (
    idx.some(
      (i) =>
        tokens[i].pos === 'ADP' &&
        tokens[i].end <= r.speakerRange.start &&
        !/,/.test(lead.slice(tokens[i].end - s.start)),
    )
  )
    return null;
  // Another person named between the subject and the quote may own the words: precision first.
  if (persons(ctx, r.speakerRange.end, span.open).some((p) => surname(p.speaker) !== surname(r.speaker)))
    return null;
  return fields(r, undefined, 'sentence-subject');
}

/**
 * The subject of the clause a verb at `idx[v]` goes on from: the nearest verb before it that has a
 * subject phrase which resolves ("LaSalle refused to comply, saying …" → LaSalle); null when none does.
 */
function clauseSubject(
  ctx: SpeakerContext,
  idx: number[],
  v: number,
  s: Sentence,
  o: NlpOptions,
): Resolved | null {
  const { tokens, text } = ctx;
  for (let u = v - 1; u > 0; u--) {
    if (tokens[idx[u]].pos !== 'VERB' || inPhrase(text, tokens, idx[u])) continue;
    const np = phraseBefore(text, tokens, idx, u);
    const r = np && resolvePhrase(ctx, np[0], np[1], tokens[idx[u]].start, s.index, o);
    // A pronoun deep in the sentence may stand for anyone it names: only one that opens the sentence.
    const opens = np && idx.findIndex((i) => !isPunct(tokens[i])) === idx.indexOf(np[0]);
    if (r && (r.how !== 'pronoun' || opens)) return r;
    if (r) return null;
  }
  return null;
}

/**
 * A quote opened right after a colon in a sentence that opens with a person's name: that person
 * ("Lina Moor, the harbour master, put it plainly: “…”"); the name must start the sentence, so a name
 * inside an apposition or an object never speaks.
 */
function colonOpener(ctx: SpeakerContext, s: Sentence, span: QuoteSpan): SpeakerFields | null {
  if (!/:\s*$/.test(ctx.text.slice(s.start, span.open))) return null;
  const m = persons(ctx, s.start, span.open)[0];
  if (!m || !/^[\p{L}.\s'’-]*$/u.test(ctx.text.slice(s.start, m.speakerRange.start))) return null;
  const before = ctx.text.slice(s.start, m.speakerRange.start).trim();
  if (before && !before.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return null;
  return { speaker: m.speaker, speakerRange: m.speakerRange, attribution: 'colon:sentence-opener' };
}

/** The subject of the first reporting verb of sentence `si` outside quotes ("Ode had declared that …"). */
function reportingSubject(ctx: SpeakerContext, si: number, o: NlpOptions, pronoun: boolean): Resolved | null {
  const s = ctx.sentences[si];
  if (!s) return null;
  const { tokens } = ctx;
  const idx = tokensIn(ctx, s.start, s.end).filter((i) => !QUOTE_MARKS.test(tokens[i].norm));
  // The verb that ends the sentence (", a ministry statement said.") or else the first one.
  let v = idx.findIndex((i) => isVerb(tokens[i]));
  const tail = idx.filter((i) => !isPunct(tokens[i]));
  if (tail.length > 1 && isVerb(tokens[tail[tail.length - 1]])) v = idx.indexOf(tail[tail.length - 1]);
  if (v < 1) return null;
  const np = phraseBefore(ctx.text, tokens, idx, v);
  if (!np || (!pronoun && np[0] === np[1] && tokens[np[0]].pos === 'PRON')) return null;
  return resolvePhrase(ctx, np[0], np[1], tokens[idx[v]].start, si, o);
}

/**
 * A paragraph that opens with a quote nobody is said to speak, after a sentence that introduces it:
 * one that ends with a name and a colon ("…, such as Dr Ann Ode:"), or one with a reporting verb and
 * its subject ("Ann Ode had declared that …", "a ministry statement said."). `sentence` is the last
 * sentence of the paragraph before; it must hold no quote.
 */
export function leadIn(ctx: SpeakerContext, sentence: number, o: NlpOptions): SpeakerFields | null {
  const s = ctx.sentences[sentence];
  if (!s || ctx.spans.some((q) => q.open < s.end && q.close >= s.start)) return null;
  if (/:\s*$/.test(ctx.text.slice(s.start, s.end))) {
    const named = persons(ctx, s.start, s.end);
    const last = named[named.length - 1];
    // The name is introduced ("…, such as Dr Ann Ode:", "Ann Ode:"), not the object of a verb
    // ("…the guards who will handle Ode:" gives Ode no words).
    const lead = last ? ctx.text.slice(s.start, last.speakerRange.start) : '';
    const introduced =
      /(^|[,;—–-]|\b(such as|like|including|from|by))[\s\p{L}.'’-]{0,40}$/iu.test(lead) &&
      !/\b\p{Ll}+\s+(the\s+)?$/u.test(lead.replace(/\b(such as|like|including|from|by)\s+.*$/iu, ''));
    if (last && introduced && ctx.text.slice(last.speakerRange.end, s.end).trim() === ':')
      return { speaker: last.speaker, speakerRange: last.speakerRange, attribution: 'lead-in:colon' };
    // "Pensioner Oren-aga, a voter in the capital, said:": the speaker of a quote that would open at the colon.
    const colon = ctx.text.lastIndexOf(':', s.end);
    const at = { start: colon, end: colon, open: colon, close: colon, pieces: [] };
    const r = fromBefore(ctx, at, o);
    return r?.attribution?.startsWith('before-quote')
      ? { ...r, attribution: `lead-in:${r.attribution}` }
      : null;
  }
  const r = reportingSubject(ctx, sentence, o, true);
  return r && fields(r, undefined, 'lead-in');
}

/**
 * True when the bound speaker is a definite role ("the Navy chief", "the minister"): a phrase opening with
 * "the" and ending with a title word, which stands for a person named before rather than a new one.
 */
export function definiteRole(ctx: SpeakerContext, bound: SpeakerFields): boolean {
  const r = bound.speakerRange;
  if (!r || !bound.attribution?.endsWith(':phrase') || !/^the\s/i.test(bound.speaker ?? '')) return false;
  const last = ctx.tokens[firstTokenAt(ctx.tokens, r.end) - 1];
  return last !== undefined && isTitleWord(ctx.text, last);
}

/**
 * True when `[from, to)` only narrates: it names no person and holds no reporting verb outside quotes
 * (so a quote after it still goes on from the last speaker's words).
 */
export function narratesOnly(ctx: SpeakerContext, from: number, to: number): boolean {
  if (ctx.mentions.some((m) => m.kind === 'person' && m.start >= from && m.end <= to)) return false;
  return !tokensIn(ctx, from, to).some((i) => isVerb(ctx.tokens[i]));
}

/** True when a reporting verb follows the quote in its sentence ("…,” one woman in the town told AFP"), bound or not. */
export function reportedAfter(ctx: SpeakerContext, span: QuoteSpan, o: NlpOptions): boolean {
  const s = ctx.sentences.find((x) => span.close >= x.start && span.close < x.end);
  // The quote hands over to a clause: a comma inside the marks (",”") or just after them.
  const comma =
    /,/.test(ctx.text.slice(span.end, span.close)) || /^\s*,/.test(ctx.text.slice(span.close + 1));
  if (!s || !comma) return false;
  const idx = tokensIn(ctx, span.close + 1, s.end).slice(0, o.speakerWindowTokens);
  return idx.some((i) => isVerb(ctx.tokens[i]));
}

/** Small words a title may hold in lower case ("Year of the Woman", "Take Me Out to the Ball Game"). */
const TITLE_SMALL = /^(a|an|the|of|and|or|in|on|at|to|for|with|from|by|as|vs)$/;
/** Most words a title may hold ("Catching Fire", "Crazy T"); a longer quote is speech, capitals or not. */
const MAX_TITLE_WORDS = 6;

/**
 * True when the words in quotes are a name, not speech: a title, a nickname or a label ("Night Shift",
 * "The Chin", "Catching Fire", "Crazy T") — up to six words, each capitalised but the small ones. One
 * word with a final `.` `!` `?` is speech ("Granted.").
 */
export function isTitleLike(words: string): boolean {
  const list = words
    .replace(/[.,!?;:]+$/u, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (list.length === 0 || list.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(list[0])) return false;
  if (list.length === 1 && /[.!?]$/.test(words)) return false;
  return list.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.test(w)));
}

/** Finds the speaker of the quote `span`; `{ speaker: null }` when no rule applies. */
export function bindSpeaker(ctx: SpeakerContext, span: QuoteSpan, options: NlpOptions): SpeakerFields {
  const s = ctx.sentences.find((x) => span.open >= x.start && span.open < x.end);
  // Words written somewhere ("“…” was written on the wall") are nobody's speech; a title is no speech.
  if (WRITTEN.test(ctx.text.slice(span.close + 1))) return { speaker: null };
  // One capitalised word that opens its sentence is speech ("“Later,” said Ode"); mid-sentence, a name.
  const words = ctx.text.slice(span.start, span.end);
  const opensSentence = !!s && ctx.text.slice(s.start, span.open).trim() === '';
  if (isTitleLike(words) && !(opensSentence && !/\s/.test(words))) return { speaker: null };
  const given = s ? quotedFrom(ctx, s, span) : undefined;
  if (given !== undefined) return given ?? { speaker: null };
  const after = fromAfter(ctx, span, options);
  if (after && RELAY_CUES.test(after.cue ?? '')) {
    // "…told her, “…,” the Courier reported": the words are the one the text says spoke them.
    const before = fromBefore(ctx, span, options);
    if (before?.cue && introduces(ctx.text.slice(s?.start ?? 0, span.open), before.cue)) return before;
  }
  return after ?? nameColon(ctx, span) ?? fromBefore(ctx, span, options) ?? { speaker: null };
}

/** Verbs of a relay: an outlet or a document passing on words someone else spoke. */
const RELAY_CUES = /^(reported|reports|reporting|wrote|writes|according to)$/i;

/** True when `lead` (the sentence up to the quote) ends with the verb `cue`, an object of two words at most, and `,` or `:`. */
function introduces(lead: string, cue: string): boolean {
  const at = lead.lastIndexOf(cue);
  return at >= 0 && /^(\s+[\p{L}'’.-]+){0,2}\s*[,:]\s*["“«]?\s*$/u.test(lead.slice(at + cue.length));
}
