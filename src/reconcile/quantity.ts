/**
 * Typed quantities: every number of a text read as an exact decimal with its scale word, currency or
 * unit, qualifier ("at least", "about") and range. Values are kept as an integer significand and a
 * power of ten (`205` × 10^7 for "€2.05bn"), never as a binary float, so "€2.05bn" and "€2,050
 * million" are the same amount and "1.85 billion" is never read as 1.85.
 *
 * What is not a quantity is skipped here, not downstream: years, clock times, phone numbers, scores
 * and ranges, and digits that belong to a name ("Series 4", "Model K7", "No. 9", "AK-47").
 *
 * Measured against `@microsoft/recognizers-text-number-with-unit` 1.3 and `compromise` 14 on the
 * shapes of the fictional dev stories (`scripts/compare-quantity-parsers.mjs`): both miss the scale of
 * "€2.05bn" (2.05), neither reads "1.8 cubic kilometres", and the recognizer costs 40–90 ms a
 * sentence after a 3 s start; this parser reads them all in microseconds.
 */

import { CURRENCY_CODE_PATTERN, CURRENCY_CODES } from '../text/index.ts';

/** An exact decimal: `sig` × 10^`exp`, with no trailing zeros in `sig` (0 is `0n` × 10^0). */
export interface Decimal {
  sig: bigint;
  exp: number;
}

/** What a unit measures, and its size in the dimension's base unit (metre, square metre, cubic metre, kilogram, second). */
export interface Unit {
  /** The unit's canonical name ("kilometre", "percent"). */
  name: string;
  dimension: 'length' | 'area' | 'volume' | 'mass' | 'duration' | 'percent' | 'points' | 'speed';
  /** Size in the base unit, as an exact decimal string ("1609.344" for a mile). */
  factor: string;
}

/** One quantity of a text. */
export interface Quantity {
  /** Range in the text, qualifier included. */
  start: number;
  end: number;
  /** Where the number itself starts (after the qualifier and currency sign). */
  numberStart: number;
  /** The exact value, scale applied ("€2.05bn" → 2050000000). */
  value: Decimal;
  /** The scale word as written ("bn", "million"), when there is one. */
  scale?: string;
  /** ISO-like currency code ("EUR", "USD", "GBP"), when the quantity is money. */
  currency?: string;
  unit?: Unit;
  /** "at least", "about", "more than" … as written, lower-cased. */
  qualifier?: string;
  /** True for "112th", "fifth". */
  ordinal?: boolean;
  /** True when the number is written in words ("two", "sixty"). */
  spelled?: boolean;
}

const SCALES: Record<string, number> = {
  thousand: 3,
  k: 3,
  lakh: 5,
  crore: 7,
  million: 6,
  mn: 6,
  mln: 6,
  m: 6,
  billion: 9,
  bn: 9,
  bln: 9,
  b: 9,
  trillion: 12,
  tn: 12,
};
/** Scale letters that mean a scale only next to money ("€85m", "$2bn"); "600 m" is metres. */
const MONEY_ONLY_SCALES = new Set(['m', 'b', 'k']);

const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  e: 'EUR',
  E: 'EUR',
};
/**
 * The euro sign as feeds that lose it write it: a bare "e" stuck to an amount with a scale word
 * ("e80 million", "e75m", "E1.2bn"). Without the scale word "e10" is no money (fuel, a road, a model).
 */
const MANGLED_EURO = String.raw`\b[eE](?=\d+(?:\.\d+)?\s?(?:million|billion|mn|mln|bn|m)\b)`;
/** A currency code written after an amount ("2 million EUR"). */
const CODE_AFTER = new RegExp(String.raw`^\s(${CURRENCY_CODE_PATTERN})\b`);
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
  yuan: 'CNY',
};

