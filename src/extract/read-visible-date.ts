/**
 * The date a page shows near its headline ("November 18, 2019", "Published: 18 Nov 2019 10:02"),
 * read strictly as a date line, for pages without a machine-readable date and to correct a UTC day.
 */
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.ts';
import { normaliseSpace } from './draft.ts';
import { parseDate } from './parse-date.ts';
import { readMetaLine } from './read-meta-line.ts';

/**
 * Text nodes looked at after the headline. Why: the date line sits in the header block, after the
 * headline, a standfirst, a caption, the byline and a row of share buttons (up to ~20 short nodes on
 * real pages); calibrated on the AEB metadata gold, where every visible date was within 20 nodes.
 */
const WINDOW_NODES = 25;
/** A `<p>` text of this many words (not in a caption) is article prose: the scan stops there, never reading dates in the body. */
const PROSE_WORDS = 25;
/** Longest text read as a date line (a date, a time, a label, a short byline around it). */
const MAX_LINE_CHARS = 100;
/** Classes and ids of the elements that hold a page's date and byline. */
const MARKED = /date|time|publish|posted|byline|meta/i;
/** Image captions, which sit between headline and date on many pages and are not the article's prose. */
const CAPTION = /caption/i;
/** Tags whose text is never visible. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'option']);
/** A label alone in its node that says the next date is an update. */
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified)\s*(?:on|at)?\s*:?$/i;
/** A line that opens as an update, not the publication. */
const UPDATE_LINE = /^(?:last\s+)?(?:updated|modified)\b/i;
/** A line that names the publication too (readMetaLine then reads that date, not the update's). */
const PUBLISHED_LABEL = /\b(?:published|posted)\b/i;
/** A time alone in its node ("5:50 PM"), joined to a date-only node just before it. */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,5})?$/i;

/** A date the page shows: ISO value (date or timestamp) and whether it was labelled as an update. */
export interface VisibleDate {
  value: string;
  updated: boolean;
}

interface Node {
  text: string;
  marked: string | null;
  /** Inside a `<p>` that is not part of a figure or caption. */
  prose: boolean;
}

/** The visible text nodes after the first headline (`article h1`, else `h1`), with their marked ancestor's text. */
function nodesAfterHeadline(document: DomDocument): Node[] {
  const h1 = document.querySelector('article h1') ?? document.querySelector('h1');
  const root = document.body;
  if (!h1 || !root) return [];
  const out: Node[] = [];
  let seen = false;
  const walk = (n: DomNode, marked: string | null, inP: boolean, caption: boolean): boolean => {
    if (out.length >= WINDOW_NODES) return false;
    if (n.nodeType === TEXT_NODE) {
      const text = normaliseSpace(n.textContent ?? '');
      if (seen && text !== '') out.push({ text, marked, prose: inP && !caption });
      return true;
    }
    if (n.nodeType !== ELEMENT_NODE) return true;
    const el = n as DomElement;
    const tag = el.nodeName.toLowerCase();
    if (HIDDEN.has(tag)) return true;
    if (el === h1) {
      seen = true;
      return true;
    }
    const mark = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const own = MARKED.test(mark) ? normaliseSpace(el.textContent ?? '') : '';
    const nextMarked = own !== '' && own.length <= MAX_LINE_CHARS ? own : marked;
    const inCaption = caption || tag === 'figure' || tag === 'figcaption' || CAPTION.test(mark);
    for (const c of Array.from(n.childNodes))
      if (!walk(c, nextMarked, inP || tag === 'p', inCaption)) return false;
    return true;
  };
  walk(root as DomNode, null, false, false);
  return out;
}

/** A text read wholly as a date line, or null. */
function dateOf(text: string): string | null {
  if (text.length > MAX_LINE_CHARS) return null;
  return readMetaLine(text, MAX_LINE_CHARS, false)?.published ?? null;
}

/**
 * The date shown near the headline: the first published date line in the text nodes after the
 * `<h1>` (or the whole text of an element whose class/id names a date, time, byline or meta block),
 * before the first paragraph of prose. A date labelled "Updated" is taken only when no other is
 * shown. A date-only node followed by a time-only node ("Nov. 19, 2019" · "5:50 PM") is read as one.
 */
export function readVisibleDate(document: DomDocument): VisibleDate | null {
  const nodes = nodesAfterHeadline(document);
  let updatedDate: VisibleDate | null = null;
  let prevText = '';
  for (let i = 0; i < nodes.length; i++) {
    const { text, marked, prose } = nodes[i];
    if (prose && text.split(' ').length >= PROSE_WORDS) break;
    const own = dateOf(text);
    const line = own || !marked ? text : marked;
    let value = own ?? (marked ? dateOf(marked) : null);
    if (value && !value.includes('T') && TIME_ONLY.test(nodes[i + 1]?.text ?? '')) {
      const joined = parseDate(`${text} ${nodes[i + 1].text}`);
      if (joined.ok) value = joined.value;
    }
    if (value) {
      const updated = UPDATE_LABEL.test(prevText) || (UPDATE_LINE.test(line) && !PUBLISHED_LABEL.test(line));
      if (!updated) return { value, updated };
      updatedDate ??= { value, updated };
    }
    prevText = text;
  }
  return updatedDate;
}
