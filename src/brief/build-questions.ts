/**
 * Open questions, built only from the story's own content: its disputes (the values outlets give),
 * numbers that a single outlet reports, and announcements (will / plans / expected) not yet done.
 * The template words are labels; every value and quoted passage comes from the articles.
 */
import type { Article } from '../model/article.ts';
import type { Citation } from '../model/citation.ts';
import type { Findings } from '../model/findings.ts';
import { holdsAny } from './pick-summary.ts';

/** Options of question building (from `config.brief`). */
export interface QuestionOptions {
  maxQuestions: number;
  questionMinRelevance: number;
}

const ANNOUNCED =
  /\b(?:will|plans? to|planned to|is expected to|are expected to|expects? to|intends? to|aims? to|is set to|are set to|pledged to|promised to|vowed to)\b/i;
const MAX_QUOTED_WORDS = 35;

/** Builds the questions, disputes first; at most `maxQuestions`. */
export function buildQuestions(
  findings: Findings,
  articles: ReadonlyMap<string, Article>,
  errors: readonly Citation[],
  options: QuestionOptions,
): string[] {
  const out: string[] = [];
  const outletName = (id: string) => articles.get(id)?.outlet ?? id;
  for (const d of findings.disputes) {
    const values = orList(d.variants.map((v) => v.value));
    out.push(
      d.kind === 'event-date'
        ? `Which date is right for the ${d.topic.replace(/^date of (the )?/, '')}: ${values}?`
        : `What is the right ${d.topic}: ${values}?`,
    );
  }
  const numbers = findings.claims.filter((c) => c.kind === 'number');
  const disputedKeys = new Set(findings.disputes.map((d) => d.key));
  const singles = numbers.filter(
    (c) =>
      !disputedKeys.has(c.key) &&
      !numbers.some((o) => o.outlet !== c.outlet && o.key === c.key && o.value === c.value) &&
      relevant(findings, c.statement, options.questionMinRelevance),
  );
  for (const c of singles.slice(0, 2)) {
    const phrase = articles.get(c.citation.article)!.text.slice(c.citation.start, c.citation.end);
    out.push(`Only ${outletName(c.citation.article)} reports "${phrase}": can another source confirm it?`);
  }
  let announced = 0;
  for (const s of findings.statements) {
    if (announced >= 2) break;
    if (s.fragment || s.relevance < options.questionMinRelevance || holdsAny(s, errors)) continue;
    const text = articles.get(s.article)!.text.slice(s.start, s.end);
    // A quote's own "will" is the speaker's hope, not an announcement.
    if (!ANNOUNCED.test(text) || /["“”«»]/.test(text) || text.split(/\s+/).length > MAX_QUOTED_WORDS)
      continue;
    out.push(`Has this happened yet: "${text}" (${outletName(s.article)})?`);
    announced++;
  }
  return out.slice(0, options.maxQuestions);
}

function orList(values: string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function relevant(findings: Findings, statement: Citation | undefined, min: number): boolean {
  if (!statement) return false;
  const s = findings.statements.find((x) => x.article === statement.article && x.start === statement.start);
  return s !== undefined && !s.fragment && s.relevance >= min;
}
