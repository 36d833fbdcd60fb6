/**
 * Evaluates HTML article-body extraction on the Article Extraction Benchmark (AEB, 181 pages).
 *
 * Usage: `tsx scripts/eval-extract.ts [--data DIR] [--worst N] [--readability] [--methods]`
 * Prints corpus precision, recall and F1 (AEB metric, `src/extract/score-extraction.ts`), the N worst
 * pages (default 10) and how often each extraction method won. `--readability` also scores plain
 * @mozilla/readability over linkedom as a reference. Needs `../shared/data/aeb`; when it is absent
 * it says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/index.ts';
import { corpusScore, type ExtractionScore, scoreExtraction } from '../src/extract/score-extraction.ts';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: new URL('../../shared/data/aeb', import.meta.url).pathname },
    worst: { type: 'string', default: '10' },
    readability: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const dir = args.data as string;
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.log(`eval:extract: AEB data not found at ${dir}; skipped.`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = readdirSync(join(dir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.slice(0, -'.html.gz'.length))
  .filter((id) => id in gold && (!args.only || id.startsWith(args.only)))
  .sort();

const rows: Array<{ id: string; score: ExtractionScore; method: string; ref?: ExtractionScore }> = [];
const methods = new Map<string, number>();
const t0 = performance.now();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const article = extractArticle({ id, kind: 'html', content: html, diagnostics: [] } as never);
  const score = scoreExtraction(article.text, gold[id].articleBody);
  methods.set(article.extraction.method, (methods.get(article.extraction.method) ?? 0) + 1);
  const row: (typeof rows)[number] = { id, score, method: article.extraction.method };
  if (args.readability) {
    const document = parseHTML(html).document;
    const text = new Readability(document as never).parse()?.textContent ?? '';
    row.ref = scoreExtraction(text, gold[id].articleBody);
  }
  rows.push(row);
}
const seconds = (performance.now() - t0) / 1000;
const fmt = (x: number): string => x.toFixed(3);
const total = corpusScore(rows.map((r) => r.score));
console.log(`AEB: ${rows.length} pages from ${dir} (${seconds.toFixed(1)} s)`);
console.log(`parallax     P ${fmt(total.precision)}  R ${fmt(total.recall)}  F1 ${fmt(total.f1)}`);
if (args.readability) {
  const ref = corpusScore(rows.map((r) => r.ref as ExtractionScore));
  console.log(`readability  P ${fmt(ref.precision)}  R ${fmt(ref.recall)}  F1 ${fmt(ref.f1)}`);
}
console.log(`methods: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}`);
const f1 = (s: ExtractionScore): number =>
  s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
const worst = [...rows].sort((a, b) => f1(a.score) - f1(b.score)).slice(0, Number(args.worst));
console.log(`\n${worst.length} worst pages (F1, P, R, method, id):`);
for (const r of worst)
  console.log(
    `  ${fmt(f1(r.score))}  P ${fmt(r.score.precision)}  R ${fmt(r.score.recall)}  ${r.method.padEnd(12)} ${r.id.slice(0, 16)}`,
  );
