/**
 * What every part of the brief needs about a story: its articles and annotations by id, the passages
 * judged likely errors, and small helpers over them (the text of a range, whether it reads alone,
 * how an article is named).
 */
import type { AnalyzedArticle, DateMention, Mention, Token } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { Citation, Range } from '../model/citation.ts';
import type { Findings } from '../model/findings.ts';
import { outletName } from './outlet-name.ts';
import { readsAlone, unnamedFirstPerson } from './reads-alone.ts';

/** The story seen by the brief's pickers. */
export interface BriefContext {
  findings: Findings;
  /** Article ids in story order. */
  order: readonly string[];
  /** Passages of values judged likely errors (never shown as a line). */
  errors: readonly Citation[];
  /** Articles whose date of the main event is judged a likely error (their wording of it is not shown). */
  flaggedForMainDate: ReadonlySet<string>;
  article(id: string): Article;
  textOf(c: Citation): string;
  datesOf(id: string): readonly DateMention[];
  mentionsOf(id: string): readonly Mention[];
  tokensOf(id: string): readonly Token[];
  /** The tokens inside a passage (found by binary search: tokens are in text order). */
  tokensIn(c: Citation): readonly Token[];
  /** True when the passage reads on its own (see `reads-alone.ts`). */
  linesAlone(c: Citation): boolean;
  /** True when the passage holds a likely-error value. */
  holdsError(c: Citation): boolean;
  /** The reader's name for an article's source (outlet, else URL host, else file name). */
  nameOf(id: string): string;
}

/** Builds the context of one story. */
export function briefContext(
  findings: Findings,
  items: readonly AnalyzedArticle[],
  order: readonly string[],
): BriefContext {
  const byId = new Map(items.map((a) => [a.article.id, a]));
  const get = (id: string) => {
    const a = byId.get(id);
    if (!a) throw new Error(`brief: article ${id} is not among the story's items`);
    return a;
  };
  const errors = errorPassages(findings);
  const flagged = new Set(
    findings.disputes
      .filter((d) => d.kind === 'event-date' && d.likelyError)
      .map((d) => d.likelyError!.article),
  );
  const names = new Map<string, string>();
  const inside = (c: Range & { article: string }, r: Citation) =>
    r.article === c.article && r.start >= c.start && r.end <= c.end;
  return {
    findings,
    order,
    errors,
    flaggedForMainDate: flagged,
    article: (id) => get(id).article,
    textOf: (c) => get(c.article).article.text.slice(c.start, c.end),
    datesOf: (id) => get(id).annotations.dates,
    mentionsOf: (id) => get(id).annotations.mentions,
    tokensOf: (id) => get(id).annotations.tokens,
    tokensIn: (c) => {
      const tokens = get(c.article).annotations.tokens;
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start < c.start) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < tokens.length && tokens[end].end <= c.end) end++;
      return tokens.slice(lo, end);
    },
    linesAlone: (c) => {
      const { article, annotations } = get(c.article);
      return (
        readsAlone(article.text, c, annotations.mentions) &&
        !unnamedFirstPerson(article.text, c, annotations.mentions)
      );
    },
    holdsError: (c) => errors.some((e) => inside(c, e)),
    nameOf: (id) => {
      let name = names.get(id);
      if (name === undefined) {
        name = outletName(byId.get(id)?.article, id);
        names.set(id, name);
      }
      return name;
    },
  };
}

/** The passages of values judged likely errors. */
function errorPassages(findings: Findings): Citation[] {
  return findings.disputes.flatMap((d) =>
    d.likelyError
      ? d.variants
          .filter((v) => v.value === d.likelyError!.value)
          .flatMap((v) => v.citations)
          .filter((c) => c.article === d.likelyError!.article)
      : [],
  );
}
