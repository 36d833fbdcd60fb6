/**
 * What each outlet adds: for every article, the facts it states that no other source of the story
 * supports, most newsworthy first.
 *
 * 1. Units: a sentence is compared through its content stems, its numbers and the entities it names
 *    (entity ids, so that two spellings of one name are one unit; a name the analysis did not link
 *    counts as its entity where one of its spellings stands as written), each weighted by its
 *    rarity (the square root of its IDF over the story's sentences, see `weights`).
 * 2. Support: the share of a sentence's weight that the closest sentence of another source holds. A
 *    fact another outlet states in other words shares its names, numbers and rare stems, so its
 *    support is high; above `distinctiveMaxSupport` the sentence is a paraphrase, not the outlet's own,
 *    and so is one whose numbers all stand in that sentence too with a good part of the rest.
 *    A syndicated copy (`duplicateOf`) and its original are one source: they never support each other.
 * 3. New: the units no other source uses anywhere. A sentence with no new unit adds nothing, and
 *    neither does the outlet's wording of the story's main event (a member of its main fact group):
 *    "walked out on Monday, halting all 14 lines" is the strike every outlet reports, not an addition.
 *    A name counts as new only when no other source uses a name that sounds the same (`soundOf`):
 *    "Khaleelov" beside another outlet's "Khalilov" adds nothing; a number only when no other source
 *    states the same amount (`readQuantities`: "€3.2 million" and "3,200,000 euros" are one).
 * 4. Rank: the worth of what is new (new counts and names most, then a date, a quote, new words; see
 *    `newsworthiness`; a telephone number is no count), times the share no other source holds. At
 *    most `maxDistinctive` lines per article, the best first, and up to `maxDistinctiveStrong` while
 *    each further line scores `distinctiveStrongScore` (a new count or name nobody comes near). An
 *    article with no line of its own still gets one when a sentence of it names a count or a name no
 *    other source uses, though the rest of the sentence is shared ("… said spokesman Ruben Tamm").
 * 5. Clean lines only (`clean-line.ts`): running-text sentences that read alone, never headlines,
 *    bylines, credits, promotion or timestamps; a live-update time, a dateline or an additive
 *    connective ("Meanwhile, ") is trimmed off. A sentence that needs the one before ("He was
 *    denied bail.") is shown with it, and one that opens a quotation with the rest of the quotation
 *    (`lineFor`).
 */
import type { PerSource } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import type { StatementInfo } from '../model/findings.ts';
import { sourceKeyOf } from '../reconcile/collect-statements.ts';
import { phoneticKey } from '../reconcile/name-key.ts';
import { decimalString, type Quantity, readQuantities } from '../reconcile/quantity.ts';
import { contentWords, fold } from '../text/index.ts';
import { lineOf } from './cite.ts';
import { isCleanLine, trimLead } from './clean-line.ts';
import type { BriefContext } from './context.ts';
import { mainGroup } from './pick-summary.ts';
import { readsAlone, unbalanced } from './reads-alone.ts';

/** Options of per-source picking (from `config.brief`). */
export interface DistinctiveOptions {
  /** Above this share of its weight found in one sentence of another source, a sentence is a paraphrase of it. */
  distinctiveMaxSupport: number;
  /** Content words a line needs. */
  distinctiveMinWords: number;
  /** Lines per article... */
  maxDistinctive: number;
  /** ...and up to this many when the lines past `maxDistinctive` score `distinctiveStrongScore` (a new count or name). */
  maxDistinctiveStrong: number;
  distinctiveStrongScore: number;
  /** Words a line may have when it is shown with the sentence it needs. */
  distinctiveMaxLineWords: number;
}

/** A sentence's comparison units: stems, numbers (stems opening with a digit) and `@entity` ids. */
interface Unitized {
  ref: StatementInfo;
  /** The passage shown (the sentence, a leading time or dateline trimmed off). */
  shown: Citation;
  units: Set<string>;
  /** Its amounts by exact value (`amountKey`), each with the number stems that write it. */
  amounts: { key: string; stems: string[] }[];
  source: string;
}

/** A candidate line with its score. */
interface Candidate {
  s: Unitized;
  /** The passage shown: the sentence, or with the sentence it needs (see `lineFor`). */
  line: Citation;
  score: number;
}

