/**
 * Parallax's own main-content finder over the light DOM: boilerplate pruned by tag, role and
 * class/id words, text blocks scored by length, commas and link density, the best container taken
 * with its related siblings.
 */

import { TEXT_NODE } from './dom.ts';
import { LightElement, type LightNode, type LightText } from './light-dom.ts';
import type { ExtractOptions } from './options.ts';

/** Elements that never hold article text. */
const DROP_TAGS = new Set(
  'script style noscript template svg iframe object embed canvas button select option textarea input nav aside footer figure picture video audio math head title link meta dialog menu'.split(
    ' ',
  ),
);
/** ARIA roles of page chrome. */
const DROP_ROLES = /^(?:navigation|banner|contentinfo|complementary|menu|menubar|dialog|alert|search)$/i;
/** Class/id words of page chrome and boxes inside articles (words, or parts of hyphenated names). */
const NEGATIVE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|side-?bar|share|sharing|social|related|recirc|recommend(?:ed|ations)?|comments?|disqus|promo|promotion|newsletter|subscribe|subscription|signup|cookie|consent|gdpr|advert|ads?|ad-slot|sponsor(?:ed)?|banner|popup|modal|pagination|pager|tags?|byline|author-bio|bio|toolbar|outbrain|taboola|more-stories|read-more|trending|most-popular|popular|widget|masthead|skip|hidden|visually-hidden|sr-only|caption|credit|meta|dateline|timestamp|print-only|inline-related|teaser)(?:$|[\s_-])/i;
/** Class/id words of the article body: protect an element from the negative words. */
const POSITIVE =
  /(?:^|[\s_-])(?:article|articlebody|article-body|story-body|entry-content|post-content|post-body|main-content|content-body|body-text|story|text|prose|rich-text)(?:$|[\s_-])/i;
/** Elements whose text makes a scored block. */
const BLOCK_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'h2', 'h3', 'h4']);
/** Containers that may hold paragraphs directly as text. */
const TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center']);

/** The scorer's thresholds (a subset of `ExtractOptions`; see `config.extract`). */
export type ContentOptions = Pick<
  ExtractOptions,
  | 'blockMinChars'
  | 'raiseScoreShare'
  | 'raiseTextShare'
  | 'siblingMinScore'
  | 'siblingScoreShare'
  | 'siblingParagraphChars'
  | 'chromeMaxShare'
  | 'raiseMaxLevels'
  | 'raiseBlockShare'
  | 'raiseMinGain'
>;

/** Text and link-text length of an element (whitespace-normalised characters). */
interface Stat {
  text: number;
  link: number;
  commas: number;
  /** Text inside scored blocks with little link text (paragraph text). */
  block: number;
}

/** Why an element is page chrome, or null when it may hold the article. */
function chromeReason(el: LightElement): string | null {
  if (DROP_TAGS.has(el.tag)) return el.tag;
  if (el.tag === 'html' || el.tag === 'body' || el.tag === 'main' || el.tag === '#document') return null;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return 'hidden';
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return 'hidden';
  if (a.role && DROP_ROLES.test(a.role)) return 'role';
  const words = `${a.class ?? ''} ${a.id ?? ''}`;
  if (words.length > 1 && words.length < 300 && NEGATIVE.test(words) && !POSITIVE.test(words)) return 'class';
  return null;
}

/** Elements whose content is code, not text. */
const CODE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Visible text length of an element: whitespace-normalised, scripts and styles left out. */
function textLength(el: LightElement): number {
  let n = 0;
  for (const c of el.childNodes) {
    if (c.nodeType === TEXT_NODE) n += (c as LightText).textContent.replace(/\s+/g, ' ').trim().length;
    else if (!CODE_TAGS.has((c as LightElement).tag)) n += textLength(c as LightElement);
  }
  return n;
}

/**
 * Removes page chrome from `root` in place (the tree is the extractor's own copy): elements that never
 * hold text (scripts, nav, aside, footer, figures, forms' controls), hidden ones, and those whose
 * role or class/id names chrome — unless they hold `maxShare` of the page's text or more (a class
 * such as "page-ad-margins" may sit on the wrapper of the whole page).
 */
export function pruneChrome(root: LightElement, maxShare: number): void {
  const pass = (keep: (el: LightElement, reason: string) => boolean): void => {
    const walk = (el: LightElement): void => {
      for (let i = el.childNodes.length - 1; i >= 0; i--) {
        const c = el.childNodes[i];
        if (c.nodeType === TEXT_NODE) continue;
        const child = c as LightElement;
        const reason = chromeReason(child);
        if (reason !== null && !keep(child, reason)) el.childNodes.splice(i, 1);
        else walk(child);
      }
    };
    walk(root);
  };
  // First what is chrome by its tag or is hidden; then, against the text left, chrome by role or class.
  pass((_, reason) => reason === 'class' || reason === 'role');
  const total = textLength(root);
  pass((el) => el.tag === 'article' || textLength(el) >= total * maxShare);
}

