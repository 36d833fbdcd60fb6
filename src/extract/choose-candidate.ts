/**
 * The comparison step of the HTML cascade: the scorer's and Readability's candidates (and the page's
 * JSON-LD `articleBody`, when it has one) compared by word counts and shingle overlap, the better one
 * picked — or the scorer's text completed with the paragraphs only Readability found.
 */
import { countWords } from './draft.ts';
import type { HtmlParagraph } from './html-to-paragraphs.ts';
import { tokens } from './score-extraction.ts';

/** One extraction candidate: its method name and paragraphs. */
export interface Candidate {
  method: string;
  paragraphs: HtmlParagraph[];
}

/**
 * A candidate "contains" another when this share of the other's 4-word shingles is in it. Calibrated
 * on AEB: two extractions of the same body differ by a heading, a date line or a caption (0.97–1.0);
 * an extra comment or listing block brings it to 0.4–0.9.
 */
export const CONTAINS_SHARE = 0.97;
/**
 * …and "adds something" when less than this share of its own shingles is in the other (below
 * `CONTAINS_SHARE` so that a few differing lines do not count as a difference).
 */
export const ADDS_SHARE = 0.95;
/**
 * Readability's smaller candidate replaces the scorer's bigger one only when it keeps at least this
 * share of its words: below, Readability found one chunk of a split body, not the article without its
 * comments (AEB: the comment/listing pages keep 0.37–0.4 of the scorer's words).
 */
export const SUBSET_MIN_WORDS_SHARE = 0.3;
/**
 * …and when the scorer's extra is at least this many words: a headline (≤ 22 words, see
 * `headlineMaxWords`), a byline or a date line that Readability drops is not a comment block, and the
 * header clean-up removes those anyway.
 */
export const SUBSET_MIN_EXTRA_WORDS = 30;
/**
 * The scorer's candidate is a fragment, and Readability's wins outright, when Readability contains it
 * and has this many times its words (a teaser or a single box picked instead of the body).
 */
export const FRAGMENT_WORDS_RATIO = 4;
/** Paragraphs only Readability found join the scorer's text when they have this many words (prose, not a label or a price link). */
export const MERGE_MIN_WORDS = 12;
/** …end like a sentence (a date line, a caption credit or a teaser headline does not)… */
const SENTENCE_END = /[.!?…]["'”’)]?$/;
/** …and at most this share of link text (a related-story teaser is mostly link). */
export const MERGE_MAX_LINK_DENSITY = 0.5;
/**
 * JSON-LD `articleBody` is used as evidence when it has this many words (a short one is a
 * description, not the body).
 */
export const LD_MIN_WORDS = 80;
/**
 * A candidate agrees with the `articleBody` when it covers this share of its shingles; articleBody is
 * often truncated or differently spaced, so agreement is measured on its side only.
 */
export const LD_AGREE_SHARE = 0.6;

/** The lower-cased 4-word shingles of some paragraphs. */
export function shingleSet(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const t = tokens(text.toLowerCase());
    for (let i = 0; i + 3 < t.length; i++) out.add(`${t[i]} ${t[i + 1]} ${t[i + 2]} ${t[i + 3]}`);
  }
  return out;
}

/** Share of `a`'s shingles also in `b` (1 when `a` has none). */
export function coverage(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 1;
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n / a.size;
}

/** Words of some paragraphs. */
const wordsOf = (ps: HtmlParagraph[]): number => ps.reduce((n, p) => n + countWords(p.text), 0);

