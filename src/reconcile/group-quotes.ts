/**
 * Quote groups: quotes with a known speaker, grouped across outlets when the speaker is the same
 * entity and the words are similar (or one quote contains the other); near-identical words group
 * even when outlets name the speaker differently.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { EntityFinding, QuoteGroup, QuoteItem } from '../model/findings.ts';
import { isQuotedTerm } from '../nlp/quoted-term.ts';
import { contentWords, fold, jaccard, overlapRatio, sharedCount } from '../text/index.ts';
import { outletOf } from './collect-statements.ts';
import { normaliseName } from './name-key.ts';
import { UnionFind } from './union-find.ts';

/** Jaccard above which two quotes are the same words whoever the speaker is said to be. */
const SAME_WORDS = 0.6;
/**
 * Content words each of two quotes needs before the same words join them across different speakers:
 * a short shout ("Don't move!") is said by many, so it is no evidence that two outlets quote one person.
 */
const MIN_SHARED_WORDS = 4;
/** Content words each of two quotes of one speaker needs before one is read as the other's paraphrase. */
const MIN_PARAPHRASE_WORDS = 2;
/** Share of the shorter quote's content words one shared word must be to make a paraphrase. */
const ONE_WORD_OVERLAP = 0.5;

interface Item extends QuoteItem {
  /** The speaker as written in this article. */
  speaker: string;
  /** The speaker's entity (or normalised name): what groups quotes of one speaker. */
  key: string;
  set: Set<string>;
  flat: string;
}

/** Groups the quotes of a story's articles by speaker and wording. */
export function groupQuotes(
  items: AnalyzedArticle[],
  entities: EntityFinding[],
  entityOf: ReadonlyMap<string, string>,
  similarity: number,
  honorifics: ReadonlySet<string>,
): QuoteGroup[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byName = new Map<string, string>();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases])
      byName.set(normaliseName(n, true, honorifics).keys.join(' '), e.name);
  const quotes: Item[] = [];
  for (const { article, annotations } of items) {
    for (const q of annotations.quotes) {
      // A term or title in quote marks ("the 'final' offer") is not something its speaker said.
      if (!q.speaker || isQuotedTerm(article.text, q)) continue;
      const speaker = q.speaker.trim();
      const bound = q.speakerRange && findEntity(entityOf, article.id, q.speakerRange, annotations.mentions);
      const normal = normaliseName(speaker, true, honorifics).keys.join(' ');
      const key = (bound && byId.get(bound)?.name) ?? byName.get(normal) ?? speaker;
      quotes.push({
        text: q.text,
        key,
        citation: { article: article.id, start: q.start, end: q.end },
        outlet: outletOf(article),
        speaker,
        set: new Set(contentWords(q.text)),
        flat: fold(q.text)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      });
    }
  }
  const uf = new UnionFind(quotes.length);
  const score = new Array<number>(quotes.length).fill(0);
  const links: { i: number; j: number; sim: number }[] = [];
  const same = (a: Item, b: Item) =>
    jaccard(a.set, b.set) >= SAME_WORDS || a.flat.includes(b.flat) || b.flat.includes(a.flat);
  for (let i = 0; i < quotes.length; i++)
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i];
      const b = quotes[j];
      const sim = jaccard(a.set, b.set);
      const contains = a.flat.includes(b.flat) || b.flat.includes(a.flat);
      // Outlets paraphrase a speaker: a short rendering shares a part of the long one's words. One
      // shared word is weak evidence: a speaker's two remarks on one subject share it ("…the wards…",
      // "…the rosters…"). It is enough only when it is half the shorter quote, and that quote has two
      // content words ("not against machines … thrown away" / "not against the machines … discarded").
      const shared = sharedCount(a.set, b.set);
      const close =
        contains ||
        (Math.min(a.set.size, b.set.size) >= MIN_PARAPHRASE_WORDS &&
          (shared >= 2
            ? sim >= similarity || overlapRatio(a.set, b.set) >= similarity
            : overlapRatio(a.set, b.set) >= ONE_WORD_OVERLAP));
      const sameSpeaker = a.key === b.key;
      // One article may repeat a quote (lede and body): the same words, not its other sentences.
      const long = a.set.size >= MIN_SHARED_WORDS && b.set.size >= MIN_SHARED_WORDS;
      const ok =
        a.citation.article === b.citation.article
          ? sameSpeaker && same(a, b)
          : (sim >= SAME_WORDS && (sameSpeaker || long)) || (sameSpeaker && close);
      if (ok) links.push({ i, j, sim: contains ? Math.max(sim, 0.5) : sim });
    }
  // Closest pairs first; a link never puts two different quotes of one article in a group (a long
  // quote holding two sentences is no bridge between them).
  for (const { i, j, sim } of links.sort((x, y) => y.sim - x.sim)) {
    if (uf.find(i) === uf.find(j)) continue;
    const left = uf.members(i);
    const right = uf.members(j);
    const clash = left.some((x) =>
      right.some(
        (y) => quotes[x].citation.article === quotes[y].citation.article && !same(quotes[x], quotes[y]),
      ),
    );
    if (clash) continue;
    uf.union(i, j);
    score[i] += sim;
    score[j] += sim;
  }
  return uf.groups().map((g) => {
    // A wording that starts a sentence first, then the most central (most like the others), then text order.
    const opens = (k: number) => Number(/^[\p{Lu}\p{N}]/u.test(quotes[k].text));
    const order = [...g].sort((x, y) => opens(y) - opens(x) || score[y] - score[x] || x - y);
    return {
      speaker: shownSpeaker(order.map((i) => quotes[i])),
      items: order.map((i) => ({
        text: quotes[i].text,
        citation: quotes[i].citation,
        outlet: quotes[i].outlet,
      })),
    };
  });
}

function findEntity(
  entityOf: ReadonlyMap<string, string>,
  article: string,
  range: { start: number; end: number },
  mentions: AnalyzedArticle['annotations']['mentions'],
): string | undefined {
  // Only a mention that covers the whole speaker names it ("Afghanistan's officials" is not Afghanistan).
  const m = mentions.find((x) => x.start <= range.start && range.end <= x.end + 2);
  return m && entityOf.get(`${article}:${m.start}`);
}

/**
 * The speaker shown: as most quotes write it when that is a name (every word capitalised), else the
 * entity the quotes are bound to ("the ministry" → "Russian Foreign Ministry"). On a tie a name before
 * a role phrase, then the fuller one ("Ann Ode" before "Ode").
 */
function shownSpeaker(items: Item[]): string {
  const written = mostCommon(items.map((q) => q.speaker));
  const key = mostCommon(items.map((q) => q.key));
  // The entity's fuller name when it ends with what is written ("Ellery" → "Maud Ellery").
  if (isName(key) && ` ${key.toLowerCase()}`.endsWith(` ${written.toLowerCase()}`)) return key;
  return isName(written) ? written : key;
}

const isName = (v: string) => v.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const named = (v: string) => Number(isName(v));
  return [...counts].sort(
    (a, b) => b[1] - a[1] || named(b[0]) - named(a[0]) || b[0].length - a[0].length,
  )[0][0];
}