/** Picks each article's own facts (best first), articles in story order; articles with none get an empty list. */
export function pickDistinctive(ctx: BriefContext, options: DistinctiveOptions): PerSource[] {
  const story = storyUnits(ctx, unitize(ctx));
  const articles = new Map(ctx.order.map((id) => [id, ctx.article(id)]));
  const main = new Set(mainGroup(ctx.findings)?.members.map((m) => `${m.article}:${m.sentence}`));
  return ctx.order.map((id) => {
    const picks: Candidate[] = [];
    const lone: Candidate[] = [];
    for (const s of story.all) {
      if (s.ref.article !== id) continue;
      if (main.has(`${id}:${s.ref.sentence}`)) continue;
      const line = lineFor(ctx, story, s, options);
      if (!line) continue;
      const own = ownScore(ctx, story, s, options);
      if (own.score > 0) picks.push({ s, line, score: own.score });
      else if (own.key > 0) lone.push({ s, line, score: own.key });
    }
    // At least one line per outlet where one exists: with nothing else, the best line holding a count or name no other source uses.
    const ranked = picks.length ? byScore(picks) : byScore(lone).slice(0, 1);
    const best: Candidate[] = [];
    for (const c of ranked) {
      // A line shown with the sentence before it takes the place of that sentence's own line.
      const overlap = best.findIndex((b) => b.line.start < c.line.end && c.line.start < b.line.end);
      if (overlap >= 0) {
        const b = best[overlap];
        if (c.line.start <= b.line.start && c.line.end >= b.line.end)
          best[overlap] = { ...c, score: b.score };
      } else if (
        best.length < options.maxDistinctiveStrong &&
        (best.length < options.maxDistinctive || c.score >= options.distinctiveStrongScore)
      )
        best.push(c);
    }
    return { article: id, distinctive: best.map(({ line }) => lineOf(articles, line, [])) };
  });
}

function byScore(cs: Candidate[]): Candidate[] {
  return cs.sort((a, b) => b.score - a.score || a.s.ref.sentence - b.s.ref.sentence);
}

/** The story's sentences with what comparing them needs: unit weights, an index, each source's units. */
interface StoryUnits {
  all: Unitized[];
  /** `article:sentence` → the sentence. */
  at: Map<string, Unitized>;
  weight: (u: string) => number;
  /** Unit → the sentences holding it. */
  index: Map<string, number[]>;
  /** Source key → every unit its articles use. */
  bySource: Map<string, Set<string>>;
  /** Entity unit → the sound of each of its spellings (see `soundOf`). */
  sounds: Map<string, string[]>;
  /** Source key → the sound of every name it uses, and of each one's last word ("~hllv"). */
  soundsBySource: Map<string, Set<string>>;
  /** Source key → the amounts it states (`amountKey`). */
  amountsBySource: Map<string, Set<string>>;
}

function storyUnits(ctx: BriefContext, all: Unitized[]): StoryUnits {
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
  const at = new Map(all.map((s) => [`${s.ref.article}:${s.ref.sentence}`, s]));
  const sounds = new Map(
    ctx.findings.entities.map((e) => [`@${e.id}`, [e.name, ...e.aliases].map(soundOf).filter(Boolean)]),
  );
  // Each name's sound, and its last word's alone ("~hllv"): a surname on its own may be any of them.
  const soundsBySource = new Map(
    [...bySource].map(([source, units]) => [
      source,
      new Set(
        [...units].flatMap((u) => (sounds.get(u) ?? []).flatMap((k) => [k, `~${k.split(' ').at(-1)}`])),
      ),
    ]),
  );
  const amountsBySource = new Map<string, Set<string>>();
  for (const s of all) {
    const keys = amountsBySource.get(s.source) ?? new Set<string>();
    amountsBySource.set(s.source, keys);
    for (const a of s.amounts) keys.add(a.key);
  }
  return { all, at, weight, index, bySource, sounds, soundsBySource, amountsBySource };
}

/** How a name sounds: the `phoneticKey` of each of its words, "Yusuf Khaleelov" and "Yousef Khalilov" alike ("asf hllv"). */
function soundOf(name: string): string {
  return fold(name)
    .split(/[^a-z]+/)
    .filter((t) => t.length >= 2)
    .map(phoneticKey)
    .join(' ');
}

/** Whether a name with these sounds is one of `heard` (a source's names): the same sound, or a lone surname matching one's last word. */
function soundsLike(sounds: readonly string[] | undefined, heard: ReadonlySet<string>): boolean {
  return (sounds ?? []).some((k) => heard.has(k) || (!k.includes(' ') && heard.has(`~${k}`)));
}

