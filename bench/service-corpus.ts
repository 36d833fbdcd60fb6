/**
 * A synthetic stream of distinct news documents for the service benchmarks, built from the
 * example articles and the ECB+ dev texts (when present).
 *
 * Copy `g` of base text `b` tags every capitalised word and every third long word with a suffix
 * derived from `g`, so each generation is a new set of events (new names, new stories) and the
 * copies are not near-duplicates of each other; the first line serves as the headline. Deterministic.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../src/model/source.ts';
import { hashId } from '../src/util/hash-id.ts';

/** The base texts: examples (plain-text ones) and ECB+ dev documents. */
export function loadBaseTexts(dataDir: string): string[] {
  const texts: string[] = [];
  for (const dir of readdirSync('examples').sort()) {
    const folder = join('examples', dir);
    if (dir.endsWith('.md')) continue;
    for (const f of readdirSync(folder).sort())
      if (f.endsWith('.txt')) texts.push(readFileSync(join(folder, f), 'utf8'));
  }
  const file = join(dataDir, 'documents.jsonl');
  if (existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n'))
      if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
  return texts;
}

/** A letter tag for generation `g` (`''` for 0, then `ka`, `kb`, …). */
function tag(g: number): string {
  if (g === 0) return '';
  let s = '';
  for (let n = g; n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
  return `k${s}`;
}

/** Document `i` of the stream. */
export function syntheticDocument(bases: readonly string[], i: number): RawDocument {
  const b = i % bases.length;
  const g = Math.floor(i / bases.length);
  const t = tag(g);
  let long = 0;
  const content =
    t === ''
      ? bases[b]
      : bases[b].replace(/\p{L}[\p{L}'’-]*/gu, (w) => {
          if (/^\p{Lu}/u.test(w)) return w + t;
          if (w.length >= 7 && long++ % 3 === 0) return w + t;
          return w;
        });
  return {
    id: hashId('a', 'bench', String(i)),
    path: `bench/${i}.txt`,
    kind: 'text',
    content,
    diagnostics: [],
  };
}
