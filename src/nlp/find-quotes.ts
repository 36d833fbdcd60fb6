/**
 * Direct quotes: text between “ ”, « », straight double quotes or ‘ ’.
 *
 * - A straight `"` opens after a space, an opening bracket or the paragraph start, before a non-space;
 *   it closes before a space, punctuation or the paragraph end, after a non-space or after a space
 *   that follows punctuation (copy tokenised as `OK, "` keeps a space before the closing mark).
 * - A closing `’` followed by a letter is an apostrophe ("Ruritania’s"), never a closing mark; `‘ ’` are
 *   read only outside double quotes (nested quotes stay inside the outer one) and never across paragraphs.
 * - Straight single quotes (British copy: `'It was dark,' he said`) are read like `‘ ’`, more strictly, as
 *   apostrophes look the same: one opens before a letter after a space, a bracket, a colon or the paragraph
 *   start, and only when it closes in the same paragraph with no double mark between; it closes after
 *   `,` `.` `!` `?` (a space between allowed), or after a letter when punctuation or the paragraph end
 *   follows (`'bold'.`), never before a space after a letter ("the dockers' pay").
 * - The range covers the words inside the marks: surrounding spaces and a trailing `,` `;` `:` are left
 *   out, a final `.` `!` `?` stays. A quote needs one letter; one word is enough (“Granted.”).
 * - A double quote may run over paragraphs (copy with one sentence a line): it is one quote, cut into
 *   one piece per paragraph, all with the speaker bound for the whole. A paragraph left open whose next
 *   paragraph opens a new quote is the news convention for a quote that goes on: that open part is a
 *   quote when the next one is. A fresh opening mark inside a carried quote means the carried mark was
 *   stray: it is dropped. More than `MAX_CARRY` paragraphs, or a span longer than `maxQuoteChars`,
 *   is no quote.
 * Speakers are bound by `bind-speakers.ts`; a quote with none that goes on from a quote of a known
 * speaker (the next quote of the same paragraph, or a paragraph that opens with a quote after one
 * that ended with an attributed quote, or after at most `MAX_RESUME_GAP` paragraphs that only narrate)
 * takes that speaker (`continuation`), unless a person or a reporting verb stands between them.
 */
