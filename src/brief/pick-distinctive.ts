/**
 * What each outlet adds: for every article, the facts it states that no other source of the story
 * supports, most newsworthy first.
 *
 * 1. Units: a sentence is compared through its content stems, its numbers and the entities it names
 *    (entity ids, so that two spellings of one name are one unit), each weighted by its rarity (the
 *    square root of its IDF over the story's sentences, see `weights`).
 * 2. Support: the share of a sentence's weight that the closest sentence of another source holds. A
 *    fact another outlet states in other words shares its names, numbers and rare stems, so its
 *    support is high; above `distinctiveMaxSupport` the sentence is a paraphrase, not the outlet's own,
 *    and so is one whose numbers all stand in that sentence too with a good part of the rest.
 *    A syndicated copy (`duplicateOf`) and its original are one source: they never support each other.
 * 3. New: the units no other source uses anywhere. A sentence with no new unit adds nothing, and
 *    neither does the outlet's wording of the story's main event (a member of its main fact group):
 *    "walked out on Monday, halting all 14 lines" is the strike every outlet reports, not an addition.
 * 4. Rank: the worth of what is new (new counts and names most, then a date, a quote, new words; see
 *    `newsworthiness`), times the share no other source holds. At most `maxDistinctive` lines per
 *    article, the best first.
 * 5. Clean lines only (`clean-line.ts`): running-text sentences that read alone, never headlines,
 *    bylines, credits, promotion or timestamps; a live-update time, a dateline or an additive
 *    connective ("Meanwhile, ") is trimmed off.
 */
import type { PerSource } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { StatementInfo } from '../model/findings.ts';
import { sourceKeyOf } from '../reconcile/collect-statements.ts';
import { contentWords } from '../text/index.ts';
import { lineOf } from './cite.ts';
import { isCleanLine, trimLead } from './clean-line.ts';
import type { BriefContext } from './context.ts';
import { mainGroup } from './pick-summary.ts';
import { readsAlone } from './reads-alone.ts';

/** Options of per-source picking (from `config.brief`). */
export interface DistinctiveOptions {
  /** Above this share of its weight found in one sentence of another source, a sentence is a paraphrase of it. */
  distinctiveMaxSupport: number;
  /** Content words a line needs. */
  distinctiveMinWords: number;
  maxDistinctive: number;
}

/** A sentence's comparison units: stems, numbers (stems opening with a digit) and `@entity` ids. */
interface Unitized {
  ref: StatementInfo;
  /** The passage shown (the sentence, a leading time or dateline trimmed off). */
  shown: Citation;
  units: Set<string>;
  source: string;
}

/** A candidate line with its score. */
interface Candidate {
  s: Unitized;
  score: number;
}

/** Picks each article's own facts (best first), articles in story order; articles with none get an empty list. */
export function pickDistinctive(ctx: BriefContext, options: DistinctiveOptions): PerSource[] {
  const story = storyUnits(unitize(ctx));
  const articles = new Map(ctx.order.map((id) => [id, ctx.article(id)]));
  const main = new Set(mainGroup(ctx.findings)?.members.map((m) => `${m.article}:${m.sentence}`));
  return ctx.order.map((id) => {
    const picks: Candidate[] = [];
    for (const s of story.all) {
      if (s.ref.article !== id || main.has(`${id}:${s.ref.sentence}`) || !eligible(ctx, s, options)) continue;
      const score = ownScore(ctx, story, s, options);
      if (score > 0) picks.push({ s, score });
    }
    const best = picks
      .sort((a, b) => b.score - a.score || a.s.ref.sentence - b.s.ref.sentence)
      .slice(0, options.maxDistinctive);
    return { article: id, distinctive: best.map(({ s }) => lineOf(articles, s.shown, [])) };
  });
}

/** The story's sentences with what comparing them needs: unit weights, an index, each source's units. */
interface StoryUnits {
  all: Unitized[];
  weight: (u: string) => number;
  /** Unit → the sentences holding it. */
  index: Map<string, number[]>;
  /** Source key → every unit its articles use. */
  bySource: Map<string, Set<string>>;
}

