/**
 * Slips in the main event's date that one outlet makes alone, found with evidence of their own kind.
 *
 * The story's main event date `M` is the day most outlets give in sentences that tell the main event
 * (a main fact group's statement, or a sentence with an entity and another word of the vocabulary the
 * outlets' leads share: the most corroborated fact group is often a quote), given by at
 * least two outlets and more than any other day (on a tie, the one the main event's own date claims give,
 * `eventValues`). Against it, one outlet's day in such a sentence is a
 * likely error only when the text itself shows the slip:
 * - **weekday**: it writes `M` with a weekday that is not `M`'s ("Wednesday, March 10" when 10 March was
 *   a Tuesday);
 * - **year**: it writes `M`'s day and month with a year one off, and either the weekday it writes fits
 *   `M` and not its own year, or the article is dated within weeks after `M` ("3 June 2025" in an
 *   article published on 3 June 2026); the year must be written in the date, never guessed;
 * - **day**: it tells as past a day after the story's latest report (`DateMention.afterReport`, a
 *   contradiction of its own), in `M`'s month, whose digits are `M`'s with one added, dropped or two
 *   swapped ("19" for "9"; a day one off is a time-zone or late-night reading, never a slip here); no
 *   other outlet gives that day, and at least two others give `M`. Digits alone are no evidence: on
 *   real coverage "the season ended on May 3" sits beside a firing on May 23.
 * - **stale date line**: it gives `M` a bare weekday ("on Saturday", `M`'s weekday) that its own date line
 *   puts one or two whole weeks after `M`, against two or more outlets, in a sentence that retells in
 *   their words (half its content words shared) another outlet's sentence of `M` and does not tell the
 *   event again ("two more climbers were found on Saturday"): a text of `M`'s week re-dated later. A
 *   later event of the same weekday ("was captured Monday" a week after the escape) is told otherwise.
 * Without such a majority day (one outlet against one), only a year slip that the article's own text
 * proves twice is called: the weekday it writes fits the same day a year off and not its own, and it is
 * published within weeks after that day, in that day's year (`provenYearSlip`).
 * Nothing else is called an error; two outlets making slips in one story is no evidence of either.
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding } from '../model/findings.ts';
import { CALENDAR_WORD, contentWords, jaccard } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { DATE_BOUNDS, dateClaim, latestReport } from './date-claim.ts';
import { daysApart, namesItsDay, weekdayOf } from './dates.ts';
import { EVENT_DATE_KEY, EVENT_DATE_TOPIC } from './extract-event-dates.ts';

/** Sentences of an article that are its lead. */
const LEAD_SENTENCES = 2;
/** Words of the leads' vocabulary a sentence needs to tell the main event. */
const MIN_EVENT_WORDS = 2;
/** An article dated this many days or fewer after `M` reports it as news (for the year kind). */
const REPORT_DAYS = 45;
/** Most weeks a date line may lie after the text it dates to be read as stale (a re-dated copy). */
const STALE_WEEKS = 2;
/** Share of content words a re-dated copy's sentence has in common with another outlet's sentence of `M`. */
const RETOLD_JACCARD = 0.5;
/** Words that tell a later event of the same kind ("marched again on Saturday"): no slip of the first. */
const RECURRENCE = /\b(?:again|another|second|third|new|latest|fresh|renewed|further|more)\b/i;
/** A weekday written alone (with a time of day at most): "Saturday", "Saturday night". */
const BARE_WEEKDAY =
  /^(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** One written day in a sentence that tells the main event. */
interface DayRecord {
  /** Its claim (with the weekday written with it, if any). */
  claim: Claim;
  mention: DateMention;
  /** The sentence it is written in. */
  sentence: string;
}

/** A slip found, with its dispute and the claims of both sides (so the error's passage can be kept out). */
export interface DateSlip {
  dispute: DisputeFinding;
  claims: Claim[];
}

/**
 * Finds the one slip of the main event's date a story shows, or null. `main` holds the indices of the
 * main fact group's statements; `published` the articles' publication times by id; `eventValues` the
 * dates the main event's claims give.
 */
export function findDateSlip(
  items: AnalyzedArticle[],
  statements: Statement[],
  main: ReadonlySet<number>,
  published: ReadonlyMap<string, string | null>,
  eventValues: ReadonlySet<string> = new Set(),
): DateSlip | null {
  const records = mainDayRecords(items, statements, main);
  const outletsOf = (value: string, except?: string) =>
    new Set(
      records.filter((r) => r.claim.value === value && who(r.claim) !== except).map((r) => who(r.claim)),
    );
  const support = [...new Set(records.map((r) => r.claim.value))]
    .map((value) => ({ value, outlets: outletsOf(value).size, main: eventValues.has(value) ? 1 : 0 }))
    .sort((a, b) => b.outlets - a.outlets || b.main - a.main);
  const [top, second] = support;
  const majority =
    top && top.outlets >= 2 && !(second && second.outlets === top.outlets && second.main === top.main)
      ? top.value
      : null;
  const slips: Array<{ record: DayRecord; reason: string; m: string }> = [];
  for (const r of records) {
    // Without a majority day, only a year slip its own text proves (`provenYearSlip`) has an `M`.
    const m = majority ?? provenYearSlip(r, published.get(r.claim.citation.article) ?? null);
    if (!m) continue;
    const others = outletsOf(m, who(r.claim)).size;
    if (others < 1) continue;
    const told = records.filter((x) => x.claim.value === m && who(x.claim) !== who(r.claim));
    const pub = published.get(r.claim.citation.article) ?? null;
    const reason = slipReason(
      r,
      m,
      others,
      pub,
      outletsOf,
      told.map((x) => x.sentence),
    );
    if (reason) slips.push({ record: r, reason, m });
  }
  const articles = new Set(slips.map((s) => s.record.claim.citation.article));
  if (articles.size !== 1 || new Set(slips.map((s) => s.m)).size !== 1) return null;
  const m = slips[0].m;
  const slip = slips[0];
  const wrong = slip.record.claim;
  const right = records.filter((r) => r.claim.value === m && who(r.claim) !== who(wrong)).map((r) => r.claim);
  const variant = (claims: Claim[], weekday?: string) => ({
    value: claims[0].value,
    citations: claims.map((c) => c.citation),
    outlets: [...new Set(claims.map(who))],
    ...(weekday ? { weekday } : {}),
  });
  const sameDay = wrong.value === m;
  return {
    dispute: {
      kind: 'event-date',
      key: EVENT_DATE_KEY,
      topic: EVENT_DATE_TOPIC,
      variants: [
        variant(right, sameDay ? (weekdayOf(m) ?? undefined) : undefined),
        variant([wrong], sameDay ? wrong.weekday : undefined),
      ],
      why: 'one outlet dates the main event differently from the others, in a way its own text shows to be a slip',
      likelyError: { article: wrong.citation.article, value: wrong.value, reason: slip.reason },
    },
    claims: [...right, wrong],
  };
}

/**
 * The day a record's written date must have meant when its own text proves a year slip, or null: it
 * writes the year, and a weekday that does not fit its date but fits the same day and month one year
 * off, in the year its article is published and within `REPORT_DAYS` before it ("Monday 12 October
 * 2025" in a page published on 13 October 2026: 12 October 2025 was a Sunday, 12 October 2026 a
 * Monday). Two proofs of its own, so one other outlet giving that day is enough to name the slip.
 */
function provenYearSlip(r: DayRecord, pub: string | null): string | null {
  const v = r.claim.value;
  const written = r.claim.weekday;
  const p = pub?.slice(0, 10);
  if (!written || !p || written === weekdayOf(v) || !/\b(?:1[89]|20)\d{2}\b/.test(r.mention.text))
    return null;
  for (const step of [-1, 1]) {
    const m = `${+v.slice(0, 4) + step}${v.slice(4)}`;
    if (weekdayOf(m) !== written || p.slice(0, 4) !== m.slice(0, 4)) continue;
    if (p >= m && daysApart(p, m) <= REPORT_DAYS) return m;
  }
  return null;
}

/** Why a record is a slip of `m` (the evidence, in words), or null when it is none. */
function slipReason(
  r: DayRecord,
  m: string,
  others: number,
  pub: string | null,
  outletsOf: (value: string, except?: string) => Set<string>,
  told: readonly string[],
): string | null {
  const v = r.claim.value;
  const written = r.claim.weekday;
  const real = weekdayOf(m);
  // Weekday: M written with another weekday.
  if (v === m) {
    if (!written || written === real) return null;
    if (pub && daysApart(pub.slice(0, 10), m) > REPORT_DAYS) return null;
    return `it writes ${written} for ${m}, which was a ${real}, the day ${others} other outlet${others > 1 ? 's give' : ' gives'}`;
  }
  if (outletsOf(v, who(r.claim)).size > 0) return null;
  const stale = staleDateLine(r, m, others, pub, told);
  if (stale) return stale;
  // Year: M's day and month in a neighbouring year, the year written out.
  if (v.slice(5) === m.slice(5) && Math.abs(+v.slice(0, 4) - +m.slice(0, 4)) === 1) {
    if (!/\b(?:1[89]|20)\d{2}\b/.test(r.mention.text)) return null;
    if (written && written === real && written !== weekdayOf(v))
      return `${v.slice(0, 4)} contradicts the weekday it writes: ${written} fits ${m}, the date ${others} other outlet${others > 1 ? 's give' : ' gives'}`;
    const p = pub?.slice(0, 10);
    if (p && p.slice(0, 4) === m.slice(0, 4) && p >= m && daysApart(p, m) <= REPORT_DAYS)
      return `the article is dated ${p}, so ${v.slice(0, 4)} contradicts its own publication year; ${others} other outlet${others > 1 ? 's give' : ' gives'} ${m}`;
    return null;
  }
  // Day: told as past though after the story's latest report (a contradiction of its own), in M's month
  // with a digit added, dropped or two swapped, against two or more outlets. A day before the report
  // that merely looks like M ("the season ended on May 3" beside a firing on May 23) is another event.
  if (v.slice(0, 7) !== m.slice(0, 7) || others < 2 || !namesItsDay(r.mention.text)) return null;
  if (!r.mention.afterReport || !digitSlip(String(+v.slice(8)), String(+m.slice(8)))) return null;
  return `it tells ${v} as past though no report is that late, and ${others} other outlets give ${m} (${+v.slice(8)} and ${+m.slice(8)} differ by a digit added, dropped or swapped)`;
}

/**
 * Why a record shows a stale date line, or null: it gives the main event a bare weekday ("on Saturday"),
 * the weekday of `M`, which its own date line puts whole weeks (up to `STALE_WEEKS`) after `M`, and two
 * or more other outlets give `M`. A text written in the week of the event and dated a week or more later
 * (a copy re-dated on update) reads "Saturday" as the Saturday before its new date.
 */
function staleDateLine(
  r: DayRecord,
  m: string,
  others: number,
  pub: string | null,
  told: readonly string[],
): string | null {
  const v = r.claim.value;
  const weekday = BARE_WEEKDAY.exec(r.mention.text)?.[1];
  if (!weekday || others < 2 || !pub || r.mention.kind !== 'relative' || r.mention.reference) return null;
  if (RECURRENCE.test(r.sentence)) return null;
  // The copy's sentence retells another outlet's sentence of M in its words; a later event does not.
  const words = new Set(contentWords(r.sentence));
  if (!told.some((t) => jaccard(words, new Set(contentWords(t))) >= RETOLD_JACCARD)) return null;
  const weeks = daysApart(v, m) / 7;
  if (v < m || !Number.isInteger(weeks) || weeks < 1 || weeks > STALE_WEEKS) return null;
  return `its date line (${pub.slice(0, 10)}) is later than its text: the ${weekday} it gives the event, read against that date line, is ${v}, ${weeks} week${weeks > 1 ? 's' : ''} after ${m}, the day ${others} other outlets give`;
}

/** The outlet of a claim (its article when the outlet is unknown: never two unknowns as one). */
function who(c: Claim): string {
  return c.outlet ?? c.citation.article;
}

/** True when day numbers differ by one digit added or dropped ("9"/"19") or two digits swapped ("12"/"21"). */
export function digitSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) return a.length === 2 && a[0] === b[1] && a[1] === b[0];
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * The words of the main event: those in the lead sentences (the first `LEAD_SENTENCES` that are not
 * fragments) of at least two outlets, without calendar words and numbers. Leads tell the news; the most
 * corroborated fact group is often a quote or a background line. A byline, a timestamp or a greeting
 * opening a live page is no lead: the first full sentences after it are.
 */