import type { Mention, Quote, Sentence, Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import type { SpeakerContext, SpeakerFields } from './bind-speakers.ts';
import { bindSpeaker, definiteRole, leadIn, narratesOnly, reportedAfter } from './bind-speakers.ts';
import type { NlpOptions } from './options.ts';
import { resolveOptions } from './options.ts';

/**
 * A quote found between marks: the inner range, the positions of its two marks (`close` is the end
 * of the last paragraph for a quote left open that goes on in the next one) and its per-paragraph pieces.
 */
export interface QuoteSpan extends Range {
  open: number;
  close: number;
  pieces: Range[];
}

/** Paragraphs a quote may run over before its mark counts as stray (calibrated: ECB+ one-sentence lines). */
const MAX_CARRY = 6;
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '‘': '’', "'": "'" };
/** Marks of single quotes: read outside double quotes only, never across paragraphs. */
const SINGLE = new Set(['‘', "'"]);
const OPENS_AFTER = /[\s([{—–\-:/]/;

function canOpen(text: string, i: number, from: number): boolean {
  return (i === from || OPENS_AFTER.test(text[i - 1])) && i + 1 < text.length && !/\s/.test(text[i + 1]);
}

function canClose(text: string, i: number, to: number): boolean {
  // `young, "said Ode`: copy that lost the space after the mark; a lower-case word after `, "` goes on outside.
  if (/[,.!?]\s$/.test(text.slice(Math.max(0, i - 2), i)) && /\p{Ll}/u.test(text[i + 1] ?? '')) return true;
  if (i === 0 || (i + 1 < to && /[\p{L}\p{N}]/u.test(text[i + 1]))) return false;
  if (!/\s/.test(text[i - 1])) return true;
  // `OK, "`: a space before the mark after sentence punctuation, and nothing but space or the end after it.
  return /[,.!?;:]\s$/.test(text.slice(Math.max(0, i - 2), i)) && (i + 1 >= to || /\s/.test(text[i + 1]));
}

/** True when the straight `'` at `i` closes a single quote (rules in the file header). */
function closesSingle(text: string, i: number, to: number): boolean {
  const next = i + 1 < to ? text[i + 1] : '';
  if (/[\p{L}\p{N}]/u.test(next)) return false;
  if (/[,.!?…]\s?$/u.test(text.slice(Math.max(0, i - 2), i))) return true;
  return /\p{L}/u.test(text[i - 1] ?? '') && (next === '' || /[.,;:!?)]/.test(next));
}

/** Double quote marks: a single quote never runs over one. */
const DOUBLE_MARKS = new Set(['"', '“', '”', '«', '»']);

/**
 * For each position of the paragraph `[from, to)`: where the next straight `'` that closes a single quote
 * stands, or -1 when a double mark or the paragraph end comes first. One pass from the end, so a
 * paragraph of stray apostrophes stays linear.
 */
function singleCloses(text: string, from: number, to: number): Int32Array {
  const next = new Int32Array(to - from + 1).fill(-1);
  for (let j = to - 1; j >= from; j--) {
    const c = text[j];
    if (DOUBLE_MARKS.has(c)) next[j - from] = -1;
    else if (c === "'" && closesSingle(text, j, to)) next[j - from] = j;
    else next[j - from] = next[j + 1 - from];
  }
  return next;
}

/** True when a straight `'` at `i` opens a single quote: before a letter, closed in its paragraph within `max` characters. */
function opensSingle(text: string, i: number, from: number, closes: Int32Array, max: number): boolean {
  if (!canOpen(text, i, from) || !/\p{L}/u.test(text[i + 1] ?? '')) return false;
  const at = i + 2 - from < closes.length ? closes[i + 2 - from] : -1;
  return at >= 0 && at - i <= max;
}

function trimmed(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** The span of a quote opened at `open` and closed at `close` (a mark, or a paragraph end) over `paras`. */
function spanOf(text: string, open: number, close: number, paras: Range[], max: number): QuoteSpan | null {
  const inner = trimmed(text, open + 1, close);
  if (inner.end - inner.start > max || !/\p{L}/u.test(text.slice(inner.start, inner.end))) return null;
  const pieces = paras
    .filter((p) => p.end > inner.start && p.start < inner.end)
    .map((p) => trimmed(text, Math.max(p.start, inner.start), Math.min(p.end, inner.end)))
    .filter((r) => /\p{L}/u.test(text.slice(r.start, r.end)));
  if (pieces.length === 0) return null;
  return { ...inner, open, close, pieces };
}

/** True when a paragraph ends like a sentence (a quote carried over it may be speech). */
const endsSentence = (text: string, p: Range) => /[.!?…:;,"”’»)\]-]\s*$/.test(text.slice(p.start, p.end));

const isOpening = (text: string, i: number, from: number) =>
  text[i] === '“' || text[i] === '«' || (text[i] === '"' && canOpen(text, i, from));

/** Finds the quote spans of `text` over its paragraph ranges (in text order). */
export function findQuoteSpans(text: string, paras: Range[], maxChars: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // A part left open before a paragraph that opens a new quote: kept only if that next quote is.
  const pending: QuoteSpan[] = [];
  let open = null as { mark: string; at: number; para: number } | null;
  const flush = (keep: boolean) => {
    if (keep) out.push(...pending);
    pending.length = 0;
  };
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: from, end: to } = paras[pi];
    let closes: Int32Array | undefined;
    const closesOf = () => {
      closes ??= singleCloses(text, from, to);
      return closes;
    };
    // A carried quote over a line that is no sentence (a caption) or over too many lines: a stray mark.
    if (open && (pi - open.para > MAX_CARRY || (pi - 1 > open.para && !endsSentence(text, paras[pi - 1])))) {
      open = null;
      flush(false);
    }
    if (open && isOpening(text, from, from)) {
      const part = spanOf(text, open.at, paras[pi - 1].end, paras.slice(open.para, pi), maxChars);
      if (part) pending.push(part);
      else flush(false);
      open = null;
    }
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (open) {
        const double = !SINGLE.has(open.mark);
        const closes =
          c === "'" && open.mark === "'"
            ? closesSingle(text, i, to)
            : c === '"' || c === '’'
              ? canClose(text, i, to)
              : true;
        if (c === PAIRS[open.mark] && closes) {
          const span = spanOf(text, open.at, i, paras.slice(open.para, pi + 1), maxChars);
          flush(span !== null);
          if (span) out.push(span);
          open = null;
        } else if (!double && (c === '“' || c === '«')) open = { mark: c, at: i, para: pi };
        else if (double && open.para < pi && isOpening(text, i, from)) {
          flush(false); // a carried mark was stray: a fresh quote opens here
          open = { mark: c, at: i, para: pi };
        }
        continue;
      }
      if (
        isOpening(text, i, from) ||
        (c === '‘' && canOpen(text, i, from)) ||
        (c === "'" && opensSingle(text, i, from, closesOf(), maxChars))
      ) {
        if (pending.length && i !== from) flush(false);
        open = { mark: c, at: i, para: pi };
      }
    }
    if (open && SINGLE.has(open.mark)) open = null;
    if (!open) flush(false);
  }
  flush(false);
  return out.sort((a, b) => a.start - b.start);
}

/** Paragraph ranges rebuilt from the sentences (first sentence start to last sentence end). */
function paragraphRanges(sentences: Sentence[]): Range[] {
  const out: Range[] = [];
  for (const s of sentences) {
    const r = out[s.paragraph];
    if (r) r.end = s.end;
    else out[s.paragraph] = { start: s.start, end: s.end };
  }
  return out.filter(Boolean);
}

/**
 * Finds the direct quotes of a tokenized text and binds their speakers.
 *
 * `mentions` (from `findMentions`) let a speaker be reported as the name it is, and let "he" be bound
 * to the nearest person named before; a speaker that cannot be found is `null`.
 */
export function findQuotes(
  text: string,
  sentences: Sentence[],
  tokens: Token[],
  mentions: Mention[],
  options: Partial<NlpOptions> = {},
): Quote[] {
  const opts = resolveOptions(options);
  const paras = paragraphRanges(sentences);
  const spans = findQuoteSpans(text, paras, opts.maxQuoteChars);
  const sentenceAt = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end) ?? null;
  const ctx = { text, sentences, tokens, mentions, spans };
  const quotes: Quote[] = [];
  let previous: { span: QuoteSpan; bound: SpeakerFields } | null = null;
  for (const span of spans) {
    let bound = bindSpeaker(ctx, span, opts);
    // A quote its own clause attributes ("…,” one woman told AFP") keeps that, even unresolved.
    const own = reportedAfter(ctx, span, opts);
    if (!bound.speaker && !own && previous?.bound.speaker && continues(ctx, previous, span, paras)) {
      bound = { ...previous.bound, attribution: 'continuation' };
    }
    if ((!bound.speaker && !own) || definiteRole(ctx, bound)) {
      // A paragraph opened by the quote: the sentence before may introduce its speaker; a definite role
      // after the quote ("said the Navy chief") is then the person it introduced.
      const p = paras.findIndex((x) => x.start === span.open);
      const last = p > 0 ? sentenceAt(paras[p - 1].end - 1) : null;
      const lead = last ? leadIn(ctx, last.index, opts) : null;
      if (lead && (!bound.speaker || lead.attribution?.endsWith(':name')))
        bound = bound.speaker ? { ...lead, cue: bound.cue, attribution: 'lead-in:role' } : lead;
    }
    if (!bound.speaker && !own && previous?.bound.speaker && resumes(ctx, previous.span, span, paras)) {
      bound = { ...previous.bound, attribution: 'continuation' };
    }
    previous = { span, bound };
    for (const piece of span.pieces) {
      const sentence = sentenceAt(piece.start);
      if (!sentence) continue;
      const quote: Quote = {
        start: piece.start,
        end: piece.end,
        text: text.slice(piece.start, piece.end),
        speaker: null,
        sentence: sentence.index,
      };
      quotes.push(Object.assign(quote, bound));
    }
  }
  return quotes;
}

