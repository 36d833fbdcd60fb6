/**
 * Timeline: every dated statement of the story (a sentence, or the clause around its date), merged
 * across outlets when the dates are compatible and the words overlap, sorted by date. The publication
 * date itself is left out unless it is the main event; values judged likely errors are left out.
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import type { Citation } from '../model/citation.ts';
import type { TimelineEvent } from '../model/findings.ts';
import { CALENDAR_WORD, contentWords, jaccard } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { datedParts } from './dated-parts.ts';
import { spanGap, spanOf } from './dates.ts';
import { yearsBack } from './extract-event-dates.ts';
import { reportLeads } from './report-leads.ts';
import { dayIsAttribute, tellsNoEvent } from './tells-no-event.ts';
import { outletVocabulary, paragraphRelevance, relativeToMedian } from './topic-relevance.ts';
import { UnionFind } from './union-find.ts';
import { writtenYearBacking, type YearBacking } from './written-year-backing.ts';
import { yearTellsWhen } from './year-tells-when.ts';

/** Bounds that make a date a reference point of another statement ("until", "by", …), not an event's date. */
const REFERENCE_BOUNDS = new Set(['until', 'till', 'by', 'before', 'after', 'through']);
/**
 * A superlative, "first time" or a count of occurrences before "since": what follows is the baseline
 * of a comparison or the start of a counted period, not an event.
 */
const BASELINE =
  /\b(?:\p{L}+est|most|least|first|last|only|highest|lowest|worst|best|more|less|fewer|times|twice|once|never|happened|frequently|often|repeatedly)\b[^.;]{0,40}\bsince\s+(?:the\s+)?$/iu;
/**
 * The same with the date at the end of a longer "since" clause ("the worst since the dictatorship fell
 * in 1974", "hasn't happened to the club since 1991"): only a superlative, "first", "only", "never",
 * "happened" or a frequency counts there ("more died since the war began in 2011" dates the war; "has
 * held at least one belt since beating X in April 2006" dates the win).
 */
const BASELINE_CLAUSE =
  /\b(?:worst|best|biggest|largest|highest|lowest|deadliest|strongest|heaviest|longest|the most|the least|first|only|never|happened|frequently|often|repeatedly)\b[^.;]{0,40}\bsince\b[^,;.]{0,90}$/iu;

/** "This year", "earlier this year": the report's own year, as vague a date as the report itself. */
const THIS_YEAR = /\bthis\s+year\b/i;

/** Longest span of a story's publication dates over which a borrowed time frame still dates an undated article. */
const BORROW_SPAN_DAYS = 31;

/** Days between the story's first and last publication dates (0 with fewer than two). */
function coverageDays(items: readonly AnalyzedArticle[]): number {
  const times = items
    .map((a) => Date.parse(a.article.published?.slice(0, 10) ?? ''))
    .filter((t) => !Number.isNaN(t));
  return times.length < 2 ? 0 : (Math.max(...times) - Math.min(...times)) / 86_400_000;
}

/** Options of the timeline (from `config.reconcile`). */
export interface TimelineOptions {
  timelineMergeJaccard: number;
  minClauseWords: number;
  timelineMinRelevance: number;
  eventDateToleranceDays: number;
}

interface Raw {
  date: DateMention;
  /** The date value's span (epoch days), computed once. */
  span: [number, number] | null;
  citation: Citation;
  set: Set<string>;
  outlet: string;
  item: number;
  /** Topic relevance of the paragraph it comes from. */
  relevance: number;
  main: boolean;
  /** True when its sentence is one of the main fact group's (it states the main event itself). */
  inMainFact: boolean;
  clause: boolean;
  /** True when the passage opens in lower case (a cut clause: "after the river rose …"), a weaker line. */
  lower: boolean;
  /** Other date values inside the cited range (a sentence naming two dates is a poor representative). */
  otherDates: number;
  /** True for a follow-up's lead dated by its report (`report-leads.ts`): never joins the main event. */
  report?: true;
  /** True for a year written as an attribute (`year-tells-when.ts`): it backs an entry, never makes one. */
  attribute?: true;
}

/**
 * Builds the timeline. `mainDates` holds `article:start` of the date mentions that date the main event
 * (merged into one entry whatever their wording, which also cites the main fact's undated sentences,
 * `mainFact`: statement indices); `excluded` holds those of date mentions judged likely errors.
 */
