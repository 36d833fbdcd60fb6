/**
 * Brief: story + findings → the story's briefing (data). Every line is a passage of a source article,
 * cited to it and to the equivalent passages of other outlets; only labels (dispute topics, questions)
 * are templated. Sections with nothing to say stay empty.
 */
import * as config from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { Entry, Fact, QuoteLine, StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { Findings, TimelineEvent } from '../model/findings.ts';
import type { Story } from '../model/story.ts';
import { startsDangling } from '../reconcile/self-contained.ts';
import { contentWords, overlapRatio } from '../text/index.ts';
import { buildQuestions } from './build-questions.ts';
import { cite, lineOf } from './cite.ts';
import { type BriefContext, briefContext } from './context.ts';
import { pickDistinctive } from './pick-distinctive.ts';
import { entityList } from './pick-entities.ts';
import { pickPapers } from './pick-papers.ts';
import { holdsAny, mainGroup, pickSummary } from './pick-summary.ts';
import { pickThemes } from './pick-themes.ts';

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
  const ctx = briefContext(findings, items, order);
  const errors = ctx.errors;
  const summary = pickSummary(ctx, o);
  const themes = pickThemes(ctx, summary, o);
  const papers = pickPapers(ctx, o);
  return {
    id: story.id,
    headline: headlineOf(ctx, o.minHeadlineWords),
    articles: order,
    summary,
    facts: pickFacts(findings, articles, errors, o.maxFacts, o.maxSummaryOverlap),
    disputes: findings.disputes.map((d) => ({
      topic: d.topic,
      variants: d.variants.map((v) => ({
        value: v.value,
        citations: v.citations.map(cite),
        ...(v.weekday ? { weekday: v.weekday } : {}),
      })),
      ...(d.why ? { why: d.why } : {}),
      ...(d.likelyError ? { likelyError: { ...d.likelyError } } : {}),
    })),
    timeline: pickTimeline(findings, articles, o.maxTimeline, o.maxUpcoming),
    quotes: quoteLines(findings, articles),
    entities: entityList(findings.entities, o.maxEntities, o.maxSpelledEntities),
    perSource: pickDistinctive(ctx, o),
    questions: buildQuestions(ctx, o),
    ...(themes.length ? { themes } : {}),
    ...(papers.length ? { papers } : {}),
  };
}

/**
 * The title of the most central article that has one (central: shares the most statements with other
 * outlets, the main event counting double); a lead sentence only when no article has a title.
 */
function headlineOf(ctx: BriefContext, minWords: number): string {
  const { findings, order } = ctx;
  const score = new Map<string, number>(order.map((id) => [id, 0]));
  const main = mainGroup(findings);
  for (const g of findings.facts) {
    if (g.outlets.length < 2) continue;
    for (const m of g.members)
      score.set(m.article, (score.get(m.article) ?? 0) + g.outlets.length * (g === main ? 2 : 1));
  }
  const ranked = [...order].sort(
    (a, b) => score.get(b)! - score.get(a)! || order.indexOf(a) - order.indexOf(b),
  );
  for (const id of ranked) {
    const title = ctx.article(id).title?.replace(/\s+/g, ' ').trim();
    if (title && title.split(' ').length >= minWords) return title;
  }
  for (const id of ranked) {
    const s = findings.statements.find((x) => x.article === id && !x.fragment && ctx.linesAlone(x));
    if (s) return ctx.textOf(s).replace(/\s+/g, ' ').trim();
  }
  return ranked.length ? (ctx.article(ranked[0]).title ?? '') : '';
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

/**
 * The timeline in date order: past events (the main event first, then the most widely told, at most
 * `max`) and the upcoming ones (`upcoming`, after the story's latest report; at most `maxUpcoming`).
 */
function pickTimeline(
  findings: Findings,
  articles: ReadonlyMap<string, Article>,
  max: number,
  maxUpcoming: number,
): Entry[] {
  const pick = (events: readonly TimelineEvent[], n: number) =>
    events
      .map((e, i) => ({ e, i }))
      .sort(
        (a, b) => Number(b.e.main) - Number(a.e.main) || b.e.outlets.length - a.e.outlets.length || a.i - b.i,
      )
      .slice(0, n)
      .sort((a, b) => a.i - b.i)
      .map(({ e }) => e);
  const line = (e: TimelineEvent) => ({ ...lineOf(articles, e.representative, e.citations), date: e.date });
  return [
    ...pick(findings.timeline, max).map(line),
    ...pick(findings.upcoming ?? [], maxUpcoming).map((e) => ({ ...line(e), upcoming: true as const })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * One line per quote group: the most central wording, cited wherever it is verbatim; other wordings
 * beside it. A group whose words one of the same speaker's lines already holds joins that line as a
 * wording: one speaker's quote is never listed twice.
 */
function quoteLines(findings: Findings, articles: ReadonlyMap<string, Article>): QuoteLine[] {
  const groups = [...findings.quotes].sort(
    (a, b) => new Set(b.items.map((x) => x.outlet)).size - new Set(a.items.map((x) => x.outlet)).size,
  );
  const flat = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const out: QuoteLine[] = [];
  for (const g of groups) {
    const main = g.items[0];
    const held = out.find(
      (l) =>
        l.speaker === g.speaker &&
        [l.text, ...(l.wordings ?? []).map((w) => w.text)].some((t) => flat(t).includes(flat(main.text))),
    );
    if (held) {
      held.wordings = [...(held.wordings ?? []), ...g.items.map((x) => lineOf(articles, x.citation, []))];
      continue;
    }
    const same = g.items.filter((x) => x.text === main.text);
    const others = g.items.filter((x) => x.text !== main.text);
    const line: QuoteLine = {
      speaker: g.speaker,
      text: main.text,
      citations: same.map((x) => cite(x.citation)),
    };
    if (others.length) line.wordings = others.map((x) => lineOf(articles, x.citation, []));
    out.push(line);
  }
  return out;
}
