/**
 * Order independence of the cluster stage on ECB+ dev: the service path (articles in batches, over
 * seeded shuffles) against the batch path (`clusterArticles` over all of them at once).
 *
 * Usage: `tsx scripts/eval-order.ts [--data DIR] [--orders K] [--batches 1,10,100] [--modes kept,restored]
 * [--quick] [--cache FILE] [--fixed-idf] [--no-recluster] [--region-depth N] [--region-cosine C] [--region-max N] [--region-neighbours K]`
 * (`npm run eval:order`).
 * For each batch size and each of K seeded orders (default 5) it prints B³ P/R/F1 of the service's
 * stories against the batch's (the batch taken as reference: F1 1.0 = the same stories) and B³ F1 of
 * both against gold. Modes (`scripts/lib/eval-service-path.ts`): `kept`, one clusterer kept across
 * batches (one server process); `restored`, the clusterer restored from the previous batch's state
 * before each batch (a new process per ingest). `--cache FILE` keeps the annotated articles as JSON
 * between runs (annotation is most of the time). Diagnosis: `--fixed-idf` weighs every article with the
 * whole set's document frequencies from the start (as the batch does) instead of running ones;
 * `--no-recluster` patches the touched stories (`refine-stories.ts`) instead of clustering their
 * region again (`recluster-region.ts`). Exits 0 when the data is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterArticles, clusterItemOf } from '../src/cluster/index.ts';
import { scoreClusters } from '../src/cluster/score-clusters.ts';
import type { AnalyzedArticle } from '../src/model/annotations.ts';
import { annotate } from '../src/nlp/index.ts';
import { documentFrequencies } from '../src/text/index.ts';
import { hashId } from '../src/util/hash-id.ts';
import { seededShuffle } from '../src/util/seeded-shuffle.ts';
import { makeArticle, quickAnnotate } from '../test/cluster/quick-annotate.ts';
import { keepInBatches, restoreInBatches } from './lib/eval-service-path.ts';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/ecbplus-dev' },
    orders: { type: 'string', default: '5' },
    batches: { type: 'string', default: '1,10,100' },
    modes: { type: 'string', default: 'kept,restored' },
    quick: { type: 'boolean', default: false },
    cache: { type: 'string' },
    'fixed-idf': { type: 'boolean', default: false },
    'no-recluster': { type: 'boolean', default: false },
    'region-depth': { type: 'string' },
    'region-cosine': { type: 'string' },
    'region-max': { type: 'string' },
    'region-neighbours': { type: 'string' },
  },
});

interface EcbDocument {
  doc_id: string;
  subtopic: string;
  text: string;
}

/** ECB+ gives one sentence a line; five lines make a paragraph (as `eval-cluster.ts` reads them). */
function itemsOf(docs: readonly EcbDocument[]): AnalyzedArticle[] {
  if (args.cache !== undefined && existsSync(args.cache))
    return JSON.parse(readFileSync(args.cache, 'utf8')) as AnalyzedArticle[];
  const items = docs.map((doc) => {
    const lines = doc.text.split('\n').filter((line) => line.trim() !== '');
    const paragraphs: string[] = [];
    for (let i = 0; i < lines.length; i += 5) paragraphs.push(lines.slice(i, i + 5).join(' '));
    const article = makeArticle(hashId('a', doc.doc_id), paragraphs);
    return { article, annotations: args.quick ? quickAnnotate(article) : annotate(article) };
  });
  if (args.cache !== undefined) writeFileSync(args.cache, JSON.stringify(items));
  return items;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function main(): void {
  const file = join(args.data!, 'documents.jsonl');
  if (!existsSync(file)) {
    console.log(`ECB+ data not found at ${args.data}, skipping`);
    return;
  }
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EcbDocument);
  const goldBy = new Map<string, string[]>();
  for (const doc of docs)
    goldBy.set(doc.subtopic, [...(goldBy.get(doc.subtopic) ?? []), hashId('a', doc.doc_id)]);
  const gold = [...goldBy.values()];
  const items = itemsOf(docs);
  const t0 = performance.now();
  const batch = clusterArticles(items).map((s) => s.articles);
  const batchMs = performance.now() - t0;
  console.log(
    `${items.length} articles; batch clusterArticles: ${batch.length} stories, B3 F1 vs gold ${pct(scoreClusters(batch, gold).bcubed.f1)} (${batchMs.toFixed(0)} ms)`,
  );
  console.log('mode     | batch | order | vs batch P / R / F1 | vs gold F1 | stories | time');
  const k = Number(args.orders);
  // Diagnosis: the whole set's document frequencies from the start (as the batch weighs), not running ones.
  const cluster = {
    ...(args['fixed-idf'] && {
      idf: { df: documentFrequencies(items.map((i) => clusterItemOf(i).features)), n: items.length },
    }),
    ...(args['no-recluster'] && { reclusterRegions: false }),
    ...(args['region-depth'] !== undefined && { regionDepth: Number(args['region-depth']) }),
    ...(args['region-cosine'] !== undefined && { regionMinCosine: Number(args['region-cosine']) }),
    ...(args['region-max'] !== undefined && { regionMaxArticles: Number(args['region-max']) }),
    ...(args['region-neighbours'] !== undefined && { regionNeighbours: Number(args['region-neighbours']) }),
  };
  for (const mode of args.modes!.split(',')) {
    const run = mode === 'kept' ? keepInBatches : restoreInBatches;
    for (const size of args.batches!.split(',').map(Number)) {
      const f1s: number[] = [];
      for (let seed = 1; seed <= k; seed++) {
        const t = performance.now();
        const groups = run(seededShuffle(items, seed), { batch: size, refine: true, cluster });
        const ms = performance.now() - t;
        const vs = scoreClusters(groups, batch).bcubed;
        f1s.push(vs.f1);
        console.log(
          `${mode.padEnd(8)} | ${String(size).padStart(5)} | ${String(seed).padStart(5)} | ${pct(vs.precision)} /${pct(vs.recall)} /${pct(vs.f1)} | ${pct(scoreClusters(groups, gold).bcubed.f1).padStart(10)} | ${String(groups.length).padStart(7)} | ${(ms / 1000).toFixed(1)} s`,
        );
      }
      const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
      console.log(
        `${mode} batches of ${size}, ${k} orders: B3 F1 vs batch min ${pct(Math.min(...f1s))} mean ${pct(mean)} max ${pct(Math.max(...f1s))}`,
      );
    }
  }
}

main();
