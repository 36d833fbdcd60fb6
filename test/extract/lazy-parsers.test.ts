/**
 * Loading the engine loads no HTML or feed parser: htmlparser2, @mozilla/readability, linkedom and
 * feedsmith are required by the first input that needs them (`lazy-require.ts`), so `parallax brief`
 * of a text file does not pay for them (htmlparser2 alone is ~0.1 s of CPU to import); nor does it load
 * the URL fetcher (`read-inputs.ts` imports it for the first URL).
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

/** The module URLs resolved while a fresh process (the sources through tsx) runs `script`. */
function resolvedWhile(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lazy-'));
  const log = join(dir, 'resolved.txt');
  const hooked = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: ${JSON.stringify(log)} });
    ${script}
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', hooked], {
    cwd: new URL('.', root).pathname,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const resolved = readFileSync(log, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return resolved;
}

const src = (path: string) => JSON.stringify(new URL(`src/${path}`, root).href);

test('importing the engine and extracting a plain-text article loads no HTML or feed parser', () => {
  const resolved = resolvedWhile(`
    const { extractArticle } = await import(${src('extract/index.ts')});
    await import(${src('engine.ts')});
    const a = extractArticle({ id: 'a000000000001', kind: 'text', content: 'Quay wall repaired\\n\\nThe quay wall at Ostrel was repaired on Friday, the harbour office said.', diagnostics: [] });
    if (!a.text.includes('Ostrel')) throw new Error('not extracted');
  `);
  assert.match(resolved, /src\/engine\.ts/);
  for (const parser of ['htmlparser2', '@mozilla/readability', 'linkedom', 'feedsmith'])
    assert.ok(!resolved.includes(`/node_modules/${parser}/`), `${parser} was loaded`);
});

test('reading a text file as input loads no URL fetcher', () => {
  const resolved = resolvedWhile(`
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-input-')), 'ferry.txt');
    writeFileSync(file, 'Ferry timetable changed\\n\\nThe Varnholm ferry leaves an hour later from Monday, the operator said.');
    const { readInputs } = await import(${src('io/read-inputs.ts')});
    const out = await readInputs([file]);
    if (out.documents.length !== 1) throw new Error('not read');
  `);
  assert.match(resolved, /src\/io\/read-inputs\.ts/);
  for (const module of ['/src/io/fetch-url.ts', '/src/io/check-address.ts', 'node:dns'])
    assert.ok(!resolved.includes(module), `${module} was loaded`);
});
