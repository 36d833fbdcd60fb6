/**
 * Evaluates the cluster stage on ECB+ dev (772 documents, gold clusters = subtopics).
 *
 * Usage: `tsx scripts/eval-cluster.ts [--data DIR] [--sweep] [--threshold T] [--merge M]
 * [--attach A] [--name-weight W] [--date-weight W] [--split-link L] [--merge-link L] [--max-gap D] [--no-refine]
 * [--quick] [--extract] [--orders K] [--service [--batch N] [--restore] [--single N]]`
 * Prints B-cubed P/R/F1, pairwise F1, ARI, predicted vs gold cluster counts and the time taken
 * (first run and best of three, in articles per second). `--sweep` prints one row per join
 * threshold; `--split-link`/`--merge-link` set the contrastive post-pass, `--max-gap D` the time gate (days; 0 = off), `--no-refine` turns it off; `--quick` annotates with the test tokenizer instead of the NLP stage. `--orders K` also runs
 * the incremental path (`createClusterer`, running IDF, reviewed every `reviewEvery` and at the end)
 * over K seeded shuffles of the documents and prints the spread of its scores (order dependence).
 * `--service` feeds the documents through the service path instead, `--batch N` at a time (default 50)
 * over `--orders K` seeded shuffles (default 3): `ingestDocuments` into a `:memory:` store, or with
 * `--restore` the clusterer alone restored between batches (`--no-refine` then skips `refine`);
 * `--single N` also feeds the first N documents of each order one at a time
 * (see `scripts/lib/eval-service-path.ts`). `--extract` reads each document as `parallax brief` reads a
 * text file: its raw text through the engine's extraction (headline and date lines read off the top,
 * too-short texts unusable and scored as singletons); without it the text's lines are grouped into
 * paragraphs and given to the cluster stage as they are (no headline, no date).
 * When the data folder is absent it says so and exits 0 (so runs without the data still pass).
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCounts } from '../src/cluster/count-features.ts';
import {
  type ClusterOptions,
  clusterArticles,
  clusterItemOf,
  createClusterer,
  splitSiblings,
} from '../src/cluster/index.ts';
import { type ClusterScores, scoreClusters } from '../src/cluster/score-clusters.ts';
import { extractDocuments } from '../src/engine.ts';
import type { AnalyzedArticle, Annotations } from '../src/model/annotations.ts';
import type { Article } from '../src/model/article.ts';
import type { RawDocument } from '../src/model/source.ts';
import type { Story } from '../src/model/story.ts';
import { annotate } from '../src/nlp/index.ts';
import { documentFrequencies } from '../src/text/index.ts';
import { hashId } from '../src/util/hash-id.ts';
import { seededShuffle } from '../src/util/seeded-shuffle.ts';
import { makeArticle, quickAnnotate } from '../test/cluster/quick-annotate.ts';
import { f1Of, ingestInBatches, restoreInBatches, spread } from './lib/eval-service-path.ts';

/** ECB+ gives one sentence a line; this many lines make one paragraph of the article text. */
const LINES_PER_PARAGRAPH = 5;
const SWEEP = [0.2, 0.24, 0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.45, 0.5];

interface EcbDocument {
  doc_id: string;
  subtopic: string;
  text: string;
}

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/ecbplus-dev' },
    sweep: { type: 'boolean', default: false },
    threshold: { type: 'string' },
    merge: { type: 'string' },
    attach: { type: 'string' },
    'name-weight': { type: 'string' },
    'date-weight': { type: 'string' },
    'split-link': { type: 'string' },
    'merge-link': { type: 'string' },
    'max-gap': { type: 'string' },
    'no-refine': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    extract: { type: 'boolean', default: false },
    orders: { type: 'string', default: '0' },
    service: { type: 'boolean', default: false },
    batch: { type: 'string', default: '50' },
    restore: { type: 'boolean', default: false },
    single: { type: 'string', default: '0' },
  },
});

/** Reads the documents; null when the data file is absent. */
function load(dir: string): EcbDocument[] | null {
  const file = join(dir, 'documents.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EcbDocument);
}

/** One article per document: its lines grouped into paragraphs of `LINES_PER_PARAGRAPH`. */
function toArticle(doc: EcbDocument): Article {
  const lines = doc.text.split('\n').filter((line) => line.trim() !== '');
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PARAGRAPH) {
    paragraphs.push(lines.slice(i, i + LINES_PER_PARAGRAPH).join(' '));
  }
  return makeArticle(hashId('a', doc.doc_id), paragraphs);
}

/** The articles of the documents: extracted like text files (`--extract`), else `toArticle`. */
function articlesOf(docs: readonly EcbDocument[]): Article[] {
  if (!args.extract) return docs.map(toArticle);
  return extractDocuments(docs.map((doc) => rawDocumentOf(doc)));
}