/**
 * How much of its own a sentence states (`score`), 0 when another source supports it: the closest
 * sentence of another source holds `distinctiveMaxSupport` of its weight, or holds all its numbers (it
 * has one; and that source its names) while sharing a good part of the rest (a paraphrase: "opened in
 * 1998" / "was built in 1998"), or every unit of it is used by another source somewhere. `key` is the
 * worth of the counts and names in it that no other source uses anywhere (0 when it has none): what a
 * supported sentence still adds ("… said Lt. Ana Reyes" beside the fact every outlet states).
 */
function ownScore(
  ctx: BriefContext,
  story: StoryUnits,
  s: Unitized,
  options: DistinctiveOptions,
): { score: number; key: number } {
  const { all, weight, index, bySource } = story;
  const total = sum(s.units, weight);
  if (!(total > 0)) return { score: 0, key: 0 };
  // New: no other source uses the unit, nor, for a name, a name that sounds the same (a spelling
  // variant), nor, for a number, the same amount written otherwise ("3,200,000 euros").
  const amountOf = (u: string) => s.amounts.filter((a) => a.stems.includes(u)).map((a) => a.key);
  const fresh = [...s.units].filter((u) =>
    [...bySource].every(
      ([source, units]) =>
        source === s.source ||
        (!units.has(u) &&
          !soundsLike(story.sounds.get(u), story.soundsBySource.get(source)!) &&
          !amountOf(u).some((k) => story.amountsBySource.get(source)!.has(k))),
    ),
  );
  if (!fresh.length) return { score: 0, key: 0 };
  const worth = newsworthiness(ctx, s, fresh);
  const key = worth.counts + worth.names > 0 ? worth.total : 0;
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
    if (share >= options.distinctiveMaxSupport) return { score: 0, key: key * (1 - share) };
    const restated =
      keys.some((u) => /^\d/.test(u)) &&
      keys.every((u) => (u.startsWith('@') ? bySource.get(t.source)!.has(u) : t.units.has(u)));
    if (restated && share >= options.distinctiveMaxSupport * KEY_SUPPORT) return { score: 0, key: 0 };
    support = Math.max(support, share);
  }
  return { score: worth.total * (1 - support), key: key * (1 - support) };
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
  const forms = ctx.findings.entities.flatMap((e) =>
    [e.name, ...e.aliases].filter((n) => /\p{Lu}/u.test(n)).map((n) => ({ id: `@${e.id}`, name: n })),
  );
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
    // A name the article did not link to its entity still names it: one of its spellings stands there as written.
    const passage = text.slice(shown.start, shown.end);
    for (const f of forms) if (!units.has(f.id) && standsIn(passage, f.name)) units.add(f.id);
    const amounts = readQuantities(text, shown.start, shown.end)
      .filter((q) => !q.ordinal)
      .map((q) => ({
        key: amountKey(q),
        stems: contentWords(text.slice(q.numberStart, q.end)).filter((w) => /^\d/.test(w)),
      }));
    return { ref, shown, units, amounts, source: source.get(ref.article) ?? ref.outlet };
  });
}

/** An amount by its exact value, currency and unit: "€3.2 million" and "3,200,000 euros" are one. */
function amountKey(q: Quantity): string {
  return `${decimalString(q.value)} ${q.currency ?? ''} ${q.unit?.name ?? ''}`;
}

