/**
 * Numbering citations: each distinct cited passage of a story gets one number, in reading order.
 */

import type { StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { ArticleIndex } from './describe-article.ts';

/** A key that is equal for two citations of the same passage. */
export function citationKey(c: Citation): string {
  return `${c.article}:${c.start}:${c.end}`;
}

/** The HTML id of the element that shows a cited passage (`c-<article>-<start>-<end>`). */
export function citationId(c: Citation): string {
  return `c-${c.article.replace(/[^A-Za-z0-9_-]/g, '_')}-${c.start}-${c.end}`;
}

/** Every citation of a story in the order a reader meets it (summary first, outlets last). */
export function citationsInReadingOrder(story: StoryBriefing): Citation[] {
  return [
    ...story.summary.flatMap((l) => l.citations),
    ...story.facts.flatMap((l) => l.citations),
    ...story.disputes.flatMap((d) => d.variants.flatMap((v) => v.citations)),
    ...(story.themes ?? []).flatMap((t) => t.lines.flatMap((l) => l.citations)),
    ...(story.papers ?? []).flatMap((l) => l.citations),
    ...story.timeline.flatMap((l) => l.citations),
    ...story.quotes.flatMap((q) => [...q.citations, ...(q.wordings ?? []).flatMap((w) => w.citations)]),
    // The per-outlet list is shown only when there is no papers section (see the renderers).
    ...(story.papers?.length
      ? []
      : story.perSource.flatMap((p) => p.distinctive.flatMap((l) => l.citations))),
  ];
}

/** The numbered passages of one story: `number(c)` gives a citation's number, `list` the passages in order. */
export interface CitationNumbers {
  /** The 1-based number of a citation (every citation of the story has one). */
  number(c: Citation): number;
  /** The distinct cited passages, in number order. */
  list: Citation[];
}

/** Numbers the distinct cited passages of a story from 1, in reading order. */
export function numberCitations(story: StoryBriefing): CitationNumbers {
  const numbers = new Map<string, number>();
  const list: Citation[] = [];
  for (const c of citationsInReadingOrder(story)) {
    const key = citationKey(c);
    if (numbers.has(key)) continue;
    list.push(c);
    numbers.set(key, list.length);
  }
  return {
    list,
    number(c) {
      const n = numbers.get(citationKey(c));
      if (n === undefined) throw new Error(`citation ${citationKey(c)} is not part of the story`);
      return n;
    },
  };
}

/**
 * The passage a citation points to, or null when the article is unknown or the range is not inside its text.
 */
export function passageOf(articles: ArticleIndex, c: Citation): string | null {
  const article = articles.get(c.article);
  if (!article || !isValidRange(c, article.text.length)) return null;
  return article.text.slice(c.start, c.end);
}

/** True when `[start, end)` is a well-formed range inside a text of the given length. */
export function isValidRange(c: { start: number; end: number }, length: number): boolean {
  return (
    Number.isInteger(c.start) &&
    Number.isInteger(c.end) &&
    c.start >= 0 &&
    c.start <= c.end &&
    c.end <= length
  );
}
