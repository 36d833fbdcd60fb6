#!/usr/bin/env node
// Compiles src/ to dist/ (`npm run build`; `npm ci` runs it as `prepare`). tsc emits JavaScript only
// (--noCheck: `npm run typecheck` checks the types), rewriting the `.ts` of relative imports to `.js`.
// Then it writes eld's n-gram database as a table next to the compiled language detector
// (dist/extract/eld-medium.ngrams, src/extract/ngram-table.ts: read at run time instead of importing
// eld's 2 MB object literal), wink's core model as dist/nlp/wink-core.{json,bin} (src/nlp/wink-core-file.ts),
// and stamps dist/ with the time the build started, which bin/parallax.js compares with src/.
// --if-stale: do nothing when dist/ is current. Without TypeScript (an install without the dev
// dependencies) it builds nothing and says so: bin/parallax.js then runs src/ through tsx.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distState, STAMP } from '../bin/dist-state.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.argv.includes('--if-stale') && distState(root) === null) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.error(
    'parallax build: TypeScript is not installed; dist/ not built (bin/parallax.js runs src/ through tsx)',
  );
  process.exit(0);
}
const started = new Date();
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error('parallax build: tsc failed; dist/ not stamped (bin/parallax.js runs src/ through tsx)');
  process.exit(result.status ?? 1);
}
try {
  const eldEntry = import.meta.resolve('eld/medium');
  const { ngramsData } = await import(new URL('../ngrams/medium.js', eldEntry).href);
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', eldEntry), 'utf8'));
  const { writeNgramTable } = await import('../dist/extract/ngram-table.js');
  writeFileSync(join(root, 'dist', 'extract', 'eld-medium.ngrams'), writeNgramTable(ngramsData, version));
} catch (err) {
  // eld laid out otherwise than 2.x: the detector then imports eld/medium itself (slower start, same answers).
  console.error(
    `parallax build: eld's n-gram table not written (${err.message}); eld/medium is imported instead`,
  );
}
try {
  // wink's core model as raw arrays and ASCII JSON (src/nlp/wink-core-file.ts), read at run time.
  const { writeBuiltCore } = await import('../dist/nlp/wink-model.js');
  if (!writeBuiltCore(new URL('../dist/nlp/', import.meta.url)))
    console.error(
      "parallax build: wink's core not written (another model version); the package's JSON is read instead",
    );
} catch (err) {
  console.error(
    `parallax build: wink's core not written (${err.message}); the package's JSON is read instead`,
  );
}
closeSync(openSync(join(root, STAMP), 'w'));
utimesSync(join(root, STAMP), started, started);
