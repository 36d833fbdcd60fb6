/**
 * An HTML element to paragraphs of plain text: blocks and `<br><br>` break, tags stripped, entities decoded.
 */
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.ts';
import { normaliseSpace } from './draft.ts';

/** One paragraph of a page, with how much of it is link text. */
export interface HtmlParagraph {
  text: string;
  /** Share of its characters inside `<a>` elements (0–1). */
  linkDensity: number;
  /** True for `h1`–`h6`. */
  heading: boolean;
  /** True when all its text sits inside `<time>` elements (a date line such as "3 May"). */
  timeOnly: boolean;
}

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED CANVAS BUTTON SELECT OPTION TEXTAREA INPUT FIGURE PICTURE VIDEO AUDIO MATH HEAD TITLE LINK META'.split(
    ' ',
  ),
);
const CELL = new Set(['TD', 'TH']);
/** Stands for a `<br>` until the paragraph is flushed (a private-use character never found in text). */
const BR = '\uE000';

/**
 * Walks `root` and returns its paragraphs in document order.
 *
 * Every block element (p, div, li, h1–h6, blockquote, …) starts and ends a paragraph; two `<br>` in a
 * row split a paragraph, a single `<br>` is a space; table cells are separated by spaces. Scripts,
 * styles, forms, media and figures (captions included) are skipped. Text comes from linkedom's text
 * nodes, so entities are already decoded.
 */
export function htmlToParagraphs(root: DomNode): HtmlParagraph[] {
  const out: HtmlParagraph[] = [];
  let buffer = '';
  let linkChars = 0;
  let timeChars = 0;
  let heading = false;
  const flush = (): void => {
    const pieces = buffer.split(new RegExp(`${BR}\\s*${BR}[\\s${BR}]*`));
    const total = Math.max(1, normaliseSpace(buffer.replaceAll(BR, ' ')).length);
    for (const piece of pieces) {
      const text = normaliseSpace(piece.replaceAll(BR, ' '));
      const timeOnly = pieces.length === 1 && timeChars >= total;
      if (text !== '') out.push({ text, linkDensity: Math.min(1, linkChars / total), heading, timeOnly });
    }
    buffer = '';
    linkChars = 0;
    timeChars = 0;
    heading = false;
  };
  const walk = (node: DomNode, inLink: boolean, inTime: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += text;
      if (inLink) linkChars += normaliseSpace(text).length;
      if (inTime) timeChars += normaliseSpace(text).length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if ((node as DomElement).getAttribute('hidden') !== null) return;
    if (name === 'BR') {
      buffer += BR;
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (/^H[1-6]$/.test(name)) heading = true;
    if (CELL.has(name)) buffer += ' ';
    const link = inLink || name === 'A';
    const time = inTime || name === 'TIME';
    for (const child of Array.from(node.childNodes)) walk(child, link, time);
    if (CELL.has(name)) buffer += ' ';
    if (block) flush();
  };
  walk(root, false, false);
  flush();
  return out;
}
