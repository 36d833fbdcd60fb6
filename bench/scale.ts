/**
 * Scale benchmark, first part: the same synthetic stream ingested into SQLite and into PostgreSQL
 * by one process, with the time of each stage, so the serialized step's share and the cost of a
 * networked store are visible. (Workers across processes are not built yet: see docs/benchmarks.md.)
 *
 * Usage: `tsx bench/scale.ts [--articles 2000] [--chunk 100] [--pg postgres://…] [--data DIR]`
 * Each store is measured in a process of its own (`--store sqlite|postgres` runs one and prints JSON).
 * PostgreSQL is measured when `--pg` or `PARALLAX_DATABASE_URL` names a server the user may create
 * a database on (one is created for the run and dropped after). Articles come from `service-corpus.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ingestDocuments } from '../src/service/ingest-documents.ts';
import { openStore } from '../src/store/open-store.ts';
import { loadBaseTexts, syntheticDocument } from './service-corpus.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    chunk: { type: 'string', default: '100' },
    pg: { type: 'string', default: process.env.PARALLAX_DATABASE_URL ?? '' },
    data: { type: 'string', default: '../shared/data/ecbplus-dev' },
    store: { type: 'string' },
  },
});
const total = Number(args.articles);
const chunkSize = Number(args.chunk);
const bases = loadBaseTexts(args.data!);
const docs = Array.from({ length: total }, (_, k) => syntheticDocument(bases, k));

type Stage = 'extract' | 'cluster' | 'brief' | 'write';

/** Ingests `docs` into the store at `spec`; returns seconds, per-stage seconds and peak RSS. */
async function run(spec: string) {
  const store = await openStore(spec);
  const stages: Record<Stage | 'fetch', number> = { fetch: 0, extract: 0, cluster: 0, brief: 0, write: 0 };
  let mark = performance.now();
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  await ingestDocuments(store, docs, {
    at: '2026-01-01T00:00:00Z',
    chunkSize,
    // The time up to a progress event belongs to the stage that reports it: reading the store's
    // dedup and cluster state counts as grouping, loading stored members as briefing, the
    // transaction as 'write' (reported after each chunk's commit).
    onProgress: (stage) => {
      const now = performance.now();
      stages[stage] += now - mark;
      mark = now;
      peak = Math.max(peak, process.memoryUsage().rss);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const counts = { articles: await store.countArticles(), stories: await store.countStories() };
  await store.close();
  return { seconds, stages, peak, counts };
}

async function withDatabase<T>(url: string, body: (spec: string) => Promise<T>): Promise<T> {
  const name = `parallax_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const spec = new URL(url);
    spec.pathname = `/${name}`;
    return await body(spec.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** One target in this process: prints its row (JSON) on stdout. */
async function measureOne(target: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  try {
    const measure = async (spec: string) => console.log(JSON.stringify(await run(spec)));
    if (target === 'sqlite') await measure(join(dir, 'scale.db'));
    else await withDatabase(args.pg!, measure);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args.store) await measureOne(args.store);
else {
  // Each target in a fresh process, so that no cache (annotations, clusterer) carries over.
  const targets = args.pg ? ['sqlite', 'postgres'] : ['sqlite'];
  console.log(`${total} synthetic articles, chunks of ${chunkSize}, one process per store`);
  console.log(
    '| store | articles | seconds | articles/s | vs SQLite | analyze | group (serialized, with state reads) | brief (with member reads) | commit | peak RSS MiB | articles / stories |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  let base = 0;
  for (const target of targets) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, ...process.argv.slice(1), '--store', target],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof run>>;
    const rate = total / r.seconds;
    base ||= rate;
    const share = (s: Stage) => `${((r.stages[s] / 1000 / r.seconds) * 100).toFixed(0)}%`;
    console.log(
      `| ${target === 'sqlite' ? 'SQLite file' : 'PostgreSQL'} | ${total} | ${r.seconds.toFixed(1)} | ${rate.toFixed(1)} | ` +
        `${(rate / base).toFixed(2)}× | ${share('extract')} | ${share('cluster')} | ${share('brief')} | ` +
        `${share('write')} | ${Math.round(r.peak / 2 ** 20)} | ${r.counts.articles} / ${r.counts.stories} |`,
    );
  }
}