export function buildTimeline(
  items: AnalyzedArticle[],
  statements: Statement[],
  mainDates: ReadonlySet<string>,
  mainFact: ReadonlySet<number>,
  excluded: ReadonlySet<string>,
  options: TimelineOptions,
): TimelineEvent[] {
  const raws: Raw[] = [];
  const tightCoverage = coverageDays(items) <= BORROW_SPAN_DAYS;
  const vocab = outletVocabulary(statements);
  const relevance = relativeToMedian(paragraphRelevance(statements, vocab));
  for (const [i, s] of statements.entries()) {
    if (s.fragment) continue;
    const { article, annotations } = items[s.item];
    const inSentence = annotations.dates.filter((d) => d.start >= s.start && d.end <= s.end);
    for (const part of datedParts(article.text, s, inSentence, options.minClauseWords)) {
      const d = part.date;
      if (excluded.has(`${s.article}:${d.start}`)) continue;
      // A quote, a habit, a condition, an offset, a statistic's year, a footer: a date but no event.
      if (tellsNoEvent(article.text, s, part, d, annotations.quotes)) continue;
      // A bound is a reference point, not a dated event: a target ("by 2030", "before 2030"), a limit
      // ("until May"), a comparison's baseline ("the lowest since February 1997", "arrested three times
      // since October"). "Since 2022, X has been …" marks when a state began, and stays.
      if (d.qualifier && REFERENCE_BOUNDS.has(d.qualifier)) continue;
      // "the 1998 Bradley Braves", "2001's romantic comedy": a year inside a noun phrase is an attribute;
      // it may back another outlet's entry of that year ("the 1974 convention" / "signed in 1974"), never make one.
      const attribute = !yearTellsWhen(article.text, d) || dayIsAttribute(article.text, d);
      // A weekday or "last month" of an undated article, resolved against a date borrowed from its
      // story, is a fair guess when the story's reports span a few weeks; over a longer span the
      // article may be a follow-up years after the event, or the event years before the follow-ups.
      if (d.reference === 'story' && !tightCoverage) continue;
      // A past-tense day dated after its own report is a contradiction to resolve, not an event to print.
      if (d.afterReport) continue;
      // "the worst since the dictatorship fell in 1974", "hasn't happened since 1991": a baseline, also
      // when the date ends a longer "since" clause.
      const lead = article.text.slice(Math.max(s.start, d.start - 120), d.start);
      if (BASELINE.test(lead) || BASELINE_CLAUSE.test(lead)) continue;
      if (d.precision === 'year' && THIS_YEAR.test(d.text)) continue;
      const main = mainDates.has(`${s.article}:${d.start}`);
      if (!main && article.published && d.value === article.published.slice(0, 10)) continue;
      const text = article.text.slice(part.start, part.end);
      const words = contentWords(text).filter((w) => !/^\d/.test(w));
      // A date with hardly a word beside it ("April 24, 2013 - 4:45pm", a timestamp line) tells no event.
      if (words.filter((w) => !CALENDAR_WORD.test(w)).length < 2) continue;
      raws.push({
        date: d,
        span: spanOf(d.value),
        citation: { article: s.article, start: part.start, end: part.end },
        set: new Set(words),
        outlet: s.outlet,
        item: s.item,
        relevance: relevance[i],
        main,
        inMainFact: main && mainFact.has(i),
        clause: part.clause,
        lower: /^[a-z]/.test(text),
        otherDates: part.otherDates,
        ...(attribute ? { attribute: true as const } : {}),
      });
    }
  }
  const told = raws.filter((r) => r.main);
  const mainDay = told.length ? finestDate(told) : undefined;
  // A month or a year in a sentence of the main event that does not hold the main event's day ("the
  // patrol that began in September" beside "on Thursday" in November) dates background told there.
  const daySpan = mainDay?.length === 10 ? spanOf(mainDay) : null;
  for (const [k, r] of raws.entries())
    if (r.main && daySpan && r.date.precision !== 'day' && spanGap(r.span, daySpan) > 0)
      raws[k] = { ...r, main: false, inMainFact: false };
  const mains = raws.filter((r) => r.main);
  // Follow-up reports' leads ("A man has been charged …"), dated by their publication day.
  for (const lead of reportLeads(
    items,
    statements,
    mainDay,
    mains.map((r) => ({ article: r.citation.article, set: r.set })),
  )) {
    const s = statements[lead.statement];
    const set = new Set(contentWords(s.text).filter((w) => !/^\d/.test(w)));
    raws.push({
      date: lead.date,
      span: spanOf(lead.date.value),
      citation: { article: s.article, start: s.start, end: s.end },
      set,
      outlet: s.outlet,
      item: s.item,
      relevance: relevance[lead.statement],
      main: false,
      inMainFact: false,
      clause: false,
      lower: false,
      otherDates: 0,
      report: true,
    });
  }
  const support = [...mainFact]
    .map((i) => statements[i])
    .filter((s) => ![...excluded].some((k) => k.startsWith(`${s.article}:`) && within(k, s)))
    // A main-fact sentence that dates something else ("… suspended the tariff in April 2030") is not
    // support; a distance in years ("ended a wait that began seven years ago") dates only a clause of it.
    .filter((s) => {
      const { article, annotations } = items[s.item];
      return annotations.dates.every(
        (d) =>
          d.start < s.start ||
          d.end > s.end ||
          mainDates.has(`${s.article}:${d.start}`) ||
          d.value === article.published?.slice(0, 10) ||
          yearsBack(d),
      );
    })
    .map((s) => ({ article: s.article, start: s.start, end: s.end, outlet: s.outlet }));
  // A lone outlet's entry whose year another outlet writes beside the same words, without dating anything.
  const backing = (r: Raw): YearBacking | undefined => {
    const year = r.date.value.slice(0, 4);
    if (r.main || r.report || r.attribute || !r.date.text.includes(year)) return undefined;
    return writtenYearBacking(year, r.set, r.outlet, statements, items, options.timelineMergeJaccard);
  };
  return mergeRaws(raws, support, backing, options).sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

function within(key: string, s: Statement): boolean {
  const start = Number(key.slice(key.lastIndexOf(':') + 1));
  return start >= s.start && start < s.end;
}

/**
 * Merges raw entries: single link over pairs with compatible dates (one containing the other) and word
 * overlap; an entry within the tolerance of the main event's date and close in words joins the main event.
 */
function mergeRaws(
  raws: Raw[],
  support: Array<Citation & { outlet: string }>,
  backing: (r: Raw) => YearBacking | undefined,
  options: TimelineOptions,
): TimelineEvent[] {
  const uf = new UnionFind(raws.length);
  const mainIdx = raws.map((r, i) => (r.main ? i : -1)).filter((i) => i >= 0);
  for (let i = 1; i < mainIdx.length; i++) uf.union(mainIdx[0], mainIdx[i]);
  for (let i = 0; i < raws.length; i++)
    for (let j = i + 1; j < raws.length; j++) {
      const a = raws[i];
      const b = raws[j];
      if (a.main && b.main) continue;
      if ((a.main && b.report) || (b.main && a.report)) continue;
      const tolerance = a.main || b.main ? options.eventDateToleranceDays : 0;
      if (spanGap(a.span, b.span) <= tolerance && jaccard(a.set, b.set) >= options.timelineMergeJaccard)
        uf.union(i, j);
    }
  const backed = new Map<number[], YearBacking | undefined>();
  const backingOf = (group: number[]) => {
    if (!backed.has(group)) {
      const members = group.map((i) => raws[i]);
      backed.set(group, members.map(backing).find(Boolean));
    }
    return backed.get(group);
  };
  const onTopic = (group: number[]) => {
    const members = group.map((i) => raws[i]);
    if (members.some((r) => r.main)) return true;
    const outlets = new Set(members.map((r) => r.outlet));
    if (outlets.size > 1 || Math.max(...members.map((r) => r.relevance)) >= options.timelineMinRelevance)
      return true;
    return backingOf(group) !== undefined;
  };
  // Sole-period joins see every entry (an off-topic one still makes a period ambiguous); a joined pair
  // needs one on-topic side, and the off-topic entries left alone are dropped afterwards.
  const kept = mergeSolePeriods(uf.groups(), raws, onTopic)
    .filter(onTopic)
    .filter((g) => g.some((i) => !raws[i].attribute));
  const out: TimelineEvent[] = [];
  for (const group of kept) {
    const members = group.map((i) => raws[i]);
    if (members.some((r) => r.main)) {
      const event = toEvent(members, true);
      for (const { outlet, ...c } of support)
        if (!event.citations.some((x) => x.article === c.article && x.start < c.end && c.start < x.end)) {
          event.citations.push(c);
          if (!event.outlets.includes(outlet)) event.outlets.push(outlet);
        }
      out.push(event);
    } else {
      const event = toEvent(members, false);
      // A lone outlet's entry kept for another outlet's written year cites that outlet's passage too.
      const extra = new Set(members.map((r) => r.outlet)).size === 1 ? backed.get(group) : undefined;
      if (extra && !event.outlets.includes(extra.outlet)) {
        event.citations.push(extra.citation);
        event.outlets.push(extra.outlet);
      }
      out.push(event);
    }
  }
  return out;
}

/**
 * Joins two entries when each is the only other entry whose date is compatible with its own ("2021"
 * and "2021-08", or two "2031-04" entries worded apart: "the ban was lifted" / "the court suspended the
 * ban") and their passages share a content word: a story's background rarely holds two different
 * events in one period that its outlets each mention once. Main-event entries and relative years
 * ("last year") are left alone; one of the two must be on topic by itself.
 */
function mergeSolePeriods(groups: number[][], raws: Raw[], onTopic: (g: number[]) => boolean): number[][] {
  const spans = new Map(groups.map((g) => [g, spanOf(finestDate(g.map((i) => raws[i])))]));
  const live = groups.filter((g) => !g.some((i) => raws[i].main));
  const rest = groups.filter((g) => g.some((i) => raws[i].main));
  // A relative year ("last year") says when, not which event: it joins nothing by this rule.
  const vague = (g: number[]) =>
    g.every((i) => raws[i].date.kind === 'relative' && raws[i].date.precision === 'year');
  const clear = groups.filter((h) => !vague(h));
  const peerMemo = new Map<number[], number[][]>();
  const peers = (g: number[]) => {
    let found = peerMemo.get(g);
    if (!found) {
      found = clear.filter((h) => h !== g && spanGap(spans.get(g)!, spans.get(h)!) === 0);
      peerMemo.set(g, found);
    }
    return found;
  };
  const joined = new Set<number[]>();
  const out: number[][] = [];
  for (const g of live) {
    if (joined.has(g)) continue;
    const [h] = peers(g);
    if (
      peers(g).length === 1 &&
      !joined.has(h) &&
      !vague(g) &&
      !vague(h) &&
      !h.some((i) => raws[i].main) &&
      peers(h).length === 1 &&
      (onTopic(g) || onTopic(h)) &&
      g.some((i) => h.some((j) => shares(raws[i].set, raws[j].set)))
    ) {
      joined.add(h);
      out.push([...g, ...h].sort((x, y) => x - y));
    } else out.push(g);
  }
  return [...rest, ...out];
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * The finest date value of a group's members, the most frequent at that precision, earliest on a tie.
 * A day resolved against a date borrowed from the story (an undated article's "last night") counts
 * half: its frame is a guess, and a guessed frame must not outvote an article's own.
 */
function finestDate(members: Raw[]): string {
  const finest = Math.max(...members.map((m) => m.date.value.length));
  const counts = new Map<string, number>();
  for (const m of members)
    if (m.date.value.length === finest)
      counts.set(m.date.value, (counts.get(m.date.value) ?? 0) + (m.date.reference === 'story' ? 0.5 : 1));
  return [...counts].sort((a, b) => b[1] - a[1] || spanOf(a[0])![0] - spanOf(b[0])![0])[0][0];
}

function toEvent(members: Raw[], main: boolean): TimelineEvent {
  const date = finestDate(members);
  const score = (r: Raw) =>
    members.reduce((sum, m) => (m === r ? sum : sum + jaccard(m.set, r.set)), 0) -
    0.5 * r.otherDates +
    (r.clause ? (r.lower ? -0.3 : 0.2) : 0) +
    (r.inMainFact ? 1 : 0) -
    (r.attribute ? 2 : 0) -
    // A coarser date than the entry's, or a passage of a few words, makes a poor line.
    (r.date.value === date ? 0 : 0.5) -
    (r.set.size < 5 ? 0.5 : 0);
  // A passage dated coarser than the entry never stands for it ("promoted in 2003" for 2003-09).
  const exact = (r: Raw) => (r.date.value === date ? 1 : 0);
  const rep = [...members].sort((a, b) => exact(b) - exact(a) || score(b) - score(a) || a.item - b.item)[0];
  const citations: Citation[] = [];
  for (const m of [rep, ...members.filter((x) => x !== rep)])
    if (!citations.some((c) => c.article === m.citation.article && c.start === m.citation.start))
      citations.push(m.citation);
  return {
    date,
    representative: rep.citation,
    citations,
    outlets: [...new Set(members.map((m) => m.outlet))],
    main,
  };
}