function storyUnits(all: Unitized[]): StoryUnits {
  const weight = weights(all);
  const index = new Map<string, number[]>();
  const bySource = new Map<string, Set<string>>();
  all.forEach((s, i) => {
    const own = bySource.get(s.source) ?? new Set<string>();
    bySource.set(s.source, own);
    for (const u of s.units) {
      own.add(u);
      const list = index.get(u);
      if (list) list.push(i);
      else index.set(u, [i]);
    }
  });
  return { all, weight, index, bySource };
}

/**
 * How much of its own a sentence states, 0 when another source supports it: the closest sentence of
 * another source holds `distinctiveMaxSupport` of its weight, or holds all its numbers (it has one;
 * and that source its names) while sharing a good part of the rest (a paraphrase: "opened in 1998" / "was built in
 * 1998"), or every unit of it is used by another source somewhere.
 */
function ownScore(ctx: BriefContext, story: StoryUnits, s: Unitized, options: DistinctiveOptions): number {
  const { all, weight, index, bySource } = story;
  const total = sum(s.units, weight);
  if (!(total > 0)) return 0;
  const shared = new Map<number, number>();
  for (const u of s.units)
    for (const j of index.get(u)!)
      if (all[j].source !== s.source) shared.set(j, (shared.get(j) ?? 0) + weight(u));
  // The share of the sentence that its closest sentence in another source holds.
  let support = 0;
  const keys = [...s.units].filter((u) => /^\d/.test(u) || u.startsWith('@'));
  for (const [j, w] of shared) {
    const t = all[j];
    const share = w / total;
    if (share >= options.distinctiveMaxSupport) return 0;
    const restated =
      keys.some((u) => /^\d/.test(u)) &&
      keys.every((u) => (u.startsWith('@') ? bySource.get(t.source)!.has(u) : t.units.has(u)));
    if (restated && share >= options.distinctiveMaxSupport * KEY_SUPPORT) return 0;
    support = Math.max(support, share);
  }
  const fresh = [...s.units].filter((u) =>
    [...bySource].every(([source, units]) => source === s.source || !units.has(u)),
  );
  if (!fresh.length) return 0;
  return newsworthiness(ctx, s, fresh) * (1 - support);
}

/** Share of `distinctiveMaxSupport` that marks a paraphrase when the other sentence also holds the sentence's numbers and its source the names. */
const KEY_SUPPORT = 0.6;

/** The units of every statement of the story (the shown passage's, for the trimmed ones). */
function unitize(ctx: BriefContext): Unitized[] {
  const byId = new Map(ctx.order.map((id) => [id, ctx.article(id)]));
  const entityAt = new Map<string, string>();
  for (const e of ctx.findings.entities)
    for (const m of e.mentions) entityAt.set(`${m.article}:${m.start}`, e.id);
  const source = new Map(ctx.order.map((id) => [id, sourceKeyOf(byId.get(id)!, byId)]));
  return ctx.findings.statements.map((ref) => {
    const text = ctx.article(ref.article).text;
    const shown = { article: ref.article, ...trimLead(text, ref) };
    // A name merged into an entity counts as its id, not its words: two spellings of one name are one unit.
    // Pieces joined once: blanking each name by re-slicing the sentence grew with its length times its names.
    const pieces: string[] = [];
    let cursor = shown.start;
    const names: string[] = [];
    const inside = ctx.mentionsOf(ref.article).filter((m) => m.start >= shown.start && m.end <= shown.end);
    for (const m of inside.sort((a, b) => a.start - b.start)) {
      const id = entityAt.get(`${ref.article}:${m.start}`);
      if (!id) continue;
      names.push(`@${id}`);
      if (m.end <= cursor) continue;
      const from = Math.max(cursor, m.start);
      pieces.push(text.slice(cursor, from), ' '.repeat(m.end - from));
      cursor = m.end;
    }
    pieces.push(text.slice(cursor, shown.end));
    const units = new Set([...contentWords(pieces.join('')), ...names]);
    return { ref, shown, units, source: source.get(ref.article) ?? ref.outlet };
  });
}

/**
 * The weight of each unit: the square root of its IDF over the story's sentences. A word every outlet
 * uses weighs less than a rare one, but not nearly nothing: the story's own words ("drivers",
 * "strike", "Monday") are what make two wordings of the lead one fact (with the plain IDF, the
 * fixture's two leads cover each other at under half their weight and both showed as outlet-only).
 */