const U = (name: string, dimension: Unit['dimension'], factor: string): Unit => ({ name, dimension, factor });
const KM = U('kilometre', 'length', '1000');
const METRE = U('metre', 'length', '1');
const MILE = U('mile', 'length', '1609.344');
const NMI = U('nautical mile', 'length', '1852');
const FOOT = U('foot', 'length', '0.3048');
const CM = U('centimetre', 'length', '0.01');
const HECTARE = U('hectare', 'area', '10000');
const KM2 = U('square kilometre', 'area', '1000000');
const ACRE = U('acre', 'area', '4046.8564224');
const M3 = U('cubic metre', 'volume', '1');
const KM3 = U('cubic kilometre', 'volume', '1000000000');
const LITRE = U('litre', 'volume', '0.001');
const KG = U('kilogram', 'mass', '1');
const TONNE = U('tonne', 'mass', '1000');
const PERCENT = U('percent', 'percent', '1');
const POINTS = U('percentage point', 'points', '1');
const KMH = U('kilometre per hour', 'speed', '1000');
const MPH = U('mile per hour', 'speed', '1609.344');
const SECOND = U('second', 'duration', '1');
const MINUTE = U('minute', 'duration', '60');
const HOUR = U('hour', 'duration', '3600');

/** Unit words and symbols, longest first when read (so "cubic kilometres" wins over "kilometres"). */
const UNITS: Array<[string, Unit]> = [
  ['percentage points', POINTS],
  ['percentage point', POINTS],
  ['square kilometres', KM2],
  ['square kilometers', KM2],
  ['square kilometre', KM2],
  ['square kilometer', KM2],
  ['cubic kilometres', KM3],
  ['cubic kilometers', KM3],
  ['cubic kilometre', KM3],
  ['cubic kilometer', KM3],
  ['cubic metres', M3],
  ['cubic meters', M3],
  ['cubic metre', M3],
  ['cubic meter', M3],
  ['nautical miles', NMI],
  ['nautical mile', NMI],
  ['kilometres per hour', KMH],
  ['kilometers per hour', KMH],
  ['miles per hour', MPH],
  ['kilometres', KM],
  ['kilometers', KM],
  ['kilometre', KM],
  ['kilometer', KM],
  ['centimetres', CM],
  ['centimeters', CM],
  ['metres', METRE],
  ['meters', METRE],
  ['metre', METRE],
  ['meter', METRE],
  ['miles', MILE],
  ['mile', MILE],
  ['feet', FOOT],
  ['foot', FOOT],
  ['hectares', HECTARE],
  ['hectare', HECTARE],
  ['acres', ACRE],
  ['acre', ACRE],
  ['litres', LITRE],
  ['liters', LITRE],
  ['kilograms', KG],
  ['kilogrammes', KG],
  ['kilogram', KG],
  ['tonnes', TONNE],
  ['tonne', TONNE],
  ['tons', TONNE],
  ['per cent', PERCENT],
  ['percent', PERCENT],
  ['seconds', SECOND],
  ['second', SECOND],
  ['minutes', MINUTE],
  ['hours', HOUR],
  ['km/h', KMH],
  ['kph', KMH],
  ['mph', MPH],
  ['km³', KM3],
  ['km2', KM2],
  ['km²', KM2],
  ['m³', M3],
  ['km', KM],
  ['kg', KG],
  ['cm', CM],
  ['ft', FOOT],
  ['ha', HECTARE],
  ['%', PERCENT],
];

/** Cardinal words (from "two": "one" is too often a pronoun to be a count), shared with own-arithmetic. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const SMALL: Record<string, number> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([w]) => w !== 'one'),
);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

const QUALIFIERS =
  'at least|at most|more than|less than|fewer than|up to|as many as|as much as|upwards of|close to|just over|just under|an estimated|estimated|about|around|some|nearly|almost|roughly|approximately|over|under';

/** Months and their abbreviations: digits after them are days, not names. */
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

