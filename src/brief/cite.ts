/**
 * Lines from passages: a briefing line's text is always a source passage, cited first, followed by
 * the equivalent passages of other outlets.
 */
import type { Article } from '../model/article.ts';
import type { Line } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';

/** A plain citation (drops any extra fields the finding carried). */
export function cite(c: Citation): Citation {
  return { article: c.article, start: c.start, end: c.end };
}

/** The line whose text is the passage `shown`, cited to it and then to `others` (duplicates dropped). */
export function lineOf(
  texts: ReadonlyMap<string, Article>,
  shown: Citation,
  others: readonly Citation[],
): Line {
  const citations = [cite(shown)];
  for (const c of others)
    if (!citations.some((x) => x.article === c.article && x.start === c.start && x.end === c.end))
      citations.push(cite(c));
  return { text: texts.get(shown.article)!.text.slice(shown.start, shown.end), citations };
}
