/**
 * Baselines for "what each outlet adds": the same briefing output with every article's perSource lines
 * replaced by as many of its sentences (a) picked at random (mean over `--seeds` seeds) and (b) from
 * its lead (the first sentences), each scored by the shared scorer's `distinctive` group. A baseline
 * shows exactly as many lines per article as Parallax does, so only the choice of lines differs.
 *
 * Usage: node scripts/distinctive-baselines.mjs OUT.json GOLD.json [--seeds 20]
 * (OUT.json from `parallax brief DIR --format json`; needs ../shared/eval/score_briefing.py.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [outPath, goldPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const seedsAt = process.argv.indexOf('--seeds');
const seeds = seedsAt > 0 ? Number(process.argv[seedsAt + 1]) : 20;
const scorer = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'eval',
  'score_briefing.py',
);
if (!outPath || !goldPath) throw new Error('usage: distinctive-baselines.mjs OUT.json GOLD.json [--seeds N]');
if (!existsSync(scorer)) {
  console.log(`skipped: ${scorer} is missing`);
  process.exit(0);
}

/** Sentences of running text a line could be: five words or more, opening with a capital, a digit or a quote. */
function sentences(text) {
  const out = [];
  for (const para of text.split(/\n+/))
    for (const m of para.matchAll(/[^.!?]+(?:[.!?]+["”’]?|$)/g)) {
      const s = m[0].trim();
      if (s.split(/\s+/).length >= 5 && /^["“‘(]?[\p{Lu}\p{N}]/u.test(s)) out.push({ s, start: m.index });
    }
  return out;
}

/** A small seeded generator (mulberry32), so that a run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The distinctive group's passed and total checks on `out` with each article's lines chosen by `choose`. */
function score(out, choose) {
  const texts = new Map(out.articles.map((a) => [a.id, a.text ?? '']));
  const copy = structuredClone(out);
  for (const story of copy.stories)
    for (const p of story.perSource) {
      const n = p.distinctive.length;
      const picked = choose(sentences(texts.get(p.article)), n);
      p.distinctive = picked.map(({ s }) => ({
        text: s,
        citations: [{ article: p.article, start: 0, end: 1 }],
      }));
    }
  const file = join(mkdtempSync(join(tmpdir(), 'px-baseline-')), 'out.json');
  writeFileSync(file, JSON.stringify(copy));
  return scored(file);
}

/** The distinctive group's [passed, total] of an output file. */
function scored(file) {
  let report = '';
  try {
    report = execFileSync('python3', [scorer, file, goldPath, '--only', 'distinctive'], { encoding: 'utf8' });
  } catch (e) {
    report = e.stdout; // the scorer exits 1 when a check fails
  }
  const m = /distinctive (\d+)\/(\d+)/.exec(report);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const out = JSON.parse(readFileSync(outPath, 'utf8'));
const [parallax, total] = scored(outPath);
const lines = out.stories.reduce((k, s) => k + s.perSource.reduce((j, p) => j + p.distinctive.length, 0), 0);
const lead = score(out, (all, n) => all.slice(0, n))[0];
let sum = 0;
for (let seed = 1; seed <= seeds; seed++) {
  const next = random(seed);
  sum += score(out, (all, n) => {
    const pool = [...all];
    const picked = [];
    while (picked.length < n && pool.length) picked.push(...pool.splice(Math.floor(next() * pool.length), 1));
    return picked;
  })[0];
}
console.log(
  `${outPath}: ${lines} lines; parallax ${parallax}/${total}, lead ${lead}/${total}, random ${(sum / seeds).toFixed(1)}/${total} (mean of ${seeds} seeds)`,
);
