/**
 * Compiled CSS selectors kept across pages. linkedom compiles a selector (css-select, css-what) on
 * every `querySelector`/`querySelectorAll` call and Readability calls them dozens of times a page
 * with the same dozen selectors: for a small page, compiling was over half of the extraction's CPU.
 *
 * linkedom's CommonJS build looks its matcher up from `shared/matches.js`'s exports when it loads,
 * so replacing `prepareMatch` there before linkedom itself loads makes every query use the cache.
 * A compiled selector depends only on the selector text and the document's case mode (HTML or XML);
 * selectors that name `:scope` depend on the element and are compiled each time as before. The cache
 * is bounded (selectors built from page content cannot grow it without limit). When linkedom's files
 * are not where this version keeps them, nothing is replaced and queries compile as before.
 */
import { dirname, join } from 'node:path';

type Matcher = (element: unknown) => boolean;
type PrepareMatch = (element: unknown, selectors: string) => Matcher;

/** Compiled selectors kept at most; the cache starts over when full. */
export const SELECTOR_CACHE_MAX = 512;

/** A `prepareMatch` that reuses compiled selectors per (case mode, selector text). */
export function cachedPrepareMatch(
  prepare: PrepareMatch,
  ignoreCase: (element: unknown) => boolean,
  max = SELECTOR_CACHE_MAX,
): PrepareMatch & { cache: Map<string, Matcher> } {
  const cache = new Map<string, Matcher>();
  const cached = (element: unknown, selectors: string): Matcher => {
    if (selectors.includes(':scope')) return prepare(element, selectors);
    const key = `${ignoreCase(element) ? 'h' : 'x'}${selectors}`;
    let match = cache.get(key);
    if (match === undefined) {
      match = prepare(element, selectors);
      if (cache.size >= max) cache.clear();
      cache.set(key, match);
    }
    return match;
  };
  return Object.assign(cached, { cache });
}

/** The compiled selectors linkedom's queries use, once installed (for tests and benchmarks). */
export function installedSelectorCache(require: NodeJS.Require): ReadonlyMap<string, Matcher> | undefined {
  try {
    const root = dirname(require.resolve('linkedom'));
    const { prepareMatch } = require(join(root, 'shared', 'matches.js')) as { prepareMatch?: unknown };
    return typeof prepareMatch === 'function' && 'cache' in prepareMatch
      ? (prepareMatch.cache as Map<string, Matcher>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Installs the cache in linkedom's matcher module (once), before linkedom is loaded through `require`.
 * Returns whether it is installed.
 */
export function installSelectorCache(require: NodeJS.Require): boolean {
  try {
    const root = dirname(require.resolve('linkedom')); // …/linkedom/cjs
    const matches = require(join(root, 'shared', 'matches.js')) as { prepareMatch?: unknown };
    const utils = require(join(root, 'shared', 'utils.js')) as { ignoreCase?: unknown };
    const prepare = matches.prepareMatch;
    if (typeof prepare !== 'function' || typeof utils.ignoreCase !== 'function') return false;
    if ('cache' in prepare) return true;
    matches.prepareMatch = cachedPrepareMatch(
      prepare as PrepareMatch,
      utils.ignoreCase as (element: unknown) => boolean,
    );
    return true;
  } catch {
    return false;
  }
}
