/**
 * What the papers say: per outlet, its angle — what it reports that no other outlet does, and whom it
 * alone quotes — as lines "Outlet reports that …". "Outlet reports that" is a label; the rest is the
 * cited passage, its first letter lower-cased only when it opens with a common word (never a name).
 */
import type { Line } from '../model/briefing.ts';
import type { EntityFinding, StatementInfo } from '../model/findings.ts';
import { phoneticKey } from '../reconcile/name-key.ts';
import { fold } from '../text/index.ts';
import { withResolvedDates } from './bracket-dates.ts';
import { cite } from './cite.ts';
import type { BriefContext } from './context.ts';

/** Options of the papers section (from `config.brief`). */
export interface PapersOptions {
  distinctiveMaxSimilarity: number;
  distinctiveMinRelevance: number;
  minDistinctiveWords: number;
  maxPaperLines: number;
}

/** The label that opens a papers line: "Tidewater Wire reports that ". */
export function papersLabel(outlet: string): string {
  return `${outlet} reports that `;
}

/** Lines per outlet, in story order; outlets with nothing of their own get none. */
export function pickPapers(ctx: BriefContext, options: PapersOptions): Line[] {
  const outlets = [...new Set(ctx.order.map(ctx.nameOf))];
  if (outlets.length < 2) return [];
  const quotedBy = new Map<string, Set<string>>();
  for (const g of ctx.findings.quotes)
    quotedBy.set(g.speaker, new Set(g.items.map((i) => ctx.nameOf(i.citation.article))));
  const out: Line[] = [];
  for (const outlet of outlets) {
    const others = outlets.filter((o) => o !== outlet);
    const own = ctx.findings.statements.filter(
      (s) =>
        ctx.nameOf(s.article) === outlet &&
        !s.fragment &&
        s.words >= options.minDistinctiveWords &&
        s.paragraphRelevance >= options.distinctiveMinRelevance &&
        fitsClause(ctx, s, others),
    );
    const distinctive = own
      .filter((s) => s.closest < options.distinctiveMaxSimilarity)
      .sort((a, b) => b.relevance - a.relevance || a.sentence - b.sentence);
    // A speaker only this outlet quotes, in a sentence that names the speaker before the quote.
    const quoting = own.filter((s) =>
      ctx.findings.quotes.some(
        (g) =>
          quotedBy.get(g.speaker)?.size === 1 &&
          g.items.some(
            (i) => i.citation.article === s.article && i.citation.start >= s.start && i.citation.end <= s.end,
          ),
      ),
    );
    const picks: StatementInfo[] = [];
    for (const s of [distinctive[0], quoting[0], ...distinctive.slice(1)])
      if (s && !picks.includes(s) && picks.length < options.maxPaperLines) picks.push(s);
    picks.sort((a, b) => a.article.localeCompare(b.article) || a.sentence - b.sentence);
    for (const s of picks) {
      const clause = withResolvedDates(ctx.article(s.article).text, s, ctx.datesOf(s.article));
      out.push({ text: `${papersLabel(outlet)}${lowerFirst(ctx, s, clause)}`, citations: [cite(s)] });
    }
  }
  return out;
}

/** A passage that reads after "reports that": alone, no likely error, no quote mark first, no other outlet named, not a lead-in. */
function fitsClause(ctx: BriefContext, s: StatementInfo, others: readonly string[]): boolean {
  const text = ctx.textOf(s);
  return (
    ctx.linesAlone(s) &&
    !ctx.holdsError(s) &&
    !/^["“'‘«]/.test(text) &&
    !/[:;]\s*$/.test(text) &&
    !others.some((o) => text.includes(o))
  );
}

/**
 * Lower-cases the first letter unless the sentence opens with a name (a mention starts at its first or
 * second word, as in "Mayor Alexander Koval"), an acronym, "I", or a word the article writes as a name
 * elsewhere (a name the mentions missed). Sentence-initial words are often
 * tagged as proper nouns, so the part of speech is not trusted here.
 */
function lowerFirst(ctx: BriefContext, s: StatementInfo, clause: string): string {
  const text = ctx.article(s.article).text;
  const word = /^[\p{L}'’-]+/u.exec(text.slice(s.start, s.end))?.[0] ?? '';
  const second = s.start + word.length + 1;
  const named = ctx
    .mentionsOf(s.article)
    .some((m) => (m.start === s.start || m.start === second) && m.kind !== 'other');
  const keep =
    !word ||
    named ||
    word === 'I' ||
    /^\p{Lu}{2,}/u.test(word) ||
    !/^\p{Lu}/u.test(word) ||
    writtenAsName(word, text) ||
    soundsLikeName(word, ctx.findings.entities);
  return keep ? clause : clause.charAt(0).toLowerCase() + clause.slice(1);
}

/**
 * True when `word` sounds like a word of a person's name in the story (`phoneticKey`): a spelling of the
 * name the mentions missed at a sentence start ("Grey lived nearby" in a story about Kimani Gray), which
 * keeps its capital. Words under four letters are never judged by sound.
 */
export function soundsLikeName(word: string, entities: readonly EntityFinding[]): boolean {
  const bare = word.replace(/['’]s$/u, '');
  if (bare.length < 4) return false;
  const key = phoneticKey(fold(bare));
  if (key.length < 2) return false;
  return entities.some(
    (e) =>
      e.kind === 'person' &&
      [e.name, ...e.aliases].some((n) =>
        n.split(/\s+/).some((t) => /^\p{Lu}/u.test(t) && t.length >= 4 && phoneticKey(fold(t)) === key),
      ),
  );
}

/**
 * True when `text` writes `word` as a name: capitalised after a lower-case word somewhere (mid-sentence)
 * and never in lower case ("Tjelle", a first name the mentions missed; not "Experts"). A possessive is
 * judged by its name ("Varnholt's" by "Varnholt").
 */
export function writtenAsName(word: string, text: string): boolean {
  const w = word.replace(/['’]s$/u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lower = new RegExp(`(^|[^\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u');
  const mid = new RegExp(`\\p{Ll},?[ \\t]+${w}(?![\\p{L}])`, 'u');
  return mid.test(text) && !lower.test(text);
}
