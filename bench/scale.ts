/**
 * Scale benchmark: the same synthetic stream ingested into SQLite by one process, and into PostgreSQL
 * through the job queue by 1, 2 and 4 worker processes (`parallax worker`'s `startWorker`), with
 * articles/s, the time of each stage (so the serialized step's share is visible), peak memory of
 * each process and the ratios. On PostgreSQL the briefs run as jobs of their own, outside the
 * serialized step (`parallax_brief`): the clock runs until the last batch is committed *and* every
 * story it changed is briefed. The contenders run alternated, round after round, in one run.
 *
 * Usage: `tsx bench/scale.ts [--articles 2000] [--chunk 100] [--pg postgres://…] [--workers 1,2,4]
 *   [--rounds 1] [--data DIR]`
 * Each contender runs in a process of its own (`--store sqlite`, `--store postgres --workers N`, and
 * the workers `--worker URL`), so no cache carries over. PostgreSQL is measured when `--pg` or
 * `PARALLAX_DATABASE_URL` names a server the user may create a database on (one a run, dropped after).
 * Articles come from `service-corpus.ts`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { enqueueDocuments } from '../src/queue/enqueue-documents.ts';
import { waitForBatches, waitForBriefs } from '../src/queue/ingest-via-queue.ts';
import { prepareQueue, queuePool } from '../src/queue/queue-tables.ts';
import { startWorker } from '../src/queue/run-worker.ts';
import { ingestDocuments } from '../src/service/ingest-documents.ts';
import { openStore } from '../src/store/open-store.ts';
import { loadBaseTexts, syntheticDocument } from './service-corpus.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    chunk: { type: 'string', default: '100' },
    pg: { type: 'string', default: process.env.PARALLAX_DATABASE_URL ?? '' },
    data: { type: 'string', default: '../shared/data/ecbplus-dev' },
    workers: { type: 'string', default: '1,2,4' },
    rounds: { type: 'string', default: '1' },
    store: { type: 'string' },
    worker: { type: 'string' },
  },
});
const total = Number(args.articles);
const chunkSize = Number(args.chunk);

/** `brief` is briefing inside the serialized step (one process); `briefJobs` the queue's brief jobs. */
type Stage = 'analyze' | 'group' | 'brief' | 'commit' | 'briefJobs';
/** One process's figures: milliseconds by stage, its peak RSS. */
interface ProcessFigures {
  stages: Record<Stage, number>;
  peak: number;
  /**
   * CPU seconds of the process over the timed window: `total` from the moment it was ready (a
   * worker: registered) to its end, `startup` before that, and by job (a worker's analyze, group
   * and brief jobs; the rest of `total` is the queue's own work: fetching, polling, the sweep).
   */
  cpu?: { total: number; startup: number; jobs: Record<string, number>; runs?: Record<string, number> };
}
/** One contender's run. */
interface RunFigures {
  seconds: number;
  /** Cores the whole machine kept busy over the run (every process: workers, PostgreSQL, this one). */
  cores: number;
  processes: ProcessFigures[];
  counts: { articles: number; stories: number };
  /** CPU seconds over the timed window of the PostgreSQL server's processes, and of this (queueing, waiting) process. */
  serverCpu?: number;
  driverCpu?: number;
}

/** Seconds of CPU (user + system) in a `process.cpuUsage()` reading. */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/**
 * CPU seconds used so far by the PostgreSQL server listening on `port` of this machine: its
 * postmaster's own and its exited children's (utime + stime + cutime + cstime) plus its live
 * children's (utime + stime), from `/proc` (undefined where that cannot be read, or the server is
 * elsewhere). Two readings' difference is the server's work meanwhile, whatever else the machine runs.
 */
function serverCpuSeconds(port: string): number | undefined {
  try {
    const tick = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stats = new Map<number, { ppid: number; own: number; children: number }>();
    let postmaster: number | undefined;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // Fields after the name: state ppid … utime(12) stime(13) cutime(14) cstime(15), 0-based from state.
        stats.set(Number(entry), {
          ppid: Number(f[1]),
          own: Number(f[11]) + Number(f[12]),
          children: Number(f[13]) + Number(f[14]),
        });
        if (stat.includes('(postgres)') || stat.includes('(postmaster)')) {
          const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
          const p = argv.indexOf('-p');
          if (p >= 0 && argv[p + 1] === port) postmaster = Number(entry);
        }
      } catch {
        // the process ended meanwhile
      }
    }
    if (postmaster === undefined) return undefined;
    const main = stats.get(postmaster)!;
    let ticks = main.own + main.children;
    for (const s of stats.values()) if (s.ppid === postmaster) ticks += s.own;
    return ticks / tick;
  } catch {
    return undefined;
  }
}

