/**
 * Mentions of names: capitalised runs, titles stripped into `role`, classified, acronyms linked to
 * their expansion, and lone surnames linked to the person named in full.
 *
 * Extra steps after classification:
 * - a bare title followed by a comma and a name ("Foreign Minister, Lina Moor,") gives the name its role;
 * - an acronym in parentheses right after a name ("Northern Rivers Front (NRF)") is linked both ways
 *   through `alias`, takes the expansion's kind, and so do its later occurrences;
 * - a name whose context says it is a place ("the villages of Ulmara", "Tarvesh province") becomes a
 *   place (`place-context.ts`);
 * - a one-word `other` that is the last word of a person's name in the article becomes a person.
 * Runs in title-case lines (headings) keep only gazetteer places and acronyms.
 */
import type { Mention, Token } from '../model/annotations.ts';
import { classifyName, isAcronymName } from './classify-name.ts';
import type { Run } from './find-runs.ts';
import { findRuns } from './find-runs.ts';
import type { NlpOptions } from './options.ts';
import { resolveOptions } from './options.ts';
import { markContextPlaces } from './place-context.ts';
import { stripTitle, titleBefore } from './strip-titles.ts';

const slice = (text: string, tokens: Token[], run: Run) =>
  text.slice(tokens[run.first].start, tokens[run.last].end);

const MINOR = new Set([
  'of',
  'the',
  'and',
  'in',
  'a',
  'an',
  'for',
  'on',
  'to',
  'at',
  'by',
  'with',
  'from',
  'or',
]);

/** Sentences written in title case without final punctuation (headings): most words start with a capital. */
function headingSentences(text: string, tokens: Token[]): Set<number> {
  const counts = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.norm) || MINOR.has(t.norm)) continue;
    const c = counts.get(t.sentence) ?? [0, 0];
    c[0]++;
    if (/^\p{Lu}/u.test(text[t.start])) c[1]++;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  const ends = new Map<number, string>();
  for (const t of tokens) ends.set(t.sentence, t.norm);
  for (const [s, [all, caps]] of counts) {
    if (all >= 2 && caps / all >= 0.8 && !/^[.!?…]$/.test(ends.get(s) ?? '')) out.add(s);
  }
  return out;
}

/** The run right after `run` when only a comma separates them ("Foreign Minister, Lina Moor"). */
function appositionTarget(tokens: Token[], run: Run, runs: Run[], k: number): number {
  const next = runs[k + 1];
  if (!next || next.first !== run.last + 2 || tokens[run.last + 1].norm !== ',') return -1;
  return tokens[next.first].sentence === tokens[run.first].sentence ? k + 1 : -1;
}

/** Links acronyms in parentheses to the name before them, and later uses of the acronym too. */
function linkAcronyms(text: string, mentions: Mention[]): void {
  const defined = new Map<string, Mention>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = mentions[i - 1];
    if (!isAcronymName(m.text)) continue;
    const between = text.slice(prev.end, m.start);
    const closes = text[m.end] === ')';
    if (closes && /^\s?\($/.test(between) && !isAcronymName(prev.text) && prev.text[0] === m.text[0]) {
      prev.alias = { start: m.start, end: m.end };
      m.alias = { start: prev.start, end: prev.end };
      m.kind = prev.kind;
      m.method = 'acronym-expansion';
      if (!defined.has(m.text)) defined.set(m.text, m);
    }
  }
  for (const m of mentions) {
    const def = defined.get(m.text);
    if (!def || m === def || m.alias) continue;
    m.alias = { ...def.alias! };
    m.kind = def.kind;
    m.method = 'acronym-expansion';
  }
}

/** Turns one-word `other` mentions that end a person's full name into persons. */
function linkSurnames(mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const parts = m.text.split(/\s+/);
    if (m.kind === 'person' && parts.length > 1) surnames.add(parts[parts.length - 1]);
  }
  for (const m of mentions) {
    if (m.kind === 'other' && m.method === 'capitalised-run' && surnames.has(m.text)) {
      m.kind = 'person';
      m.method = 'surname';
    }
  }
}

