/**
 * Brief: story + findings → the story's briefing (data). Every line is a passage of a source article,
 * cited to it and to the equivalent passages of other outlets; only labels (dispute topics, questions)
 * are templated. Sections with nothing to say stay empty.
 */
import * as config from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { Entity, Fact, QuoteLine, StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { Findings } from '../model/findings.ts';
import type { Story } from '../model/story.ts';
import { contentWords, overlapRatio } from '../reconcile/content-words.ts';
import { startsDangling } from '../reconcile/self-contained.ts';
import { buildQuestions } from './build-questions.ts';
import { cite, lineOf } from './cite.ts';
import { pickDistinctive } from './pick-distinctive.ts';
import { holdsAny, pickSummary } from './pick-summary.ts';

/** Options of the brief stage: `config.brief`, any field overridable. */
export type BriefOptions = { -readonly [K in keyof typeof config.brief]: (typeof config.brief)[K] };

/** Writes the briefing of one story from its articles and the reconcile findings. */
export function briefStory(
  story: Story,
  items: AnalyzedArticle[],
  findings: Findings,
  options: Partial<BriefOptions> = {},
): StoryBriefing {
  const o: BriefOptions = { ...config.brief, ...options };
  const articles = new Map<string, Article>(items.map((a) => [a.article.id, a.article]));
  const order = [
    ...story.articles.filter((id) => articles.has(id)),
    ...items.map((a) => a.article.id).filter((id) => !story.articles.includes(id)),
  ];
  const errors = errorPassages(findings);
  return {
    id: story.id,
    headline: headlineOf(order, articles, findings),
    articles: order,
    summary: pickSummary(findings, articles, errors, o),
    facts: pickFacts(findings, articles, errors, o.maxFacts, o.maxSummaryOverlap),
    disputes: findings.disputes.map((d) => ({
      topic: d.topic,
      variants: d.variants.map((v) => ({ value: v.value, citations: v.citations.map(cite) })),
      ...(d.likelyError ? { likelyError: { ...d.likelyError } } : {}),
    })),
    timeline: pickTimeline(findings, articles, o.maxTimeline),
    quotes: quoteLines(findings, articles),
    entities: entityList(findings, o.maxEntities),
    perSource: pickDistinctive(findings, order, articles, errors, o),
    questions: buildQuestions(findings, articles, errors, o),
  };
}

/** The passages of values judged likely errors (never shown as a line). */
function errorPassages(findings: Findings): Citation[] {
  return findings.disputes.flatMap((d) =>
    d.likelyError
      ? (d.variants.find((v) => v.value === d.likelyError!.value)?.citations ?? []).filter(
          (c) => c.article === d.likelyError!.article,
        )
      : [],
  );
}

/** The most central article's title, else its first statement. */
function headlineOf(order: string[], articles: ReadonlyMap<string, Article>, findings: Findings): string {
  const first = articles.get(order[0]);
  if (!first) return '';
  if (first.title?.trim()) return first.title.trim();
  const s = findings.statements.find((x) => x.article === first.id && !x.fragment) ?? findings.statements[0];
  return s ? first.text.slice(s.start, s.end) : '';
}

function pickFacts(
  findings: Findings,
  articles: ReadonlyMap<string, Article>,
  errors: readonly Citation[],
  max: number,
  maxOverlap: number,
): Fact[] {
  const out: Fact[] = [];
  const sets: Set<string>[] = [];
  for (const g of findings.facts) {
    if (out.length >= max) break;
    const textOf = (r: Citation) => articles.get(r.article)!.text.slice(r.start, r.end);
    const shown = [g.representative, ...g.members].find(
      (m) => !startsDangling(textOf(m)) && !holdsAny(m, errors),
    );
    if (!shown) continue;
    const set = new Set(contentWords(textOf(shown)));
    if (sets.some((s) => overlapRatio(s, set) > maxOverlap)) continue;
    sets.push(set);
    out.push({ ...lineOf(articles, shown, g.members), status: g.status, sources: g.outlets.length });
  }
  return out;
}

function pickTimeline(findings: Findings, articles: ReadonlyMap<string, Article>, max: number) {
  const kept = [...findings.timeline]
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) => Number(b.e.main) - Number(a.e.main) || b.e.outlets.length - a.e.outlets.length || a.i - b.i,
    )
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  return kept.map(({ e }) => ({ ...lineOf(articles, e.representative, e.citations), date: e.date }));
}

/** One line per quote group: the most central wording, cited wherever it is verbatim; other wordings beside it. */
function quoteLines(findings: Findings, articles: ReadonlyMap<string, Article>): QuoteLine[] {
  const groups = [...findings.quotes].sort(
    (a, b) => new Set(b.items.map((x) => x.outlet)).size - new Set(a.items.map((x) => x.outlet)).size,
  );
  return groups.map((g) => {
    const main = g.items[0];
    const same = g.items.filter((x) => x.text === main.text);
    const others = g.items.filter((x) => x.text !== main.text);
    const line: QuoteLine = {
      speaker: g.speaker,
      text: main.text,
      citations: same.map((x) => cite(x.citation)),
    };
    if (others.length) line.wordings = others.map((x) => lineOf(articles, x.citation, []));
    return line;
  });
}

function weight(e: Findings['entities'][number]): number {
  return e.mentions.length + (e.descriptions?.length ?? 0);
}

function entityList(findings: Findings, max: number): Entity[] {
  return (
    findings.entities
      .filter((e) => e.kind !== 'other')
      // An entity the articles describe (a role, an appositive) is worth a card even when named once.
      .sort((a, b) => weight(b) - weight(a) || b.articles.length - a.articles.length)
      .slice(0, max)
      .map((e) => {
        const out: Entity = { name: e.name, kind: e.kind, aliases: e.aliases, articles: e.articles };
        if (e.roles.length) out.roles = e.roles;
        if (e.descriptions?.length)
          out.descriptions = e.descriptions.map((d) => ({
            text: d.text,
            citations: d.citations.map(cite),
            outlets: d.outlets,
          }));
        return out;
      })
  );
}
