/**
 * ROUGE-N recall in the manner of ROUGE-1.5.5 with `-m -n 2 -l 100` and stopwords kept: the candidate
 * cut at its first 100 whitespace words, both texts lower-cased with every run of characters other
 * than letters and digits a word break, words longer than three letters Porter-stemmed (as ROUGE-1.5.5
 * stems), n-gram counts clipped by the reference's; recall is matched / reference n-grams, averaged
 * over the references. A re-implementation for a development check, not the official script.
 */
import { stemmer } from 'stemmer';

/** The ROUGE tokens of a text. */
export function rougeTokens(text) {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => (t.length > 3 ? stemmer(t) : t));
}

/** The first `n` whitespace-separated words of a text (ROUGE-1.5.5 `-l`). */
export function firstWords(text, n) {
  return text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}

function ngramCounts(tokens, n) {
  const out = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N recall of `candidate` (cut at `limit` words) against `references`, averaged over them (0–1). */
export function rougeRecall(candidate, references, n, limit = 100) {
  const cand = ngramCounts(rougeTokens(firstWords(candidate, limit)), n);
  const recalls = references.map((ref) => {
    const counts = ngramCounts(rougeTokens(ref), n);
    let total = 0;
    let hit = 0;
    for (const [k, c] of counts) {
      total += c;
      hit += Math.min(c, cand.get(k) ?? 0);
    }
    return total === 0 ? 0 : hit / total;
  });
  return recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : 0;
}
