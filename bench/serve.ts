/**
 * Latency of the server over a store: story page, story list, API and search at 50 concurrent
 * connections on loopback (autocannon), idle and while an ingest runs, against two ceilings measured
 * in the same run: a plain node:http server returning the same story page from memory, and a bare
 * Hono app (@hono/node-server) returning the same story JSON (no store, no rendering).
 *
 * Usage: `tsx bench/serve.ts [--db .scratch/bench-10k.db] [--connections 50] [--duration 10] [--ingest 600]
 * [--bin bin/parallax.js] [--gzip]`; `--bin` runs another build's CLI (e.g. an older checkout, for a
 * before/after), `--gzip` sends `Accept-Encoding: gzip` as browsers do.
 * Build the store first: `tsx bench/build-store.ts --articles 10000` (about 10 minutes here).
 * The store is copied to a temporary file, so the ingest does not grow the reference store. The
 * server, the ingest and the peer run in their own processes (`parallax serve`, `parallax ingest`);
 * autocannon runs in this one. On this 2-core machine they share the cores.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { loadBaseTexts, syntheticDocument } from './service-corpus.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: '.scratch/bench-10k.db' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    ingest: { type: 'string', default: '600' },
    data: { type: 'string', default: '../shared/data/ecbplus-dev' },
    bin: { type: 'string', default: 'bin/parallax.js' },
    gzip: { type: 'boolean', default: false },
  },
});
if (!existsSync(args.db!)) {
  console.log(`no store at ${args.db}: run \`tsx bench/build-store.ts --db ${args.db}\` first`);
  process.exit(0);
}
const connections = Number(args.connections);
const duration = Number(args.duration);
const work = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const db = join(work, 'bench.db');
const source = new SQLite(args.db!);
source.pragma('wal_checkpoint(TRUNCATE)');
const articles = (source.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
const story = source
  .prepare('SELECT id, articles FROM stories WHERE merged_into IS NULL ORDER BY articles DESC, id LIMIT 1')
  .get() as { id: string; articles: number };
source.close();
copyFileSync(args.db!, db);

/** Starts a child process and resolves once it prints a line matching `ready`. */
function start(
  cmd: string,
  argv: string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${argv.join(' ')} exited ${code}: ${out}`)));
  });
}

const port = 18000 + Math.floor(Math.random() * 1000);
const server = await start('node', [args.bin!, 'serve', '--db', db, '--port', String(port)], /serving/);
const base = `http://127.0.0.1:${port}`;
const page = await (await fetch(`${base}/stories/${story.id}`)).text();
const peerPort = port + 1;
const peerScript = `const b=Buffer.from(require('fs').readFileSync(0));require('http').createServer((q,r)=>{r.writeHead(200,{'content-type':'text/html; charset=utf-8'});r.end(b)}).listen(${peerPort},'127.0.0.1',()=>console.log('ready'))`;
const peer = spawn('node', ['-e', peerScript], { stdio: ['pipe', 'pipe', 'inherit'] });
peer.stdin!.end(page);
await new Promise((r) => peer.stdout!.once('data', r));
// The Hono ceiling: the framework alone, answering with the story's JSON held in memory.
const json = await (await fetch(`${base}/api/stories/${story.id}`)).text();
const honoPort = port + 2;
const honoScript = `import{Hono}from'hono';import{serve}from'@hono/node-server';import{readFileSync}from'node:fs';const b=JSON.parse(readFileSync(0,'utf8'));const a=new Hono();a.get('/',(c)=>c.json(b));serve({fetch:a.fetch,port:${honoPort},hostname:'127.0.0.1'},()=>console.log('ready'))`;
const hono = spawn('node', ['--input-type=module', '-e', honoScript], { stdio: ['pipe', 'pipe', 'inherit'] });
hono.stdin!.end(json);
await new Promise((r) => hono.stdout!.once('data', r));
const headers: Record<string, string> = args.gzip ? { 'accept-encoding': 'gzip' } : {};

interface Row {
  target: string;
  phase: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
const rows: Row[] = [];
async function load(target: string, url: string, phase: string) {
  const r = await autocannon({ url, connections, duration, headers });
  rows.push({
    target,
    phase,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  });
  console.log(
    `${phase} ${target}: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
  );
}

const targets: Array<[string, string]> = [
  [`story page /stories/:id (${story.articles} articles)`, `${base}/stories/${story.id}`],
  ['API /api/stories/:id', `${base}/api/stories/${story.id}`],
  ['story list /', `${base}/`],
  ['API /api/stories?limit=50', `${base}/api/stories?limit=50`],
  ['API /api/search?q=flood', `${base}/api/search?q=flood`],
  ['search page /search?q=flood', `${base}/search?q=flood`],
];
await load('peer: node:http, same page from memory', `http://127.0.0.1:${peerPort}/`, 'idle');
await load('peer: bare Hono, same story JSON from memory', `http://127.0.0.1:${honoPort}/`, 'idle');
for (const [name, url] of targets) await load(name, url, 'idle');

// An ingest of new articles in another process, while the story page and the API are loaded.
const folder = join(work, 'incoming');
mkdirSync(folder);
const bases = loadBaseTexts(args.data!);
for (let i = 0; i < Number(args.ingest); i++)
  writeFileSync(join(folder, `${i}.txt`), syntheticDocument(bases, articles + i).content);
const t0 = performance.now();
const ingest = spawn('node', [args.bin!, 'ingest', folder, '--db', db, '-q'], { stdio: 'ignore' });
const ingestDone = new Promise<number>((r) => ingest.on('exit', () => r((performance.now() - t0) / 1000)));
let finished = false;
void ingestDone.then(() => {
  finished = true;
});
for (const [name, url] of targets) {
  await load(name, url, 'during ingest');
  if (finished) rows[rows.length - 1].phase += ' (ingest ended during the run)';
}
const ingestSeconds = await ingestDone;

const peerRps = rows[0].rps;
const honoRps = rows[1].rps;
console.log(
  `\nstore: ${articles} articles; ${connections} connections, ${duration} s per run; ingest of ${args.ingest} articles took ${ingestSeconds.toFixed(1)} s in another process\n`,
);
console.log('| target | phase | req/s | p50 ms | p99 ms | errors | req/s vs node:http | vs Hono JSON |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.target} | ${r.phase} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / peerRps).toFixed(2)}× | ${(r.rps / honoRps).toFixed(2)}× |`,
  );
server.kill();
peer.kill();
hono.kill();
rmSync(work, { recursive: true, force: true });