/** Options given on the command line (the rest come from `config.cluster`). */
function optionsFromArgs(): Partial<ClusterOptions> {
  const options: Partial<ClusterOptions> = {};
  const number = (name: keyof typeof args) => (args[name] === undefined ? undefined : Number(args[name]));
  const set = <K extends keyof ClusterOptions>(key: K, value: ClusterOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('threshold', number('threshold'));
  set('mergeThreshold', number('merge'));
  set('attachThreshold', number('attach'));
  set('nameWeight', number('name-weight'));
  set('dateWeight', number('date-weight'));
  set('splitLink', number('split-link'));
  set('mergeLink', number('merge-link'));
  set('maxEventGapDays', number('max-gap'));
  if (args['no-refine']) options.refine = false;
  return options;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, s: ClusterScores): string {
  return [
    label.padEnd(9),
    pct(s.bcubed.precision),
    pct(s.bcubed.recall),
    pct(s.bcubed.f1),
    pct(s.pairwise.f1),
    s.ari.toFixed(3).padStart(5),
    `${s.predictedClusters}/${s.goldClusters}`.padStart(9),
  ].join(' | ');
}

/** Clusters `runs` times; returns the stories and the first (cold) and best times in ms. */
function timed(items: AnalyzedArticle[], options: Partial<ClusterOptions>, runs: number) {
  const times: number[] = [];
  let stories: Story[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    stories = clusterArticles(items, options);
    times.push(performance.now() - t);
  }
  return { stories, first: times[0], best: Math.min(...times) };
}

/** The gold stories: article ids grouped by subtopic. */
function goldOf(docs: readonly EcbDocument[]): string[][] {
  const goldBy = new Map<string, string[]>();
  for (const doc of docs)
    goldBy.set(doc.subtopic, [...(goldBy.get(doc.subtopic) ?? []), hashId('a', doc.doc_id)]);
  return [...goldBy.values()];
}

/** Predicted groups plus a singleton for every gold article the run did not hold (unusable, exact copy). */
function covering(groups: string[][], gold: string[][]): string[][] {
  const held = new Set(groups.flat());
  return [
    ...groups,
    ...gold
      .flat()
      .filter((id) => !held.has(id))
      .map((id) => [id]),
  ];
}

/** The `--service` mode: the documents in batches through the service path, over seeded shuffles. */
async function serviceRuns(docs: EcbDocument[]): Promise<void> {
  const batch = Number(args.batch);
  const k = Number(args.orders) || 3;
  const single = Number(args.single);
  const gold = goldOf(docs);
  const refine = !args['no-refine'];
  const mode = args.restore
    ? `clusterer restored between batches, refine ${refine ? 'on' : 'off'}`
    : 'ingestDocuments on :memory:';
  console.log(`${docs.length} documents; service path (${mode}), batches of ${batch}, ${k} orders`);
  const annotator: (a: Article) => Annotations = args.quick ? quickAnnotate : (a) => annotate(a);
  const items = args.restore
    ? articlesOf(docs).map((article) => ({ article, annotations: annotator(article) }))
    : [];
  const run = async (order: number[], size: number) => {
    const t = performance.now();
    const groups = args.restore
      ? restoreInBatches(
          order.map((i) => items[i]),
          { batch: size, refine, cluster: optionsFromArgs() },
        )
      : await ingestInBatches(
          order.map((i) => rawDocumentOf(docs[i])),
          size,
        );
    return { groups, ms: performance.now() - t };
  };
  const all = docs.map((_, i) => i);
  const f1s: number[] = [];
  const singles: number[] = [];
  const heldF1s: number[] = [];
  for (let seed = 1; seed <= k; seed++) {
    const order = seededShuffle(all, seed);
    const { groups, ms } = await run(order, batch);
    const scores = scoreClusters(covering(groups, gold), gold);
    f1s.push(scores.bcubed.f1);
    const held = new Set(groups.flat());
    const heldGold = gold.map((g) => g.filter((id) => held.has(id))).filter((g) => g.length > 0);
    heldF1s.push(f1Of(groups, heldGold));
    console.log(
      `${row(`order ${seed}`, scores)} | ${(ms / 1000).toFixed(1)} s; ${held.size} held, B3 F1 over them ${pct(heldF1s.at(-1)!)}`,
    );
    if (single > 0) {
      const first = order.slice(0, single);
      const subGold = goldOf(first.map((i) => docs[i]));
      const one = await run(first, 1);
      singles.push(f1Of(covering(one.groups, subGold), subGold));
      const batched = await run(first, batch);
      const reference = args.restore
        ? `; clusterArticles: ${pct(
            f1Of(
              clusterArticles(first.map((i) => items[i])).map((st) => st.articles),
              subGold,
            ),
          )}`
        : '';
      console.log(
        `  first ${single} one at a time: B3 F1 ${pct(singles.at(-1)!)} (${(one.ms / 1000).toFixed(1)} s); in batches of ${batch}: ${pct(f1Of(covering(batched.groups, subGold), subGold))}${reference}`,
      );
    }
  }
  console.log(`service path, batches of ${batch}, ${k} orders: ${spread(f1s)}`);
  console.log(`  over the held articles only (not the unusable ones): ${spread(heldF1s)}`);
  if (singles.length > 0) console.log(`first ${single}, one at a time, ${k} orders: ${spread(singles)}`);
}

/**
 * A plain-text raw document of an ECB+ document, with the article id gold uses: its raw text with
 * `--extract`, else the paragraphs of `toArticle` (so the service path reads the same text as the batch).
 */
function rawDocumentOf(doc: EcbDocument): RawDocument {
  const id = hashId('a', doc.doc_id);
  const content = args.extract ? doc.text : toArticle(doc).text;
  return { id, kind: 'text', content, diagnostics: [] };
}

async function main(): Promise<void> {
  const docs = load(args.data!);
  if (docs === null) {
    console.log(`ECB+ data not found at ${args.data}, skipping`);
    return;
  }
  if (args.service) return serviceRuns(docs);
  const annotator: (a: Article) => Annotations = args.quick ? quickAnnotate : (a) => annotate(a);
  const t0 = performance.now();
  const items: AnalyzedArticle[] = articlesOf(docs)
    .filter((article) => article.usable)
    .map((article) => ({ article, annotations: annotator(article) }));
  const annotateMs = performance.now() - t0;
  const gold = goldOf(docs);
  const base = optionsFromArgs();

  const using = args.quick ? 'test/cluster/quick-annotate' : 'src/nlp annotate';
  const read = args.extract
    ? `extracted as text files: ${items.length} usable, ${items.filter((i) => i.article.published !== null).length} dated, ${items.filter((i) => i.article.title !== null).length} with a headline`
    : 'lines grouped into paragraphs, no headline or date';
  console.log(
    `${docs.length} documents (${read}), ${gold.length} gold clusters; ${args.extract ? 'extracted and annotated' : 'annotated'} with ${using} in ${annotateMs.toFixed(0)} ms`,
  );
  console.log(`options: ${JSON.stringify(base)} (rest from config.cluster)`);
  console.log('threshold |  B3 P |  B3 R | B3 F1 | pw F1 |   ARI | pred/gold | cluster time');
  const thresholds: Array<number | undefined> = args.sweep ? SWEEP : [undefined];
  for (const threshold of thresholds) {
    const options = threshold === undefined ? base : { ...base, threshold };
    const { stories, first, best } = timed(items, options, args.sweep ? 1 : 3);
    const label = threshold === undefined ? 'default' : String(threshold);
    const rate = (ms: number) => (docs.length / (ms / 1000)).toFixed(0);
    const time = args.sweep
      ? `${first.toFixed(0)} ms`
      : `${first.toFixed(0)} ms cold, ${best.toFixed(0)} ms best of 3 = ${rate(best)} articles/s`;
    console.log(
      `${row(
        label,
        scoreClusters(
          covering(
            stories.map((s) => s.articles),
            gold,
          ),
          gold,
        ),
      )} | ${time}`,
    );
  }
  const k = Number(args.orders);
  if (k > 0) orderRuns(items, gold, base, k);
}

/** Runs the incremental path over `k` shuffles; prints one row per order and the spread of B3 F1. */
function orderRuns(
  items: AnalyzedArticle[],
  gold: string[][],
  base: Partial<ClusterOptions>,
  k: number,
): void {
  const f1s: number[] = [];
  const refinedF1s: number[] = [];
  const reference = clusterArticles(items, base)
    .map((s) => [...s.articles].sort().join(','))
    .sort();
  let same = 0;
  for (let seed = 1; seed <= k; seed++) {
    const clusterer = createClusterer(base);
    const features = new Map<string, FeatureCounts>();
    const t = performance.now();
    for (const item of seededShuffle(items, seed)) {
      const clusterItem = clusterItemOf(item);
      features.set(clusterItem.id, clusterItem.features);
      clusterer.add(clusterItem);
    }
    clusterer.review();
    const ms = performance.now() - t;
    const stories = clusterer.stories().map((s) => s.articles);
    const scores = scoreClusters(covering(stories, gold), gold);
    // The post-pass as a service would run it after a review: the held articles' document frequencies.
    const table = { df: documentFrequencies([...features.values()]), n: features.size };
    const refined = scoreClusters(covering(splitSiblings(stories, features, table, base), gold), gold);
    refinedF1s.push(refined.bcubed.f1);
    const batch = seededShuffle(items, seed);
    const batchSame =
      JSON.stringify(
        clusterArticles(batch, base)
          .map((s) => [...s.articles].sort().join(','))
          .sort(),
      ) === JSON.stringify(reference);
    if (batchSame) same++;
    f1s.push(scores.bcubed.f1);
    console.log(`${row(`order ${seed}`, scores)} | ${ms.toFixed(0)} ms incremental`);
    console.log(`${row('+ split', refined)} | incremental, then splitSiblings`);
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(
    `incremental, ${k} orders: B3 F1 min ${pct(Math.min(...f1s))} mean ${pct(mean)} max ${pct(Math.max(...f1s))}; batch clusterArticles identical in ${same}/${k} orders`,
  );
  const refinedMean = refinedF1s.reduce((a, b) => a + b, 0) / refinedF1s.length;
  console.log(
    `incremental + splitSiblings, ${k} orders: B3 F1 min ${pct(Math.min(...refinedF1s))} mean ${pct(refinedMean)} max ${pct(Math.max(...refinedF1s))}`,
  );
}

await main();
