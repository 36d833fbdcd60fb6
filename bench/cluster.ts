/**
 * Benchmark of the cluster stage on a synthetic stream of 1k, 10k and 100k articles.
 *
 * Usage: `tsx bench/cluster.ts [--data DIR] [--sizes 1000,10000,100000] [--baseline-max 10000]
 * [--refine-every N] [--region-depth N] [--region-cosine C] [--region-max N] [--region-neighbours K]`
 * The stream is built from the example articles and the ECB+ dev texts (when `--data` exists):
 * each is annotated once (annotate throughput is reported separately), then copy `g` of base
 * document `b` gets a new id, drops ~15% of its features, and has its names and rare words
 * tagged with `g`, so that every generation of copies forms new stories (stories grow with the
 * stream, as in a real feed). The bench measures the cluster stage only, on pre-computed
 * feature counts: the incremental clusterer (running IDF, review every `reviewEvery`) against a
 * plain all-pairs TF-IDF baseline (each article compared with every earlier one) at the sizes it
 * can reach (the baseline's time includes materialising its input). With `--refine-every N` (default
 * 1000; 0 = never) the clusterer also runs `review()` then `refine()` (the contrastive post-pass on
 * the stories touched since the last refine) every N additions and at the end, as the service does
 * after each ingest batch. Items are made on demand as the
 * clusterer takes them (a feed does not hold its past articles either); peak memory is the process RSS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClusterer } from '../src/cluster/clusterer.ts';
import { cachedWordFeature, countFeatures, type FeatureCounts } from '../src/cluster/count-features.ts';
import { scoreClusters } from '../src/cluster/score-clusters.ts';
import { weightFeatures } from '../src/cluster/weight-features.ts';
import { cluster as defaults } from '../src/config.ts';
import { findDuplicates } from '../src/dedup/find-duplicates.ts';
import { fnv1a } from '../src/dedup/minhash.ts';
import { annotate } from '../src/nlp/index.ts';
import { dot } from '../src/text/index.ts';
import { makeArticle } from '../test/cluster/quick-annotate.ts';
import { bench, resultTable } from './harness.ts';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/ecbplus-dev' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    'baseline-max': { type: 'string', default: '10000' },
    'refine-every': { type: 'string', default: '1000' },
    'region-depth': { type: 'string' },
    'region-cosine': { type: 'string' },
    'region-max': { type: 'string' },
    'region-neighbours': { type: 'string' },
  },
});

interface Base {
  counts: FeatureCounts;
  gold: string;
}

/** Annotates the examples and the ECB+ texts once; returns their feature counts and gold labels. */
function loadBases(): Base[] {
  const texts: Array<{ text: string; gold: string }> = [];
  for (const dir of readdirSync('examples').sort()) {
    const folder = join('examples', dir);
    if (!existsSync(folder) || dir.endsWith('.md')) continue;
    for (const f of readdirSync(folder).sort())
      texts.push({ text: readFileSync(join(folder, f), 'utf8'), gold: `ex:${dir}` });
  }
  const file = join(args.data!, 'documents.jsonl');
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const doc = JSON.parse(line) as { text: string; subtopic: string };
      texts.push({ text: doc.text.split('\n').join(' '), gold: `ecb:${doc.subtopic}` });
    }
  } else console.log(`ECB+ data not found at ${args.data}: stream built from the examples only`);
  const featureOf = cachedWordFeature(defaults);
  const t0 = performance.now();
  const articles = texts.map((t, i) => makeArticle(`b${i}`, t.text.split(/\n\s*\n/u)));
  const annotated = articles.map((a) => annotate(a));
  const ms = performance.now() - t0;
  const d0 = performance.now();
  const dedup = findDuplicates(articles);
  const dms = performance.now() - d0;
  const linked = dedup.articles.filter((a) => a.duplicateOf !== undefined).length;
  console.log(
    `dedup (MinHash 128 × 5-word shingles, LSH): ${articles.length} texts in ${dms.toFixed(0)} ms = ${(dms / articles.length).toFixed(2)} ms/article; ${linked} linked`,
  );
  console.log(
    `annotate (src/nlp, wink): ${texts.length} texts in ${ms.toFixed(0)} ms = ${((texts.length / ms) * 1000).toFixed(0)} articles/s`,
  );
  return annotated.map((a, i) => ({ counts: countFeatures(a, defaults, featureOf), gold: texts[i].gold }));
}

