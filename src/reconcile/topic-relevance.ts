/**
 * Topic relevance: how much of a passage's vocabulary the story's other outlets use too. A sentence
 * on the story's topic scores high even when it reports something new; an appended encyclopedia blurb
 * (a biography, a country profile) scores low.
 */

/** The content words (and `@entity` ids) each outlet uses. */
export type OutletVocabulary = ReadonlyMap<string, ReadonlySet<string>>;

/** Collects each outlet's vocabulary from word sets tagged with their outlet. */
export function outletVocabulary(
  passages: Iterable<{ outlet: string; set: ReadonlySet<string> }>,
): OutletVocabulary {
  const vocab = new Map<string, Set<string>>();
  for (const p of passages) {
    const v = vocab.get(p.outlet) ?? new Set<string>();
    for (const w of p.set) v.add(w);
    vocab.set(p.outlet, v);
  }
  return vocab;
}

/**
 * Mean, over the passage's words, of the share of other outlets that use the word (0–1).
 * 0 when the passage has no words; 1 when the story has no other outlet (nothing to be off-topic from).
 */
export function topicRelevance(words: ReadonlySet<string>, outlet: string, vocab: OutletVocabulary): number {
  if (words.size === 0) return 0;
  const own = vocab.get(outlet);
  const others = own ? vocab.size - 1 : vocab.size;
  if (others === 0) return 1;
  const users = outletsUsing(vocab);
  let sum = 0;
  for (const w of words) sum += ((users.get(w) ?? 0) - (own?.has(w) ? 1 : 0)) / others;
  return sum / words.size;
}

const usersOf = new WeakMap<OutletVocabulary, ReadonlyMap<string, number>>();

/** How many outlets use each word (counted once per vocabulary, which is never mutated once built). */
function outletsUsing(vocab: OutletVocabulary): ReadonlyMap<string, number> {
  let users = usersOf.get(vocab);
  if (!users) {
    const counts = new Map<string, number>();
    for (const v of vocab.values()) for (const w of v) counts.set(w, (counts.get(w) ?? 0) + 1);
    users = counts;
    usersOf.set(vocab, users);
  }
  return users;
}

/**
 * Relevance of each statement's whole paragraph (one value per statement): a blurb's stray on-topic
 * sentence ("In office since 2004, he is the Foreign Minister") is judged with the blurb around it.
 */
export function paragraphRelevance(
  statements: ReadonlyArray<{ article: string; paragraph: number; outlet: string; set: ReadonlySet<string> }>,
  vocab: OutletVocabulary,
): number[] {
  const words = new Map<string, Set<string>>();
  for (const s of statements) {
    const key = `${s.article}:${s.paragraph}`;
    const set = words.get(key) ?? new Set<string>();
    for (const w of s.set) set.add(w);
    words.set(key, set);
  }
  const memo = new Map<string, number>();
  return statements.map((s) => {
    const key = `${s.article}:${s.paragraph}`;
    if (!memo.has(key)) memo.set(key, topicRelevance(words.get(key)!, s.outlet, vocab));
    return memo.get(key)!;
  });
}

/**
 * Divides each value by the median of the positive values: 1 means "as on topic as the story's typical
 * sentence". Absolute relevance depends on how many outlets a story has; this ratio does not.
 */
export function relativeToMedian(values: readonly number[]): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  return values.map((v) => (median > 0 ? v / median : 0));
}
