/**
 * Quote groups: quotes with a known speaker, grouped across outlets when the speaker is the same
 * entity and the words are similar (or one quote contains the other); near-identical words group
 * even when outlets name the speaker differently.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { EntityFinding, QuoteGroup, QuoteItem } from '../model/findings.ts';
import { outletOf } from './collect-statements.ts';
import { contentWords, fold, jaccard, overlapRatio } from './content-words.ts';
import { normaliseName } from './name-key.ts';
import { UnionFind } from './union-find.ts';

/** Jaccard above which two quotes are the same words whoever the speaker is said to be. */
const SAME_WORDS = 0.6;

interface Item extends QuoteItem {
  speaker: string;
  set: Set<string>;
  flat: string;
}

/** Groups the quotes of a story's articles by speaker and wording. */
export function groupQuotes(
  items: AnalyzedArticle[],
  entities: EntityFinding[],
  entityOf: ReadonlyMap<string, string>,
  similarity: number,
  honorifics: ReadonlySet<string>,
): QuoteGroup[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byName = new Map<string, string>();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases])
      byName.set(normaliseName(n, true, honorifics).keys.join(' '), e.name);
  const quotes: Item[] = [];
  for (const { article, annotations } of items) {
    for (const q of annotations.quotes) {
      if (!q.speaker) continue;
      let speaker = q.speaker.trim();
      const bound = q.speakerRange && findEntity(entityOf, article.id, q.speakerRange, annotations.mentions);
      if (bound) speaker = byId.get(bound)?.name ?? speaker;
      else speaker = byName.get(normaliseName(speaker, true, honorifics).keys.join(' ')) ?? speaker;
      quotes.push({
        text: q.text,
        citation: { article: article.id, start: q.start, end: q.end },
        outlet: outletOf(article),
        speaker,
        set: new Set(contentWords(q.text)),
        flat: fold(q.text)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      });
    }
  }
  const uf = new UnionFind(quotes.length);
  for (let i = 0; i < quotes.length; i++)
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i];
      const b = quotes[j];
      if (a.citation.article === b.citation.article) continue;
      const sim = jaccard(a.set, b.set);
      const contains = a.flat.includes(b.flat) || b.flat.includes(a.flat);
      // Outlets paraphrase a speaker: a short rendering shares a part of the long one's words.
      const close = sim >= similarity || overlapRatio(a.set, b.set) >= similarity || contains;
      if (sim >= SAME_WORDS || (a.speaker === b.speaker && close)) uf.union(i, j);
    }
  return uf.groups().map((g) => ({
    speaker: mostCommon(g.map((i) => quotes[i].speaker)),
    items: g.map((i) => ({ text: quotes[i].text, citation: quotes[i].citation, outlet: quotes[i].outlet })),
  }));
}

function findEntity(
  entityOf: ReadonlyMap<string, string>,
  article: string,
  range: { start: number; end: number },
  mentions: AnalyzedArticle['annotations']['mentions'],
): string | undefined {
  // Only a mention that covers the whole speaker names it ("Afghanistan's officials" is not Afghanistan).
  const m = mentions.find((x) => x.start <= range.start && range.end <= x.end + 2);
  return m && entityOf.get(`${article}:${m.start}`);
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
