/**
 * Runs the whole pipeline on one folder for an evaluation script, timing it.
 */
import { type PipelineRun, runPipeline } from '../../src/engine.ts';
import { readInputs } from '../../src/io/read-inputs.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';

/** The run, every analysed article by id, and the wall time in milliseconds. */
export async function runFolder(
  dir: string,
): Promise<{ run: PipelineRun; byId: Map<string, AnalyzedArticle>; ms: number }> {
  const t0 = performance.now();
  const ingested = await readInputs([dir]);
  const run = runPipeline(ingested.documents, ingested.diagnostics);
  const byId = new Map(run.stories.flatMap((s) => s.items).map((a) => [a.article.id, a]));
  return { run, byId, ms: performance.now() - t0 };
}
