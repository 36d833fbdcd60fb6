/**
 * Direct quotes: text between “ ”, « », straight double quotes or ‘ ’, within one paragraph.
 *
 * - A straight `"` opens after a space, an opening bracket or the paragraph start, and closes before a
 *   space, punctuation or the paragraph end.
 * - A closing `’` followed by a letter is an apostrophe ("Ruritania’s"), never a closing mark; `‘ ’` are
 *   read only outside double quotes (nested quotes stay inside the outer one).
 * - The range covers the words inside the marks: surrounding spaces and a trailing `,` `;` `:` are left
 *   out, a final `.` `!` `?` stays. A quote needs one letter; one word is enough (“Granted.”).
 * - A mark left open at the end of a paragraph, or a span longer than `maxQuoteChars`, is no quote.
 * Speakers are bound by `bind-speakers.ts`.
 */
import type { Mention, Quote, Sentence, Token } from '../model/annotations.ts';
import type { Range } from '../model/citation.ts';
import { bindSpeaker } from './bind-speakers.ts';
import type { NlpOptions } from './options.ts';
import { resolveOptions } from './options.ts';

/** A quote found between marks: the inner range and the positions of its two marks. */
export interface QuoteSpan extends Range {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '‘': '’' };
const OPENS_AFTER = /[\s([{—–\-:/]/;

function canOpen(text: string, i: number, from: number): boolean {
  return (i === from || OPENS_AFTER.test(text[i - 1])) && i + 1 < text.length && !/\s/.test(text[i + 1]);
}

function canClose(text: string, i: number, to: number): boolean {
  return i > 0 && !/\s/.test(text[i - 1]) && (i + 1 >= to || !/[\p{L}\p{N}]/u.test(text[i + 1]));
}

function inner(text: string, open: number, close: number, max: number): Range | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  if (end - start > max || !/\p{L}/u.test(text.slice(start, end))) return null;
  return { start, end };
}

/** Finds the quote spans of `text` inside the paragraph range `[from, to)`. */
export function findQuoteSpans(text: string, from: number, to: number, maxChars: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { mark: string; at: number } | null = null;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (open) {
      const double = open.mark !== '‘';
      if (c === PAIRS[open.mark] && (c === '"' || c === '’' ? canClose(text, i, to) : true)) {
        const r = inner(text, open.at, i, maxChars);
        if (r) out.push({ ...r, open: open.at, close: i });
        open = null;
      } else if (!double && (c === '“' || c === '«')) open = { mark: c, at: i };
      continue;
    }
    if (c === '“' || c === '«' || c === '‘' || (c === '"' && canOpen(text, i, from))) {
      if (c === '‘' && !canOpen(text, i, from)) continue;
      open = { mark: c, at: i };
    }
  }
  return out;
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
  const spans = paragraphRanges(sentences).flatMap((p) =>
    findQuoteSpans(text, p.start, p.end, opts.maxQuoteChars),
  );
  const sentenceAt = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end) ?? null;
  const quotes: Quote[] = [];
  for (const span of spans) {
    const sentence = sentenceAt(span.start);
    if (!sentence) continue;
    const quote: Quote = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      speaker: null,
      sentence: sentence.index,
    };
    Object.assign(quote, bindSpeaker({ text, sentences, tokens, mentions, spans }, span, opts));
    quotes.push(quote);
  }
  return quotes;
}
