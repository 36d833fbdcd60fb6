/**
 * Evaluates HTML metadata extraction (title, authors, published day) against a hand-checked gold sample.
 *
 * Usage: `tsx scripts/eval-metadata.ts [--data DIR] [--gold FILE] [--quiet]`
 * The gold (`scripts/data/aeb-metadata-gold.json`) labels the first 40 AEB pages in sorted id order,
 * read by a person: the visible headline, the author names of the byline (none when the page names no
 * person or agency), the publication day as the page shows it. Pages go through `readInputs` and
 * `extractArticle` like any user input. Scoring: a title is right when the normalised strings match
 * (case, quotes, dashes, whitespace; a site-name suffix counts as wrong); authors are right when the
 * sets of normalised names match (order-free; null and empty both mean none); the date is right when
 * the day (YYYY-MM-DD) matches. Needs `../shared/data/aeb`; when it is absent it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/index.ts';
import { readInputs } from '../src/io/read-inputs.ts';

interface GoldEntry {
  title: string;
  authors: string[];
  published: string | null;
  notes?: string;
}

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: new URL('../../shared/data/aeb', import.meta.url).pathname },
    gold: { type: 'string', default: new URL('./data/aeb-metadata-gold.json', import.meta.url).pathname },
    quiet: { type: 'boolean', default: false },
  },
});

const dir = args.data as string;
if (!existsSync(join(dir, 'html'))) {
  console.log(`eval:metadata: AEB data not found at ${dir}; skipped.`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(args.gold as string, 'utf8')) as Record<string, GoldEntry>;

/** Case, quotes, dashes, ellipses and whitespace folded away. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The author string of an article as a set of normalised names ("A, B and C" → 3). */
function authorSet(value: string | string[] | null): string[] {
  const list = Array.isArray(value) ? value : (value ?? '').split(/\s*(?:,|;|\band\b|&)\s*/i);
  return [...new Set(list.map(normaliseText).filter((n) => n !== ''))].sort();
}

const ids = Object.keys(gold).sort();
const { documents } = await readInputs(ids.map((id) => join(dir, 'html', `${id}.html.gz`)));
const byPath = new Map(documents.map((d) => [d.path ?? '', d]));
const fields = ['title', 'author', 'published'] as const;
const right: Record<(typeof fields)[number], number> = { title: 0, author: 0, published: 0 };
const misses: string[] = [];
for (const id of ids) {
  const g = gold[id];
  const doc = byPath.get(join(dir, 'html', `${id}.html.gz`));
  const article = doc ? extractArticle(doc) : null;
  const title = article?.title ?? null;
  const authors = authorSet(article?.author ?? null);
  const day = article?.published?.slice(0, 10) ?? null;
  const checks = {
    title: title !== null && normaliseText(title) === normaliseText(g.title),
    author: JSON.stringify(authors) === JSON.stringify(authorSet(g.authors)),
    published: day === g.published,
  };
  const got = { title, author: article?.author ?? null, published: article?.published ?? null };
  const want = { title: g.title, author: g.authors.join(', ') || null, published: g.published };
  for (const f of fields) {
    if (checks[f]) right[f]++;
    else
      misses.push(
        `  ${id.slice(0, 10)} ${f.padEnd(9)} got ${JSON.stringify(got[f])}  want ${JSON.stringify(want[f])}`,
      );
  }
}
const pct = (n: number): string => `${((100 * n) / ids.length).toFixed(1)}%`;
console.log(`metadata: ${ids.length} gold pages from ${dir}`);
for (const f of fields)
  console.log(`  ${f.padEnd(9)} ${pct(right[f]).padStart(6)}  (${right[f]}/${ids.length})`);
if (!args.quiet) console.log(`\n${misses.length} mismatches:\n${misses.join('\n')}`);
