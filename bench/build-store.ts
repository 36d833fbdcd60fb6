/**
 * Builds (or grows) a store of N synthetic articles for the service benchmarks, and measures ingest
 * throughput as the store grows.
 *
 * Usage: `tsx bench/build-store.ts [--db FILE] [--articles 10000] [--batch 500] [--data DIR]`
 * Articles come from `service-corpus.ts`; each batch is one `ingestDocuments` call (extract, NLP,
 * dedup against the store, restore the clusterer, cluster, re-brief touched stories, one commit).
 * Prints a line per batch: store size, batch time, articles/s, stories touched, RSS.
 */
import { parseArgs } from 'node:util';
import { ingestDocuments } from '../src/service/ingest-documents.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import { loadBaseTexts, syntheticDocument } from './service-corpus.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: '.scratch/bench-10k.db' },
    articles: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '500' },
    data: { type: 'string', default: '../shared/data/ecbplus-dev' },
  },
});

const target = Number(args.articles);
const batch = Number(args.batch);
const bases = loadBaseTexts(args.data!);
const store = await openSqliteStore(args.db!);
let have = await store.countArticles();
console.log(
  `store ${args.db}: ${have} articles; growing to ${target} in batches of ${batch} (${bases.length} base texts)`,
);
console.log('| store size after | batch | seconds | articles/s | stories touched | RSS MiB |');
console.log('|---|---|---|---|---|---|');
while (have < target) {
  const n = Math.min(batch, target - have);
  const docs = Array.from({ length: n }, (_, k) => syntheticDocument(bases, have + k));
  const t0 = performance.now();
  const r = await ingestDocuments(store, docs, {
    at: new Date(Date.UTC(2026, 0, 1) + have * 60_000).toISOString(),
  });
  const s = (performance.now() - t0) / 1000;
  have = await store.countArticles();
  const touched = r.storiesCreated.length + r.storiesUpdated.length;
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(`| ${have} | ${n} | ${s.toFixed(1)} | ${(n / s).toFixed(1)} | ${touched} | ${rss} |`);
}
console.log(`stories: ${await store.countStories()}`);
await store.close();
