/**
 * Dates: chrono-node for calendar expressions, `find-years.ts` for bare years, decades and seasons,
 * resolved against the article's publication date (read as a UTC date).
 *
 * - Precision comes from what the text fixes: day, month or year (chrono's `isCertain`); relative
 *   expressions in years or months ("last year", "this month") get that precision, "last week" gets
 *   the month (or year) its seven days fall in.
 * - `kind` is `absolute` when the expression writes its year, else `relative`. Relative expressions
 *   are skipped when the publication date is unknown.
 * - The past is preferred: an expression without a year and without a direction word ("on Monday",
 *   "in March", "May 20") that lands after the reference date is moved back a week (weekday) or a year.
 * - Forward-looking sentences resolve forward: when the words before the expression (in its clause)
 *   speak of the future ("will hold a session on Friday", "is due to end on Monday", "set for
 *   Wednesday"), an expression without a year lands on or after the reference date, not before.
 * - Dropped: times of day alone ("at 5 p.m."), "now", month names written in lower case ("may"),
 *   numeric day/month pairs without a year ("24/7", "9/11"), durations ("in seven years", "for 179
 *   years", "after three days", "within four years": a length of time, not a date; "two years ago"
 *   is kept), offsets from another event ("two days later", "eight years before the accident"),
 *   "a weekday" and a bare "the year".
 * - A weekday written next to a day ("Thursday, July 3, 2023") is kept in `weekday`; the date keeps the
 *   day the text gives, so a wrong weekday can be caught downstream.
 * - "mid-April 2025", "early May": the range includes the modifier, which is kept as `qualifier`.
 */
import * as chrono from 'chrono-node/en'; // English only: the main entry loads every locale (~900 modules)
import type { DateMention, Sentence } from '../model/annotations.ts';
import { findYears } from './find-years.ts';
import type { NlpOptions } from './options.ts';
import { resolveOptions } from './options.ts';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const LOWER_MONTH =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
const WRITTEN_YEAR = /\b\d{4}\b|['’]\d{2}\b/;
const DIRECTION =
  /\b(next|last|ago|previous|coming|tomorrow|yesterday|today|tonight|this|later|earlier|past)\b/i;
const LEAD = /^(?:(?:on|in|at|by|from|since|until|of|during)\s+)+/i;
const TRAIL = /[\s,.;:]+$/;
const PART = /\b(early|mid|late)[- ]$/i;
const COUNT_WORD =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|a couple of|several|many)';
/** A number of units: a length of time ("seven years", "72 hours"), unless it counts back from now ("ago"). */
const DURATION = new RegExp(
  `\\b${COUNT_WORD}\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\\b`,
  'i',
);
/**
 * Words that put what follows in the future ("will", "is due to", "set for", "scheduled", "pencilled in",
 * "next"; not the place word "next to" / "next door": "was shot next to the station on 6 May" is past).
 */
