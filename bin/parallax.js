#!/usr/bin/env node
// The `parallax` command. Runs the compiled CLI in dist/ (built by `npm run build`, which `npm ci` runs
// through the `prepare` script) when it is current; when dist/ is missing or older than src/ (a
// development checkout after an edit), runs the TypeScript source through tsx instead: slower to
// start, never out of date. PARALLAX_DEBUG=1 says on stderr when it falls back.
import { fileURLToPath } from 'node:url';
import { distState } from './dist-state.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const state = distState(root);
if (state === null) {
  await import('../dist/cli/main.js');
} else {
  if (process.env.PARALLAX_DEBUG)
    process.stderr.write(`parallax: dist/ is ${state}: running src/ through tsx (npm run build)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
