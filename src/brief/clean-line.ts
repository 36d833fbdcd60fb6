/**
 * Clean lines: whether a sentence of an article can stand in a briefing as that outlet's own line.
 * A line is a whole sentence of running text: not a headline, a byline or credit, a promotion, a
 * timestamp or date line, a caption. A leading live-blog time ("16:20 GMT - ") or an all-capitals
 * dateline ("KESSMARK - ") is trimmed off the passage rather than shown.
 */
import { classifyFooterUnit } from '../extract/classify-footer-unit.ts';
import type { Range } from '../model/citation.ts';

/** A clock time opening a live update: "16:20 GMT - ", "9.05am: ", "Updated 14:02 — ". */
const TIME_PREFIX =
  /^(?:(?:updated|posted|published)\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T?\b)?\s*(?:[-–—:|]\s+)/i;

/** An all-capitals place opening a wire story, up to its dash: "KESSMARK - ", "PORT VELORIA, May 3 (Wire) — ". */
const DATELINE_PREFIX =
  /^\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^–—\n]{0,40}?|\s*\([^)\n]{1,40}\))?\s+[-–—]\s+(?=\p{Lu}|["“‘])/u;

/** A place or two and a colon opening a wire story: "New Delhi / Mumbai: ", "Kessmark: ". */
const PLACE_COLON_PREFIX = /^\p{Lu}\p{Ll}+(?:[\s/,-]+\p{Lu}\p{Ll}+){0,3}:\s+(?=\p{Lu})/u;

/** Lines about the article, not the news: credits, bylines, stamps ("Posted 09:12 | Newsdesk"), captions. */
const CREDIT =
  /^(?:written\s+by|(?:posted|filed|updated|published|first\s+published)\s+(?:on|at|by|in|:|\d)|(?:additional\s+)?reporting\s+(?:from|by)|compiled\s+(?:from|by)|contributors?\s*:|(?:photo(?:graph)?s?|images?|pictures?|credits?|captions?)\s*(?::|by\b)|watch\s*:|listen\s+(?:to|live|again|now)\b|advertisement\b|sponsored\b|promoted\b)/i;

/** A byline: "By Jane Roe" or "By Jane Roe, Harbour Desk", names only. */
const BYLINE = /^By\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:,|$)/u;

/** Promotion addressed to the reader (a news sentence about subscribers or apps stays). */
const PROMOTION =
  /\b(?:free\s+trial|unlimited\s+access|sign\s+up\s+(?:for|to|now|today|here)|subscribe\s+(?:to|now|today|for|here)|subscribers?\s+(?:only|can|get|receive|enjoy)|(?:our|the)\s+(?:app|newsletter)\b|click\s+here|all\s+rights\s+reserved|terms\s+of\s+(?:use|service))/i;

/** The outlet addressing its readers: social-media calls, "exclusive pictures" of its own. */
const SELF_PROMOTION =
  /^(?:follow|like|join|find)\b.{0,60}\b(?:instagram|facebook|twitter|tiktok|youtube|linkedin|whatsapp|telegram)\b|\bhas\s+exclusive\s+(?:pictures|photos|video|footage|images|interview)\b/i;

/** A time or number cut off by the end of the text: "… the blaze began before 9." (9.30pm lost). */
const CUT_END = /\b(?:at|before|after|by|around|about|from|to|until|since|of)\s+\d{1,2}\.$/i;

/** Line starts a reader accepts: a capital, a digit, an opening quote or bracket. */
const START = /^["“‘'(]?[\p{Lu}\p{N}]/u;

/** Line ends of a finished sentence: terminal punctuation, possibly inside a closing quote or bracket. */
const END = /[.!]["”’')]?$|[.!?]["”’]$/;

/**
 * A connective that only adds or sets beside ("Meanwhile, ", "Separately, ", "In addition, "), before
 * a name or a capitalised noun: the sentence after it states the same fact on its own. Connectives of
 * contrast, cause or time ("However", "As a result", "Earlier") stay: without them the fact changes.
 */
const ADDITIVE_PREFIX =
  /^(?:Meanwhile|Separately|Elsewhere|Additionally|In addition|Moreover|Furthermore|Besides),\s+(?=["“]?\p{Lu})/u;

/**
 * Strips a leading live-update time or all-capitals dateline off `range` of `text`, then an additive
 * connective; the rest of the passage.
 */
export function trimLead(text: string, range: Range): Range {
  const passage = text.slice(range.start, range.end);
  const lead = TIME_PREFIX.exec(passage) ?? DATELINE_PREFIX.exec(passage) ?? PLACE_COLON_PREFIX.exec(passage);
  const start = range.start + (lead ? lead[0].length : 0);
  const connective = ADDITIVE_PREFIX.exec(text.slice(start, range.end));
  return { start: start + (connective ? connective[0].length : 0), end: range.end };
}

/**
 * True when the passage `range` of `text` is a clean sentence of running text: it starts like a
 * sentence and ends like one, stays on one line, is not a credit, byline, promotion or boilerplate
 * unit, is not set in capitals (a headline) or built of separators ("Home | News"), is not half
 * of a number or time that sentence splitting cut ("… at around 4." + "30am and …"), and is not
 * the middle of a quotation whose speaker is named elsewhere.
 */
export function isCleanLine(text: string, range: Range): boolean {
  const passage = text.slice(range.start, range.end);
  if (/[\n|]/.test(passage) || !START.test(passage) || !END.test(passage)) return false;
  if (/\d\.\s*$/.test(text.slice(Math.max(0, range.start - 4), range.start)) && /^\d/.test(passage))
    return false;
  if (/\d\.$/.test(passage) && /^\s*\d/.test(text.slice(range.end, range.end + 4))) return false;
  if (CUT_END.test(passage) || insideQuote(text, range)) return false;
  if (CREDIT.test(passage) || BYLINE.test(passage) || PROMOTION.test(passage)) return false;
  if (SELF_PROMOTION.test(passage)) return false;
  if (classifyFooterUnit(passage) !== null) return false;
  if (/https?:\/\/|www\.|@\w+\.\w/.test(passage)) return false;
  const letters = passage.replace(/[^\p{L}]/gu, '');
  const capitals = passage.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && capitals.length / letters.length < 0.5;
}

/**
 * True when the passage sits inside a quotation that opened in an earlier sentence of its paragraph
 * or goes on after it: the middle of a speaker's words, without the speaker.
 */
function insideQuote(text: string, range: Range): boolean {
  const before = text.slice(text.lastIndexOf('\n', range.start - 1) + 1, range.start);
  const passage = text.slice(range.start, range.end);
  const opened = count(before, /“/g) > count(before, /”/g) || count(before, /"/g) % 2 === 1;
  // A quote mark after the passage on the same line, not opening a word: the close of a quotation.
  const closesAfter =
    /^[ \t]*["”](?!\p{L})/u.test(text.slice(range.end, range.end + 4)) && !/["“]/.test(passage);
  return opened || closesAfter;
}

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}