const FUTURE =
  /\b(will|shall|won't|due to|due on|set (?:for|to)|scheduled|slated|expected to|expects? (?:\S+ ){1,3}to|prepares? to|(?:is|are) due|hopes? (?:\S+ ){0,3}to|aims? to|plans? to|planned (?:to|for)|intends? to|is to|are to|going to|upcoming|next(?!\s+(?:to|door)\b)|pending|pencil(?:l)?ed in|to (?:air|be held|be heard|take place|begin|start|open|resume|appear|face|meet|vote|testify|return|launch|close|end|run|kick off|go on sale))\b|\w'll\b/i;
/**
 * A scheduled proceeding written right before its date ("sentencing June 28", "a hearing set for May
 * 3", "the vote on Thursday is due"): such a date lies ahead of the report, not behind it.
 */
const SCHEDULED_BEFORE =
  /\b(?:sentencing|hearing|trial|arraignment|inquest|vote|referendum|election|runoff|summit|deadline|court date|premiere|kickoff)\s+(?:is\s+|was\s+)?(?:(?:set|scheduled|slated)\s+)?(?:for\s+)?$/i;
/**
 * A simple past verb right before the date, not governed by an auxiliary of the future or the passive
 * ("the companies confirmed on 13 April", "rescuers found Monday"): the date is that past act's, whatever
 * future the clause spoke of before it ("X is to be sold, the companies confirmed on 13 April").
 * Scheduling verbs ("set for", "scheduled for", "planned for") are left out: they date a plan.
 */
const PAST_VERB_BEFORE =
  /(?:^|[\s,])(\p{L}+)\s+(\p{L}+(?:ed)|said|told|met|held|began|rose|fell|won|lost|took|made|came|went|saw|gave|found|left|struck|hit|sank|broke|ran|spoke|wrote|heard|sent|shot|stood|fought|led|paid|sold|bought|flew|died|sought|brought|caught|taught|got)\s+$/iu;
const NOT_PAST =
  /^(?:scheduled|slated|planned|expected|proposed|intended|needed|required|set|due|pencil(?:l)?ed)$/i;
const AUXILIARY =
  /^(?:will|would|shall|should|be|been|being|is|are|am|to|can|could|may|might|must|'ll|won't|not|never)$/i;
/**
 * After the date, a past finite verb of the same clause ("the earlier hearing on Monday was
 * adjourned", "the trial on June 3 heard that"): the proceeding took place, it is not scheduled.
 * Reporting verbs after a comma ("…, prosecutors said") tell of the report, not the event.
 */
const PAST_AFTER = /^[^;:,]*?\b(?:was|were|had|did|heard|ended|adjourned|concluded|lasted|began)\b/i;
/** "The earlier hearing", "the previous session": a proceeding named as past. */
const PAST_BEFORE_NOUN = /\b(?:earlier|previous|prior|last|first|initial|original)\s+\p{L}+\s+$/iu;

/** True when the clause that ends at the expression reads in the past right before it. */
function pastBefore(before: string): boolean {
  const m = PAST_VERB_BEFORE.exec(before);
  return Boolean(m && !NOT_PAST.test(m[2]) && !AUXILIARY.test(m[1]));
}

/**
 * A present-tense verb of a schedule right before the date ("the campaign starts October 5", "the
 * ban takes effect on 1 July"): news tells a past start in the past tense, so this one lies ahead.
 */
const SCHEDULED_VERB_BEFORE =
  /\b(?:starts|begins|opens|reopens|ends|closes|resumes|expires|kicks off|takes effect|comes into force)\s+(?:(?:at|on|in)\s+)?(?:the\s+)?$/i;

/** True when the expression dates a scheduled or future thing (see `FUTURE`, `SCHEDULED_BEFORE`). */
function datesFuture(before: string, after: string): boolean {
  if (pastBefore(before)) return false;
  if (isFuture(before) || SCHEDULED_VERB_BEFORE.test(before)) return true;
  const proceeding = SCHEDULED_BEFORE.exec(before);
  if (!proceeding || PAST_AFTER.test(after) || PAST_BEFORE_NOUN.test(before)) return false;
  return !PAST_VERB_BEFORE_PROCEEDING.test(before.slice(0, proceeding.index));
}

/** A past verb that governs the proceeding ("went on trial on Monday", "stood trial", "opened the hearing"). */
const PAST_VERB_BEFORE_PROCEEDING =
  /\b(?:went|stood|was|were|opened|began|started|resumed|held|attended|ended|closed|faced)\s+(?:(?:on|to|the|a|an|his|her|their|its)\s+)*$/i;

/**
 * True when the date expression at `start`–`end` of `sentence` dates a scheduled or future thing by
 * the words around it (see `datesFuture`). "last April", "this past Monday" (chrono may leave the word
 * out of its match) are the past, whatever the clause. A preposition just before `start` ("on", "in")
 * is read as part of the expression, as chrono matches it.
 */
export function toldAhead(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start).replace(/(?:\b(?:on|in|at|during)\s+)+$/i, '');
  if (/\b(?:last|past|previous)\s+$/i.test(before)) return false;
  return datesFuture(before, sentence.slice(end));
}

/** A date that names an event ("the Sept. 11 attacks", "the July 7 bombings"): a name, not a date of the story. */
const NAMED_EVENT_AFTER =
  /^\s*(?:attacks?|bombings?|massacre|riots?|uprising|revolution|coup|crash|disaster|accords?|agreement|protests?|movement)\b/i;