function leadVocabulary(leads: Statement[]): Set<string> {
  const outletsOf = new Map<string, Set<string>>();
  for (const s of leads) {
    for (const w of s.set) {
      if (CALENDAR_WORD.test(w) || /^\d/.test(w)) continue;
      const set = outletsOf.get(w) ?? new Set<string>();
      set.add(s.source);
      outletsOf.set(w, set);
    }
  }
  return new Set([...outletsOf].filter(([, o]) => o.size >= 2).map(([w]) => w));
}

/** The first `LEAD_SENTENCES` statements of each article that are not fragments, in text order. */
function leadStatements(statements: Statement[]): Statement[] {
  const byArticle = new Map<string, Statement[]>();
  for (const s of statements) {
    if (s.fragment) continue;
    const list = byArticle.get(s.article) ?? [];
    list.push(s);
    byArticle.set(s.article, list);
  }
  return [...byArticle.values()].flatMap((list) =>
    [...list].sort((a, b) => a.sentence - b.sentence).slice(0, LEAD_SENTENCES),
  );
}

/**
 * The written days (day precision, no bound, no plan) of the sentences that tell the main event: a
 * main fact group's statement, or a sentence with at least `MIN_EVENT_WORDS` words of the leads'
 * vocabulary, one of them a named entity unless the sentence is itself in its article's lead (a lead
 * that tells the news in common words, "the walkout began on Monday", names no one).
 */
