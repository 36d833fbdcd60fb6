/**
 * Benchmarks HTML extraction on the AEB pages: Parallax's `extractArticle` (cascade, metadata and
 * clean-up included) against @mozilla/readability over linkedom (parse + parse()), in one run.
 *
 * Usage: `tsx bench/extract.ts [--data DIR] [--rounds N]`. Needs `../shared/data/aeb`; says so
 * and exits 0 when it is absent. Prints pages/s, MB/s and the ratio to readability.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/extract/index.ts';
import type { RawDocument } from '../src/model/source.ts';
import { bench, resultTable } from './harness.ts';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: new URL('../../shared/data/aeb', import.meta.url).pathname },
    rounds: { type: 'string', default: '5' },
  },
});
const dir = join(args.data as string, 'html');
if (!existsSync(dir)) {
  console.log(`bench:extract: AEB pages not found at ${dir}; skipped.`);
  process.exit(0);
}
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
const docs: RawDocument[] = pages.map((content, i) => ({
  id: `a${String(i).padStart(12, '0')}`,
  kind: 'html',
  content,
  diagnostics: [],
}));

const results = await bench(
  [
    {
      name: 'readability + linkedom',
      run: () => {
        for (const html of pages) new Readability(parseHTML(html).document as never).parse();
        return pages.length;
      },
    },
    {
      name: 'parallax extractArticle',
      run: () => {
        for (const doc of docs) extractArticle(doc);
        return docs.length;
      },
    },
  ],
  { warmup: 1, rounds: Number(args.rounds) },
);
console.log(`AEB: ${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML\n`);
console.log(resultTable(results, 'pages'));
console.log('');
for (const r of results)
  console.log(
    `${r.name}: ${r.perSecond.toFixed(1)} pages/s, ${(megabytes / (r.medianMs / 1000)).toFixed(1)} MB/s`,
  );
console.log(`ratio parallax / readability: ${(results[1].perSecond / results[0].perSecond).toFixed(2)}×`);
