/**
 * The small slice of the DOM the extractor uses, over linkedom (no browser types in this project).
 */
import { createRequire } from 'node:module';
import { installSelectorCache } from './selector-cache.ts';

const require = createRequire(import.meta.url);
let loaded: typeof import('linkedom') | undefined;

/** linkedom, loaded by the first HTML page (text inputs never need it), with its selectors cached. */
function linkedom(): typeof import('linkedom') {
  if (loaded === undefined) {
    installSelectorCache(require);
    loaded = require('linkedom') as typeof import('linkedom');
  }
  return loaded;
}

/** A DOM node, as far as the extractor looks at it. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

/** A DOM element, as far as the extractor looks at it. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

/** A parsed HTML document. */
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Node types used by the walkers. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses HTML into a document with linkedom. A fragment (no `<html>` element) is wrapped in a page
 * first: linkedom gives a fragment no `body`, and Readability needs one.
 */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return linkedom().parseHTML(page).document as unknown as DomDocument;
}

/** The elements matching `selector`, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}