/** The machine's busy and total CPU time so far (jiffies over all cores, from `/proc/stat`). */
function cpuTimes(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3]! - (fields[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/** Cores kept busy between two `cpuTimes()` readings (0 where `/proc/stat` cannot be read). */
function coresBusy(from: ReturnType<typeof cpuTimes>): number {
  const to = cpuTimes();
  if (!from || !to || to.total === from.total) return 0;
  return ((to.busy - from.busy) / (to.total - from.total)) * cpus().length;
}

function documents() {
  const bases = loadBaseTexts(args.data!);
  return Array.from({ length: total }, (_, k) => syntheticDocument(bases, k));
}

/**
 * Times one process's stages from the progress events: the time up to an event belongs to the stage
 * that reports it (`extract` is analysis; reading the store's state counts as grouping, loading stored
 * members as briefing, the transaction as the commit). `reset` starts a new span (a worker's batch).
 */
function stageClock() {
  const figures: ProcessFigures = {
    stages: { analyze: 0, group: 0, brief: 0, commit: 0, briefJobs: 0 },
    peak: 0,
  };
  const of = {
    extract: 'analyze',
    cluster: 'group',
    brief: 'brief',
    write: 'commit',
    fetch: 'analyze',
  } as const;
  let mark = performance.now();
  const sample = () => {
    figures.peak = Math.max(figures.peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    figures,
    reset: () => {
      mark = performance.now();
    },
    onProgress: (phase: keyof typeof of) => {
      const now = performance.now();
      figures.stages[of[phase]] += now - mark;
      mark = now;
      sample();
    },
    add: (stage: Stage, ms: number) => {
      figures.stages[stage] += ms;
      sample();
    },
  };
}

/** SQLite, one process: `ingestDocuments` in chunks. */
async function runSqlite(): Promise<RunFigures> {
  const docs = documents();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  try {
    const store = await openStore(join(dir, 'scale.db'));
    const clock = stageClock();
    const cpu0 = cpuTimes();
    const own0 = process.cpuUsage();
    const t0 = performance.now();
    await ingestDocuments(store, docs, {
      at: '2026-01-01T00:00:00Z',
      chunkSize,
      onProgress: clock.onProgress,
    });
    const seconds = (performance.now() - t0) / 1000;
    const cores = coresBusy(cpu0);
    clock.figures.cpu = { total: cpuSeconds(process.cpuUsage(own0)), startup: cpuSeconds(own0), jobs: {} };
    const counts = { articles: await store.countArticles(), stories: await store.countStories() };
    await store.close();
    return { seconds, cores, processes: [clock.figures], counts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A worker process (`--worker URL`): works the queue; prints its figures as JSON when told to stop. */
async function runWorkerProcess(url: string): Promise<void> {
  const store = await openStore(url);
  const clock = stageClock();
  const jobs: Record<string, number> = {};
  const runs: Record<string, number> = {};
  const worker = await startWorker(url, store, {
    onJob: (task, micros) => {
      const name = task.replace(/^parallax_/, '');
      jobs[name] = (jobs[name] ?? 0) + micros / 1e6;
      runs[name] = (runs[name] ?? 0) + 1;
    },
    onAnalyzed: (ms) => clock.add('analyze', ms),
    onBriefed: (ms) => clock.add('briefJobs', ms),
    onProgress: clock.onProgress,
    onBatch: (event) => {
      if (event === 'start') clock.reset();
    },
  });
  // Ready: registered (the clock of the run starts once every worker is). What comes before is start-up.
  const ready = process.cpuUsage();
  process.once('SIGTERM', () => void worker.stop());
  await worker.done;
  clock.figures.cpu = { total: cpuSeconds(process.cpuUsage(ready)), startup: cpuSeconds(ready), jobs, runs };
  await store.close();
  // Analysis inside the group step is the pre-computed results being handed over, not analysis.
  process.stdout.write(`${JSON.stringify(clock.figures)}\n`);
}

/** PostgreSQL through the queue: `n` worker processes started, then the stream queued; until committed. */
async function runPostgres(n: number): Promise<RunFigures> {
  const docs = documents();
  return withDatabase(args.pg!, async (url) => {
    const pool = queuePool(url, 2);
    const store = await openStore(url);
    await prepareQueue(pool);
    const outputs: string[] = [];
    const children: ChildProcess[] = Array.from({ length: n }, (_, k) => {
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1], '--worker', url], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      outputs[k] = '';
      child.stdout!.on('data', (b: Buffer) => {
        outputs[k] += b.toString();
      });
      return child;
    });
    const exited = children.map((c) => new Promise((done) => c.on('exit', done)));
    try {
      for (;;) {
        const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM parallax_workers');
        if (rows[0].n >= n) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const cpu0 = cpuTimes();
      const port = new URL(url).port || '5432';
      const server0 = serverCpuSeconds(port);
      const own0 = process.cpuUsage();
      const t0 = performance.now();
      const known = await store.knownIds(docs.map((d) => d.id));
      const queued = await enqueueDocuments(pool, docs, { at: '2026-01-01T00:00:00Z', chunkSize, known });
      const reports = await waitForBatches(pool, queued.batches, { pollMs: 100 });
      const touched = reports.flatMap((r) => [...r.storiesCreated, ...r.storiesUpdated]);
      await waitForBriefs(store, [...new Set(touched)], { pollMs: 100 });
      const seconds = (performance.now() - t0) / 1000;
      const cores = coresBusy(cpu0);
      const driverCpu = cpuSeconds(process.cpuUsage(own0));
      const server1 = serverCpuSeconds(port);
      const serverCpu = server0 !== undefined && server1 !== undefined ? server1 - server0 : undefined;
      const counts = { articles: await store.countArticles(), stories: await store.countStories() };
      for (const c of children) c.kill('SIGTERM');
      await Promise.all(exited);
      const processes = outputs.map((o) => JSON.parse(o.trim().split('\n').at(-1)!) as ProcessFigures);
      return { seconds, cores, processes, counts, driverCpu, ...(serverCpu !== undefined && { serverCpu }) };
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      await store.close();
      await pool.end();
    }
  });
}

/**
 * The CPU columns of a run: the processes' CPU seconds (by job where they ran jobs), the server's,
 * the driver's, their sum per 1,000 articles, and each process's start-up CPU.
 */
function cpuColumns(r: RunFigures): string {
  const cpu = r.processes.map((p) => p.cpu ?? { total: 0, startup: 0, jobs: {} });
  const own = cpu.reduce((n, c) => n + c.total, 0);
  const job = (name: string) => cpu.reduce((n, c) => n + (c.jobs[name] ?? 0), 0);
  const jobs = job('analyze') + job('group') + job('brief');
  const briefs = cpu.reduce((n, c) => n + (c.runs?.brief ?? 0), 0);
  const split =
    jobs > 0
      ? ` (${job('analyze').toFixed(1)} / ${job('group').toFixed(1)} / ${job('brief').toFixed(1)} in ${briefs} / ${(own - jobs).toFixed(1)})`
      : '';
  // The work: the processes' and the server's. The driver's polling grows with the wall time, not the articles.
  const all = own + (r.serverCpu ?? 0);
  return (
    `${own.toFixed(1)}${split} | ${r.serverCpu === undefined ? '–' : r.serverCpu.toFixed(1)} | ` +
    `${r.driverCpu === undefined ? '–' : r.driverCpu.toFixed(1)} | ${((all / total) * 1000).toFixed(1)} | ` +
    cpu.map((c) => c.startup.toFixed(1)).join(', ')
  );
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

if (args.worker) await runWorkerProcess(args.worker);
else if (args.store) {
  const figures = args.store === 'sqlite' ? await runSqlite() : await runPostgres(Number(args.workers));
  console.log(JSON.stringify(figures));
} else {
  const targets: Array<{ label: string; argv: string[] }> = [
    { label: 'SQLite, 1 process', argv: ['--store', 'sqlite'] },
  ];
  if (args.pg)
    for (const n of args.workers!.split(',').map(Number))
      targets.push({
        label: `PostgreSQL, ${n} worker${n > 1 ? 's' : ''}`,
        argv: ['--store', 'postgres', '--workers', String(n)],
      });
  const rounds = Number(args.rounds);
  console.log(
    `${total} synthetic articles, batches of ${chunkSize}; ${targets.length} contenders alternated, ${rounds} round(s), each in fresh processes`,
  );
  console.log(
    '| round | store | seconds | articles/s | vs SQLite | vs 1 worker | analyze s | group s | brief s (in the step) | commit s | brief jobs s | serialized share of wall | cores busy | CPU s: processes (analyze / group / brief jobs in N jobs / rest) | CPU s: PostgreSQL | CPU s: driver | core-s per 1k articles (processes + PostgreSQL) | start-up CPU s per process | peak RSS MiB per process | articles / stories |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (let round = 1; round <= rounds; round++) {
    let sqliteRate = 0;
    let oneWorkerRate = 0;
    for (const target of targets) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, process.argv[1], ...process.argv.slice(2), ...target.argv],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        },
      );
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as RunFigures;
      const rate = total / r.seconds;
      if (target.argv[1] === 'sqlite') sqliteRate = rate;
      if (target.argv.at(-1) === '1') oneWorkerRate = rate;
      // Seconds of each stage summed over the processes; group, brief and commit are the serialized step.
      const sum = (s: Stage) => r.processes.reduce((n, p) => n + p.stages[s], 0) / 1000;
      const serialized = (sum('group') + sum('brief') + sum('commit')) / r.seconds;
      const secs = (s: Stage) => sum(s).toFixed(1);
      const ratio = (base: number) => (base > 0 ? `${(rate / base).toFixed(2)}×` : '–');
      console.log(
        `| ${round} | ${target.label} | ${r.seconds.toFixed(1)} | ${rate.toFixed(1)} | ${ratio(sqliteRate)} | ` +
          `${target.argv[1] === 'sqlite' ? '–' : ratio(oneWorkerRate)} | ${secs('analyze')} | ${secs('group')} | ` +
          `${secs('brief')} | ${secs('commit')} | ${secs('briefJobs')} | ${(serialized * 100).toFixed(0)}% | ${r.cores.toFixed(2)} | ` +
          `${cpuColumns(r)} | ${r.processes.map((p) => Math.round(p.peak / 2 ** 20)).join(', ')} | ` +
          `${r.counts.articles} / ${r.counts.stories} |`,
      );
    }
  }
}
