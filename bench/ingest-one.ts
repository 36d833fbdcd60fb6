/**
 * The cost of adding single articles to a large store: the first in a fresh process (which restores
 * the clusterer from the store) and the next ones in the same process (clusterer kept in memory).
 *
 * Usage: `tsx bench/ingest-one.ts [--db .scratch/bench-10k.db] [--count 3]` (after `bench/build-store.ts`).
 * Works on a copy of the store; prints the time of each phase and the total per article.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDocuments } from '../src/service/ingest-documents.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import { loadBaseTexts, syntheticDocument } from './service-corpus.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: '.scratch/bench-10k.db' },
    count: { type: 'string', default: '3' },
    data: { type: 'string', default: '../shared/data/ecbplus-dev' },
  },
});
if (!existsSync(args.db!)) {
  console.log(`no store at ${args.db}: run \`tsx bench/build-store.ts --db ${args.db}\` first`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'parallax-one-'));
copyFileSync(args.db!, join(work, 'one.db'));
const store = await openSqliteStore(join(work, 'one.db'));
const size = await store.countArticles();
const bases = loadBaseTexts(args.data!);
for (let k = 0; k < Number(args.count); k++) {
  const phases: string[] = [];
  const t0 = performance.now();
  let last = t0;
  await ingestDocuments(store, [syntheticDocument(bases, 1_000_000 + k)], {
    at: '2026-11-21T00:00:00Z',
    onProgress: (phase, done, total) => {
      if (done !== total) return;
      const t = performance.now();
      phases.push(`${phase} ${(t - last).toFixed(0)} ms`);
      last = t;
    },
  });
  console.log(
    `article ${k + 1} into ${size + k}: ${(performance.now() - t0).toFixed(0)} ms (${phases.join(', ')})`,
  );
}
await store.close();
rmSync(work, { recursive: true, force: true });