/** Reporting verbs that outlets are the subject of ("Velmora Post reported"); persons mostly "said". */
const OUTLET_VERB =
  /^\s+(?:(?:first|also|later|earlier)\s+)?(?:reported|reports|report|confirmed|confirms|confirm)\b/;

/**
 * Names that report like outlets become organisations: written "the X" before a reporting verb, a
 * one-word name before "reported"/"confirmed", or a one-word name after "according to" — unless the
 * article names a person whose full name ends with it (then it is that person's surname).
 */
function markOutlets(text: string, mentions: Mention[]): void {
  const surnames = new Set(
    mentions.filter((m) => m.kind === 'person' && /\s/.test(m.text)).map((m) => m.text.split(/\s+/).at(-1)),
  );
  for (const m of mentions) {
    const loose = m.kind === 'other' && m.method === 'capitalised-run';
    if ((m.kind !== 'person' && !loose) || m.role || m.method === 'title') continue;
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const after = text.slice(m.end, m.end + 30);
    const determiner = /\bthe\s+$/i.test(before);
    const oneWord = !/\s/.test(m.text) && !surnames.has(m.text);
    const reports = OUTLET_VERB.test(after) || (determiner && REPORTS_AFTER.test(after));
    if (
      (determiner && reports) ||
      (oneWord && (OUTLET_VERB.test(after) || /according to\s+$/i.test(before)))
    ) {
      m.kind = 'organization';
      m.method = 'outlet-cue';
    }
  }
}

/** A reporting verb right after a name ("… emphasizes", "… said"). */
const REPORTS_AFTER = /^\s+[a-z]+(?:s|ed)\b/;

/** An all-capitals word opening a paragraph as a dateline ("VELMORA, May 2 (Wire) -", "VELMORA (Wire) —") is a place. */
function markDateline(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.method !== 'acronym') continue;
    if (m.start > 0 && text[m.start - 1] !== '\n') continue;
    const after = text.slice(m.end, m.end + 60);
    if (/^,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b|^\s*\([^)\n]{1,40}\)\s*[-–—]/u.test(after)) {
      m.kind = 'place';
      m.method = 'dateline';
    }
  }
}

/**
 * Finds the name mentions of a tokenized text.
 *
 * `tokens` come from `splitSentences`; mention ranges cover the name without its title, and `role`
 * holds the title as written.
 */
export function findMentions(text: string, tokens: Token[], options: Partial<NlpOptions> = {}): Mention[] {
  const opts = resolveOptions(options);
  const runs = findRuns(text, tokens).filter((r) => r.last - r.first < opts.maxNameTokens * 2);
  const headings = headingSentences(text, tokens);
  const roles = new Map<number, string>();
  const mentions: Mention[] = [];
  runs.forEach((run, k) => {
    const split = stripTitle(tokens, run);
    let role = split.role ? slice(text, tokens, split.role) : roles.get(k);
    if (!split.name) {
      const target = appositionTarget(tokens, run, runs, k);
      if (target >= 0 && role) roles.set(target, role);
      return;
    }
    const before = split.role ? undefined : titleBefore(text, tokens, split.name);
    if (before) role = slice(text, tokens, before);
    const cls = classifyName(text, tokens, split.name, role !== undefined);
    const sentence = tokens[run.first].sentence;
    if (headings.has(sentence) && !cls.method.startsWith('gazetteer') && cls.method !== 'acronym') return;
    const name = slice(text, tokens, split.name);
    const mention: Mention = {
      start: tokens[split.name.first].start,
      end: tokens[split.name.last].end,
      text: name,
      kind: cls.kind,
      sentence,
      method: cls.method,
    };
    if (role !== undefined && cls.kind === 'person') mention.role = role;
    if (cls.canonical !== undefined && cls.canonical !== name) mention.canonical = cls.canonical;
    mentions.push(mention);
  });
  linkAcronyms(text, mentions);
  markContextPlaces(text, mentions);
  linkSurnames(mentions);
  markOutlets(text, mentions);
  markDateline(text, mentions);
  return mentions;
}
