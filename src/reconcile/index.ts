/**
 * Reconcile: one story's articles → findings. Merges entities, groups sentences into facts,
 * extracts claims (numbers with what they count, the main event's dates, dated statements aligned
 * across outlets, office holders), finds disputes and likely
 * errors, builds the timeline and groups quotes. Pure: the input is never mutated.
 *
 * Independent sources are counted by `sourceKeyOf`, not by outlet: a near-duplicate (`duplicateOf`)
 * whose original is in the story counts as its original, so a fact's `outlets`, its status
 * (corroborated / single-source), dispute majorities and likely-error judgements count a set of
 * syndicated copies once. Statements keep their display `outlet`; claims carry the key as `outlet`.
 */
import * as config from '../config.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DisputeFinding, FactGroup, Findings } from '../model/findings.ts';
import type { Story } from '../model/story.ts';
import { fold, letterWords, pairwiseCosines, sentenceIdf, tfidfVectors } from '../text/index.ts';
import { diagnose } from '../util/diagnose.ts';
import { extractAges, findAgeDisputes } from './age-disputes.ts';
import { alignDated, collectDated, type DatedGroup } from './align-dated-events.ts';
import { anchorYears } from './anchor-years.ts';
import { borrowTimeFrame } from './borrow-dates.ts';
import { buildTimeline } from './build-timeline.ts';
import { extractClockTimes, findClockDisputes } from './clock-time-disputes.ts';
import { clusterFacts } from './cluster-facts.ts';
import { collectStatements, type Statement, sourceKeyOf } from './collect-statements.ts';
import { findDateSlip } from './date-slips.ts';
import { describeEntities } from './describe-entities.ts';
import { describeStatements } from './describe-statements.ts';
import { GIVEN_FOR_DESCRIPTION } from './described-verb.ts';
import { EVENT_DATE_KEY, EVENT_DATE_TOPIC, extractEventDates } from './extract-event-dates.ts';
import { extractNumbers, type NumberClaim } from './extract-numbers.ts';
import { findDateDispute, findNumberDisputes } from './find-disputes.ts';
import { findOfficeDisputes, officeClaims } from './find-office-holders.ts';
import { groupQuotes } from './group-quotes.ts';
import { mergeEntities } from './merge-entities.ts';
import type { NumberTrace } from './number-trace.ts';
import { pickRepresentative } from './pick-representative.ts';
import { splitUpcoming } from './split-upcoming.ts';

/** Options of the reconcile stage: `config.reconcile`, any field overridable. */
export type ReconcileOptions = {
  -readonly [K in keyof typeof config.reconcile]: (typeof config.reconcile)[K];
} & {
  /** Told how number claims are read and weighed as disputes (`scripts/explain-disputes.mjs`). */
  numberTrace?: NumberTrace;
};

