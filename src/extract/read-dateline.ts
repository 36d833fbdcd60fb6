/**
 * Datelines at the start of a body: "ERBIL (Kurdistan 24) —", "TOLMAR, March 16 (Sextant) -", "LONDON (Reuters) -",
 * and the underscore older wire copy sets for its dash ("WASHINGTON (AP) _ ").
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import { type DiagnosticPlace, diagnose } from '../util/diagnose.ts';
import { type Meta, withMeta } from './draft.ts';

/** How many leading body paragraphs may hold the dateline (a kept standfirst can precede it). */
const DATELINE_SEARCH = 3;

/** What a dateline says. */
export interface Dateline {
  /** The place, as written ("ERBIL", "KYIV, Ukraine"). */
  place: string;
  /** The outlet or agency in parentheses, when present. */
  outlet?: string;
  /** The month and day, when written ("March 16"). */
  day?: string;
  /** Length of the dateline including the dash and the space after it. */
  length: number;
}

const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const REGION = String.raw`\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?`;
const DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:,\s+(${REGION}))??(?:,\s+(${DAY}))?\s*(?:\(([^()]{2,40})\))?\s*(?:[—–-]{1,2}|_)\s+(?=\S)`,
  'u',
);

/**
 * Reads a dateline at the start of `paragraph`, or returns null.
 *
 * The place must be in capitals (that is what tells a dateline from a sentence such as "The minister —
 * who …"). The outlet is whatever stands in parentheses. The extractor keeps the dateline in the body
 * text (see `extract-plain-text.ts` for why) and only reads it.
 */
export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const placeWord = m[1].replace(/[^\p{L}]/gu, '');
  if (placeWord.length < 3) return null;
  const out: Dateline = { place: m[2] ? `${m[1]}, ${m[2]}` : m[1], length: m[0].length };
  if (m[3]) out.day = m[3];
  if (m[4]) out.outlet = m[4].trim();
  return out;
}

/**
 * Reads the dateline of the first body paragraphs into the metadata: the outlet in parentheses, when
 * no earlier source named one (source `dateline`). The text itself is left unchanged.
 */
export function applyDateline(
  paragraphs: string[],
  meta: Meta,
  place: DiagnosticPlace,
): { meta: Meta; diagnostics: Diagnostic[] } {
  for (const paragraph of paragraphs.slice(0, DATELINE_SEARCH)) {
    const dateline = readDateline(paragraph);
    if (!dateline) continue;
    const outlet = dateline.outlet ? ` (${dateline.outlet})` : '';
    const message = `dateline ${dateline.place}${outlet} kept in the text`;
    return {
      meta: withMeta(meta, 'outlet', dateline.outlet, 'dateline'),
      diagnostics: [diagnose('info', 'PX213', 'extract', message, place)],
    };
  }
  return { meta, diagnostics: [] };
}
