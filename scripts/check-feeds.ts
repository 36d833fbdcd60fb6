/**
 * Robustness check: every file under ../shared/data/feeds goes through ingest (feeds, JSON, XML);
 * each must give documents or a clear diagnostic, never a crash. Prints counts; exits 1 on a crash.
 *
 * Usage: `npm run check:feeds [folder]` (default ../shared/data/feeds; skips when absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { ingestInput } from '../src/ingest/index.ts';
import { listFolder } from '../src/io/list-folder.ts';

const root = process.argv[2] ?? new URL('../../shared/data/feeds', import.meta.url).pathname;
if (!existsSync(root)) {
  console.log(`check-feeds: ${root} is absent; skipped`);
  process.exit(0);
}

const listing = await listFolder(root, ['.xml', '.rss', '.atom', '.rdf', '.json', '.feed']);
const byCode = new Map<string, number>();
const crashes: string[] = [];
let withItems = 0;
let items = 0;
let noItems = 0;
let rejected = 0;
const started = performance.now();
for (const file of listing.files) {
  try {
    const out = ingestInput(readFileSync(file), { path: file });
    const feedItems = out.documents.filter((d) => d.path?.startsWith(`${file}#`)).length;
    if (feedItems > 0) {
      withItems++;
      items += feedItems;
    } else if (out.documents.length === 0 && out.diagnostics.length === 0) noItems++;
    if (out.documents.length === 0 && out.diagnostics.length > 0) rejected++;
    for (const d of [...out.diagnostics, ...out.documents.flatMap((doc) => doc.diagnostics)]) {
      byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
      if (!d.message.includes(file)) crashes.push(`${file}: diagnostic without the file name: ${d.message}`);
    }
  } catch (error) {
    crashes.push(`${file}: CRASH ${(error as Error).stack ?? error}`);
  }
}
const ms = Math.round(performance.now() - started);
console.log(`check-feeds: ${listing.files.length} files under ${root} in ${ms} ms`);
console.log(`  feeds with items:      ${withItems} (${items} items)`);
console.log(`  no document, diagnosed: ${rejected}`);
console.log(`  no document, silent:    ${noItems}`);
console.log(
  `  diagnostics by code:    ${[...byCode]
    .sort()
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`,
);
console.log(`  crashes:                ${crashes.length}`);
for (const c of crashes.slice(0, 20)) console.log(`    ${c}`);
process.exit(crashes.length > 0 || noItems > 0 ? 1 : 0);
