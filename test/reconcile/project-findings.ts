/**
 * Test helper: the reviewable projection of findings that golden `expected.json` files pin
 * (names, values and article ids, no character offsets).
 */
import type { Findings } from '../../src/model/findings.ts';

/** Projects findings onto what a reviewer checks by eye. */
export function projectFindings(f: Findings) {
  return {
    entities: f.entities
      .filter((e) => e.kind !== 'other')
      .map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, articles: e.articles.length })),
    disputes: f.disputes.map((d) => ({
      topic: d.topic,
      values: d.variants.map((v) => v.value),
      likelyError: d.likelyError ? { article: d.likelyError.article, value: d.likelyError.value } : null,
    })),
    timeline: f.timeline.map((e) => ({ date: e.date, main: e.main, outlets: [...e.outlets].sort() })),
    quotes: f.quotes.map((q) => ({ speaker: q.speaker, outlets: q.items.map((i) => i.outlet) })),
    corroborated: f.facts.filter((g) => g.outlets.length >= 2).map((g) => [...g.outlets].sort()),
  };
}
