/**
 * Marking ranges in a text as HTML: paragraphs become `<p>`, each range becomes `<mark>` elements.
 *
 * Ranges may nest, overlap or cross paragraphs. Nested ranges become nested elements; a range that
 * crosses another range's end or a paragraph break is split into several `<mark>` pieces. Every piece
 * carries `data-c="<id>"`; the first piece also carries `id="<id>"` so `#<id>` links land on it, and the
 * ids of split ranges are returned so the page can highlight all their pieces together.
 */
import { escapeHtml } from './escape-html.ts';

/** A range to mark, with the HTML id its first piece gets (must be unique and safe in HTML and CSS). */
export interface MarkRange {
  id: string;
  start: number;
  end: number;
}

/** The marked-up text and the ids of ranges that had to be split into several pieces. */
export interface MarkedText {
  html: string;
  split: string[];
}

interface Span {
  start: number;
  end: number;
}

/** Finds the paragraphs of a text: maximal runs without a blank line, trimmed of surrounding whitespace. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r\f\v]*\n))*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    spans.push({ start, end });
  }
  return spans;
}

/** Splits each range into the parts that fall inside paragraphs; a range in no paragraph gets an empty part. */
function piecesByParagraph(ranges: MarkRange[], paragraphs: Span[]): MarkRange[][] {
  const out: MarkRange[][] = paragraphs.map(() => []);
  for (const r of ranges) {
    let placed = false;
    paragraphs.forEach((p, i) => {
      const start = Math.max(r.start, p.start);
      const end = Math.min(r.end, p.end);
      if (start < end || (r.start === r.end && r.start >= p.start && r.start <= p.end)) {
        out[i].push({ id: r.id, start, end });
        placed = true;
      }
    });
    if (placed) continue;
    // Only whitespace (or nothing) is cited: keep the anchor at the next paragraph so the link still lands.
    const next = paragraphs.findIndex((p) => p.start >= r.start);
    const i = next >= 0 ? next : paragraphs.length - 1;
    const at = next >= 0 ? paragraphs[i].start : paragraphs[i].end;
    out[i].push({ id: r.id, start: at, end: at });
  }
  return out;
}

/** Escapes text and turns single line breaks into `<br>`. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/**
 * Renders `text` as `<p>` paragraphs with every range wrapped in `<mark>` (see the module comment).
 *
 * Ranges outside the text are ignored; the caller checks them first (see `isValidRange`).
 */
export function markRanges(text: string, ranges: readonly MarkRange[]): MarkedText {
  const unique = [...new Map(ranges.map((r) => [r.id, r])).values()].filter(
    (r) => r.start >= 0 && r.start <= r.end && r.end <= text.length,
  );
  let paragraphs = paragraphSpans(text);
  if (paragraphs.length === 0) paragraphs = [{ start: 0, end: text.length }];
  const pieces = piecesByParagraph(unique, paragraphs);
  const count = new Map<string, number>();
  const open = (id: string) => {
    const n = count.get(id) ?? 0;
    count.set(id, n + 1);
    return n === 0 ? `<mark id="${id}" data-c="${id}">` : `<mark data-c="${id}">`;
  };
  const html = paragraphs.map((p, i) => `<p>${markParagraph(text, p, pieces[i], open)}</p>`).join('\n');
  const split = [...count].filter(([, n]) => n > 1).map(([id]) => id);
  return { html, split };
}

/** Marks the pieces of one paragraph with a stack of open elements, closing and reopening across overlaps. */
function markParagraph(text: string, p: Span, pieces: MarkRange[], open: (id: string) => string): string {
  const cuts = [...new Set([p.start, p.end, ...pieces.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const stack: MarkRange[] = [];
  let html = '';
  let pos = p.start;
  for (const at of cuts) {
    html += textHtml(text.slice(pos, at));
    pos = at;
    const lowest = stack.findIndex((r) => r.end === at);
    if (lowest >= 0) {
      const closed = stack.splice(lowest);
      html += '</mark>'.repeat(closed.length);
      for (const r of closed.filter((r) => r.end !== at)) {
        html += open(r.id);
        stack.push(r);
      }
    }
    const starting = pieces
      .filter((r) => r.start === at)
      .sort((a, b) => b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const r of starting) {
      html += open(r.id);
      if (r.end === at) html += '</mark>';
      else stack.push(r);
    }
  }
  return html;
}
