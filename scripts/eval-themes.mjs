#!/usr/bin/env node
/**
 * Prints every theme of the dev stories, the seeds and the ECB+ gold subtopics: its heading, then its
 * cited sentences with their outlets, for counting by hand how many headings are phrases that fit
 * their sentences (`docs/evaluation.md`, "Theme headings").
 *
 * Usage: `node scripts/eval-themes.mjs [--from DIR] [--only stories|seeds|ecbplus]`
 * `--from` reads the JSON outputs an `npm run eval:stories -- --keep DIR` left there; without it the
 * script runs that evaluation into a temporary folder first. The last line counts headings by shape:
 * keyword lists (" · ") and single phrases.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { from: { type: 'string' }, only: { type: 'string' } },
});
let from = args.from;
if (!from) {
  from = mkdtempSync(join(tmpdir(), 'px-eval-themes-'));
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'eval-stories.mjs'), '--keep', from, ...(args.only ? ['--only', args.only] : [])],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** The outlet of an article of the output, or its id. */
function outletOf(articles, id) {
  return articles.get(id)?.outlet ?? id;
}

let lists = 0;
let phrases = 0;
for (const set of ['stories', 'seeds', 'ecbplus']) {
  if (args.only && args.only !== set) continue;
  const file = join(from, `${set}.json`);
  if (!existsSync(file)) {
    console.log(`== ${set}: ${file} missing, skipped`);
    continue;
  }
  const out = JSON.parse(readFileSync(file, 'utf8'));
  const articles = new Map(out.articles.map((a) => [a.id, a]));
  console.log(`== ${set}`);
  for (const story of out.stories) {
    if (!story.themes?.length) continue;
    console.log(`\n# ${story.headline}`);
    for (const t of story.themes) {
      if (t.label.includes(' · ')) lists++;
      else phrases++;
      console.log(`  ## ${t.label}`);
      for (const l of t.lines)
        console.log(`     - [${outletOf(articles, l.citations[0].article)}] ${l.text}`);
    }
  }
  console.log('');
}
console.log(`themes: ${lists + phrases}; keyword lists ${lists}, single phrases ${phrases}`);