/** Computes text/link/comma counts of every element (post-order). */
function measure(root: LightElement, stats: Map<LightElement, Stat>, minChars: number): Stat {
  const s: Stat = { text: 0, link: 0, commas: 0, block: 0 };
  for (const c of root.childNodes) {
    if (c.nodeType === TEXT_NODE) {
      const t = (c as LightText).textContent;
      s.text += t.replace(/\s+/g, ' ').trim().length;
      s.commas += (t.match(/[,，、]/g) ?? []).length;
    } else {
      const cs = measure(c as LightElement, stats, minChars);
      s.text += cs.text;
      s.commas += cs.commas;
      s.block += cs.block;
      s.link += (c as LightElement).tag === 'a' ? cs.text : cs.link;
    }
  }
  if (isBlock(root, s, minChars) && s.link < s.text / 2) s.block = s.text;
  stats.set(root, s);
  return s;
}

/** True for a text block: a paragraph-like element, or a container with its own text, long enough. */
function isBlock(el: LightElement, st: Stat, minChars: number): boolean {
  if (st.text < minChars) return false;
  return BLOCK_TAGS.has(el.tag) || (TEXT_CONTAINERS.has(el.tag) && ownText(el) >= minChars);
}

/** Direct text length of an element (its own text nodes, not its children's). */
function ownText(el: LightElement): number {
  let n = 0;
  for (const c of el.childNodes)
    if (c.nodeType === TEXT_NODE) n += (c as LightText).textContent.replace(/\s+/g, ' ').trim().length;
  return n;
}

/** The main-content elements chosen by the scorer, with the winner's score. */
export interface ContentPick {
  nodes: LightElement[];
  score: number;
}

/**
 * Finds the main content of a pruned page, readability-style but over the light DOM.
 *
 * Every text block (p, pre, td, blockquote, li, h2–h4, or a div with its own text) of at least
 * `blockMinChars` scores 1 + commas + length/100 (up to 3); the score goes to its parent in full,
 * its grandparent by half and the next by a third. A candidate's score is multiplied by
 * (1 − link density). The best candidate is raised to its parent while the parent holds most of the
 * text as well; its siblings join when they score a share of it or are long low-link paragraphs.
 */
export function findContent(root: LightElement, config: ContentOptions): ContentPick | null {
  const stats = new Map<LightElement, Stat>();
  measure(root, stats, config.blockMinChars);
  const scores = new Map<LightElement, number>();
  const walk = (el: LightElement): void => {
    for (const c of el.childNodes) {
      if (c.nodeType === TEXT_NODE) continue;
      const child = c as LightElement;
      const st = stats.get(child) as Stat;
      if (isBlock(child, st, config.blockMinChars)) {
        const score = 1 + st.commas + Math.min(3, Math.floor(st.text / 100));
        let p = child.parent;
        for (let level = 1; p && level <= 3 && stats.has(p); level++, p = p.parent) {
          scores.set(p, (scores.get(p) ?? 0) + score / level);
        }
      }
      walk(child);
    }
  };
  walk(root);
  let best: LightElement | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const st = stats.get(el) as Stat;
    const final = s * (1 - st.link / Math.max(1, st.text));
    scores.set(el, final);
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  if (!best) return null;
  // Raise to the parent while it adds little link text and the best holds most of its text.
  while (best.parent && stats.has(best.parent)) {
    const st = stats.get(best) as Stat;
    const ps = stats.get(best.parent) as Stat;
    const parentScore = scores.get(best.parent) ?? 0;
    if (parentScore >= bestScore * config.raiseScoreShare && st.text >= ps.text * config.raiseTextShare) {
      best = best.parent;
    } else break;
  }
  // Raise further over ancestors that add mostly paragraph text (an article split into chunks).
  let cur = best;
  for (
    let a = best.parent, level = 0;
    a && stats.has(a) && level < config.raiseMaxLevels;
    a = a.parent, level++
  ) {
    const st = stats.get(cur) as Stat;
    const as = stats.get(a) as Stat;
    const added = as.text - st.text;
    if (added < config.blockMinChars) continue;
    const addedBlock = as.block - st.block;
    if (addedBlock >= added * config.raiseBlockShare && addedBlock >= st.block * config.raiseMinGain) {
      cur = a;
      best = a;
    } else break;
  }
  const parent = best.parent;
  if (!parent || !stats.has(parent)) return { nodes: [best], score: bestScore };
  const threshold = Math.max(config.siblingMinScore, bestScore * config.siblingScoreShare);
  const nodes: LightElement[] = [];
  for (const c of parent.childNodes) {
    if (c.nodeType === TEXT_NODE) continue;
    const sib = c as LightElement;
    if (sib === best) {
      nodes.push(sib);
      continue;
    }
    const st = stats.get(sib) as Stat;
    const density = st.link / Math.max(1, st.text);
    if ((scores.get(sib) ?? 0) >= threshold) nodes.push(sib);
    else if (sib.tag === 'p' && st.text >= config.siblingParagraphChars && density < 0.25) nodes.push(sib);
  }
  return { nodes, score: bestScore };
}

/** Wraps chosen nodes in one container element (for the paragraph walker), without moving them. */
export function container(nodes: LightNode[]): LightElement {
  const box = new LightElement('div', {}, null);
  box.childNodes.push(...nodes);
  return box;
}
