/**
 * Statements: every sentence of every article of a story, trimmed, with its content words and the
 * entities it mentions. The unit that facts, the timeline and the brief are built from.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { StatementRef } from '../model/findings.ts';
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

/** The outlet of an article, or its id when the outlet is unknown (so that two unknown outlets never count as one). */
export function outletOf(article: Pick<Article, 'id' | 'outlet'>): string {
  return article.outlet?.trim() || article.id;
}

/** The article fields that name its source: its outlet, and the original it copies (if any). */
export type SourceKeyed = Pick<Article, 'id' | 'outlet'> & Partial<Pick<Article, 'duplicateOf'>>;

/**
 * The independence key of an article: what "N independent sources" counts once.
 *
 * It is the article's outlet (`outletOf`), except for a near-duplicate (`duplicateOf`, set by dedup
 * on syndicated copy republished by another outlet under a new headline) whose original is in
 * `byId`: the copy takes its original's key, so a wire story and its copies count as one source.
 * Dedup links every copy straight to the original, so one step suffices. A copy whose original is
 * not in `byId` keeps its own outlet (there is nothing to merge it with). Use this for counting
 * (fact support, dispute majorities, likely errors, the briefing checker) and `outletOf` for names.
 */
export function sourceKeyOf(article: SourceKeyed, byId: ReadonlyMap<string, SourceKeyed>): string {
  const original = article.duplicateOf === undefined ? undefined : byId.get(article.duplicateOf);
  return outletOf(original ?? article);
}

/** Trims whitespace and list markers off a range of `text`; returns the trimmed `[start, end)`. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s\-–—•*]/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/**
 * Builds the statements of the story's articles, in story order.
 * `entityOf` maps `article:start` of a mention to its entity id, so that spellings of one name match.
 */
export function collectStatements(
  items: AnalyzedArticle[],
  entityOf: ReadonlyMap<string, string>,
  minWords: number,
): Statement[] {
  const out: Statement[] = [];
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
    for (const s of annotations.sentences) {
      const [start, end] = trimRange(article.text, s.start, s.end);
      if (end <= start) continue;
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
    }
  });
  return out;
}
