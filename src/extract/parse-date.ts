/**
 * Strict date parsing for header lines and metadata values: the whole string must be a date.
 */
import * as chrono from 'chrono-node/en'; // English only: the main entry loads every locale (~900 modules)
import { validDay } from '../util/valid-day.ts';
import { tidyDateText } from './tidy-date-text.ts';

/** A parsed date: ISO `YYYY-MM-DD`, or a full ISO timestamp when a time was given. */
export type ParsedDate =
  | { ok: true; value: string }
  | { ok: false; reason: 'ambiguous' | 'invalid' | 'no-date' };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** UTC offsets of the zone abbreviations news sites print; ambiguous ones (IST, AST) are left out. */
const ZONES: Record<string, string> = {
  Z: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  JST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
};

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TIME =
  /^\s*(?:,|(?:last\s+updated\s+)?at|-|–|—|\||T|@)?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:hrs?\b)?\s*([ap])?\.?\s*(?:m\.?)?\s*\(?(Z|[A-Z]{2,5}|(?:UTC|GMT)?\s?[+-]\d{1,2}(?::?\d{2})?)?\)?\s*$/i;
/** A time before the date ("10:55 p.m. EDT Feb. 2, 2009", "9:53 AM, Mon 22 Jul 2013", "2 a.m. Feb. 4, 2009"). */
const LEAD_TIME = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(?:([ap])\.?\s?m\b\.?)?\s*/i;
/** A zone after a leading time: upper case ("EDT", "UK", "GMT+02:00"), so that a month name is not taken for one. */
const LEAD_ZONE = /^\(?(Z|[A-Z]{2,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)\)?(?=[\s,@])/;
/** Two-digit years: 00–68 are 20xx, 69–99 are 19xx (the POSIX `%y` pivot; no clock is read). */
const YEAR_PIVOT = 69;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Normalises a zone token to `Z` / `±HH:MM`, or '' when unknown. */
function zoneOf(token: string | undefined): string {
  if (!token) return '';
  const t = token.replace(/\s/g, '').toUpperCase();
  if (ZONES[t]) return ZONES[t];
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return '';
  const off = `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
  return off === '+00:00' || off === '-00:00' ? 'Z' : off;
}

/** Parses the time part after a date (possibly empty); null when it is not a time. */
function parseTime(rest: string): string | null | undefined {
  if (rest.trim() === '') return undefined;
  const m = TIME.exec(rest);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] ? Number(m[3]) : 0;
  const ap = m[4]?.toLowerCase();
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return null;
  return `T${pad(h)}:${pad(min)}:${pad(sec)}${zoneOf(m[5])}`;
}

/** Builds the result from parts; `rest` is whatever followed the date. */
function build(y: number, m: number, d: number, rest: string): ParsedDate {
  const time = parseTime(rest);
  if (time === null) return { ok: false, reason: 'no-date' };
  if (!validDay(y, m, d)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: `${y}-${pad(m)}-${pad(d)}${time ?? ''}` };
}

/**
 * Reads a date that follows a leading time ("12:52 p.m. EDT May 2, 2013"); null when `s` does not
 * read so (then the other forms are tried). An ambiguous or impossible date after the time is returned
 * as such, so that it is reported rather than ignored.
 */
function parseLeadTime(s: string): ParsedDate | null {
  const t = LEAD_TIME.exec(s);
  if (!t || (t[2] === undefined && t[4] === undefined)) return null;
  let rest = s.slice(t[0].length);
  const z = LEAD_ZONE.exec(rest);
  const zone = z && !MONTHS[z[1].toLowerCase()] && !WEEKDAY.test(`${z[1]} `) ? z[1] : '';
  if (zone) rest = rest.slice(z![0].length);
  rest = rest.replace(/^[\s,@]+/, '');
  if (rest === '' || /^\d{1,2}[:.]\d{2}/.test(rest)) return null;
  const date = parseDate(rest);
  if (!date.ok) return date.reason === 'no-date' ? null : date;
  if (date.value.includes('T')) return null;
  const sec = t[3] ? `:${t[3]}` : '';
  const time = parseTime(`${t[1]}:${t[2] ?? '00'}${sec}${t[4] ? ` ${t[4]}m` : ''} ${zone}`);
  return time ? { ok: true, value: `${date.value}${time}` } : null;
}

/** Maps a two-digit year to four digits by the `YEAR_PIVOT` rule; four-digit years are kept. */
export function fullYear(y: string): number {
  if (y.length === 4) return +y;
  return +y < YEAR_PIVOT ? 2000 + +y : 1900 + +y;
}

/**
 * Parses a string that is entirely a date (with optional weekday, time and zone).
 *
 * Formats: ISO (`2025-07-04`, `2025-07-04T09:26:00Z`, `2025.07.04`), `04 July 2025 09:26`, `July 4th,
 * 2025 at 9:26 a.m. EDT`, `Fri., Jul. 4, 2025 @ 9:26am`, `04 July 2025 Last updated at 09:26 GMT`, a
 * time first (`9:26 AM EDT, Fri July 4, 2025`), `2025/07/04`, `04.07.2025` (day first, the European
 * dotted form), `13/7/2025` and `7/13/25` (day/month order decided because one of them is over 12).
 * `4/7/2025` is ambiguous and is refused (`reason: 'ambiguous'`) rather than guessed. Tokeniser
 * spacing ("10: 53 AM", "05 / 02 / 07") is undone first (`tidyDateText`).
 */
export function parseDate(input: string): ParsedDate {
  const s = tidyDateText(input).replace(WEEKDAY, '');
  const lead = parseLeadTime(s);
  if (lead) return lead;
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/.exec(s);
  if (m) return build(+m[1], +m[3], +m[4], m[5]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], '');
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})\b,?(.*)$/i.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return build(+m[3], MONTHS[m[2].toLowerCase()], +m[1], m[4]);
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,|\s-)?\s+(\d{4})\b,?(.*)$/i.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return build(+m[3], MONTHS[m[1].toLowerCase()], +m[2], m[4]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b(.*)$/.exec(s);
  if (m) return build(+m[3], +m[2], +m[1], m[4]);
  m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(.*)$/.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    const y = fullYear(m[4]);
    if (a > 12 && b <= 12) return build(y, b, a, m[5]);
    if (b > 12 && a <= 12) return build(y, a, b, m[5]);
    if (a === b) return build(y, a, b, m[5]);
    if (parseTime(m[5]) === null) return { ok: false, reason: 'no-date' };
    return { ok: false, reason: a <= 12 && b <= 12 ? 'ambiguous' : 'invalid' };
  }
  return { ok: false, reason: 'no-date' };
}

/**
 * Normalises a date from metadata (JSON-LD, meta tags, `<time datetime>`), which is usually ISO but
 * sometimes RFC 2822 or free text. Tries `parseDate`, then chrono (strict mode, year required) as a
 * last resort; returns null when nothing dependable comes out.
 */
export function normaliseDateValue(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return null;
  const direct = parseDate(s);
  if (direct.ok) return direct.value;
  if (direct.reason !== 'no-date') return null;
  const results = chrono.strict.parse(s);
  const first = results[0];
  if (!first?.start.isCertain('year') || first.text.length < s.length * 0.6) return null;
  const y = first.start.get('year')!;
  const mo = first.start.get('month')!;
  const d = first.start.get('day')!;
  if (!validDay(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!first.start.isCertain('hour')) return date;
  const off = first.start.get('timezoneOffset');
  const zone =
    off === null || off === undefined
      ? ''
      : off === 0
        ? 'Z'
        : zoneOf(`${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`);
  return `${date}T${pad(first.start.get('hour')!)}:${pad(first.start.get('minute') ?? 0)}:${pad(first.start.get('second') ?? 0)}${zone}`;
}
