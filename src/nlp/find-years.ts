/**
 * Year expressions chrono-node leaves out: bare years ("in 2003", "since 2022", "the 1979 invasion"),
 * decades ("the 1990s") and seasons ("late summer 2021").
 *
 * Choices (documented for downstream stages):
 * - a decade is recorded as its first year with precision `year` and qualifier `decade`
 *   ("the 1990s" → `1990`): the model has no decade precision, and a consistency check must treat it as
 *   the span 1990–1999;
 * - a season is recorded as its year with precision `year` and the season as qualifier ("late summer
 *   2021" → `2021`, qualifier `late summer`): seasons straddle months (and, for winter, years);
 * - a preposition that bounds the date ("since", "until", "by", "before", "after") is kept as qualifier,
 *   the range covers the year only.
 * Four-digit numbers that count things ("about 1500 troops", "1,200") are not years.
 */
import { MONTH_NAME } from '../text/index.ts';
import type { NlpOptions } from './options.ts';

/** A year expression found in a text: range, value (`YYYY`) and qualifier. */
export interface YearExpression {
  start: number;
  end: number;
  value: string;
  qualifier?: string;
}

const SEASON = /\b(?:(early|mid|late)[- ])?(spring|summer|autumn|fall|winter)(?: of)? (\d{4})\b/gi;
const YEAR = /(?<![\d.,$#£€])\b(\d{4})(s?)\b(?![.,]\d|%|\d)/g;
const BOUNDS = /\b(since|until|till|by|before|after|from|through)\s+(?:the\s+)?$/i;
const PART = /\b(early|mid|late)[- ]$/i;
/** Documents and objects a year can name ("the 1918 constitution", "the 2019 census", "its 2024 model"). */
const NAMED_THING =
  /^\s+(?:constitution|charter|law|act|statute|code|treaty|accord|convention|report|census|survey|study|budget|plan|manifesto|edition|version|model|vintage|season|album|film|movie|book|memoir|biography|expos[ée]|documentary|novel|song|standard|rules|regulations|guidelines|amendment|framework|roadmap|strategy)\b/i;
/**
 * A capitalised word inside a sentence (another word before it) right before the year, that is not a
 * month, a season or a holiday: a product or a name ("Windows 2000", "Server 2003"). A sentence's first
 * word is left alone ("Between 1998 and 2002", "In 2005").
 */
const PRODUCT_BEFORE = new RegExp(
  `(?<=[\\p{L}\\p{N},;:)]\\s)(?!(?:${MONTH_NAME}|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Early|Late|Mid)\\b)\\p{Lu}\\p{L}+\\s+$`,
  'u',
);
/** A street name after a number: an address, not a year. */
const ADDRESS_AFTER =
  /^\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Dr\.?|Way|Place|Court|Square)\b/u;
/** A proper name after a year (not a month): with "a" or a possessive before the year, a model year. */
const MODEL_NAME = new RegExp(`^\\s+(?!${MONTH_NAME}\\b)\\p{Lu}\\p{L}+`, 'u');
const QUANTIFIER =
  /\b(about|some|nearly|almost|over|than|least|around|approximately|roughly|only|just|all|the first|the last|another)\s+$/i;
const COUNTED =
  /^\s+(people|persons|troops|soldiers|dead|deaths|killed|lives|casualties|civilians|fighters|members|residents|workers|families|children|women|men|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|dollars|euros|barrels|hectares|acres|units|cases|votes|seats|jobs|homes|houses)\b/i;

/**
 * Finds year, decade and season expressions in `text` (a sentence), skipping `taken` ranges.
 *
 * Offsets are relative to `text`.
 */
export function findYears(
  text: string,
  taken: Array<{ start: number; end: number }>,
  options: Pick<NlpOptions, 'minYear' | 'maxYear'>,
): YearExpression[] {
  const out: YearExpression[] = [];
  const free = (s: number, e: number) =>
    !taken.some((r) => s < r.end && e > r.start) && !out.some((r) => s < r.end && e > r.start);
  const inRange = (y: number) => y >= options.minYear && y <= options.maxYear;
  for (const m of text.matchAll(SEASON)) {
    const year = Number(m[3]);
    if (!inRange(year) || !free(m.index, m.index + m[0].length)) continue;
    const qualifier = [m[1], m[2]].filter(Boolean).join(' ').toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, value: m[3], qualifier });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    let start = m.index;
    const end = m.index + m[0].length;
    if (!inRange(year) || !free(start, end)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (QUANTIFIER.test(before) || COUNTED.test(text.slice(end))) continue;
    // "the 1918 constitution", "its 2019 report": a year that names a document or an object is an
    // attribute, not an event ("the 1979 flood" stays: a flood is an event).
    if (
      /\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) &&
      (NAMED_THING.test(text.slice(end)) || NAMED_THING.test(text.slice(end).replace(/^\s+\p{Ll}+/u, '')))
    )
      continue;
    // "Windows 2000", "Server 2003", "CVE-2013-3893", "2088 Philip Street": a name, an identifier or an
    // address; "a 1950s-style building", "2008-era rules": a year joined to a word is an attribute.
    if (
      PRODUCT_BEFORE.test(before) ||
      /^-[\d\p{L}]/u.test(text.slice(end)) ||
      /-$/.test(before) ||
      ADDRESS_AFTER.test(text.slice(end))
    )
      continue;
    // "a 2007 Dodge", "his 2012 Toyota": a year before a proper name after an indefinite or possessive
    // determiner is a model year ("the 2008 Olympics" stays: an event).
    if (/\b(?:a|an|its|their|his|her|our)\s+$/i.test(before) && MODEL_NAME.test(text.slice(end))) continue;
    let qualifier: string | undefined;
    if (m[2]) qualifier = 'decade';
    const part = PART.exec(before);
    if (part) {
      start -= part[0].length;
      qualifier = part[1].toLowerCase();
    } else {
      const bound = BOUNDS.exec(before);
      if (bound) qualifier = bound[1].toLowerCase();
    }
    out.push({ start, end, value: m[1], ...(qualifier ? { qualifier } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}
