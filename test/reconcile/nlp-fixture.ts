/**
 * Test helper: a reconcile fixture written as plain articles (`input.json`: id, outlet, published,
 * paragraphs), annotated by the real NLP stage and put in one story in the listed order.
 */
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import type { DisputeFinding, TimelineEvent } from '../../src/model/findings.ts';
import type { Story } from '../../src/model/story.ts';
import { annotate } from '../../src/nlp/index.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { articleFrom } from '../nlp/fixture-article.ts';
import { readFixture } from './hand-annotate.ts';

/** One article of a plain fixture. */
export interface PlainArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  paragraphs: string[];
}

/** Reads `test/fixtures/reconcile/<name>/input.json` and annotates its articles. */
export function loadPlainFixture(name: string): { story: Story; items: AnalyzedArticle[] } {
  const { articles } = readFixture<{ articles: PlainArticle[] }>('reconcile', name, 'input.json');
  const items = articles.map((a) => {
    const article = { ...articleFrom(a.id, a.paragraphs.join('\n\n'), a.published), outlet: a.outlet };
    return { article, annotations: annotate(article) };
  });
  return { story: { id: `s-${name}`, articles: articles.map((a) => a.id) }, items };
}

/** The entries of a reconciled story's timeline and "what's next", each as `<date> <representative text>`. */
export function timelineTexts(
  f: { timeline: TimelineEvent[]; upcoming?: TimelineEvent[] },
  items: readonly AnalyzedArticle[],
): string[] {
  return [...f.timeline, ...(f.upcoming ?? [])].map((e) => {
    const a = items.find((i) => i.article.id === e.representative.article)!.article;
    return `${e.date} ${a.text.slice(e.representative.start, e.representative.end)}`;
  });
}

/** The disputes of one story of texts, each `[text, published]` from an outlet of its own, whose key starts with `prefix`. */
export function disputesOfTexts(texts: Array<[string, string]>, prefix: string): DisputeFinding[] {
  const items = texts.map(([text, published], i) => {
    const article = { ...articleFrom(`d${i}`, text, published), outlet: `Outlet ${i}` };
    return { article, annotations: annotate(article) };
  });
  const f = reconcileStory({ id: 's', articles: items.map((x) => x.article.id) }, items);
  return f.disputes.filter((d) => d.key.startsWith(prefix));
}
