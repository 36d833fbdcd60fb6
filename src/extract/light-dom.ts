/**
 * A light DOM built with htmlparser2's streaming parser: enough of the DOM for the extractor
 * (`dom.ts` interfaces) at a fraction of the cost of a full DOM.
 */

import { extract as extractConfig } from '../config.ts';
import { lazyRequire } from '../util/lazy-require.ts';
import { type DomDocument, type DomElement, ELEMENT_NODE, TEXT_NODE } from './dom.ts';

/** htmlparser2, loaded by the first HTML page (text inputs never need it; ~0.1 s of CPU to import). */
const htmlparser2 = lazyRequire<typeof import('htmlparser2')>('htmlparser2');

/** A text node of the light DOM. */
export class LightText {
  readonly nodeType = TEXT_NODE;
  readonly nodeName = '#text';
  readonly childNodes: LightNode[] = [];
  constructor(
    public textContent: string,
    public parent: LightElement | null,
  ) {}
}

/** One simple selector part: tag, attribute tests (`[a]`, `[a="v"]`, `[a*="v"]`). */
interface Simple {
  tag: string | null;
  attrs: Array<{ name: string; op: '' | '=' | '*='; value: string }>;
}

/** Parses a selector list of simple selectors with descendant combinators (all the extractor uses). */
function parseSelector(selector: string): Simple[][] {
  return selector.split(',').map((part) =>
    part
      .trim()
      .split(/\s+/)
      .map((s) => {
        const tag = /^[a-z][a-z0-9-]*/i.exec(s)?.[0]?.toLowerCase() ?? null;
        const attrs = [...s.matchAll(/\[([\w:-]+)(?:(\*?=)"([^"]*)")?\]/g)].map((m) => ({
          name: m[1].toLowerCase(),
          op: (m[2] ?? '') as '' | '=' | '*=',
          value: m[3] ?? '',
        }));
        return { tag, attrs };
      }),
  );
}

const selectorCache = new Map<string, Simple[][]>();