/** Reconciles one story: what its articles agree on, where they differ, and what each adds. */
export function reconcileStory(
  story: Story,
  items: AnalyzedArticle[],
  options: Partial<ReconcileOptions> = {},
): Findings {
  const o: ReconcileOptions = { ...config.reconcile, ...options };
  const borrowed = borrowTimeFrame(storyOrder(story, items), o.leadSentences);
  const ordered = anchorYears(borrowed.items);
  const diagnostics: Diagnostic[] = [...borrowed.diagnostics];
  const merged = mergeEntities(ordered, o);
  diagnostics.push(...merged.diagnostics);
  const statements = collectStatements(ordered, merged.entityOf, o.minStatementWords, o);
  const sims = pairwiseCosines(
    tfidfVectors(
      statements.map((s) => s.words),
      sentenceIdf,
    ),
  );
  const clusters = clusterFacts(statements, sims, o.factSimilarity, o.factGroupMinMean);
  const mainSet = new Set(clusters[0]?.members ?? []);
  const aboutMain = new Set(
    statements
      .map((_, i) => i)
      .filter(
        (i) =>
          statements[i].sentence < o.leadSentences &&
          [...mainSet].some((m) => sims.get(i, m) >= o.leadMinSimilarity),
      ),
  );
  const eventClaims = extractEventDates(ordered, statements, mainSet, aboutMain);
  const numbers = extractNumbers(statements, ordered, o);
  const published = new Map(ordered.map((a) => [a.article.id, a.article.published]));
  const byId = new Map(ordered.map((a) => [a.article.id, a]));
  // Dated statements of one event across outlets: those that date the main event join its claims,
  // the others are disputes of their own.
  const eventAt = new Set(eventClaims.map(citationKey));
  const aligned = alignDated(collectDated(ordered, statements, o.datedWindowChars), o);
  const mainAligned = aligned.filter((g) => g.records.some((r) => eventAt.has(citationKey(r.claim))));
  const datedClaims: Claim[] = mainAligned
    .flatMap((g) => g.records.map((r) => r.claim))
    .filter(
      (c, i, all) =>
        !eventAt.has(citationKey(c)) && all.findIndex((x) => citationKey(x) === citationKey(c)) === i,
    )
    .map((c) => ({ ...c, key: EVENT_DATE_KEY, topic: EVENT_DATE_TOPIC }));
  const disputes: DisputeFinding[] = [];
  const dateDispute = findDateDispute([...eventClaims, ...datedClaims], published, o, byId);
  if (dateDispute) disputes.push(dateDispute);
  // Without a dispute of the main event's date, one outlet's slip of it that its own text shows.
  const slip = dateDispute
    ? null
    : findDateSlip(ordered, statements, mainSet, published, new Set(eventClaims.map((c) => c.value)));
  if (slip) disputes.push(slip.dispute);
  const otherDated = aligned
    .filter((g) => !mainAligned.includes(g))
    .map((g) => datedDispute(g, published, byId, o));
  for (const d of otherDated) if (d.dispute) disputes.push(d.dispute);
  const entityNames = new Map(merged.entities.map((e) => [e.id, [e.name, ...e.aliases].join(' ')]));
  disputes.push(
    ...findNumberDisputes(numbers, o, {
      similarity: (a, b) => sims.get(a, b),
      subjectOf: (n) => subjectOf(n, byId, merged.entityOf),
      sameSubject: (a, b) => sameSubjectName(a, b, entityNames),
      namedOwner: (n, x) =>
        Boolean(x && x !== PRONOUN_OWNER && !x.startsWith(WEAK_OWNER)) && inApposition(n, byId),
      published,
      storyYears: [...new Set(eventClaims.map((c) => c.value.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))],
    }),
  );
  disputes.push(...findClockDisputes(extractClockTimes(statements, byId, o), o));
  disputes.push(
    ...findAgeDisputes(
      extractAges(statements, byId, merged.entityOf, new Map(merged.entities.map((e) => [e.id, e.name]))),
      o,
    ),
  );
  const descriptions = describeEntities(ordered, merged.entityOf);
  const articlesById = new Map(ordered.map((a) => [a.article.id, a.article]));
  const offices = officeClaims(merged.entities, descriptions, o.officeTitles, (id) =>
    sourceKeyOf(byId.get(id)!.article, articlesById),
  );
  disputes.push(...findOfficeDisputes(offices, published));
  const claims = [
    ...eventClaims,
    ...(dateDispute ? datedClaims : []),
    ...(slip ? slip.claims : []),
    ...otherDated.flatMap((d) => d.claims),
    ...numbers.map((n) => n.claim),
    ...offices,
  ];
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
    const rep = pickRepresentative(c.members, statements, sims, errorKeys, o);
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
  const entities = merged.entities.map((e) =>
    descriptions.has(e.id) ? { ...e, descriptions: descriptions.get(e.id)! } : e,
  );
  const timeline = splitUpcoming(
    buildTimeline(ordered, statements, mainDates, mainSet, errorKeys, o),
    published,
  );
  return {
    story: story.id,
    entities,
    statements: describeStatements(statements, sims),
    facts,
    mainEvent: facts.length ? 0 : null,
    claims,
    disputes,
    timeline: timeline.past,
    upcoming: timeline.upcoming,
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

/**
 * The person a count belongs to: the person of the number's clause. Its entity id, or null. Organisations are left out:
 * one company is written many ways ("Harlow", "Harlow Foods") and its counts are the story's own.
 */
function subjectOf(
  n: NumberClaim,
  byId: ReadonlyMap<string, AnalyzedArticle>,
  entityOf: ReadonlyMap<string, string>,
): string | null {
  const item = byId.get(n.claim.citation.article);
  const st = n.claim.statement;
  if (!item || !st) return null;
  const at = n.claim.citation.start;
  const text = item.article.text;
  const named = item.annotations.mentions.filter((m) => m.start >= st.start && m.end <= st.end);
  // A name nearer the count that is no person ("Saltmarsh's 2,300 staff") owns it instead.
  const nearest = named.filter((x) => x.end <= at).sort((a, b) => b.end - a.end)[0];
  const names = named.filter((m) => m.kind === 'person' && (!nearest || m.end >= nearest.end));
  // The person of the clause the number sits in ("McNeal posted 16 points", "Kessler's 41 goals"):
  // the nearest person named before it with no clause break between; a member of a group is no owner
  // of its count ("Mrs Ellery was one of 214 people evacuated"). Unknown subjects stay compatible.
  const clauseBreak =
    /[;:]|,\s*(?:and|but|while|whereas|as|which|whose|where)\b|\b(?:while|whereas|and|but)\s/;
  const m = names
    .filter((x) => x.end <= at && at - x.end <= 80)
    .filter((x) => !clauseBreak.test(text.slice(x.end, at)))
    .filter((x) => !/\bone of\s*$|\bamong\s*$/i.test(text.slice(x.end, at)))
    // A person who tells the figure ("Chief Harris said 212 …", "according to Dr Lee, 40 …") is its
    // source, not its owner.
    .filter((x) => !SPEECH.test(text.slice(x.end, at)))
    .sort((a, b) => b.end - a.end)[0];
  if (m) {
    const id = entityOf.get(`${n.claim.citation.article}:${m.start}`) ?? m.text;
    // The name opens its clause ("Corvin Ashby caught 31 passes", ", while Ty Lawson posted 15"): the
    // subject the count is told of. A name inside a phrase ("the trawler Maren Lise sank …") may be
    // no person at all: a weak owner, compatible with an impersonal count.
    const lead =
      text
        .slice(st.start, m.start)
        .split(/[,;:]|\b(?:and|but|while|whereas|when|where|as)\b/)
        .at(-1) ?? '';
    return SUBJECT_LEAD.test(lead) ? id : `${WEAK_OWNER}${id}`;
  }
  // With no name, a personal pronoun before the count in its sentence ("He had 793 yards … and caught
  // 39 passes", "finished his season … scoring two touchdowns") makes it a count of a person the
  // sentence does not name; a verb phrase joined by "and" keeps the pronoun's subject.
  const clause = text.slice(st.start, at);
  const pronoun = /\b(?:he|she|his|her)\b/i.exec(clause);
  const rest = pronoun ? clause.slice(pronoun.index) : '';
  const strongBreak = /[;:]|,\s*(?:but|while|whereas|which|whose|where)\b|\b(?:while|whereas)\s/;
  const nearer = named.some((x) => pronoun && x.start >= st.start + pronoun.index && x.end <= at);
  return pronoun && !nearer && !strongBreak.test(rest) && !SPEECH.test(rest) ? PRONOUN_OWNER : null;
}

/**
 * True when a count is written in apposition right after a name: in brackets or between commas, after
 * at most a record ("Klitschko (52-3, 46 KOs)", "Klitschko, 53-3, 47 KO's,", "Hillis (101 yards)").
 */
function inApposition(n: NumberClaim, byId: ReadonlyMap<string, AnalyzedArticle>): boolean {
  const text = byId.get(n.claim.citation.article)?.article.text ?? '';
  const at = n.claim.citation.start;
  return APPOSITION_LEAD.test(text.slice(Math.max(n.claim.statement?.start ?? 0, at - 40), at));
}

/** A capitalised name, then "(" or "," and at most a record ("52-3, ") right before a count. */
const APPOSITION_LEAD = /\p{Lu}[\p{L}'’.-]*\s*[(,]\s*(?:\d{1,3}(?:-\d{1,3}){1,2},\s*)?$/u;

/**
 * Verbs and phrases that make the person before them the source of what follows, also when they give a
 * figure for a description ("put the burned area at", "placed the toll at").
 */
const SPEECH = new RegExp(
  `\\b(?:said|says|say|told|tells|according|reported|reports|announced|estimated|estimates|stated|added|confirmed|wrote|writes|noted|explained)\\b|${GIVEN_FOR_DESCRIPTION}`,
  'i',
);
/** The owner of a count told of an unnamed person ("he", "her"). */
const PRONOUN_OWNER = '\u0000pronoun';
/** Prefix of an owner named inside a phrase rather than as its clause's subject. */
const WEAK_OWNER = '\u0001weak:';
/** What may stand before a clause's subject name: articles, ages, capitalised titles ("Quarterback", "Police Chief"). */
const SUBJECT_LEAD = /^\s*(?:(?:the|a|an|former|\d+\s*-\s*year\s*-\s*old|\p{Lu}[\p{L}.'’-]*)\s+)*$/u;

/**
 * Subjects of two counts that may be one person. Precision first: a count told of a person is set only
 * against a count of the same person (names sharing a word, or one entity); a person's count against
 * an impersonal one, or a count of an unnamed "he"/"she", is not shown as a rival reading.
 */
function sameSubjectName(x: string | null, y: string | null, names: ReadonlyMap<string, string>): boolean {
  if (!x && !y) return true;
  if (!x || !y) return (x ?? y)!.startsWith(WEAK_OWNER);
  if (x === PRONOUN_OWNER || y === PRONOUN_OWNER) return false;
  const a = x.replace(WEAK_OWNER, '');
  const b = y.replace(WEAK_OWNER, '');
  if (a === b) return true;
  const words = (x: string) => letterWords(fold(names.get(x) ?? x), 3);
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

function citationKey(c: Claim): string {
  return `${c.citation.article}:${c.citation.start}`;
}

/**
 * The dispute of a group of dated statements that tell one event (not the main one), with its claims;
 * no dispute when the dates are not rival days of one event (see `findDateDispute`).
 */
function datedDispute(
  g: DatedGroup,
  published: ReadonlyMap<string, string | null>,
  byId: ReadonlyMap<string, AnalyzedArticle>,
  o: ReconcileOptions,
): { dispute: DisputeFinding | null; claims: Claim[] } {
  const words = [...g.shared].sort().slice(0, 4);
  const key = `event-date:${words.join('-')}`;
  const topic = `date of the event (${words.join(', ')})`;
  const claims = g.records.map((r) => ({ ...r.claim, key, topic }));
  return { dispute: findDateDispute(claims, published, o, byId), claims };
}

function toRef(s: Statement) {
  return { article: s.article, start: s.start, end: s.end, outlet: s.outlet, sentence: s.sentence };
}
