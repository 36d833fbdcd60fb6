/**
 * How fast the `parallax` command starts: whole processes, timed from outside, against `node -e 0`
 * (Node's own start-up) in the same run, rounds interleaved so that machine load hits them alike.
 *
 * Usage: `npm run bench:startup [-- --rounds 10 --warmup 1]` (after `npm run build`: the bin runs
 * dist/ only when it is current). Contenders: `node -e 0`; `parallax --help`; `parallax brief` of one
 * small plain-text article of examples/; and the same two through tsx from src/ (what the bin falls back to, and
 * how the command ran before the compiled build). Prints min/median/max wall time, the CPU time of
 * the child (user + system, Linux only) and the medians of the per-round ratios to `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { distState } from '../bin/dist-state.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
  },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const state = distState(root);
if (state !== null) {
  console.log(`dist/ is ${state}: run \`npm run build\` first (the bin would run src/ through tsx)`);
  process.exit(1);
}

/** One small plain-text article of the example corpus (about 2 kB), run from a folder of its own. */
const ARTICLE = 'examples/brennick-port-strike/01-tidewater-wire.txt';
const work = mkdtempSync(join(tmpdir(), 'parallax-startup-'));
copyFileSync(join(root, ARTICLE), join(work, 'article.txt'));

const bin = join(root, 'bin', 'parallax.js');
const viaTsx = ['--import', import.meta.resolve('tsx'), join(root, 'src', 'cli', 'main.ts')];
const contenders: { name: string; args: string[] }[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'parallax --help', args: [bin, '--help'] },
  { name: 'parallax brief (1 article)', args: [bin, 'brief', '-q', 'article.txt'] },
  { name: 'src/ through tsx: --help', args: [...viaTsx, '--help'] },
  { name: 'src/ through tsx: brief', args: [...viaTsx, 'brief', '-q', 'article.txt'] },
];

/** CPU seconds (user + system) of the reaped children of this process so far; null off Linux. */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** Runs one contender once; its wall and CPU seconds. */
function runOnce(c: { name: string; args: string[] }): { wall: number; cpu: number | null } {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, c.args, { cwd: work, encoding: 'utf8', env: process.env });
  const wall = (performance.now() - t0) / 1000;
  const cpu1 = childrenCpu();
  if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const rounds = Number(args.rounds);
const walls = contenders.map(() => [] as number[]);
const cpus = contenders.map(() => [] as number[]);
const ratios = contenders.map(() => [] as number[]);
const cpuRatios = contenders.map(() => [] as number[]);
for (let round = 0; round < Number(args.warmup) + rounds; round++) {
  const results = contenders.map(runOnce);
  if (round < Number(args.warmup)) continue;
  results.forEach((r, i) => {
    walls[i].push(r.wall);
    if (r.cpu !== null) cpus[i].push(r.cpu);
    ratios[i].push(r.wall / results[0].wall);
    if (r.cpu !== null && results[0].cpu) cpuRatios[i].push(r.cpu / results[0].cpu);
  });
}
rmSync(work, { recursive: true, force: true });

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function median(xs: number[]): number {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const s3 = (xs: number[]) =>
  xs.length
    ? `${Math.min(...xs).toFixed(3)} / ${median(xs).toFixed(3)} / ${Math.max(...xs).toFixed(3)}`
    : 'n/a';

const ratio = (xs: number[]) => (xs.length ? `${median(xs).toFixed(2)}×` : 'n/a');

console.log(
  `Startup: ${rounds} interleaved rounds after ${args.warmup} warm-up, Node ${process.version}, brief of ${ARTICLE}\n`,
);
console.log(
  '| command | wall s min / median / max | CPU s min / median / max | ratio to node -e 0: wall / CPU (medians) |',
);
console.log('|---|---|---|---|');
contenders.forEach((c, i) => {
  console.log(
    `| ${c.name} | ${s3(walls[i])} | ${s3(cpus[i])} | ${ratio(ratios[i])} / ${ratio(cpuRatios[i])} |`,
  );
});