/** Plain paragraphs from JSON-LD text (split on blank lines or line breaks). */
export function jsonLdParagraphs(body: string): HtmlParagraph[] {
  return body
    .split(/\s*\n\s*/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .map((text) => ({ text, linkDensity: 0, heading: false, timeOnly: false }));
}

/**
 * The scorer's paragraphs with Readability's extra prose inserted where Readability has it: only
 * paragraphs between two that both candidates share (a middle chunk the scorer's block missed), never
 * leading or trailing ones: on AEB those are captions, standfirsts, promotions, bios and related
 * lists (merging leading ones lost 0.001 F1: one lede gained, five captions/promotions added).
 */
function merge(scorer: HtmlParagraph[], second: HtmlParagraph[]): HtmlParagraph[] | null {
  const known = new Set(scorer.map((p) => p.text));
  const shared = second.map((p) => known.has(p.text));
  const first = shared.indexOf(true);
  const last = shared.lastIndexOf(true);
  if (first < 0) return null;
  const out: HtmlParagraph[] = [];
  let added = 0;
  let sIdx = 0;
  for (let i = 0; i < second.length; i++) {
    const p = second[i];
    if (shared[i]) {
      const at = scorer.findIndex((q, j) => j >= sIdx && q.text === p.text);
      if (at >= 0) {
        out.push(...scorer.slice(sIdx, at + 1));
        sIdx = at + 1;
      }
    } else if (
      i > first &&
      i < last &&
      countWords(p.text) >= MERGE_MIN_WORDS &&
      SENTENCE_END.test(p.text) &&
      p.linkDensity <= MERGE_MAX_LINK_DENSITY
    ) {
      out.push(p);
      added++;
    }
  }
  out.push(...scorer.slice(sIdx));
  return added > 0 ? out : null;
}

/**
 * Picks the article text among the candidates (see the constants for the calibration).
 *
 * 1. JSON-LD `articleBody` of `LD_MIN_WORDS`+ words: when the scorer disagrees with it and
 *    Readability agrees, Readability wins; when neither agrees, the articleBody itself (`json-ld`).
 * 2. Readability contains the scorer's text: Readability wins when the scorer's is a fragment
 *    (`FRAGMENT_WORDS_RATIO`); else Readability's extra prose paragraphs are merged in
 *    (`scorer+readability`).
 * 3. The scorer's text contains Readability's and adds more: the addition is a comment, listing or
 *    teaser block, so Readability wins if it keeps `SUBSET_MIN_WORDS_SHARE` of the words and the
 *    addition is `SUBSET_MIN_EXTRA_WORDS` or more.
 * 4. Otherwise the scorer's candidate (it is the more precise on AEB when they differ otherwise).
 */
export function chooseCandidate(scorer: Candidate, second: Candidate, ld: string | undefined): Candidate {
  const sWords = wordsOf(scorer.paragraphs);
  const rWords = wordsOf(second.paragraphs);
  if (rWords === 0) return scorer;
  if (sWords === 0) return second;
  const s = shingleSet(scorer.paragraphs.map((p) => p.text));
  const r = shingleSet(second.paragraphs.map((p) => p.text));
  if (ld !== undefined && countWords(ld) >= LD_MIN_WORDS) {
    const l = shingleSet([ld]);
    const sAgrees = coverage(l, s) >= LD_AGREE_SHARE;
    const rAgrees = coverage(l, r) >= LD_AGREE_SHARE;
    if (!sAgrees && rAgrees) return second;
    if (!sAgrees && !rAgrees) return { method: 'json-ld', paragraphs: jsonLdParagraphs(ld) };
  }
  const sInR = coverage(s, r);
  const rInS = coverage(r, s);
  if (sInR >= CONTAINS_SHARE && rInS < ADDS_SHARE) {
    if (rWords >= sWords * FRAGMENT_WORDS_RATIO) return second;
    const merged = merge(scorer.paragraphs, second.paragraphs);
    return merged ? { method: 'scorer+readability', paragraphs: merged } : scorer;
  }
  if (
    rInS >= CONTAINS_SHARE &&
    sInR < ADDS_SHARE &&
    rWords >= sWords * SUBSET_MIN_WORDS_SHARE &&
    sWords - rWords >= SUBSET_MIN_EXTRA_WORDS
  )
    return second;
  return scorer;
}
