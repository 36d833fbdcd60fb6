/**
 * Reconcile: one story's articles → findings. Merges entities, groups sentences into facts,
 * extracts claims (numbers with what they count, the main event's dates), finds disputes and likely
 * errors, builds the timeline and groups quotes. Pure: the input is never mutated.
 */
import * as config from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DisputeFinding, FactGroup, Findings } from '../model/findings.ts';
import type { Story } from '../model/story.ts';
import { diagnose } from '../util/diagnose.ts';
import { borrowTimeFrame } from './borrow-dates.ts';
import { buildTimeline } from './build-timeline.ts';
import { clusterFacts } from './cluster-facts.ts';
import { collectStatements, type Statement } from './collect-statements.ts';
import { describeEntities } from './describe-entities.ts';
import { describeStatements } from './describe-statements.ts';
import { extractEventDates } from './extract-event-dates.ts';
import { extractNumbers } from './extract-numbers.ts';
import { findDateDispute, findNumberDisputes } from './find-disputes.ts';
import { groupQuotes } from './group-quotes.ts';
import { mergeEntities } from './merge-entities.ts';
import { pickRepresentative } from './pick-representative.ts';
import { cosine, tfidfVectors } from './similarity.ts';

/** Options of the reconcile stage: `config.reconcile`, any field overridable. */
export type ReconcileOptions = {
  -readonly [K in keyof typeof config.reconcile]: (typeof config.reconcile)[K];
};

/** Reconciles one story: what its articles agree on, where they differ, and what each adds. */
export function reconcileStory(
  story: Story,
  items: AnalyzedArticle[],
  options: Partial<ReconcileOptions> = {},
): Findings {
  const o: ReconcileOptions = { ...config.reconcile, ...options };
  const borrowed = borrowTimeFrame(storyOrder(story, items), o.leadSentences);
  const ordered = borrowed.items;
  const diagnostics: Diagnostic[] = [...borrowed.diagnostics];
  const merged = mergeEntities(ordered, o);
  diagnostics.push(...merged.diagnostics);
  const statements = collectStatements(ordered, merged.entityOf, o.minStatementWords);
  const vectors = tfidfVectors(statements.map((s) => s.words));
  const clusters = clusterFacts(statements, vectors, o.factSimilarity, o.factGroupMinMean);
  const mainSet = new Set(clusters[0]?.members ?? []);
  const aboutMain = new Set(
    statements
      .map((_, i) => i)
      .filter(
        (i) =>
          statements[i].sentence < o.leadSentences &&
          [...mainSet].some((m) => cosine(vectors[i], vectors[m]) >= o.leadMinSimilarity),
      ),
  );
  const eventClaims = extractEventDates(ordered, statements, mainSet, aboutMain);
  const numbers = extractNumbers(statements, ordered, o);
  const published = new Map(ordered.map((a) => [a.article.id, a.article.published]));
  const disputes: DisputeFinding[] = [];
  const dateDispute = findDateDispute(eventClaims, published, o);
  if (dateDispute) disputes.push(dateDispute);
  disputes.push(...findNumberDisputes(numbers, o));
  const claims = [...eventClaims, ...numbers.map((n) => n.claim)];
  const errorKeys = new Set<string>();
  for (const d of disputes) {
    if (!d.likelyError) continue;
    const { article, value, reason } = d.likelyError;
    for (const c of claims)
      if (c.key === d.key && c.citation.article === article && c.value === value) {
        errorKeys.add(`${article}:${c.citation.start}`);
        diagnostics.push(
          diagnose(
            'warning',
            'PX503',
            'reconcile',
            `${d.topic}: ${value} is likely an error (${reason})`,
            c.citation,
          ),
        );
      }
  }
  const mainDates = new Set(
    eventClaims.map((c) => `${c.citation.article}:${c.citation.start}`).filter((k) => !errorKeys.has(k)),
  );
  // A shown value is contested unless its dispute names another value as the likely error.
  const disputedRanges = disputes.flatMap((d) =>
    d.variants.filter((v) => !d.likelyError || d.likelyError.value === v.value).flatMap((v) => v.citations),
  );
  const facts = clusters.map((c): FactGroup => {
    const members = c.members.map((i) => statements[i]);
    const rep = pickRepresentative(c.members, statements, vectors, errorKeys, o);
    const shown = statements[rep];
    const disputed = disputedRanges.some(
      (r) => r.article === shown.article && r.start >= shown.start && r.end <= shown.end,
    );
    return {
      members: members.map(toRef),
      representative: toRef(shown),
      outlets: c.outlets,
      status: disputed ? 'disputed' : c.outlets.length >= 2 ? 'corroborated' : 'single-source',
      cohesion: c.cohesion,
    };
  });
  if (ordered.length > 1 && !facts.some((f) => f.outlets.length >= 2))
    diagnostics.push(
      diagnose('warning', 'PX502', 'reconcile', `story ${story.id}: no statement is shared by two outlets`),
    );
  const descriptions = describeEntities(ordered, merged.entityOf);
  const entities = merged.entities.map((e) =>
    descriptions.has(e.id) ? { ...e, descriptions: descriptions.get(e.id)! } : e,
  );
  return {
    story: story.id,
    entities,
    statements: describeStatements(statements, vectors),
    facts,
    mainEvent: facts.length ? 0 : null,
    claims,
    disputes,
    timeline: buildTimeline(ordered, statements, mainDates, mainSet, errorKeys, o),
    quotes: groupQuotes(ordered, merged.entities, merged.entityOf, o.quoteSimilarity, new Set(o.honorifics)),
    diagnostics,
  };
}

/** The story's articles in story order (most central first); articles the story does not list come last. */
function storyOrder(story: Story, items: AnalyzedArticle[]): AnalyzedArticle[] {
  const rank = new Map(story.articles.map((id, i) => [id, i]));
  return [...items].sort(
    (a, b) =>
      (rank.get(a.article.id) ?? Number.MAX_SAFE_INTEGER) -
      (rank.get(b.article.id) ?? Number.MAX_SAFE_INTEGER),
  );
}

function toRef(s: Statement) {
  return { article: s.article, start: s.start, end: s.end, outlet: s.outlet, sentence: s.sentence };
}