/** An element of the light DOM. */
export class LightElement {
  readonly nodeType = ELEMENT_NODE;
  readonly childNodes: LightNode[] = [];
  constructor(
    /** Lower-case tag name. */
    public readonly tag: string,
    public readonly attribs: Record<string, string>,
    public parent: LightElement | null,
  ) {}
  get nodeName(): string {
    return this.tag.toUpperCase();
  }
  get textContent(): string {
    let s = '';
    const walk = (n: LightNode): void => {
      if (n.nodeType === TEXT_NODE) s += n.textContent;
      else for (const c of n.childNodes) walk(c);
    };
    walk(this);
    return s;
  }
  getAttribute(name: string): string | null {
    return this.attribs[name] ?? null;
  }
  /** Detaches this element from its parent. */
  remove(): void {
    if (!this.parent) return;
    const i = this.parent.childNodes.indexOf(this);
    if (i >= 0) this.parent.childNodes.splice(i, 1);
    this.parent = null;
  }
  private matchesSimple(s: Simple): boolean {
    if (s.tag && s.tag !== this.tag) return false;
    for (const a of s.attrs) {
      const v = this.attribs[a.name];
      if (v === undefined) return false;
      if (a.op === '=' && v !== a.value) return false;
      if (a.op === '*=' && !v.includes(a.value)) return false;
    }
    return true;
  }
  private matches(chain: Simple[]): boolean {
    if (!this.matchesSimple(chain[chain.length - 1])) return false;
    let i = chain.length - 2;
    for (let p = this.parent; p && i >= 0; p = p.parent) if (p.matchesSimple(chain[i])) i--;
    return i < 0;
  }
  querySelectorAll(selector: string): LightElement[] {
    let chains = selectorCache.get(selector);
    if (!chains) {
      chains = parseSelector(selector);
      selectorCache.set(selector, chains);
    }
    const out: LightElement[] = [];
    const list = chains;
    const walk = (n: LightElement): void => {
      for (const c of n.childNodes) {
        if (c.nodeType !== ELEMENT_NODE) continue;
        const el = c as LightElement;
        if (list.some((chain) => el.matches(chain))) out.push(el);
        walk(el);
      }
    };
    walk(this);
    return out;
  }
  querySelector(selector: string): LightElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

/** A node of the light DOM. */
export type LightNode = LightElement | LightText;

/** A parsed page: the root, `<html>`, `<body>` and the `<title>` text. */
export interface LightDocument extends DomDocument {
  root: LightElement;
  documentElement: LightElement;
  body: LightElement;
  /** Characters of text left out because the page's text passed `maxText` (0 when none). */
  textCut: number;
}

/** Elements whose text is code or data, not page text: not counted against the text budget. */
const CODE_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Parses HTML into a light DOM (entities decoded, tags lower-cased, implied closes as browsers do).
 * The document always has an `<html>` and a `<body>` (fragments are wrapped). Elements nested deeper
 * than `maxDepth` are flattened into their ancestor at that depth, so tree walks stay bounded. Text
 * (outside scripts and styles) past `maxText` characters is left out and counted in `textCut`, so
 * that a 20 MB paragraph costs the later walks no more than `maxText` does.
 */
export function parseLight(
  html: string,
  maxDepth: number = extractConfig.maxTreeDepth,
  maxText: number = extractConfig.maxPageTextChars,
): LightDocument {
  const root = new LightElement('#document', {}, null);
  let current = root;
  let depth = 0;
  let textLeft = maxText;
  let textCut = 0;
  // Tags opened below `maxDepth` are not built; their closes are counted off (htmlparser2 closes in LIFO order).
  let flattened = 0;
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attribs) {
        if (depth >= maxDepth) {
          flattened++;
          return;
        }
        const el = new LightElement(name, attribs, current);
        current.childNodes.push(el);
        current = el;
        depth++;
      },
      onclosetag() {
        if (flattened > 0) flattened--;
        else if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
      ontext(whole) {
        let text = whole;
        if (!CODE_TEXT.has(current.tag)) {
          if (textLeft <= 0) {
            textCut += text.length;
            return;
          }
          if (text.length > textLeft) {
            text = text.slice(0, textLeft);
            textCut += whole.length - text.length;
          }
          textLeft -= text.length;
        }
        const last = current.childNodes[current.childNodes.length - 1];
        if (last && last.nodeType === TEXT_NODE) last.textContent += text;
        else current.childNodes.push(new LightText(text, current));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const htmlEl = root.querySelector('html') ?? root;
  const body = htmlEl.querySelector('body') ?? htmlEl;
  const titleEl = htmlEl.querySelector('title');
  return {
    root,
    documentElement: htmlEl,
    body,
    title: titleEl?.textContent.trim() ?? '',
    textCut,
    querySelector: (s) => root.querySelector(s) as DomElement | null,
    querySelectorAll: (s) => root.querySelectorAll(s) as unknown as ArrayLike<DomElement>,
  };
}

/** Elements with no closing tag. */
const VOID_TAGS = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/** Inline formatting left out when serialising (its text is kept): fewer nodes for Readability to walk. */
const INLINE_UNWRAP = new Set(
  'span font b i em strong u small abbr cite mark sup sub label ins del s q time'.split(' '),
);

/** Escapes text for HTML (`&`, `<`, `>`; and `"` in attribute values). */
const escapeHtml = (s: string, attr: boolean): string =>
  s.replace(
    attr ? /[&<>"]/g : /[&<>]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * Serialises a light-DOM node back to HTML (the pruned page handed to Readability is a fraction of
 * the original, so parsing it again costs a fraction too). Elements without text (images, empty
 * wrappers, icons) and inline formatting tags (`span`, `b`, `em`, …; their text stays) are left out,
 * and only `class` and `id` attributes are kept: they are all Readability and the paragraph walker
 * look at.
 */
export function serializeLight(node: LightNode): string {
  const out: string[] = [];
  /** Writes `n`; returns true when it holds visible text (else what it wrote is taken back). */
  const walk = (n: LightNode): boolean => {
    if (n.nodeType === TEXT_NODE) {
      out.push(escapeHtml(n.textContent, false));
      return /\S/.test(n.textContent);
    }
    const el = n as LightElement;
    const named = el.tag !== '#document' && !INLINE_UNWRAP.has(el.tag);
    const mark = out.length;
    if (named) {
      out.push(`<${el.tag}`);
      for (const name of ['class', 'id']) {
        const v = el.attribs[name];
        if (v !== undefined) out.push(` ${name}="${escapeHtml(v, true)}"`);
      }
      out.push('>');
      if (VOID_TAGS.has(el.tag)) return el.tag === 'br' || el.tag === 'img';
    }
    let text = false;
    for (const c of el.childNodes) if (walk(c)) text = true;
    if (!text) {
      out.length = mark;
      return false;
    }
    if (named) out.push(`</${el.tag}>`);
    return true;
  };
  walk(node);
  return out.join('');
}