function weights(all: readonly Unitized[]): (u: string) => number {
  const df = new Map<string, number>();
  for (const s of all) for (const u of s.units) df.set(u, (df.get(u) ?? 0) + 1);
  return (u) => Math.sqrt(Math.log(1 + all.length / (df.get(u) ?? 1)));
}

function sum(units: Iterable<string>, weight: (u: string) => number): number {
  let total = 0;
  for (const u of units) total += weight(u);
  return total;
}

/** A sentence that may be shown as a line: long enough, clean, reads alone, holds no likely error. */
function eligible(ctx: BriefContext, s: Unitized, options: DistinctiveOptions): boolean {
  const text = ctx.article(s.ref.article).text;
  return (
    !s.ref.fragment &&
    s.ref.words >= options.distinctiveMinWords &&
    isCleanLine(text, s.shown) &&
    readsOnItsOwn(ctx, text, s.shown) &&
    !ctx.holdsError(s.shown)
  );
}

/**
 * Whether a line reads alone (`readsAlone`, with its nouns binding possessive pronouns). A sentence
 * that opens with a quote is judged by its attribution after the quote: the speaker's own words may
 * open with "They" or "It".
 */
function readsOnItsOwn(ctx: BriefContext, text: string, shown: Citation): boolean {
  const mentions = ctx.mentionsOf(shown.article);
  const nouns = ctx.tokensIn(shown).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const quoted = /^\s*["“]([^"”]{10,})["”]/.exec(text.slice(shown.start, shown.end));
  if (quoted && /^\s*,?\s*\p{Ll}*\s*\p{L}/u.test(text.slice(shown.start + quoted[0].length, shown.end))) {
    const tail = { start: shown.start + quoted[0].length, end: shown.end };
    return readsAlone(text, tail, mentions, nouns);
  }
  return readsAlone(text, shown, mentions, nouns);
}

/** A clock time ("06:12", "8.40pm", "1230 hours"): when, not how many ("€18.40" is an amount). */
const CLOCK =
  /\b\d{1,2}:\s?\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]m\b|[ap]\.m\.)|\b\d{4}\s?(?:hours|hrs|GMT)\b/gi;

/** A direct quote of some length. */
const QUOTE = /["“][^"”]{15,}["”]/;

/** What each kind of new unit is worth to a reader (see `newsworthiness`). */
const WORTH = { number: 2, name: 1.5, date: 0.5, quote: 0.5, word: 0.25 };

/**
 * How much a reader wants the line, from what it alone states: each new number that counts or
 * measures something (two at most) and each new name (two at most) weigh most; a new date (a number
 * inside a date or clock time: when, not how many) and a quote a little; new words (the square root
 * of their count) least. On the dev stories and the real ECB+ gold, gold outlet-only facts hold 5 new
 * units where other lines hold 3, and a new name or number twice to three times as often; decision
 * verbs and the share of new weight did not tell them apart.
 */
function newsworthiness(ctx: BriefContext, s: Unitized, fresh: readonly string[]): number {
  const text = ctx.textOf(s.shown);
  const counts = countedNumbers(ctx, s.shown, text);
  let numbers = 0;
  let names = 0;
  let dates = 0;
  let words = 0;
  for (const u of fresh) {
    if (u.startsWith('@')) names++;
    else if (!/^\d/.test(u)) words++;
    else if (counts.has(u)) numbers++;
    else dates++;
  }
  return (
    WORTH.number * Math.min(2, numbers) +
    WORTH.name * Math.min(2, names) +
    WORTH.date * Math.min(1, dates) +
    WORTH.quote * (QUOTE.test(text) ? 1 : 0) +
    WORTH.word * Math.sqrt(words)
  );
}

/** The number stems of a passage outside its dates and clock times ("on 3 June", "at 06:12"): its counts and measures. */
function countedNumbers(ctx: BriefContext, shown: Citation, text: string): Set<string> {
  let rest = text;
  for (const d of ctx.datesOf(shown.article)) {
    if (d.end <= shown.start || d.start >= shown.end) continue;
    const from = Math.max(0, d.start - shown.start);
    const to = Math.min(text.length, d.end - shown.start);
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  return new Set(contentWords(rest.replace(CLOCK, ' ')).filter((u) => /^\d/.test(u)));
}
