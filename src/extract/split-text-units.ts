/**
 * Plain text to units: one unit per paragraph, whatever the line-wrapping convention.
 */
import { normaliseSpace } from './draft.ts';
import { isDateLine } from './read-meta-line.ts';

const ENDS_SENTENCE = /[.!?:;"”’»)\]]$/;

/** True when a block of lines is hard-wrapped prose (similar widths, cut mid-sentence, often going on in lower case). */
function isWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const inner = lines.slice(0, -1);
  const width = Math.max(...inner.map((l) => l.length));
  if (width > 100 || width < 40) return false;
  const full = inner.filter((l) => l.length >= width * 0.6).length;
  const open = inner.filter((l) => !ENDS_SENTENCE.test(l)).length;
  const lowerNext = lines.slice(1).filter((l) => /^\p{Ll}/u.test(l)).length;
  return full >= inner.length * 0.6 && open >= inner.length * 0.5 && lowerNext >= inner.length * 0.3;
}

/**
 * True when `next` continues `line` (a cut mid-sentence: no end punctuation, next starts lower-case).
 * A lower-case date line under a headline ("on Feb. 4, 2009", "updated 7/28/2004 3:02 PM") is its own
 * line, not the headline's end.
 */
function continues(line: string, next: string): boolean {
  return line.length >= 40 && !ENDS_SENTENCE.test(line) && /^\p{Ll}/u.test(next) && !isDateLine(next);
}

/**
 * Splits plain text into paragraph units, whitespace-normalised.
 *
 * Blocks are separated by blank lines. Inside a block, each line is a paragraph (the one-paragraph-a-line
 * convention of copied web text) unless the block is hard-wrapped (then its lines are joined), or a
 * line clearly runs on into the next one (ends without punctuation, next begins lower-case).
 */
export function splitTextUnits(content: string): string[] {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const units: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (isWrapped(block)) units.push(normaliseSpace(block.join(' ')));
    else {
      let current = block[0];
      for (let i = 1; i < block.length; i++) {
        if (continues(current, block[i])) current = `${current} ${block[i]}`;
        else {
          units.push(normaliseSpace(current));
          current = block[i];
        }
      }
      units.push(normaliseSpace(current));
    }
    block = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (t === '') flush();
    else block.push(t);
  }
  flush();
  return units.filter((u) => u !== '');
}
