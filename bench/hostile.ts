/**
 * Time and peak memory of `parallax` on the hostile inputs of test/hostile/make-hostile.ts, each in a
 * fresh process as a user runs it: the exit code, the wall time, the peak RSS and the PX codes it
 * printed. The measures of issue 17: a 20 MB page → a result or a PX code in < 3 s and < 500 MB.
 *
 * Usage: `tsx bench/hostile.ts [--bin bin/parallax.js] [--only NAME] [--timeout 300]`; `--bin` runs another build's
 * CLI (an older checkout, for a before/after). Peak RSS is read through GNU time (`/usr/bin/time`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  deepJsonLdPage,
  jsonFeedInHtml,
  longRunText,
  oneParagraphPage,
  unclosedParagraphFeed,
  unicodeSoup,
} from '../test/hostile/make-hostile.ts';

const { values: args } = parseArgs({
  options: {
    bin: { type: 'string', default: 'bin/parallax.js' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '300' },
  },
});
const work = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
const cases: Array<[string, string, string, () => string]> = [
  ['20 MB one-paragraph page', 'articles', 'page.html', () => oneParagraphPage(20_000_000)],
  ['JSON-LD nested 10,000 deep', 'articles', 'deep.html', () => deepJsonLdPage(10_000, 'array')],
  ["article + 46 KB run of O'O'…", 'brief', 'run.txt', () => longRunText("O'", 23_000)],
  ['article + 200 KB run of well-well-…', 'brief', 'well.txt', () => longRunText('well-', 40_000)],
  ['2.7 MB JSON Feed in <html><body>', 'brief', 'feed.html', () => jsonFeedInHtml(2_000)],
  ['random Unicode, 20k words', 'brief', 'soup.txt', () => unicodeSoup(20_000)],
  ['feed: 30 items × 5,000 unclosed <p>', 'brief', 'unclosed.rss', () => unclosedParagraphFeed(30, 5_000)],
];
const gnuTime = existsSync('/usr/bin/time');
console.log(`bin: ${args.bin}\n`);
console.log('| input | command | exit | wall s | CPU s | peak RSS MB | codes |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, command, file, make] of cases) {
  if (args.only && !name.includes(args.only)) continue;
  const path = join(work, file);
  writeFileSync(path, make());
  const argv = ['node', args.bin!, command, path, '--format', 'json'];
  const t0 = performance.now();
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 30, timeout: Number(args.timeout) * 1000 };
  const run = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK %M CPU %U %S', ...argv], options)
    : spawnSync(argv[0], argv.slice(1), options);
  const seconds = (performance.now() - t0) / 1000;
  const peak = /PEAK (\d+)/.exec(run.stderr ?? '');
  const codes = [...new Set((run.stderr ?? '').match(/PX\d{3}/g) ?? [])].sort().join(' ');
  const rss = peak ? (Number(peak[1]) / 1024).toFixed(0) : '?';
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  const cpuSeconds = cpu ? (Number(cpu[1]) + Number(cpu[2])).toFixed(1) : '?';
  const exit = run.status ?? `killed (${run.signal}${run.error ? `, over ${args.timeout} s` : ''})`;
  console.log(
    `| ${name} | ${command} | ${exit} | ${seconds.toFixed(1)} | ${cpuSeconds} | ${rss} | ${codes} |`,
  );
}
rmSync(work, { recursive: true, force: true });
