/**
 * Paragraphs to the one text of an article, with exact paragraph ranges.
 */
import type { Range } from '../model/citation.ts';

/**
 * Joins paragraphs with exactly `"\n\n"` and returns the text and each paragraph's `[start, end)`
 * range in it (`text.slice(start, end)` is the paragraph). Empty paragraphs are dropped.
 */
export function buildText(paragraphs: string[]): { text: string; paragraphs: Range[] } {
  const ranges: Range[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (p === '') continue;
    if (text !== '') text += '\n\n';
    ranges.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs: ranges };
}
