/**
 * Theme labels from the theme's own words: noun phrases (runs of adjectives, nouns and proper nouns
 * ending in a noun) that several of its sentences use and the rest of the story rarely does. Only
 * phrases written in the theme's shown lines qualify, so a reader can find every label word there.
 */
import type { Token } from '../model/annotations.ts';
import type { Line } from '../model/briefing.ts';
import type { StatementInfo } from '../model/findings.ts';
import { fold, isStopword, stem } from '../text/index.ts';
import type { BriefContext } from './context.ts';

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const HEAD_POS = new Set(['NOUN', 'PROPN']);
/** Label phrases shown per theme. */
const MAX_PHRASES = 3;
/** Longest phrase, in words ("Chief executive Henrik Aalto"). */
const MAX_WORDS = 4;

/** A theme label and the stems of its phrases' words (lines of the theme should hold one of them). */
export interface ThemeLabel {
  label: string;
  stems: Set<string>;
}

/** The theme's label ("Vrelo reservoir · controlled release"), or null when no phrase qualifies. */
export function keyPhrases(
  ctx: BriefContext,
  members: readonly StatementInfo[],
  lines: readonly Line[],
  pool: readonly StatementInfo[],
): ThemeLabel | null {
  const inTheme = new Map<string, { surface: string; count: number; length: number }>();
  for (const s of members)
    for (const p of new Map(phrasesOf(ctx, s).map((x) => [x.key, x]))) {
      const e = inTheme.get(p[0]);
      if (e) e.count++;
      else inTheme.set(p[0], { surface: p[1].surface, count: 1, length: p[1].length });
    }
  const elsewhere = new Map<string, number>();
  const memberSet = new Set(members);
  for (const s of pool) {
    if (memberSet.has(s)) continue;
    for (const key of new Set(phrasesOf(ctx, s).map((x) => x.key)))
      elsewhere.set(key, (elsewhere.get(key) ?? 0) + 1);
  }
  // Surfaces as written in the shown lines, so every label word can be found there.
  const inLines = new Map<string, string>();
  for (const s of members)
    if (lines.some((l) => l.citations[0].article === s.article && l.citations[0].start === s.start))
      for (const p of phrasesOf(ctx, s)) if (!inLines.has(p.key)) inLines.set(p.key, p.surface);
  const ranked = [...inTheme.entries()]
    .filter(([key, e]) => e.count >= 2 && inLines.has(key))
    .map(([key, e]) => ({
      key,
      surface: inLines.get(key)!,
      // Longer phrases name a theme better than a lone noun ("fire service" over "service").
      score: (e.count / (1 + (elsewhere.get(key) ?? 0))) * Math.min(e.length, 3),
    }))
    .sort((a, b) => b.score - a.score || b.key.length - a.key.length);
  const picked: typeof ranked = [];
  for (const r of ranked) {
    if (picked.length >= MAX_PHRASES) break;
    const words = r.key.split(' ');
    if (picked.some((p) => p.key.split(' ').some((w) => words.includes(w)))) continue;
    picked.push(r);
  }
  if (picked.length === 0) return null;
  const label = picked.map((p) => p.surface).join(' · ');
  return {
    label: label.charAt(0).toUpperCase() + label.slice(1),
    stems: new Set(picked.flatMap((p) => p.key.split(' '))),
  };
}

type Phrase = { key: string; surface: string; length: number };
/** Phrases per statement, computed once per story (a theme's score looks at every pool statement). */
const cache = new WeakMap<BriefContext, Map<StatementInfo, Phrase[]>>();

/** Noun phrases of one sentence (1–4 tokens, head last), keyed by their stemmed words; cached. */
function phrasesOf(ctx: BriefContext, s: StatementInfo): Phrase[] {
  let byStatement = cache.get(ctx);
  if (!byStatement) {
    byStatement = new Map();
    cache.set(ctx, byStatement);
  }
  let found = byStatement.get(s);
  if (!found) {
    found = findPhrases(ctx, s);
    byStatement.set(s, found);
  }
  return found;
}

function findPhrases(ctx: BriefContext, s: StatementInfo): Phrase[] {
  const text = ctx.article(s.article).text;
  const tokens = ctx.tokensIn(s);
  const names = ctx.mentionsOf(s.article).filter((m) => m.start >= s.start && m.end <= s.end);
  const out: Phrase[] = [];
  let run: Token[] = [];
  let glue = false;
  const flush = () => {
    for (let i = 0; i < run.length; i++)
      for (let len = 1; len <= MAX_WORDS && i + len <= run.length; len++) {
        const part = run.slice(i, i + len);
        const head = part[part.length - 1];
        if (!HEAD_POS.has(head.pos) || (part[0].pos === 'ADJ' && len === 1)) continue;
        // A phrase never cuts through a name ("executive Henrik" of "Henrik Aalto").
        const from = part[0].start;
        if (names.some((m) => (m.start < from && from < m.end) || (m.start < head.end && head.end < m.end)))
          continue;
        const words = part.map((t) => fold(text.slice(t.start, t.end)));
        if (words.some((w) => isStopword(w) || w.length < 3 || /[\d.]/.test(w))) continue;
        const surface = text.slice(part[0].start, head.end).replace(/\s+/g, ' ');
        out.push({ key: words.map(stem).join(' '), surface, length: len });
      }
    run = [];
  };
  for (const [i, t] of tokens.entries()) {
    const word = text.slice(t.start, t.end);
    // "Crane-Whitby": a hyphen written without spaces joins its neighbours into one run.
    if (word === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end && run.length)
      glue = true;
    else if (PHRASE_POS.has(t.pos) && /^\p{L}/u.test(word)) {
      if (glue) run[run.length - 1] = { ...run[run.length - 1], end: t.end };
      else run.push(t);
      glue = false;
    } else {
      glue = false;
      flush();
    }
  }
  flush();
  return out;
}
