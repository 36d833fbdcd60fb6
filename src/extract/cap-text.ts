/**
 * Size caps on an article's text: no news article runs to megabytes, and every later stage costs time
 * and memory in proportion to the text (a 20 MB one-paragraph page once took minutes and 2 GB).
 */

/** The text cut at the last sentence end or whitespace before `max` characters (at `max` when there is none nearby). */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentence = Math.max(
    text.lastIndexOf('. ', max - 1),
    text.lastIndexOf('? ', max - 1),
    text.lastIndexOf('! ', max - 1),
    text.lastIndexOf('.\n', max - 1),
  );
  if (sentence > max * 0.9) return text.slice(0, sentence + 1);
  const space = text.lastIndexOf(' ', max);
  const newline = text.lastIndexOf('\n', max);
  const at = Math.max(space, newline);
  return text.slice(0, at > max * 0.9 ? at : max).trimEnd();
}

/** Paragraphs kept within `max` characters in all (the last one cut at a space), and how many characters were left out. */
export function capParagraphs(
  paragraphs: readonly string[],
  max: number,
): { paragraphs: string[]; cut: number } {
  const out: string[] = [];
  let used = 0;
  let cut = 0;
  for (const p of paragraphs) {
    const room = max - used;
    if (room <= 0) {
      cut += p.length;
      continue;
    }
    const kept = p.length <= room ? p : cutAt(p, room);
    if (kept !== '') out.push(kept);
    used += kept.length + 2;
    cut += p.length - kept.length;
  }
  return { paragraphs: out, cut };
}
