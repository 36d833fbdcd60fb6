/**
 * Words in quote marks that are a term, not something someone said: a one-word scare quote ("the
 * 'final' offer"), a short phrase used as a noun's modifier or after an article ("a 'genius grant'
 * fellow", "other 'midnight rules'"), a title ("A Beautiful Mind"). A quote that ends a sentence
 * ("Granted.") or runs past three words is speech.
 */
import type { Range } from '../model/citation.ts';

/** Words before a short quoted phrase that make it a named thing: articles, possessives, "other", "so-called". */
const DETERMINER = /^(?:a|an|the|its|his|her|their|our|your|other|so-called|this|that|these|those)$/i;
/** Words after a quoted phrase that go on with the speech around it, not a noun it modifies. */
const GOES_ON =
  /^(?:said|says|say|told|tells|added|adds|asked|wrote|writes|he|she|they|it|and|or|but|as|to|in|on|at|for|from|with|by|of|is|was|are|were|be|been|that|which|who|when|if|because|than|then)$/i;
const MAX_WORDS = 3;

/** True when the quoted words at `q` are a term or title in quote marks rather than speech. */
export function isQuotedTerm(text: string, q: Range & { text: string }): boolean {
  const inner = q.text.trim();
  if (/[.!?…]$/.test(inner)) return false;
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (words.length === 1) return true;
  if (words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return true;
  const before = /(\S+)\s*["“‘']\s*$/.exec(text.slice(Math.max(0, q.start - 40), q.start));
  if (before && DETERMINER.test(before[1])) return true;
  const after = /^\s*["”’']?\s*([\p{L}-]+)/u.exec(text.slice(q.end, q.end + 40));
  return !!after && /^\p{Ll}/u.test(after[1]) && !GOES_ON.test(after[1]);
}
