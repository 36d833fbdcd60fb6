/**
 * Loading the engine loads no HTML or feed parser: htmlparser2, @mozilla/readability, linkedom and
 * feedsmith are required by the first input that needs them (`lazy-require.ts`), so `parallax brief`
 * of a text file does not pay for them (htmlparser2 alone is ~0.1 s of CPU to import).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);

/** A module hook that appends every module URL resolved through `import` to the file it is given. */
const HOOK = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(file) { log = file; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}`;

test('importing the engine and extracting a plain-text article loads no HTML or feed parser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lazy-'));
  const log = join(dir, 'resolved.txt');
  const script = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: ${JSON.stringify(log)} });
    const { extractArticle } = await import(${JSON.stringify(new URL('src/extract/index.ts', root).href)});
    await import(${JSON.stringify(new URL('src/engine.ts', root).href)});
    const a = extractArticle({ id: 'a000000000001', kind: 'text', content: 'Quay wall repaired\\n\\nThe quay wall at Ostrel was repaired on Friday, the harbour office said.', diagnostics: [] });
    if (!a.text.includes('Ostrel')) throw new Error('not extracted');
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: new URL('.', root).pathname,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const resolved = readFileSync(log, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  assert.match(resolved, /src\/engine\.ts/);
  for (const parser of ['htmlparser2', '@mozilla/readability', 'linkedom', 'feedsmith'])
    assert.ok(!resolved.includes(`/node_modules/${parser}/`), `${parser} was loaded`);
});