/** Whether `name` stands in `passage` as a whole word or words ("Tamm" in "Tamm said", not in "Tammer"). */
function standsIn(passage: string, name: string): boolean {
  for (let at = passage.indexOf(name); at >= 0; at = passage.indexOf(name, at + 1)) {
    const around = (passage[at - 1] ?? ' ') + (passage[at + name.length] ?? ' ');
    if (!/[\p{L}\p{N}]/u.test(around)) return true;
  }
  return false;
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

/**
 * The passage a sentence is shown as, or undefined when it cannot be a line. It must be long enough,
 * hold no likely error, and be a clean sentence that reads alone. A sentence that needs the one before
 * ("He was ordered held without bail.", "It is famed for its palm forests.") is shown with it when the
 * two read alone together; one that opens a quotation going on into the next sentences ("X said: “We
 * are shocked.") is shown up to its close. The joined passage stays within `distinctiveMaxLineWords`.
 */
function lineFor(
  ctx: BriefContext,
  story: StoryUnits,
  s: Unitized,
  options: DistinctiveOptions,
): Citation | undefined {
  if (s.ref.fragment || s.ref.words < options.distinctiveMinWords) return undefined;
  const text = ctx.article(s.ref.article).text;
  const fits = (line: Citation, alone: (flat: string) => boolean): boolean => {
    const flat = joined(text, line);
    return (
      flat !== undefined &&
      flat.slice(line.start, line.end).split(/\s+/).length <= options.distinctiveMaxLineWords &&
      isCleanLine(flat, line) &&
      alone(flat) &&
      !ctx.holdsError(line)
    );
  };
  const shows = (line: Citation) => fits(line, (flat) => readsOnItsOwn(ctx, flat, line));
  if (shows(s.shown)) return s.shown;
  if (!isCleanLine(text, s.shown)) return undefined;
  const near = (k: number) => story.at.get(`${s.ref.article}:${s.ref.sentence + k}`);
  if (OPENS_QUOTE.test(ctx.textOf(s.shown))) {
    for (let k = 1; k <= 2; k++) {
      const next = near(k);
      if (!next || !adjacent(text, near(k - 1)!.shown, next.shown)) break;
      const line = { ...s.shown, end: next.shown.end };
      if (!unbalanced(ctx.textOf(line))) return shows(line) ? line : undefined;
    }
    return undefined;
  }
  // The sentence before reads alone: whatever this one points back to ("They", "It", "However") is there.
  const before = near(-1);
  if (
    !before ||
    before.ref.fragment ||
    !adjacent(text, before.shown, s.shown) ||
    !isCleanLine(text, before.shown)
  )
    return undefined;
  const line = { ...s.shown, start: before.shown.start };
  const whole = ctx.textOf(line);
  return fits(
    line,
    (flat) => readsOnItsOwn(ctx, flat, before.shown) && !unbalanced(whole) && !LEAD_IN.test(whole),
  )
    ? line
    : undefined;
}

/** A question or a lead-in (ending in a colon): not a line. */
const LEAD_IN = /[?:]["”»’]?\s*$/;

/** A passage whose last quotation mark opens a quotation (after a space, colon or bracket, before a word). */
const OPENS_QUOTE = /(?:^|[\s:,(])["“]\p{L}[^"“”]*$/u;

/** Whether only white space lies between two passages (not a trimmed time or dateline, a caption). */
function adjacent(text: string, first: Citation, second: Citation): boolean {
  return first.end <= second.start && /^\s*$/.test(text.slice(first.end, second.start));
}

/**
 * The text with the line breaks inside `line` made spaces (same length, so ranges hold), or undefined
 * when the passage runs over more than one paragraph break.
 */
function joined(text: string, line: Citation): string | undefined {
  const passage = text.slice(line.start, line.end);
  if (!passage.includes('\n')) return text;
  if (/\n\s*\n\s*\n/.test(passage)) return undefined;
  return text.slice(0, line.start) + passage.replace(/\n/g, ' ') + text.slice(line.end);
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

/** A telephone number ("0845 125 2222", "+44 20 7946 0000", "called 911"): whom to call, not how many. */
const PHONE =
  /(?:\+\d{1,3}[\s-]?)?\(?\b0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\bcall(?:ed|ing|s)?\s+\d{3}\b|\b(?:tel|phone|hotline)\b\.?:?\s*[+\d][\d\s-]{5,}\d/gi;

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
function newsworthiness(
  ctx: BriefContext,
  s: Unitized,
  fresh: readonly string[],
): { total: number; counts: number; names: number } {
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
  const total =
    WORTH.number * Math.min(2, numbers) +
    WORTH.name * Math.min(2, names) +
    WORTH.date * Math.min(1, dates) +
    WORTH.quote * (QUOTE.test(text) ? 1 : 0) +
    WORTH.word * Math.sqrt(words);
  return { total, counts: numbers, names };
}

/** The number stems of a passage outside its dates, clock times and telephone numbers ("on 3 June", "at 06:12"): its counts and measures. */
function countedNumbers(ctx: BriefContext, shown: Citation, text: string): Set<string> {
  let rest = text;
  for (const d of ctx.datesOf(shown.article)) {
    if (d.end <= shown.start || d.start >= shown.end) continue;
    const from = Math.max(0, d.start - shown.start);
    const to = Math.min(text.length, d.end - shown.start);
    rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  return new Set(contentWords(rest.replace(CLOCK, ' ').replace(PHONE, ' ')).filter((u) => /^\d/.test(u)));
}
