/**
 * How a briefing says which "what happened" lines an LLM rewrote (`SummaryLine.generated`): a mark
 * after each such line and one note under the section naming the model and the check, in every format.
 */
import type { SummaryLine } from '../model/briefing.ts';

/** The mark after a rewritten line. */
export const GENERATED_MARK = '†';

/** The note under the summary when some of its lines were rewritten; null when none was. */
export function generatedNote(summary: readonly SummaryLine[]): string | null {
  const models = [...new Set(summary.flatMap((l) => (l.generated ? [l.generated.model] : [])))];
  if (models.length === 0) return null;
  const rest = summary.every((l) => l.generated) ? '' : " The other lines are the sources' own sentences.";
  return `${GENERATED_MARK} Rewritten by ${models.join(', ')}, checked against the sources: every name, number and date is in the cited passages.${rest}`;
}

/** The text a line stands for when compared with other sections: a rewritten line's extractive line. */
export function extractiveText(line: SummaryLine): string {
  return line.generated?.extractive ?? line.text;
}