/** A bound written before a date ("since February 1997", "until June"): a reference point, kept as `qualifier`. */
const BOUND_BEFORE =
  /\b(since|until|till|by|before|after|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;

/** Sentences without any of these hold no date expression chrono or `find-years.ts` would find (a cheap pre-filter). */
const MAY_HOLD_DATE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|year|month|week|day|ago|spring|summer|autumn|fall|winter|noon|midnight)/i;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Reads `published` (`YYYY-MM-DD…`) as noon UTC of that day; null when absent or unreadable. */
export function referenceDate(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

type Precision = DateMention['precision'];

function format(d: Date, precision: Precision): string {
  const y = pad(d.getUTCFullYear(), 4);
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

type Found = Omit<DateMention, 'sentence'>;

/** Marks a relative expression that could not be resolved (no publication date): kept only as a range. */
const UNRESOLVED = 'unresolved';

/** Reads one chrono result into a date mention (offsets relative to the sentence), or null to drop it. */
function fromChrono(
  r: chrono.ParsedResult,
  sentence: string,
  ref: Date | null,
  future: boolean,
): Found | null {
  const c = r.start;
  const raw = r.text;
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  const body = raw.slice(lead).replace(TRAIL, '');
  if (!body || /^(right )?now$/i.test(body) || LOWER_MONTH.test(body)) return null;
  // "24/7", "9/11": numbers with a slash and no year are rarely dates in news prose.
  if (/^\d{1,2}[/.]\d{1,2}$/.test(body)) return null;
  // Durations and offsets from another event are not dates; nor is "a weekday" or a bare "the year".
  if (DURATION.test(body) && !/\bago\b/i.test(body)) return null;
  if (
    /\bweekdays?\b/i.test(body) ||
    (/^(the|this) year$/i.test(body.trim()) && /^\s+\d{4}/.test(sentence.slice(r.index + raw.length)))
  )
    return null;
  if (NAMED_EVENT_AFTER.test(sentence.slice(r.index + raw.length))) return null;
  // "The next day", "the following morning", "the day before": an offset from another event, not from the report.
  if (
    /^(?:next|following|previous|prior)\b/i.test(body) &&
    /\bthe\s+$/i.test(sentence.slice(0, r.index + lead))
  )
    return null;
  if (/^(?:the\s+)?(?:day|morning|night|evening)\s+(?:before|after)$/i.test(body)) return null;
  // "Earlier in the day", "later that day", a bare "the day": a time within another event's day.
  if (/^(?:the|that) day$/i.test(body)) return null;
  // "They sat out the half", "the Sun Herald": a weekday's abbreviation written as a word or a name.
  if (
    /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i.test(body) &&
    (/^\p{Ll}/u.test(body) || /^\s+\p{Lu}/u.test(sentence.slice(r.index + raw.length)))
  )
    return null;
  // "A popular weekend getaway", "busy at weekends": a kind of day, not a date; only a weekend the
  // text points at ("this weekend", "at the weekend", "last weekend") is one.
  if (
    /^weekends?$/i.test(body) &&
    !/\b(?:the|this|last|next|that|past|coming)\s+$/i.test(sentence.slice(0, r.index + lead))
  )
    return null;
  // "On a Friday afternoon": any Friday, not a date.
  if (WEEKDAY.test(body) && /\b(?:a|every|each|any)\s+$/i.test(sentence.slice(0, r.index + lead)))
    return null;
  const hasDay = c.isCertain('day') || c.isCertain('weekday');
  if (!hasDay && !c.isCertain('month') && !c.isCertain('year')) return null;
  const kind = WRITTEN_YEAR.test(body) ? 'absolute' : 'relative';
  if (kind === 'relative' && !ref) {
    const start = r.index + lead;
    return { start, end: start + body.length, text: body, value: UNRESOLVED, precision: 'day', kind };
  }
  // "At the end of July", "the beginning of the month": a part of the month, not its last or first day
  // ("the end of March 3" keeps its day).
  const partOfMonth =
    !/\d/.test(body) &&
    (/\b(?:end|beginning|start|middle)\s+of\s+$/i.test(sentence.slice(0, r.index + lead)) ||
      /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i.test(body));
  let precision: Precision = hasDay && !partOfMonth ? 'day' : c.isCertain('month') ? 'month' : 'year';
  if (kind === 'relative' && /\byears?\b/i.test(body)) precision = 'year';
  else if (kind === 'relative' && /\bmonths?\b/i.test(body)) precision = 'month';
  let date = new Date(Date.UTC(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
  let afterReport = false;
  // "Last week", "at the weekend": a span of days, never one day; its month (or year) when the span stays in one.
  if (kind === 'relative' && /\bweek(?:s|ends?)?\b/i.test(body)) {
    const end = new Date(date.getTime() + 6 * 86400000);
    precision = end.getUTCMonth() === date.getUTCMonth() ? 'month' : 'year';
  }
  if (
    kind === 'relative' &&
    ref &&
    future &&
    !DIRECTION.test(body) &&
    date.getTime() < ref.getTime() - 43200000
  ) {
    if (!c.isCertain('month') && c.isCertain('weekday')) date = new Date(date.getTime() + 7 * 86400000);
    else if (c.isCertain('month'))
      date = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate(), 12));
  } else if (
    kind === 'relative' &&
    ref &&
    !future &&
    !DIRECTION.test(body) &&
    date.getTime() > ref.getTime() + 43200000 &&
    // "The end of the month": the report's own month, not last year's.
    !(precision !== 'day' && format(date, 'month') === format(ref, 'month'))
  ) {
    if (!c.isCertain('month') && c.isCertain('weekday')) date = new Date(date.getTime() - 7 * 86400000);
    else if (precision === 'day' && date.getTime() - ref.getTime() <= AFTER_REPORT_DAYS * 86400000)
      // A day and month told as past that fall weeks after the report ("went up on July 19" in a
      // report of July 10): not last year's July 19 but a contradiction, kept in the report's year.
      afterReport = true;
    else date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
  }
  let start = r.index + lead;
  const part = PART.exec(sentence.slice(Math.max(0, start - 6), start));
  const out: Found = {
    start,
    end: start + body.length,
    text: body,
    value: format(date, precision),
    precision,
    kind,
  };
  if (part) {
    start -= part[0].length;
    Object.assign(out, { start, text: sentence.slice(start, out.end), qualifier: part[1].toLowerCase() });
  } else if (r.end) out.qualifier = 'range';
  else {
    const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, r.index - 30), r.index + lead));
    if (bound) out.qualifier = bound[1].toLowerCase();
  }
  if (afterReport) out.afterReport = true;
  const weekday = WEEKDAY.exec(body);
  if (weekday && c.isCertain('day'))
    out.weekday = WEEKDAY_NAMES[WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === weekday[1].toLowerCase())];
  return out;
}

