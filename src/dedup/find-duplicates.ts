/**
 * Duplicate detection: exact copies (same normalised text) and near-duplicates (syndicated wire
 * copy under a new headline) among articles.
 *
 * Articles are visited by publication date (unknown last), then id; the first of a set of copies
 * is the original (with no dates, the lower id: then "original" only means "representative"), and
 * every link points at the original of the set, never at another copy. An exact copy gets `duplicateOf` and a PX401 diagnostic and is dropped from
 * `kept`; a near-duplicate (estimated shingle Jaccard ≥ `nearDuplicateJaccard`, found through LSH
 * bands) gets `duplicateOf` and is kept, so that counting independent sources can count a set of
 * copies once. Pure: the input articles are not changed (linked ones are copied).
 */
import { cluster as defaults } from '../config.ts';
import type { Article } from '../model/article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { letterDigitRuns } from '../text/index.ts';
import { diagnose } from '../util/diagnose.ts';
import { hashId } from '../util/hash-id.ts';
import { bandKeys, estimateJaccard, minhash } from './minhash.ts';

/** Options of `findDuplicates` (defaults in `config.cluster`). */
export interface DedupOptions {
  minhashHashes: number;
  minhashBands: number;
  shingleWords: number;
  nearDuplicateJaccard: number;
}

/** The result: every article (linked ones with `duplicateOf`), the ones to cluster, and diagnostics. */
export interface DedupResult {
  articles: Article[];
  kept: Article[];
  diagnostics: Diagnostic[];
}

/** Articles seen before (a store's): originals of exact copies by content key, and signatures to compare with. */
export interface PriorArticles {
  /** Content key (`contentKey`) → the stored article with that text and the original of its set. */
  exact: ReadonlyMap<string, { id: string; root: string }>;
  /** Stored articles that may be near copies (e.g. those sharing an LSH band), with their originals. */
  signed: ReadonlyArray<{ id: string; root: string; signature: Uint32Array }>;
}

/** The key of an article's exact text (title and words, case and spacing folded): equal keys, exact copies. */
export function contentKey(article: Pick<Article, 'title' | 'text'>): string {
  return hashId('t', letterDigitRuns(article.title ?? '').join(' '), letterDigitRuns(article.text).join(' '));
}

/** The MinHash signature and LSH band keys of an article's text. */
export function signatureOf(
  text: string,
  options: Partial<DedupOptions> = {},
): { signature: Uint32Array; bands: string[] } {
  const opts: DedupOptions = { ...defaults, ...options };
  const signature = minhash(text, opts.minhashHashes, opts.shingleWords);
  return { signature, bands: bandKeys(signature, opts.minhashBands) };
}

/**
 * Finds exact and near duplicates among `articles` (see the module comment); with `prior`, also
 * copies of articles seen before (they come first: a new article is never the original of a stored one).
 */
export function findDuplicates(
  articles: readonly Article[],
  options: Partial<DedupOptions> = {},
  prior: PriorArticles = { exact: new Map(), signed: [] },
): DedupResult {
  const opts: DedupOptions = { ...defaults, ...options };
  const order = articles
    .map((article, index) => ({ article, index }))
    .sort(
      (a, b) =>
        (a.article.published === null ? 1 : 0) - (b.article.published === null ? 1 : 0) ||
        cmp(a.article.published ?? '', b.article.published ?? '') ||
        cmp(a.article.id, b.article.id),
    );
  const exact = new Map<string, { twin: string; root: string }>();
  for (const [key, p] of prior.exact) exact.set(key, { twin: p.id, root: p.root });
  const buckets = new Map<string, number[]>();
  const signatures: Uint32Array[] = [];
  const originals: string[] = [];
  for (const p of prior.signed) {
    for (const band of bandKeys(p.signature, opts.minhashBands)) {
      const bucket = buckets.get(band) ?? [];
      bucket.push(signatures.length);
      buckets.set(band, bucket);
    }
    signatures.push(p.signature);
    originals.push(p.root);
  }
  const linked = new Map<number, string>();
  const dropped = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  for (const { article, index } of order) {
    const key = contentKey(article);
    const copy = exact.get(key);
    if (copy !== undefined) {
      linked.set(index, copy.root);
      dropped.add(index);
      const message = `exact duplicate of ${copy.twin} (original ${copy.root}): dropped`;
      diagnostics.push(diagnose('info', 'PX401', 'cluster', message, { article: article.id }));
      continue;
    }
    const sig = minhash(article.text, opts.minhashHashes, opts.shingleWords);
    const seen = new Set<number>();
    let best = -1;
    let bestScore = opts.nearDuplicateJaccard;
    for (const band of bandKeys(sig, opts.minhashBands)) {
      const bucket = buckets.get(band) ?? [];
      for (const o of bucket) {
        if (seen.has(o)) continue;
        seen.add(o);
        const score = estimateJaccard(sig, signatures[o]);
        if (score >= bestScore && (best === -1 || score > bestScore)) [best, bestScore] = [o, score];
      }
      bucket.push(signatures.length);
      buckets.set(band, bucket);
    }
    const root = best === -1 ? article.id : originals[best];
    if (best !== -1) linked.set(index, root);
    exact.set(key, { twin: article.id, root });
    signatures.push(sig);
    originals.push(root);
  }
  const out = articles.map((a, i) => (linked.has(i) ? { ...a, duplicateOf: linked.get(i)! } : a));
  return { articles: out, kept: out.filter((_, i) => !dropped.has(i)), diagnostics };
}

/** Code-unit order of two strings. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