const NUMBER_RE = new RegExp(
  `(?:\\b(${QUALIFIERS})\\s+)?` +
    String.raw`(US\$|A\$|C\$|HK\$|NZ\$|[$€£¥₹]|\b(?:${CURRENCY_CODE_PATTERN})\s?|${MANGLED_EURO})?` +
    // Thousands groups split by a tokenizer ("120, 000", "1, 500"): one number, unless a month stands
    // before it ("March 3, 200 people" is a day and a count) or it is part of a list ("4, 120, 000").
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\d,\s)\d{1,3}(?:, \d{3})+(?![\d.,])|\d+(?:\.\d+)?)` +
    '(st|nd|rd|th)?',
  'gi',
);
const SPELLED_RE = new RegExp(
  String.raw`(?:\b(${QUALIFIERS})\s+)?\b(${Object.keys(SMALL).join('|')})(?:[- ](two|three|four|five|six|seven|eight|nine))?\b`,
  'gi',
);

/** Parses a plain decimal string ("2,050.5") into an exact decimal. */
export function parseDecimal(digits: string): Decimal {
  const clean = digits.replace(/[,\s]/g, '');
  const [int, frac = ''] = clean.split('.');
  return normalize({ sig: BigInt(`${int}${frac}` || '0'), exp: -frac.length });
}

function normalize(d: Decimal): Decimal {
  let { sig, exp } = d;
  if (sig === 0n) return { sig: 0n, exp: 0 };
  while (sig % 10n === 0n) {
    sig /= 10n;
    exp++;
  }
  return { sig, exp };
}

/** The decimal as a number (for ratios and ordering only; equality uses `sameDecimal`). */
export function toNumber(d: Decimal): number {
  return Number(d.sig) * 10 ** d.exp;
}

export function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.sig === b.sig && a.exp === b.exp;
}

/** Multiplies two exact decimals. */
function times(a: Decimal, b: Decimal): Decimal {
  return normalize({ sig: a.sig * b.sig, exp: a.exp + b.exp });
}

/** The decimal written plainly ("2050000000", "1.25"). */
export function decimalString(d: Decimal): string {
  if (d.exp >= 0) return `${d.sig}${'0'.repeat(d.exp)}`;
  const neg = d.sig < 0n;
  const s = (neg ? -d.sig : d.sig).toString().padStart(-d.exp + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, d.exp)}.${s.slice(d.exp)}`;
}

/** How a reader would write the amount: "€1.25 billion", "2,300", "1.8 billion cubic metres", "112th". */
export function formatQuantity(q: Quantity): string {
  const n = toNumber(q.value);
  let body: string;
  const big = [
    [12, 'trillion'],
    [9, 'billion'],
    [6, 'million'],
  ] as const;
  const scaled = big.find(([e]) => Math.abs(n) >= 10 ** e && exactShift(q.value, -e));
  if (scaled) body = `${decimalString(exactShift(q.value, -scaled[0])!)} ${scaled[1]}`;
  else body = groupThousands(decimalString(q.value));
  if (q.ordinal) body += ordinalSuffix(n);
  const sign = q.currency ? (SIGN_OF[q.currency] ?? `${q.currency} `) : '';
  const unit = q.unit ? (q.unit.dimension === 'percent' ? '%' : ` ${q.unit.name}${n === 1 ? '' : 's'}`) : '';
  return `${sign}${body}${unit}`;
}

const SIGN_OF: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

function exactShift(d: Decimal, by: number): Decimal | null {
  const r = { sig: d.sig, exp: d.exp + by };
  // Keep at most three decimals in a scaled figure ("1.25 billion", not "1.2345678 billion").
  return r.exp >= -3 ? r : null;
}

