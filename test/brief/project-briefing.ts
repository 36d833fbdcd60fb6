/**
 * Test helper: the reviewable projection of a briefing that golden `expected.json` files pin
 * (texts, statuses, values and cited article ids, no character offsets).
 */
import type { StoryBriefing } from '../../src/model/briefing.ts';

const cited = (cs: Array<{ article: string }>) => [...new Set(cs.map((c) => c.article))].sort();

/** Projects a briefing onto what a reviewer checks by eye. */
export function projectBriefing(b: StoryBriefing) {
  return {
    headline: b.headline,
    summary: b.summary.map((l) => ({ text: l.text, cites: cited(l.citations) })),
    facts: b.facts.map((f) => ({ text: f.text, status: f.status, sources: f.sources })),
    disputes: b.disputes.map((d) => ({
      topic: d.topic,
      values: d.variants.map((v) => v.value),
      likelyError: d.likelyError?.value ?? null,
    })),
    timeline: b.timeline.map((e) => ({ date: e.date, text: e.text, cites: cited(e.citations) })),
    quotes: b.quotes.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      wordings: (q.wordings ?? []).map((w) => w.text),
    })),
    entities: b.entities.map((e) => ({ name: e.name, aliases: e.aliases })),
    perSource: b.perSource.map((p) => ({ article: p.article, lines: p.distinctive.map((l) => l.text) })),
    questions: b.questions,
    themes: (b.themes ?? []).map((t) => ({ label: t.label, lines: t.lines.map((l) => l.text) })),
    papers: (b.papers ?? []).map((l) => l.text),
  };
}
