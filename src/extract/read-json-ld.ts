/**
 * JSON-LD metadata: the NewsArticle / Article node of a page, in arrays, `@graph` or `mainEntity`.
 */
import { extract as extractConfig } from '../config.ts';
import { all, type DomDocument } from './dom.ts';

/** What the article node of a page's JSON-LD says. */
export interface LdArticle {
  headline?: string;
  authors: string[];
  published?: string;
  publisher?: string;
  language?: string;
  /** The `articleBody` text, when the page gives one (often truncated or without paragraph breaks). */
  articleBody?: string;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w*NewsArticle|\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

/** Parses one script body; tolerates HTML comments and CDATA wrappers; null when it is not JSON. */
function parseJson(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

/** Objects of a page's JSON-LD, and whether some lay deeper than `maxJsonLdDepth` (and were ignored). */
interface LdNodes {
  nodes: Json[];
  tooDeep: boolean;
}

/**
 * Every object in a JSON-LD value (arrays, `@graph`, `mainEntity` flattened), walked with an explicit
 * stack: the structure is untrusted, and a recursive walk overflowed the call stack at 10,000 levels.
 * Levels deeper than `maxDepth` are ignored (real pages nest a handful) and reported through `out.tooDeep`.
 */
function collect(root: unknown, maxDepth: number, out: LdNodes): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > maxDepth) {
      if (value && typeof value === 'object') out.tooDeep = true;
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
    } else if (value && typeof value === 'object') {
      const obj = value as Json;
      out.nodes.push(obj);
      if (obj.mainEntity && typeof obj.mainEntity === 'object') stack.push([obj.mainEntity, depth + 1]);
      if (obj['@graph']) stack.push([obj['@graph'], depth + 1]);
    }
  }
}

/** The JSON-LD objects of each parsed page, read once: metadata and the extraction cascade both ask. */
const read = new WeakMap<DomDocument, LdNodes>();

function ldNodes(document: DomDocument): LdNodes {
  let found = read.get(document);
  if (!found) {
    found = { nodes: [], tooDeep: false };
    for (const script of all(document, 'script[type="application/ld+json"]')) {
      collect(parseJson(script.textContent ?? ''), extractConfig.maxJsonLdDepth, found);
    }
    read.set(document, found);
  }
  return found;
}

/** True when the page's JSON-LD nests deeper than `config.extract.maxJsonLdDepth` (the deeper part was ignored). */
export function jsonLdTooDeep(document: DomDocument): boolean {
  return ldNodes(document).tooDeep;
}

/** The `@type` values of a node. */
function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The names in a person/organisation value (string, object, array, or `@id` reference). */
function namesOf(value: unknown, byId: Map<string, Json>, people: boolean): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => namesOf(v, byId, people));
  if (!value || typeof value !== 'object') return [];
  let node = value as Json;
  if (typeof node['@id'] === 'string' && !node.name) node = byId.get(node['@id']) ?? node;
  if (people && typesOf(node).includes('Organization')) return [];
  return typeof node.name === 'string' ? [node.name] : [];
}

/** First string of a value that may be a string or an array of strings. */
function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string');
  return undefined;
}

/**
 * Reads the article node of a page's JSON-LD: headline, author names (people first, organisations
 * only when no person is named), datePublished, publisher name, inLanguage, articleBody. Null when
 * there is none.
 */
export function readJsonLd(document: DomDocument): LdArticle | null {
  const { nodes } = ldNodes(document);
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  const node = articles.find((n) => n.headline) ?? articles[0];
  if (!node) return null;
  const people = namesOf(node.author, byId, true);
  const authors = people.length > 0 ? people : namesOf(node.author, byId, false);
  const out: LdArticle = { authors: authors.map((a) => a.trim()).filter((a) => a !== '') };
  const headline = firstString(node.headline) ?? firstString(node.name);
  if (headline) out.headline = headline;
  const published = firstString(node.datePublished) ?? firstString(node.dateCreated);
  if (published) out.published = published;
  const publisher =
    namesOf(node.publisher, byId, false)[0] ?? namesOf(node.sourceOrganization, byId, false)[0];
  if (publisher) out.publisher = publisher;
  const lang = firstString(node.inLanguage);
  if (lang) out.language = lang;
  const body = articles.map((n) => firstString(n.articleBody)).find((b) => b?.trim());
  if (body) out.articleBody = body;
  return out;
}
