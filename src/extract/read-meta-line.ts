/**
 * One header line read as metadata: byline, date line, "Outlet - 04 July 2025 09:26", "Jane Roe | Outlet".
 */
import { bylineBody, isOutletLike, isPersonName, parseByline, readableName } from './parse-byline.ts';
import { parseDate } from './parse-date.ts';
import { isSectionWord } from './read-masthead.ts';
import { tidyDateText } from './tidy-date-text.ts';

/** What a metadata line says. */
export interface LineMeta {
  kind: 'byline' | 'date-line';
  authors?: string[];
  outlet?: string;
  /** ISO date or timestamp. */
  published?: string;
  /** The date text when it could not be read (ambiguous day/month order or an impossible day). */
  unreadDate?: string;
}

/** Splits a line into parts: at " | ", " - ", " · ", and before an update label ("…, updated …", "… / UPDATED AT …"). */
const SEPARATOR =
  /\s+[|·•—–-]\s+|\s*\|\s*|(?<!\blast)\s*[,/]?\s+(?=(?:last\s+)?(?:updated|edited|modified)\b)/i;
/** A label before a date: "Published:", "First Posted", "Last updated on:", "Story created:", "Published time:", a bare "on". */
const DATE_PREFIX =
  /^(?:(?:(?:first|last|originally|story|article)\s+)?(?:published|posted|updated|modified|created|edited|date|dated|issued|release)(?:\s+(?:time|date))?(?:\s+(?:on|at))?|for\s+immediate\s+release|on)\b\s*:?\s*/i;
const UPDATE_LABEL = /updated|modified|edited/i;
const TIME_ONLY =
  /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m?\.?)?\s*(?:\(?[A-Z]{2,5}\)?|[+-]\d{2}:?\d{2})?$/i;

