/**
 * Decides the kind of a name (a capitalised run with its title stripped) and records how.
 *
 * Cascade, first match wins: gazetteer (whole name) → organisation cue word → place cue word or
 * compass region → title before it (person) → all-capitals acronym (organisation; a model code or a time
 * zone after a clock time is `other`) → subject or object of
 * a reporting verb (person) → two or three proper nouns (person) → `other`.
 */
import type { EntityKind, Token } from '../model/annotations.ts';
import {
  COMPASS,
  NAME_PARTICLES,
  ORG_CUES,
  PARTICLE_PLACE_HEADS,
  PLACE_CUES,
  PLACE_OF_HEADS,
  QUALIFIERS,
  REPORTING_VERBS,
  STREET_HEADS_FIRST,
} from './data/lexicon.ts';
import type { Run } from './find-runs.ts';
import { bare, isAcronym } from './find-runs.ts';
import { lookupPlace } from './gazetteer.ts';

/** The kind of a name, how it was decided (`method`) and, for gazetteer hits, the canonical name. */
export interface NameClass {
  kind: EntityKind;
  method: string;
  canonical?: string;
}

/** True for a name written in capitals, hyphens allowed ("NATO", "ISIS-K", "U.S."). */
export function isAcronymName(name: string): boolean {
  return /^[\p{Lu}\d.&-]+$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** "NEW VELMORA" → "New Velmora". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function words(tokens: Token[], run: Run): Token[] {
  return tokens.slice(run.first, run.last + 1).filter((t) => t.norm !== '-');
}

/** The parts of a person's name: initials ("M.") and the second half of a hyphenated name do not count. */
function nameParts(text: string, tokens: Token[], run: Run): number {
  let n = 0;
  for (let i = run.first; i <= run.last; i++) {
    const word = text.slice(tokens[i].start, tokens[i].end);
    if (word === '-' || /^\p{Lu}\.?$/u.test(word)) continue;
    if (i > run.first && tokens[i - 1].norm === '-' && tokens[i - 1].end === tokens[i].start) continue;
    n++;
  }
  return n;
}

/**
 * A lower-case part inside a name that the tagger reads as a common word: a particle ("van", "bin") or a
 * syllable glued after a hyphen ("Ki-moon", "Jong-un").
 */
function lowerPart(text: string, tokens: Token[], t: Token, from: number): boolean {
  const w = text.slice(t.start, t.end);
  if (!/^\p{Ll}/u.test(w)) return false;
  if (NAME_PARTICLES.has(w)) return true;
  // Searched from the run's first token: from the text's start it is quadratic on long texts.
  const i = tokens.indexOf(t, from);
  return (
    i > 1 &&
    tokens[i - 1].norm === '-' &&
    tokens[i - 1].end === t.start &&
    tokens[i - 2].end === tokens[i - 1].start
  );
}

/** Letters, a hyphen and digits: a model or weapon code ("AK-47", "F-16", "SU-25M"). */
const MODEL_CODE = /^\p{Lu}{1,4}-\d+\p{Lu}?$/u;

/** A clock time right before a word: "17:06", "5.30 pm", "10 a.m.", or four digits in parentheses "(1336". */
const CLOCK_BEFORE =
  /(?:\b\d{1,2}\s?[:.]\s?\d{2}(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\.?|\(\s*[0-2]\d[0-5]\d)\s*$/i;

/** Verbs that come before their subject in news copy ("…,” said Lina Moor). */
const INVERTED = new Set(['said', 'says', 'added', 'wrote', 'asked']);

function isReportingVerb(tokens: Token[], i: number, sentence: number, verbs: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return t !== undefined && t.sentence === sentence && t.pos === 'VERB' && verbs.has(t.norm);
}

/**
 * Classifies the name `run` of `text`; `hasRole` says a title was written before it.
 */
export function classifyName(text: string, tokens: Token[], run: Run, hasRole: boolean): NameClass {
  const name = text.slice(tokens[run.first].start, tokens[run.last].end);
  const place = lookupPlace(name);
  if (place?.type === 'demonym')
    return { kind: 'other', method: 'gazetteer:demonym', canonical: place.canonical };
  if (place) return { kind: 'place', method: `gazetteer:${place.type}`, canonical: place.canonical };
  // A place written in capitals (a dateline: "VELMORA (Wire) —") is still the place.
  const titled = isAcronymName(name) && name.length >= 4 ? lookupPlace(titleCase(name)) : undefined;
  if (titled && titled.type !== 'demonym')
    return { kind: 'place', method: `gazetteer:${titled.type}`, canonical: titled.canonical };
  const ws = words(tokens, run);
  const norms = ws.map(bare);
  if (norms.some((w) => ORG_CUES.has(w))) return { kind: 'organization', method: 'org-cue' };
  if (ws.length > 1 && PLACE_CUES.has(norms[norms.length - 1])) return { kind: 'place', method: 'place-cue' };
  // "Rue de Velm", "Stade de Tarn": a place head joined to a name by a particle.
  if (ws.length > 2 && PARTICLE_PLACE_HEADS.has(norms[0]) && NAME_PARTICLES.has(norms[1]))
    return { kind: 'place', method: 'place-cue' };
  // "Avenue Montaigne", "Boulevard Ostrander": a street head before one name.
  if (ws.length === 2 && STREET_HEADS_FIRST.has(norms[0])) return { kind: 'place', method: 'place-cue' };
  // "Gulf of Velm", "Isle of Tarn": a place head before "of".
  if (ws.length > 2 && PLACE_OF_HEADS.has(norms[0]) && norms[1] === 'of')
    return { kind: 'place', method: 'place-cue' };
  if (ws.length > 1 && norms.some((w) => COMPASS.has(w))) return { kind: 'place', method: 'compass-region' };
  if (hasRole) return { kind: 'person', method: 'title' };
  if (isAcronymName(name)) {
    // "AK-47", "F-16": a model code; "17:06 GMT", "(1336 GMT)": a time zone. Neither is an organisation.
    if (MODEL_CODE.test(name)) return { kind: 'other', method: 'model-code' };
    // "AK 47", "AK - 47": the code's number written apart from its letters.
    if (/^\p{Lu}{1,4}$/u.test(name) && /^(?: - | )\d{1,4}\b/u.test(text.slice(tokens[run.last].end)))
      return { kind: 'other', method: 'model-code' };
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, tokens[run.first].start - 20), tokens[run.first].start)))
      return { kind: 'other', method: 'time-zone' };
    return { kind: 'organization', method: 'acronym' };
  }
  // "NRF Command", "TVX Novosti": a run that opens with an acronym names an organisation or outlet.
  if (
    ws.length > 1 &&
    isAcronym(text.slice(ws[0].start, ws[0].end)) &&
    !lookupPlace(text.slice(ws[0].start, ws[0].end))
  ) {
    return { kind: 'organization', method: 'acronym' };
  }
  const sentence = tokens[run.first].sentence;
  const personLike =
    nameParts(text, tokens, run) <= 3 &&
    ws.every(
      (t) =>
        (t.pos === 'PROPN' || lowerPart(text, tokens, t, run.first)) &&
        !isAcronym(text.slice(t.start, t.end)),
    ) &&
    !norms.some((w) => QUALIFIERS.has(w) || COMPASS.has(w)) &&
    !ws.some((t) => lookupPlace(text.slice(t.start, t.end))?.type === 'demonym');
  if (!personLike) return { kind: 'other', method: 'capitalised-run' };
  const after = isReportingVerb(tokens, run.last + 1, sentence, REPORTING_VERBS);
  if (after || isReportingVerb(tokens, run.first - 1, sentence, INVERTED)) {
    return { kind: 'person', method: 'reporting-verb' };
  }
  if (ws.length >= 2) return { kind: 'person', method: 'capitalised-run' };
  return { kind: 'other', method: 'capitalised-run' };
}
