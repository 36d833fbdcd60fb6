/** Runs the whole pipeline on `examples/`, with paths relative to the repo root as the CLI prints them. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefDocuments } from '../../src/engine.ts';
import { readInputs } from '../../src/io/read-inputs.ts';
import type { BriefOutput } from '../../src/model/briefing.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Briefs the example corpus as `parallax brief examples` run from the repo root would. */
export async function briefExamples(): Promise<BriefOutput> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const input = await readInputs(['examples']);
    return briefDocuments(input.documents, input.diagnostics);
  } finally {
    process.chdir(cwd);
  }
}
