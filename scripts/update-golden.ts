/**
 * Regenerates the end-to-end golden file from `examples/`. Review the diff before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderJson } from '../src/render/index.ts';
import { briefExamples } from '../test/e2e/brief-examples.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const path = join(root, 'test', 'fixtures', 'e2e', 'examples-brief.json');
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, renderJson(await briefExamples()));
console.log(`wrote ${path}`);
