#!/usr/bin/env node
/**
 * Scores `parallax brief --format json` with the shared scorer on every gold set beside the project:
 * the fictional dev stories (`../shared/data/stories-dev`), the five seeds (`../shared/seeds` with
 * `../shared/eval/seeds-gold.json`) and the hand-checked real ECB+ briefing gold
 * (`../shared/data/ecbplus-dev/briefing-gold`, written out as text files by its own `make_folder.py`),
 * the project's own fictional stories in other fields (`data/stories-extra`, a set the engine was
 * not tuned on), and a second set written blind, without reading or running the engine
 * (`data/stories-heldout`).
 *
 * Usage: `npm run eval:stories [-- --keep DIR] [--only stories|seeds|ecbplus|extra|heldout]`
 * Prints per set the scorer's dispute-precision line and group totals. Sets whose data is missing are
 * reported and skipped (exit 0), so a machine without `../shared` still runs it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const { values: args } = parseArgs({
  options: { keep: { type: 'string' }, only: { type: 'string' } },
});
const work = args.keep ?? mkdtempSync(join(tmpdir(), 'px-eval-stories-'));
mkdirSync(work, { recursive: true });
const scorer = join(shared, 'eval', 'score_briefing.py');

/** Copies the `.txt` files of a folder into a fresh one (the gold folders hold other files too). */
function textFolder(from, name) {
  const to = join(work, name);
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) if (f.endsWith('.txt')) copyFileSync(join(from, f), join(to, f));
  return to;
}

const sets = [
  {
    name: 'stories',
    label: 'fictional dev stories',
    folder: () => textFolder(join(shared, 'data', 'stories-dev'), 'stories-dev'),
    gold: join(shared, 'data', 'stories-dev', 'gold.json'),
  },
  {
    name: 'seeds',
    label: 'seeds',
    folder: () => join(shared, 'seeds'),
    gold: join(shared, 'eval', 'seeds-gold.json'),
  },
  {
    name: 'ecbplus',
    label: 'ECB+ real coverage (12 events)',
    folder: () => {
      const out = join(work, 'ecbplus-gold');
      const r = spawnSync(
        'python3',
        [join(shared, 'data', 'ecbplus-dev', 'briefing-gold', 'make_folder.py'), out],
        {
          encoding: 'utf8',
        },
      );
      if (r.status !== 0) throw new Error(`make_folder.py failed: ${r.stderr}`);
      return out;
    },
    gold: join(shared, 'data', 'ecbplus-dev', 'briefing-gold', 'gold.json'),
  },
  {
    name: 'extra',
    label: 'extra fictional stories (data/stories-extra)',
    folder: () => textFolder(join(root, 'data', 'stories-extra'), 'stories-extra'),
    gold: join(root, 'data', 'stories-extra', 'gold.json'),
  },
  {
    name: 'heldout',
    label: 'held-out fictional stories, written blind (data/stories-heldout)',
    folder: () => textFolder(join(root, 'data', 'stories-heldout'), 'stories-heldout'),
    gold: join(root, 'data', 'stories-heldout', 'gold.json'),
  },
];

if (!existsSync(scorer)) {
  console.log(`eval:stories: ${scorer} is missing: nothing to score (needs ../shared beside the project)`);
  process.exit(0);
}
for (const set of sets) {
  if (args.only && args.only !== set.name) continue;
  if (!existsSync(set.gold)) {
    console.log(`== ${set.label}: ${set.gold} missing, skipped`);
    continue;
  }
  const folder = set.folder();
  const t0 = Date.now();
  const brief = spawnSync(
    process.execPath,
    [join(root, 'bin', 'parallax.js'), 'brief', folder, '--format', 'json', '-q'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  if (brief.status !== 0 && brief.status !== 1) {
    console.log(
      `== ${set.label}: parallax brief failed (exit ${brief.status}): ${brief.stderr.slice(0, 500)}`,
    );
    continue;
  }
  const out = join(work, `${set.name}.json`);
  writeFileSync(out, brief.stdout);
  const score = spawnSync('python3', [scorer, out, set.gold], { encoding: 'utf8' });
  const lines = score.stdout.trim().split('\n');
  console.log(`== ${set.label} (${((Date.now() - t0) / 1000).toFixed(1)} s; output ${out})`);
  for (const l of lines) if (/^dispute precision|^groups:|checks$/.test(l)) console.log(`   ${l}`);
}
