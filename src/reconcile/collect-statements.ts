/**
 * Statements: every sentence of every article of a story, trimmed, with its content words and the
 * entities it mentions. The unit that facts, the timeline and the brief are built from.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { StatementRef } from '../model/findings.ts';
import { contentWords } from './content-words.ts';

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
}

/** The outlet of an article, or its id when the outlet is unknown (so that two unknown outlets never count as one). */
export function outletOf(article: Article): string {
  return article.outlet?.trim() || article.id;
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
  items.forEach(({ article, annotations }, item) => {
    const outlet = outletOf(article);
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
      });
    }
  });
  return out;
}
