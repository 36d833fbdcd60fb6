/**
 * Evaluates the cluster stage on ECB+ dev (772 documents, gold clusters = subtopics).
 *
 * Usage: `tsx scripts/eval-cluster.ts [--data DIR] [--sweep] [--threshold T] [--name-weight W] [--attach A] [--quick]`
 * Prints B-cubed P/R/F1, pairwise F1, ARI, predicted vs gold cluster counts and the time taken.
 * `--sweep` prints one row per threshold; `--quick` uses the test tokenizer instead of the NLP stage.
 * When the data folder is absent it says so and exits 0 (so CI without the data still passes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ClusterOptions, clusterArticles } from '../src/cluster/index.ts';
import { type ClusterScores, scoreClusters } from '../src/cluster/score-clusters.ts';
import type { AnalyzedArticle, Annotations } from '../src/model/annotations.ts';
import type { Article } from '../src/model/article.ts';
import { hashId } from '../src/util/hash-id.ts';
import { makeArticle, quickAnnotate } from '../test/cluster/quick-annotate.ts';

const LINES_PER_PARAGRAPH = 5;

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
    'name-weight': { type: 'string' },
    attach: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});

/** Reads the documents; null when the folder is absent. */
function load(dir: string): EcbDocument[] | null {
  const file = join(dir, 'documents.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EcbDocument);
}

/** One article per document: lines grouped into paragraphs of `LINES_PER_PARAGRAPH`. */
function toArticle(doc: EcbDocument): Article {
  const lines = doc.text.split('\n').filter((line) => line.trim() !== '');
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PARAGRAPH) {
    paragraphs.push(lines.slice(i, i + LINES_PER_PARAGRAPH).join(' '));
  }
  return makeArticle(hashId('a', doc.doc_id), paragraphs);
}

/** The NLP stage's `annotate` when it exists (and `--quick` is not given), else the test tokenizer. */
async function annotator(): Promise<{ name: string; annotate: (a: Article) => Annotations }> {
  if (!args.quick && existsSync(new URL('../src/nlp/index.ts', import.meta.url))) {
    const nlp = (await import('../src/nlp/index.ts' as string)) as { annotate?: (a: Article) => Annotations };
    if (typeof nlp.annotate === 'function') return { name: 'src/nlp annotate', annotate: nlp.annotate };
  }
  return { name: 'test/cluster/quick-annotate', annotate: quickAnnotate };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, s: ClusterScores): string {
  return [
    label.padEnd(10),
    pct(s.bcubed.precision),
    pct(s.bcubed.recall),
    pct(s.bcubed.f1),
    pct(s.pairwise.f1),
    s.ari.toFixed(3).padStart(6),
    `${s.predictedClusters}/${s.goldClusters}`.padStart(8),
  ].join(' | ');
}

async function main(): Promise<void> {
  const docs = load(args.data!);
  if (docs === null) {
    console.log(`ECB+ data not found at ${args.data}, skipping`);
    return;
  }
  const { name, annotate } = await annotator();
  const t0 = performance.now();
  const items: AnalyzedArticle[] = docs.map((doc) => {
    const article = toArticle(doc);
    return { article, annotations: annotate(article) };
  });
  const annotateMs = performance.now() - t0;
  const goldBy = new Map<string, string[]>();
  for (const doc of docs) {
    const id = hashId('a', doc.doc_id);
    goldBy.set(doc.subtopic, [...(goldBy.get(doc.subtopic) ?? []), id]);
  }
  const gold = [...goldBy.values()];
  const base: Partial<ClusterOptions> = {};
  if (args['name-weight'] !== undefined) base.nameWeight = Number(args['name-weight']);
  if (args.threshold !== undefined) base.threshold = Number(args.threshold);
  if (args.attach !== undefined) base.attachThreshold = Number(args.attach);

  console.log(
    `${docs.length} documents, ${gold.length} gold clusters; annotated with ${name} in ${annotateMs.toFixed(0)} ms`,
  );
  console.log('threshold  |  B3 P |  B3 R | B3 F1 | pw F1 |    ARI | pred/gold');
  const thresholds = args.sweep
    ? [0.1, 0.15, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.45, 0.5]
    : [base.threshold ?? undefined];
  for (const threshold of thresholds) {
    const options = threshold === undefined ? base : { ...base, threshold };
    const t1 = performance.now();
    const stories = clusterArticles(items, options);
    const ms = performance.now() - t1;
    const label = threshold === undefined ? 'default' : String(threshold);
    const rate = (docs.length / (ms / 1000)).toFixed(0);
    console.log(
      `${row(
        label,
        scoreClusters(
          stories.map((s) => s.articles),
          gold,
        ),
      )} | ${ms.toFixed(0)} ms (${rate} articles/s)`,
    );
  }
}

await main();
