/**
 * Statements: every sentence of every article of a story, trimmed, with its content words and the
 * entities it mentions. The unit that facts, the timeline and the brief are built from.
 */

import * as config from '../config.ts';
import { readDateline } from '../extract/read-dateline.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { StatementRef } from '../model/findings.ts';
import { outletRegistry } from '../outlets/outlet-registry.ts';
import { wireCreditOf } from '../outlets/wire-credit.ts';
import { contentWords } from '../text/index.ts';

/** A sentence of one article, ready for comparison. */
export interface Statement extends StatementRef {
  /** Position of its article in the story (0 = most central). */
  item: number;
  /** Index of its paragraph in the article. */
  paragraph: number;
  text: string;
  /** Content-word stems, plus `@<entity id>` for each entity it mentions. */
  words: string[];
  set: Set<string>;
  /** True for questions and too-short fragments: never shown as a fact. */
  fragment: boolean;
  /** Its article's independence key (`sourceKeyOf`): what counting supporting sources counts once. */
  source: string;
}

/** The article fields that name its outlet. */
export type OutletKeyed = Pick<Article, 'id' | 'outlet'> & Partial<Pick<Article, 'url'>>;

/**
 * The outlet of an article: the registry's name for it (by the name it gives or its URL's domain, so
 * "AP" and "Associated Press" are one outlet), else its outlet as given, else its id when the outlet
 * is unknown (so that two unknown outlets never count as one).
 */
export function outletOf(article: OutletKeyed): string {
  return outletRegistry().forArticle(article)?.name ?? (article.outlet?.trim() || article.id);
}

/** The article fields that name its source: its outlet, the original it copies (if any), its text (a wire's dateline). */
export type SourceKeyed = OutletKeyed & Partial<Pick<Article, 'duplicateOf' | 'text'>>;

/**
 * The independence key of an article: what "N independent sources" counts once.
 *
 * It is the article's outlet (`outletOf`), except for a near-duplicate (`duplicateOf`, set by dedup
 * on syndicated copy republished by another outlet under a new headline) whose original is in
 * `byId`: the copy takes its original's key, so a wire story and its copies count as one source.
 * Dedup links every copy straight to the original, so one step suffices. A copy whose original is
 * not in `byId` keeps its own outlet (there is nothing to merge it with). An article whose dateline
 * credits a wire service of the outlet registry ("LONDON (Reuters) -") is that wire's copy: its key is
 * the wire, so the wire's own story and every republication of it count once. Use this for counting
 * (fact support, dispute majorities, likely errors, the briefing checker) and `outletOf` for names.
 */
export function sourceKeyOf(article: SourceKeyed, byId: ReadonlyMap<string, SourceKeyed>): string {
  const original = article.duplicateOf === undefined ? undefined : byId.get(article.duplicateOf);
  const source = original ?? article;
  return wireCreditOf(source.text, outletRegistry()) ?? outletOf(source);
}

/** Trims whitespace and list markers off a range of `text`; returns the trimmed `[start, end)`. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s\-–—•*]/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/** Bounds on how many sentences of a story become statements (every pair of them may be compared). */
export interface StatementCaps {
  maxArticleStatements: number;
  maxStoryStatements: number;
  minArticleStatements: number;
}

/**
 * Sentences of each article read as statements: `maxArticleStatements`, fewer when the story has so
 * many articles that they would pass `maxStoryStatements` in all, but never under `minArticleStatements`
 * (the lead and the facts after it). Later sentences are left out of the comparison.
 */
export function statementQuota(articles: number, caps: StatementCaps): number {
  const share = Math.floor(caps.maxStoryStatements / Math.max(1, articles));
  return Math.min(caps.maxArticleStatements, Math.max(caps.minArticleStatements, share));
}

/**
 * Builds the statements of the story's articles, in story order (each article's first sentences up to
 * `statementQuota`: statements are compared pairwise, so their number bounds the work of reconcile).
 * `entityOf` maps `article:start` of a mention to its entity id, so that spellings of one name match.
 */
export function collectStatements(
  items: AnalyzedArticle[],
  entityOf: ReadonlyMap<string, string>,
  minWords: number,
  caps: StatementCaps = config.reconcile,
): Statement[] {
  const out: Statement[] = [];
  const quota = statementQuota(items.length, caps);
  const byId = new Map(items.map((a) => [a.article.id, a.article]));
  items.forEach(({ article, annotations }, item) => {
    const outlet = outletOf(article);
    const source = sourceKeyOf(article, byId);
    const mentionsBySentence = new Map<number, string[]>();
    for (const m of annotations.mentions) {
      const id = entityOf.get(`${article.id}:${m.start}`);
      if (!id) continue;
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push(`@${id}`);
      mentionsBySentence.set(m.sentence, list);
    }
    const sentences = annotations.sentences;
    sentences.slice(0, quota).forEach((s, k) => {
      const opensParagraph = k === 0 || sentences[k - 1]!.paragraph !== s.paragraph;
      const [start, end] = withoutDateline(
        article.text,
        ...trimRange(article.text, s.start, s.end),
        opensParagraph,
      );
      if (end <= start) return;
      const text = article.text.slice(start, end);
      const words = [...contentWords(text), ...(mentionsBySentence.get(s.index) ?? [])];
      const plain = words.filter((w) => !w.startsWith('@')).length;
      out.push({
        article: article.id,
        start,
        end,
        outlet,
        sentence: s.index,
        item,
        paragraph: s.paragraph,
        text,
        words,
        set: new Set(words),
        fragment: plain < minWords || /\?\s*$/.test(text),
        source,
      });
    });
  });
  return out;
}

/**
 * A statement that opens a paragraph starts after its dateline ("KESSMARK, May 3 (Wire) - "): the
 * dateline is where and when the report was filed, not part of what it states, and a line shown from
 * the statement reads as the sentence. Only a sentence that opens a paragraph can carry one, and the
 * sentence after it must start like a sentence (a capital, a digit or a quotation mark).
 */
export function withoutDateline(
  text: string,
  start: number,
  end: number,
  opensParagraph: boolean,
): [number, number] {
  if (!opensParagraph) return [start, end];
  const dateline = readDateline(text.slice(start, end));
  if (!dateline || !/^["“‘]?[\p{Lu}\p{N}]/u.test(text.slice(start + dateline.length, end)))
    return [start, end];
  return [start + dateline.length, end];
}