/** Copy `g` of a base: ~15% of features dropped (by hash), names and rare words tagged with `g`. */
function perturb(base: FeatureCounts, df: Map<string, number>, g: number): FeatureCounts {
  if (g === 0) return base;
  const out: FeatureCounts = new Map();
  for (const [f, n] of base) {
    if (fnv1a(`${f}|${g}`) % 100 < 15) continue;
    const tag = f.startsWith('n:') || (df.get(f) ?? 0) <= 20;
    out.set(tag ? `${f}~${g}` : f, n);
  }
  return out;
}

/** Item `k` of the stream (id, counts, gold story label), made on demand so the stream is not held in memory. */
function itemAt(bases: Base[], df: Map<string, number>, k: number) {
  const b = k % bases.length;
  const g = Math.floor(k / bases.length);
  return { id: `s${k}`, features: perturb(bases[b].counts, df, g), gold: `${bases[b].gold}#${g}` };
}

/** The first `size` items of the stream, materialised (for the baseline, which needs them all at once). */
function stream(bases: Base[], df: Map<string, number>, size: number) {
  return Array.from({ length: size }, (_, k) => itemAt(bases, df, k));
}

/** Plain all-pairs TF-IDF: batch vectors, each article joins the story of its most similar earlier article. */
function allPairs(items: ReturnType<typeof stream>): number[] {
  const vectors = weightFeatures(
    items.map((i) => i.features),
    defaults,
  );
  const label: number[] = [];
  for (let i = 0; i < vectors.length; i++) {
    let best = -1;
    let bestSim: number = defaults.threshold;
    for (let j = 0; j < i; j++) {
      const s = dot(vectors[i], vectors[j]);
      if (s >= bestSim) [best, bestSim] = [j, s];
    }
    label.push(best === -1 ? i : label[best]);
  }
  return label;
}

/** Region settings from the command line (`--region-*`, as `eval:order` takes them); the defaults otherwise. */
const regionOptions = {
  ...(args['region-depth'] !== undefined && { regionDepth: Number(args['region-depth']) }),
  ...(args['region-cosine'] !== undefined && { regionMinCosine: Number(args['region-cosine']) }),
  ...(args['region-max'] !== undefined && { regionMaxArticles: Number(args['region-max']) }),
  ...(args['region-neighbours'] !== undefined && { regionNeighbours: Number(args['region-neighbours']) }),
};

async function main() {
  const bases = loadBases();
  const df = new Map<string, number>();
  for (const b of bases) for (const f of b.counts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const baselineMax = Number(args['baseline-max']);
  const refineEvery = Number(args['refine-every']);
  const contender =
    refineEvery > 0 ? `incremental clusterer + refine every ${refineEvery}` : 'incremental clusterer';
  for (const size of args.sizes!.split(',').map(Number)) {
    const goldBy = new Map<string, string[]>();
    for (let k = 0; k < size; k++) {
      const b = k % bases.length;
      const label = `${bases[b].gold}#${Math.floor(k / bases.length)}`;
      const list = goldBy.get(label);
      if (list === undefined) goldBy.set(label, [`s${k}`]);
      else list.push(`s${k}`);
    }
    let quality = '';
    let live = 'live set not measured (run with node --expose-gc)';
    const contenders = [
      {
        name: contender,
        run: () => {
          const c = createClusterer(regionOptions);
          for (let k = 0; k < size; k++) {
            const i = itemAt(bases, df, k);
            c.add({ id: i.id, published: null, features: i.features });
            if (refineEvery > 0 && (k + 1) % refineEvery === 0) {
              c.review();
              c.refine();
            }
          }
          c.review();
          if (refineEvery > 0) c.refine();
          const s = scoreClusters(
            c.stories().map((x) => x.articles),
            [...goldBy.values()],
          );
          quality = `B3 F1 ${s.bcubed.f1.toFixed(3)} (${s.predictedClusters} stories / ${s.goldClusters} gold)`;
          // The live set while the clusterer is still held (peak RSS also counts garbage not yet collected).
          const gc = (globalThis as { gc?: () => void }).gc;
          if (gc !== undefined) {
            gc();
            const m = process.memoryUsage();
            live = `${((m.heapUsed + m.external) / 2 ** 20).toFixed(0)} MiB live after a full GC (clusterer held, ${c.size} articles)`;
          }
          return size;
        },
      },
    ];
    if (size <= baselineMax)
      contenders.push({ name: 'all-pairs TF-IDF', run: () => allPairs(stream(bases, df, size)).length });
    const small = size <= 1000;
    const results = await bench(contenders, { warmup: small ? 1 : 0, rounds: small ? 3 : 1 });
    console.log(`\n### ${size} articles (incremental: ${quality}; scoring included in its time)\n`);
    console.log(resultTable(results, 'articles'));
    console.log(`peak RSS so far: ${results[0].peakRssMiB.toFixed(0)} MiB; ${live}`);
  }
}

await main();