/** Narrative paragraphs a quote paragraph may follow and still resume the last speaker's words. */
const MAX_RESUME_GAP = 2;

/**
 * True when `next` opens a paragraph a few paragraphs after the one where `prev` (an attributed quote)
 * ends, nothing follows it in its sentence, and what stands between only narrates (`narratesOnly`: no
 * person named, no reporting verb): news copy gives an unattributed quote paragraph to the last speaker
 * quoted.
 */
function resumes(ctx: SpeakerContext, prev: QuoteSpan, next: QuoteSpan, paras: Range[]): boolean {
  const pOf = (pos: number) => paras.findIndex((p) => pos >= p.start && pos <= p.end);
  const a = pOf(prev.close);
  const b = pOf(next.open);
  if (a < 0 || b - a < 2 || b - a > MAX_RESUME_GAP + 1 || next.open !== paras[b].start) return false;
  // Words after the quote in its sentence may attribute it ("…,” the port authority, which …"): not resumed.
  const s = ctx.sentences.find((x) => next.close >= x.start && next.close < x.end);
  if (s && /\p{L}/u.test(ctx.text.slice(next.close + 1, s.end))) return false;
  return narratesOnly(ctx, paras[a].end, paras[b].start);
}

/**
 * True when `next` goes on from `prev`: in the same paragraph, or opening the paragraph right after
 * the one `prev` ends; what stands between is at most the clause that attributes `prev` (one sentence
 * end, at its end) and names no person other than `prev`'s speaker.
 */
