/**
 * Test helper: builds analyzed articles from a fixture with hand-written annotations, so reconcile
 * and brief tests do not depend on the NLP stage. Sentences are split at . ! ? within paragraphs;
 * every listed name, date and quote is located in the text (names longest first, no overlaps).
 */
import { readFileSync } from 'node:fs';
import type {
  AnalyzedArticle,
  DateMention,
  EntityKind,
  Mention,
  Quote,
  Sentence,
} from '../../src/model/annotations.ts';
import type { Article } from '../../src/model/article.ts';
import type { Story } from '../../src/model/story.ts';

/** One article of a fixture, annotations listed by hand. */
export interface HandArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  paragraphs: string[];
  mentions: Array<[string, EntityKind]>;
  dates: Array<[string, string, DateMention['precision'], DateMention['kind']]>;
  quotes: Array<[string, string | null]>;
}

/** A fixture: a story and its hand-annotated articles. */
export interface HandFixture {
  story: Story;
  articles: HandArticle[];
}

/** Reads `test/fixtures/<stage>/<name>/<file>` as JSON. */
export function readFixture<T>(stage: string, name: string, file: string): T {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${stage}/${name}/${file}`, import.meta.url), 'utf8'),
  ) as T;
}

/** Builds one analyzed article from its hand annotations. */
export function handAnnotate(h: HandArticle): AnalyzedArticle {
  const text = h.paragraphs.join('\n\n');
  const paragraphs = h.paragraphs.map((p, i) => {
    const start = h.paragraphs.slice(0, i).reduce((n, q) => n + q.length + 2, 0);
    return { start, end: start + p.length };
  });
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const m of text.slice(p.start, p.end).matchAll(/[^.!?]+(?:[.!?]+["”»’]*|$)/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      sentences.push({
        index: sentences.length,
        paragraph: pi,
        start: p.start + m.index + lead,
        end: p.start + m.index + m[0].trimEnd().length,
      });
    }
  });
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
  const mentions: Mention[] = [];
  for (const [name, kind] of [...h.mentions].sort((a, b) => b[0].length - a[0].length)) {
    for (const m of text.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))) {
      const start = m.index;
      const end = start + name.length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      mentions.push({ start, end, text: name, kind, sentence: sentenceOf(start), method: 'hand' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const dates: DateMention[] = h.dates.map(([t, value, precision, kind]) => {
    const start = text.indexOf(t);
    if (start < 0) throw new Error(`date "${t}" not in ${h.id}`);
    return { start, end: start + t.length, text: t, value, precision, kind, sentence: sentenceOf(start) };
  });
  const quotes: Quote[] = h.quotes.map(([t, speaker]) => {
    const start = text.indexOf(t);
    if (start < 0) throw new Error(`quote "${t}" not in ${h.id}`);
    return { start, end: start + t.length, text: t, speaker, sentence: sentenceOf(start) };
  });
  const article: Article = {
    id: h.id,
    title: h.title,
    outlet: h.outlet,
    author: null,
    published: h.published,
    language: 'en',
    text,
    paragraphs,
    extraction: { method: 'plain-text', sources: {}, removed: [] },
    diagnostics: [],
    usable: true,
  };
  return { article, annotations: { article: h.id, sentences, tokens: [], mentions, dates, quotes } };
}

/** Reads a hand-annotated fixture: its story and analyzed articles. */
export function loadHandFixture(stage: string, name: string): { story: Story; items: AnalyzedArticle[] } {
  const f = readFixture<HandFixture>(stage, name, 'input.json');
  return { story: f.story, items: f.articles.map(handAnnotate) };
}
