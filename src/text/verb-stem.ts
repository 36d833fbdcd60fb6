/**
 * Verb stems: verbs compared across outlets ("evacuated" / "evacuating", "died" / "die", "took" /
 * "taking"), irregular past forms mapped to their base form first.
 */
import { stem } from './stem.ts';

/** Irregular past forms of verbs that report counts, with their base form (general English). */
const IRREGULAR: Record<string, string> = {
  died: 'die',
  fled: 'flee',
  lost: 'lose',
  left: 'leave',
  took: 'take',
  taken: 'take',
  struck: 'strike',
  fell: 'fall',
  fallen: 'fall',
  drove: 'drive',
  driven: 'drive',
  sought: 'seek',
  brought: 'bring',
  held: 'hold',
  kept: 'keep',
  laid: 'lay',
  went: 'go',
  gone: 'go',
  froze: 'freeze',
  frozen: 'freeze',
};

/**
 * The stem of a verb: irregular past forms mapped to their base form first ("died" → "die"), and a
 * final "e" dropped so that short verbs meet their -ing form ("take"/"taking" → "tak").
 */
export function verbStem(word: string): string {
  const w = stem(IRREGULAR[word] ?? word);
  return w.length > 2 ? w.replace(/e$/, '') : w;
}
