/**
 * The verb of a figure given for a description: "put the burned area at 4,800 hectares", "estimated
 * the number of people moved from their homes at 2,100", "put the toll of those killed at 40". The
 * figure tells what the description says happened (burned, moved, killed), not what "put" says, so
 * the participle of the description is the figure's verb.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import { fold, verbStem } from '../text/index.ts';

/**
 * "put|estimated|placed|pegged the … at": a figure given for a description, whose giver is its source
 * (a regular-expression source; group 1 is the description).
 */
export const GIVEN_FOR_DESCRIPTION =
  '\\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing|pegged|pegs|pegging)\\s+(?:the|its|their)\\s+([^,;:()]{3,80}?)\\s+at\\b';

/** `GIVEN_FOR_DESCRIPTION` right before a figure (and its hedge). */
const GIVEN_AT = new RegExp(
  `${GIVEN_FOR_DESCRIPTION}\\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|more than|over|at least|just over|just under)\\s+)?$`,
  'i',
);

/**
 * The stem of the participle in the description a figure is given for ("burned" in "put the burned
 * area at 4,800 hectares"), or null when the figure is not given that way or its description has no
 * participle ("put the death toll at 40").
 */
export function describedVerb(
  { article, annotations }: AnalyzedArticle,
  at: number,
  s: { start: number; end: number },
): string | null {
  const lead = article.text.slice(s.start, at);
  const m = GIVEN_AT.exec(lead);
  if (!m) return null;
  const from = s.start + m.index + m[0].indexOf(m[1]);
  const to = from + m[1].length;
  const participle = annotations.tokens.find(
    (t) =>
      t.start >= from &&
      t.end <= to &&
      (t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|en)$/i.test(article.text.slice(t.start, t.end)))),
  );
  return participle ? verbStem(fold(article.text.slice(participle.start, participle.end))) : null;
}
