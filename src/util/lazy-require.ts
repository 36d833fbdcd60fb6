/**
 * Loads a package's CommonJS build the first time it is needed rather than when the program starts.
 *
 * For the heavy parsers only some inputs need (linkedom, htmlparser2 and @mozilla/readability for
 * HTML, feedsmith for feeds and OPML): a static import would load them on every run, `parallax brief`
 * of plain text included, and a dynamic `import()` would make their synchronous callers asynchronous.
 * These packages ship the same code as CommonJS, which `require` loads synchronously.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function that returns package `name` (typed `T`), loading it on the first call. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
