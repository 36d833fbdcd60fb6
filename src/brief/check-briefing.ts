/**
 * The briefing invariants, checkable on any briefing: every line is cited, every citation lies
 * inside its article's text, a line's text is its first cited passage, quotes are verbatim at their
 * citations, summary lines do not overlap by more than half their words, dates are well formed and
 * a fact's `sources` is the number of distinct independent sources it cites (`sourceKeyOf`: an
 * article with `duplicateOf` counts as its original when the original is among the articles).
 *
 * Composed text is allowed in exactly three places, each checked: a bracketed date after a relative
 * date (" [3 July 2031]", removed by `stripDateInsertions` before the line is compared with its
 * passage); the label "Outlet reports that " opening a papers line (the outlet must be the cited
 * article's, named as the brief names it, and the rest must be the passage, its first letter
 * possibly lower-cased); and a theme label, every word of which must occur in the theme's lines.
 */
import type { Article } from '../model/article.ts';
import type { Line, StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import { sourceKeyOf } from '../reconcile/collect-statements.ts';
import { contentWords, fold, overlapRatio, wordsOf } from '../text/index.ts';
import { stripDateInsertions } from './bracket-dates.ts';
import { outletName } from './outlet-name.ts';
import { papersLabel } from './pick-papers.ts';

/**
 * The article fields the checker needs (`path` and `url` name an article without an outlet;
 * `duplicateOf` makes a syndicated copy count as its original's source).
 */
export type CheckedArticle = Pick<Article, 'id' | 'text' | 'outlet'> &
  Partial<Pick<Article, 'path' | 'url' | 'duplicateOf'>>;

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Checks a briefing against the articles it cites; returns the problems found, in words (empty when valid).
 * `maxSummaryOverlap` is the share of words two summary lines may share (the brief's rule: one half).
 */
export function checkBriefing(
  briefing: StoryBriefing,
  articles: readonly CheckedArticle[],
  maxSummaryOverlap = 0.5,
): string[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const problems: string[] = [];
  const checkCitation = (where: string, c: Citation): void => {
    const a = byId.get(c.article);
    if (!a) problems.push(`${where}: cites unknown article ${c.article}`);
    else if (
      !(
        Number.isInteger(c.start) &&
        Number.isInteger(c.end) &&
        c.start >= 0 &&
        c.start < c.end &&
        c.end <= a.text.length
      )
    )
      problems.push(
        `${where}: range [${c.start}, ${c.end}) is outside article ${c.article} (length ${a.text.length})`,
      );
  };
  /** Checks citations; returns the first cited passage (undefined when it cannot be read). */
  const cited = (where: string, line: Line): string | undefined => {
    if (line.citations.length === 0) {
      problems.push(`${where}: no citation`);
      return undefined;
    }
    for (const [i, c] of line.citations.entries()) checkCitation(`${where} citation ${i}`, c);
    const first = line.citations[0];
    return byId.get(first.article)?.text.slice(first.start, first.end);
  };
  const checkLine = (where: string, line: Line): void => {
    const text = cited(where, line);
    if (text !== undefined && text !== line.text && stripDateInsertions(line.text) !== text)
      problems.push(`${where}: text is not its first cited passage`);
  };
  const checkPaper = (where: string, line: Line): void => {
    const text = cited(where, line);
    if (text === undefined) return;
    const label = papersLabel(outletName(byId.get(line.citations[0].article)));
    if (!line.text.startsWith(label)) {
      problems.push(`${where}: does not open with "${label}"`);
      return;
    }
    const rest = stripDateInsertions(line.text.slice(label.length));
    if (rest !== text && rest !== text.charAt(0).toLowerCase() + text.slice(1))
      problems.push(`${where}: text after its label is not its cited passage`);
  };
  // A line an LLM rewrote (opt-in) is checked as the extractive line it replaced; its grounding was checked when it was accepted.
  for (const [i, l] of briefing.summary.entries())
    checkLine(`summary[${i}]`, l.generated ? { text: l.generated.extractive, citations: l.citations } : l);
  briefing.facts.forEach((f, i) => {
    checkLine(`facts[${i}]`, f);
    const outlets = new Set(
      f.citations.map((c) => {
        const a = byId.get(c.article);
        return a ? sourceKeyOf(a, byId) : c.article;
      }),
    );
    if (outlets.size !== f.sources)
      problems.push(`facts[${i}]: sources is ${f.sources} but it cites ${outlets.size} independent sources`);
    if (f.status === 'corroborated' && f.sources < 2)
      problems.push(`facts[${i}]: corroborated with one source`);
  });
  briefing.timeline.forEach((e, i) => {
    checkLine(`timeline[${i}]`, e);
    if (!DATE.test(e.date))
      problems.push(`timeline[${i}]: date "${e.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  });
  for (const p of briefing.perSource)
    for (const [i, l] of p.distinctive.entries()) checkLine(`perSource[${p.article}][${i}]`, l);
  for (const [i, l] of (briefing.papers ?? []).entries()) checkPaper(`papers[${i}]`, l);
  for (const [i, t] of (briefing.themes ?? []).entries()) {
    if (t.lines.length === 0) problems.push(`themes[${i}]: no lines`);
    for (const [j, l] of t.lines.entries()) checkLine(`themes[${i}].lines[${j}]`, l);
    const words = (text: string) => wordsOf(fold(text)).flatMap((w) => w.word.split('-'));
    const shown = new Set(words(t.lines.map((l) => l.text).join(' ')));
    const missing = words(t.label).filter((w) => !shown.has(w));
    if (missing.length) problems.push(`themes[${i}]: label word "${missing[0]}" is not in its lines`);
  }
  briefing.disputes.forEach((d, i) => {
    if (d.variants.length < 2) problems.push(`disputes[${i}]: fewer than two variants`);
    d.variants.forEach((v, j) => {
      if (v.citations.length === 0) problems.push(`disputes[${i}].variants[${j}]: no citation`);
      for (const [k, c] of v.citations.entries())
        checkCitation(`disputes[${i}].variants[${j}] citation ${k}`, c);
    });
  });
  briefing.quotes.forEach((q, i) => {
    for (const [where, text, citations] of [
      [`quotes[${i}]`, q.text, q.citations] as const,
      ...(q.wordings ?? []).map((w, j) => [`quotes[${i}].wordings[${j}]`, w.text, w.citations] as const),
    ]) {
      if (citations.length === 0) problems.push(`${where}: no citation`);
      citations.forEach((c, k) => {
        checkCitation(`${where} citation ${k}`, c);
        const slice = byId.get(c.article)?.text.slice(c.start, c.end);
        if (slice !== undefined && slice !== text)
          problems.push(`${where} citation ${k}: quote is not verbatim there`);
      });
    }
  });
  const sets = briefing.summary.map((l) => new Set(contentWords(stripDateInsertions(l.text))));
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++)
      if (overlapRatio(sets[i], sets[j]) > maxSummaryOverlap)
        problems.push(
          `summary[${i}] and summary[${j}] share more than ${maxSummaryOverlap * 100}% of their words`,
        );
  return problems;
}