function continues(
  ctx: { text: string; mentions: Mention[]; sentences: Sentence[] },
  prev: { span: QuoteSpan; bound: SpeakerFields },
  next: QuoteSpan,
  paras: Range[],
): boolean {
  const pOf = (pos: number) => paras.findIndex((p) => pos >= p.start && pos <= p.end);
  const a = pOf(prev.span.close);
  const b = pOf(next.open);
  if (a < 0 || b < 0 || (b !== a && (b !== a + 1 || next.open !== paras[b].start))) return false;
  const gap: Range = { start: prev.span.close + 1, end: b === a ? next.open : paras[a].end };
  const words = ctx.text.slice(gap.start, gap.end).trim();
  // At most the sentence the next quote opens in starts between them (abbreviations do not count).
  const starts = ctx.sentences.filter((x) => x.start > gap.start && x.start < gap.end).length;
  if (starts > (b === a ? 1 : 0)) return false;
  const own = prev.bound.speakerRange;
  // The gap is empty, or it is the clause that attributes `prev` (its speaker or its verb is there).
  const attributes =
    !/[\p{L}\p{N}]/u.test(words) ||
    (own && own.start >= gap.start && own.end <= gap.end) ||
    (prev.bound.cue && words.includes(prev.bound.cue));
  // Names inside that clause that are no other speaker: the speaker's team or title before the name
  // ("Colts coach Tony Dungy") and whom the words were told to, after the verb ("told France Info").
  const cueAt = prev.bound.cue ? ctx.text.indexOf(prev.bound.cue, gap.start) : -1;
  const inClause = (m: Mention) =>
    !!own &&
    own.start >= gap.start &&
    own.end <= gap.end &&
    ((m.end <= own.start && !/[,;]/.test(ctx.text.slice(m.end, own.start))) ||
      (cueAt >= 0 && cueAt < gap.end && m.start > cueAt && cueAt > own.start));
  return (
    !!attributes &&
    !ctx.mentions.some(
      (m) =>
        m.kind === 'person' &&
        m.start >= gap.start &&
        m.end <= gap.end &&
        !(own && m.start < own.end && own.start < m.end) &&
        !inClause(m),
    )
  );
}
