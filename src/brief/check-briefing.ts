/**
 * The briefing invariants, checkable on any briefing: every line is cited, every citation lies
 * inside its article's text, a line's text is its first cited passage, quotes are verbatim at their
 * citations, summary lines do not overlap by more than half their words, dates are well formed and
 * a fact's `sources` is the number of distinct outlets it cites.
 */
import type { Article } from '../model/article.ts';
import type { Line, StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import { contentWords, overlapRatio } from '../reconcile/content-words.ts';

/** The article fields the checker needs. */
export type CheckedArticle = Pick<Article, 'id' | 'text' | 'outlet'>;

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
  const checkLine = (where: string, line: Line): void => {
    if (line.citations.length === 0) {
      problems.push(`${where}: no citation`);
      return;
    }
    for (const [i, c] of line.citations.entries()) checkCitation(`${where} citation ${i}`, c);
    const first = line.citations[0];
    const text = byId.get(first.article)?.text.slice(first.start, first.end);
    if (text !== undefined && text !== line.text)
      problems.push(`${where}: text is not its first cited passage`);
  };
  for (const [i, l] of briefing.summary.entries()) checkLine(`summary[${i}]`, l);
  briefing.facts.forEach((f, i) => {
    checkLine(`facts[${i}]`, f);
    const outlets = new Set(f.citations.map((c) => byId.get(c.article)?.outlet || c.article));
    if (outlets.size !== f.sources)
      problems.push(`facts[${i}]: sources is ${f.sources} but it cites ${outlets.size} outlets`);
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
  const sets = briefing.summary.map((l) => new Set(contentWords(l.text)));
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++)
      if (overlapRatio(sets[i], sets[j]) > maxSummaryOverlap)
        problems.push(
          `summary[${i}] and summary[${j}] share more than ${maxSummaryOverlap * 100}% of their words`,
        );
  return problems;
}