/** How far after the report a past-tense day and month is read as a contradiction rather than last year's day. */
const AFTER_REPORT_DAYS = 45;

/** Closed quotations: their words are the speaker's, not the tense of the reporting clause. */
const CLOSED_QUOTE = /“[^“”]*”|«[^«»]*»|"[^"]*"|‘[^‘’]*’(?!\p{L})/gu;

/**
 * True when the clause that ends at the expression speaks of the future (after the last ";" or
 * sentence start). Closed quotations are left out ("“…will shrink,” he said on Friday" is past); a
 * quotation still open at the expression is its own clause and counts.
 */
function isFuture(before: string): boolean {
  const clause = before.slice(before.lastIndexOf(';') + 1).replace(CLOSED_QUOTE, ' ');
  return FUTURE.test(clause) || REPORTED_FUTURE.test(clause);
}

/**
 * "would" as the future of reported speech, in the date's own clause ("said it would meet on Thursday");
 * not "would have" (a counterfactual past), nor a "would" a comma closes off before the date ("Fearful
 * that the revolt would spread, on Nov. 17 the army moved in").
 */
const REPORTED_FUTURE = /\bwould(?:n't)?(?!\s+have\b)\s[^,;]*$/i;

/** Dates found in a text, and the ranges of relative expressions left unresolved (no publication date). */
export interface ResolvedDates {
  dates: DateMention[];
  unresolved: Array<{ start: number; end: number; text: string }>;
}

/**
 * Finds and resolves the date expressions of a text, sentence by sentence.
 *
 * `published` is the article's publication date (the reference for relative dates); when it is null,
 * only expressions that write their year are kept.
 */
export function resolveDates(
  text: string,
  sentences: Sentence[],
  published: string | null,
  options: Partial<NlpOptions> = {},
): DateMention[] {
  return findDates(text, sentences, published, options).dates;
}

/** Like `resolveDates`, and also reports the relative expressions it could not resolve. */
export function findDates(
  text: string,
  sentences: Sentence[],
  published: string | null,
  options: Partial<NlpOptions> = {},
): ResolvedDates {
  const opts = resolveOptions(options);
  const ref = referenceDate(published);
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateMention[] = [];
  const unresolved: ResolvedDates['unresolved'] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!MAY_HOLD_DATE.test(body)) continue;
    const found: Found[] = [];
    for (const r of chrono.parse(body, { instant, timezone: 0 }, { forwardDate: false })) {
      const future = toldAhead(body, r.index, r.index + r.text.length);
      const d = fromChrono(r, body, ref, future);
      if (d) found.push(d);
    }
    for (const y of findYears(body, found, opts)) {
      found.push({ ...y, text: body.slice(y.start, y.end), precision: 'year', kind: 'absolute' });
    }
    found.sort((a, b) => a.start - b.start);
    for (const d of found) {
      const at = { start: d.start + s.start, end: d.end + s.start };
      if (d.value === UNRESOLVED) unresolved.push({ ...at, text: d.text });
      else out.push({ ...d, ...at, sentence: s.index });
    }
  }
  return { dates: out, unresolved };
}