function groupThousands(s: string): string {
  const [int, frac] = s.split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${g}.${frac}` : g;
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Finds the quantities of `text` within `[from, to)`. */
export function readQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const slice = text.slice(from, to);
  const out: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of slice.matchAll(NUMBER_RE)) {
    const q = digitQuantity(text, from + m.index, m);
    if (q) {
      out.push(q);
      taken.push([q.start, q.end]);
    }
  }
  for (const m of slice.matchAll(SPELLED_RE)) {
    const start = from + m.index;
    if (taken.some(([s, e]) => start < e && start + m[0].length > s)) continue;
    const q = spelledQuantity(text, start, m);
    if (q) out.push(q);
  }
  return out.sort((a, b) => a.start - b.start);
}

function digitQuantity(text: string, at: number, m: RegExpMatchArray): Quantity | null {
  const [whole, qualifier, sign, digits, suffix] = m;
  const numberStart = at + whole.indexOf(digits, qualifier ? qualifier.length : 0);
  let end = numberStart + digits.length + (suffix?.length ?? 0);
  const before = text.slice(Math.max(0, numberStart - 24), numberStart - (sign?.length ?? 0));
  const after = text.slice(end, end + 40);
  if (!sign && notACount(digits, before, after)) return null;
  if (/^\d/.test(after) || /^[.,]\d/.test(after)) return null;
  // A decimal or thousands group split by a tokenizer ("6. 1", "120, 000"): no value can be trusted. A
  // comma before fewer than three digits is a list or a clause ("injuring 40, 15 of them children").
  // A group of four digits or more (a year: "In 2005, 120 people …") starts no split group.
  const splitAfter = /^\. \d/.test(after) || (/^, \d{3}(?!\d)/.test(after) && /^\d{1,3}$/.test(digits));
  const splitBefore = /\d\. $/.test(before) || (/(?<!\d)\d{1,3}, $/.test(before) && /^\d{3}$/.test(digits));
  if (splitAfter || splitBefore) return null;
  let value = parseDecimal(digits);
  let currency = sign ? (CURRENCY_SIGNS[sign.trim()] ?? sign.trim().toUpperCase()) : undefined;
  let scale: string | undefined;
  let unit: Unit | undefined;
  if (!suffix) {
    // "$137-million": some papers join the scale word by a hyphen.
    const sm =
      /^(?:\s|-(?=[a-z]{4}))?(thousand|million|billion|trillion|lakh|crore|mn|mln|bn|bln|tn)\b|^(m|b|k)\b/i.exec(
        after,
      );
    const word = sm?.[1] ?? sm?.[2];
    if (sm && word && (!MONEY_ONLY_SCALES.has(word.toLowerCase()) || currency)) {
      scale = word;
      value = times(value, { sig: 1n, exp: SCALES[word.toLowerCase()] });
      end += sm[0].length;
    }
    const rest = text.slice(end, end + 40);
    const cw =
      /^\s(?:of\s)?(dollars|dollar|euros|euro|pounds sterling|pounds|pound|sterling|yen|rupees|rupee|francs|franc|yuan)\b/i.exec(
        rest,
      );
    if (!currency && cw) {
      currency = CURRENCY_WORDS[cw[1].toLowerCase().split(' ')[0]];
      end += cw[0].length;
    } else if (!currency) {
      const code = CODE_AFTER.exec(rest);
      if (code) {
        currency = code[1];
        end += code[0].length;
      } else {
        const u = readUnit(rest);
        if (u) {
          unit = u.unit;
          end += u.length;
        }
      }
    }
  } else if (!/^(st|nd|rd|th)$/i.test(suffix) || /^\p{L}/u.test(after)) {
    return null;
  }
  const qStart = qualifier ? at : numberStart - (sign?.length ?? 0);
  return {
    start: qStart,
    end,
    numberStart,
    value: normalize(value),
    ...(scale ? { scale } : {}),
    ...(currency ? { currency } : {}),
    ...(unit ? { unit } : {}),
    ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
    ...(suffix ? { ordinal: true } : {}),
  };
}

function spelledQuantity(text: string, at: number, m: RegExpMatchArray): Quantity | null {
  const [whole, qualifier, word, unitWord] = m;
  const first = SMALL[word.toLowerCase()];
  if (unitWord && !TENS.has(word.toLowerCase())) return null;
  // "four-by-four", "four - by - four": a vehicle, not a count.
  const around = `${text.slice(Math.max(0, at - 8), at)}|${text.slice(at + whole.length, at + whole.length + 8)}`;
  if (/\bby\s?-?\s?\|/i.test(around) || /\|\s?-?\s?by\b/i.test(around)) return null;
  // "a hundred" / "one hundred" only.
  if (word.toLowerCase() === 'hundred' && !/\b(?:a|one)\s$/i.test(text.slice(Math.max(0, at - 5), at)))
    return null;
  let end = at + whole.length;
  const sm = /^\s(thousand|million|billion)\b/i.exec(text.slice(end, end + 12));
  let value = parseDecimal(String(first + (unitWord ? SMALL[unitWord.toLowerCase()] : 0)));
  if (sm) {
    value = times(value, { sig: 1n, exp: SCALES[sm[1].toLowerCase()] });
    end += sm[0].length;
  }
  const numberStart = at + whole.toLowerCase().indexOf(word.toLowerCase(), qualifier ? qualifier.length : 0);
  return {
    start: qualifier ? at : numberStart,
    end,
    numberStart,
    value: normalize(value),
    spelled: true,
    ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
  };
}

function readUnit(rest: string): { unit: Unit; length: number } | null {
  for (const [w, unit] of UNITS) {
    const symbol = !/^\p{L}/u.test(w) || w.length <= 3;
    const re = symbol
      ? new RegExp(`^\\s?${escapeRegExp(w)}(?![\\p{L}\\d])`, 'u')
      : new RegExp(`^[\\s-]${escapeRegExp(w)}\\b`, 'i');
    const m = re.exec(rest);
    if (m) return { unit, length: m[0].length };
  }
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Digits that are not a count or amount: a year, a clock time, part of a phone number, a score or a
 * range, or part of a name ("Series 4", "Flight 370", "No. 9", "AK-47", "Lyra-2").
 */
function notACount(digits: string, before: string, after: string): boolean {
  // A year: four digits from 1800 to 2100 with no scale or unit after them.
  if (
    /^\d{4}$/.test(digits) &&
    +digits >= 1800 &&
    +digits <= 2100 &&
    !/^\s?(?:million|billion|bn|m\b|%)/i.test(after)
  )
    return true;
  // Clock times and time zones: "8.49pm", "1336 GMT", "11 a.m.", "06:00 BST".
  if (
    /^\s?(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b|gmt\b|utc\b|bst\b|cet\b|est\b|edt\b|et\b|hrs\b|h\b|local time)/i.test(
      after,
    )
  )
    return true;
  // Part of a time, a score, a record, a ratio or a range: "3-1", "52-3", "09:26", "1/2", "12–14".
  if (/^\s?[-–/:]\s?\d/.test(after) || /\d\s?[-–/:]\s?$/.test(before)) return true;
  // Phone numbers: a group starting with 0, or digit groups separated by single spaces.
  if (/^0\d/.test(digits) || /^ \d{2,}/.test(after) || /\d \s?$/.test(before.slice(-2))) return true;
  // Digits glued to letters ("5G", "K7"), or after a hyphenated or glued name ("AK-47", "Lyra-2").
  if (/^\p{L}/u.test(after) && !/^(?:st|nd|rd|th|bn|mn|m|b|k|km|kg|cm|ft|ha|mph|kph)\b/i.test(after))
    return true;
  if (/\p{L}[-‑]?$/u.test(before)) return true;
  // "No. 9", "number 9", "#9", "No 9".
  if (/(?:\bno\.?|\bnumber|#)\s?$/i.test(before)) return true;
  // A capitalised word right before the digits: a name with a number ("Series 4", "Flight 370",
  // "Route 66"), unless it is a month ("March 10"), a currency code, or a function word that opens a
  // sentence ("About 300", "Only 12").
  const word = /(\p{Lu}[\p{L}.]*)\s$/u.exec(before);
  if (word && !MONTHS.test(word[1]) && !CURRENCY_CODES.has(word[1]) && !OPENERS.has(word[1].toLowerCase()))
    return true;
  return false;
}

/** Capitalised words that open a sentence before a count ("About 300", "Only 12"): not part of a name. */
const OPENERS = new Set(
  'about some nearly almost around over under only all another the of in by and just roughly approximately at to with exactly barely up than more fewer less another those these its their his her our'.split(
    ' ',
  ),
);

/** True when two quantities state the same amount: equal exact values, or equal after an exact unit conversion within the rounding of the less precise one. */
export function sameAmount(a: Quantity, b: Quantity): boolean {
  if ((a.currency ?? '') !== (b.currency ?? '')) return false;
  if (!a.unit || !b.unit || a.unit.name === b.unit.name) return sameDecimal(a.value, b.value);
  if (a.unit.dimension !== b.unit.dimension) return false;
  const av = times(a.value, parseDecimal(a.unit.factor));
  const bv = times(b.value, parseDecimal(b.unit.factor));
  // Half a unit of the last written digit of the less precise value, in the base unit.
  const slack = Math.max(halfUlp(a), halfUlp(b));
  return Math.abs(toNumber(av) - toNumber(bv)) <= slack;
}

function halfUlp(q: Quantity): number {
  return 0.5 * 10 ** q.value.exp * Number(q.unit?.factor ?? 1);
}

/** True when two quantities can be compared at all: same currency, and units of one dimension (or none). */
export function comparable(a: Quantity, b: Quantity): boolean {
  if ((a.currency ?? '') !== (b.currency ?? '')) return false;
  if (Boolean(a.unit) !== Boolean(b.unit)) return false;
  if (a.unit && b.unit && a.unit.dimension !== b.unit.dimension) return false;
  return Boolean(a.ordinal) === Boolean(b.ordinal);
}
