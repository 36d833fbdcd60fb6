/**
 * A word → position index of a long list (wink's 87,593 lexemes), found by binary search in an order
 * written at build time instead of hashed at every start: filling a Map or an object with every word
 * costs ~0.04–0.1 s of CPU, while one article looks up a few hundred words. Behaves as the index
 * `hash[list[k]] = k` over the list (a word listed twice gives its last position), plus what is set
 * after (wink adds the words it meets that the list lacks).
 */

/** Most words a `SortedIndex` remembers having searched before it forgets them all. */
const MAX_FOUND = 100_000;

/** The positions of the list's distinct words (the last of each), sorted by word in JavaScript string order. */
export function sortedOrder(list: readonly string[]): Uint32Array {
  const last = new Map<string, number>();
  for (let k = 0; k < list.length; k += 1) last.set(list[k], k);
  const words = [...last.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Uint32Array.from(words, (w) => last.get(w) as number);
}

/** The index of `list` searched through `order` (from `sortedOrder` of the same list), with the Map methods `mapAsObject` uses. */
export class SortedIndex {
  private readonly added = new Map<string, unknown>();
  private readonly removed = new Set<string>();
  /** Each word searched once: a text repeats its words, and the list's positions never change. */
  private readonly found = new Map<string, number | undefined>();

  constructor(
    private readonly list: readonly string[],
    private readonly order: Uint32Array,
  ) {}

  private search(key: string): number | undefined {
    if (this.found.has(key)) return this.found.get(key);
    const at = this.binarySearch(key);
    // A server reads texts for weeks: the memo is emptied when it grows past `MAX_FOUND` words.
    if (this.found.size >= MAX_FOUND) this.found.clear();
    this.found.set(key, at);
    return at;
  }

  private binarySearch(key: string): number | undefined {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const word = this.list[this.order[mid]];
      if (word === key) return this.order[mid];
      if (word < key) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  get(key: string): unknown {
    if (this.added.has(key)) return this.added.get(key);
    return this.removed.has(key) ? undefined : this.search(key);
  }

  has(key: string): boolean {
    return this.added.has(key) || (!this.removed.has(key) && this.search(key) !== undefined);
  }

  set(key: string, value: unknown): this {
    this.added.set(key, value);
    return this;
  }

  delete(key: string): boolean {
    const had = this.has(key);
    this.added.delete(key);
    this.removed.add(key);
    return had;
  }

  *keys(): IterableIterator<string> {
    for (const k of this.order) {
      const word = this.list[k];
      if (!this.added.has(word) && !this.removed.has(word)) yield word;
    }
    yield* this.added.keys();
  }
}