function mainDayRecords(
  items: AnalyzedArticle[],
  statements: Statement[],
  main: ReadonlySet<number>,
): DayRecord[] {
  const leads = leadStatements(statements);
  const inLead = new Set(leads);
  const vocabulary = leadVocabulary(leads);
  const tellsMain = (s: Statement) => {
    let shared = 0;
    let entity = false;
    for (const w of s.set)
      if (vocabulary.has(w)) {
        shared++;
        if (w.startsWith('@')) entity = true;
      }
    return shared >= MIN_EVENT_WORDS && (entity || inLead.has(s));
  };
  const byId = new Map(items.map((a) => [a.article.id, a]));
  // A day after its report (the story's latest one when the article has none) is a plan, unless told as past.
  const latest = latestReport(items);
  const out: DayRecord[] = [];
  statements.forEach((s, i) => {
    if (s.fragment || !(main.has(i) || tellsMain(s))) return;
    const { article, annotations } = byId.get(s.article)!;
    for (const d of annotations.dates) {
      if (d.start < s.start || d.end > s.end || d.precision !== 'day') continue;
      if (d.qualifier && (DATE_BOUNDS.has(d.qualifier) || d.qualifier === 'range')) continue;
      const report = article.published?.slice(0, 10) ?? latest;
      if (report && d.value > report && !d.afterReport) continue;
      const claim = dateClaim(article.text, s, d, EVENT_DATE_KEY, EVENT_DATE_TOPIC);
      out.push({ claim, mention: d, sentence: s.text });
    }
  });
  return out;
}