/** A relative time after a date label: "3 hours ago", "yesterday", "just now", "Tuesday". */
const RELATIVE_TIME =
  /^(?:(?:about|around|over)\s+)?(?:\d+|an?|one|two|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago$|^(?:just\s+now|today|yesterday|this\s+(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** A day without a year after a date label ("Updated: Thu 12 Mar"): a date line whose date cannot be dated. */
const YEARLESS_DATE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$/i;
/** A desk or agency credit instead of a person: "Newsdesk", "Staff Reporter", "Web Desk", "Agencies". */
const DESK =
  /^(?:(?:the\s+)?(?:news|web|online|digital|city|foreign|metro|sports?|business)\s*desk|newsdesk|(?:our\s+)?(?:staff|special)(?:\s+(?:reporter|writer|correspondent)s?)?|(?:news\s+)?agencies|agency\s+staff|editorial\s+(?:team|staff|board)|(?:news|web)\s+team)$/i;

/** A newsroom credit that names its outlet: "By Harbour Ledger staff", "By the Velmore Post newsroom". */
const NEWSROOM = /^(?:the\s+)?(.+?)\s+(?:staff|newsroom|news\s*desk|reporters|team)(?:\s+and\s+agencies)?$/i;

interface Segment {
  raw: string;
  date?: { value?: string; unread?: string; updated: boolean };
  authors?: string[];
  bylineOutlet?: string;
  name?: string;
  /** A desk credit ("Newsdesk"): neither author nor outlet. */
  desk?: boolean;
  /** A section word ("Business"): neither author nor outlet. */
  section?: boolean;
}

/** Classifies one segment of a header line, or null when it is ordinary text. */
function readSegment(raw: string, prev: Segment | undefined): Segment | null {
  const seg = tidyDateText(raw);
  const prefix = DATE_PREFIX.exec(seg);
  const rest = prefix ? seg.slice(prefix[0].length) : seg;
  const updated = !!prefix && UPDATE_LABEL.test(prefix[0]);
  if (prev?.date?.value && !prev.date.value.includes('T') && TIME_ONLY.test(seg)) {
    const joined = parseDate(`${prev.raw.replace(DATE_PREFIX, '')} ${seg}`);
    if (joined.ok) prev.date.value = joined.value;
    return { raw: seg };
  }
  if (prev?.date && updated && TIME_ONLY.test(rest)) return { raw: seg };
  const date = parseDate(rest);
  if (date.ok) return { raw: seg, date: { value: date.value, updated } };
  if (date.reason !== 'no-date') return { raw: seg, date: { unread: rest, updated } };
  if (prefix && rest === '') return { raw: seg };
  if (prefix && (RELATIVE_TIME.test(rest.trim()) || YEARLESS_DATE.test(rest.trim())))
    return { raw: seg, date: { updated } };
  if (DESK.test(seg.trim())) return { raw: seg, desk: true };
  const body = bylineBody(seg);
  const newsroom = body ? NEWSROOM.exec(body) : null;
  // ("By Jane Roe, Staff Writer" is a person with a role: the comma keeps it out.)
  if (newsroom && isOutletLike(newsroom[1]) && !isSectionWord(newsroom[1]) && !/^our$/i.test(newsroom[1]))
    return { raw: seg, authors: [], bylineOutlet: newsroom[1] };
  const byline = body ? parseByline(body) : null;
  if (byline) return { raw: seg, authors: byline.authors, bylineOutlet: byline.outlet };
  if (isSectionWord(seg)) return { raw: seg, section: true };
  if (isOutletLike(seg)) return { raw: seg, name: seg };
  return null;
}

/**
 * Reads a header line as metadata, or returns null when it is ordinary text.
 *
 * The line is split at ` | `, ` - `, ` — `, ` · `; every part must be a date (optionally "Published:",
 * "Updated"), a time, a byline ("By X", "Written by X, Outlet") or a short capitalised name. A line
 * needs a date or a byline; a plain name part is then the outlet ("Outlet - 04 July 2025 09:26").
 * Without date or byline, `allowNamePair` accepts "Jane Roe | Outlet" (person name, then outlet).
 */
export function readMetaLine(line: string, maxChars: number, allowNamePair: boolean): LineMeta | null {
  const text = line.trim();
  if (text === '' || text.length > maxChars) return null;
  const whole = readSegment(text, undefined);
  const segments: Segment[] = [];
  if (whole?.date) segments.push(whole);
  else {
    for (const raw of text.split(SEPARATOR)) {
      if (raw.trim() === '') continue;
      const seg = readSegment(raw, segments[segments.length - 1]);
      if (!seg) return null;
      segments.push(seg);
    }
  }
  const dates = segments.filter((s) => s.date);
  const bylines = segments.filter((s) => s.authors);
  const names = segments.filter((s) => s.name).map((s) => s.name!);
  const out: LineMeta = { kind: bylines.length > 0 ? 'byline' : 'date-line' };
  if (dates.length === 0 && bylines.length === 0) {
    if (!allowNamePair || names.length !== 2 || !isPersonName(names[0])) return null;
    return { kind: 'byline', authors: [readableName(names[0])], outlet: names[1] };
  }
  const best = dates.find((d) => d.date?.value && !d.date.updated) ?? dates.find((d) => d.date?.value);
  if (best?.date?.value) out.published = best.date.value;
  else if (dates.length > 0) out.unreadDate = dates[0].date?.unread;
  const authors = bylines.flatMap((b) => b.authors!);
  if (authors.length > 0) out.authors = authors;
  const outlet = bylines.find((b) => b.bylineOutlet)?.bylineOutlet ?? names[0];
  if (outlet !== undefined) out.outlet = outlet;
  return out;
}

/**
 * True when `line` reads wholly as a date line ("on Feb. 4, 2009", "updated 7/28/2004 3:02 PM ET"),
 * whether or not its date could be read. Used to keep such a line off the headline it follows.
 */
export function isDateLine(line: string): boolean {
  const m = readMetaLine(line, Number.POSITIVE_INFINITY, false);
  return m !== null && m.kind === 'date-line' && (m.published !== undefined || m.unreadDate !== undefined);
}
