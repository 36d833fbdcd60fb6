/**
 * A least-recently-used map of at most `max` entries: a read moves an entry to the front, a write
 * past `max` drops the entry read or written longest ago.
 */

/** An LRU map. */
export interface Lru<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  readonly size: number;
}

/** Creates an empty LRU map of at most `max` entries. */
export function createLru<T>(max: number): Lru<T> {
  const entries = new Map<string, T>();
  return {
    get(key) {
      const found = entries.get(key);
      if (found !== undefined) {
        entries.delete(key);
        entries.set(key, found);
      }
      return found;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
