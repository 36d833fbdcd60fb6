/**
 * Turns what a user types into a safe FTS5 query: words only, each quoted, the last one a prefix.
 *
 * FTS5 has its own syntax (`AND`, `NEAR`, `*`, `"`, column filters); user input is never passed
 * through, so a stray quote or operator cannot make the query fail or mean something else.
 */

/** Most words taken from one query (a longer query is cut, not refused). */
export const MAX_QUERY_WORDS = 12;

/** The FTS5 match expression for `input`, or null when it has no word. */
export function ftsQuery(input: string): string | null {
  const words = (input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
