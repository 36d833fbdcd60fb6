/**
 * A repeatable shuffle for order-independence checks and evaluations (not for anything random-sensitive).
 */

/** `items` in an order fixed by `seed` (Fisher–Yates driven by a linear congruential generator). */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
