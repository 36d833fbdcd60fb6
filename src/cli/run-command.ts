/**
 * Running `parallax brief` and `parallax articles`: read the inputs, run the engine, render, write, report.
 */
import { writeFile } from 'node:fs/promises';
import {
  articlesOf,
  briefDocuments,
  briefDocumentsRewritten,
  type LlmSettings,
  llmSettingsFrom,
} from '../engine.ts';
import { readInputs } from '../io/read-inputs.ts';
import type { IngestResult } from '../model/source.ts';
import { type ArticlesFormat, type BriefFormat, renderArticles, renderBrief } from '../render/index.ts';
import type { IngestProgress } from '../service/ingest-report.ts';
import { checkOutletFile } from './check-outlets.ts';
import { CliError, EXIT, type ExitCode } from './exit-codes.ts';
import { countRejected, diagnosticLines, type RunResult, verbosityOf } from './print-diagnostics.ts';
import type { Progress } from './progress.ts';

/** Where a command reads and writes: the process's streams in real use, buffers in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Writes the --output file (default `fs.promises.writeFile`). */
  writeFile?: (path: string, data: string) => Promise<void>;
  /** The environment (default `process.env`): `PARALLAX_LLM_*` turns on the LLM rewrite of `brief`. */
  env?: Record<string, string | undefined>;
  /** Reads the inputs (default `readInputs`); tests may replace it. */
  readInputs?: (
    inputs: string[],
    options: { stdin: NodeJS.ReadableStream; allowPrivate?: boolean; timeoutMs?: number },
  ) => Promise<IngestResult>;
}

/** The options both commands share, as parsed from the command line. */
export interface RunOptions {
  output?: string;
  quiet: boolean;
  /** Also print notes (`info` diagnostics) and progress lines off a terminal (`--verbose`). */
  verbose?: boolean;
  /** Progress display of the stages (brief); closed before the diagnostics are printed. None by default. */
  progress?: Progress;
  /** Fetch URLs on loopback, private and link-local addresses (`--allow-private`). */
  allowPrivate?: boolean;
  /** Timeout of each URL fetch in milliseconds (`--timeout`). */
  timeoutMs?: number;
}

/** Which command to run, with its format. */
export type CommandSpec =
  | { command: 'brief'; format: BriefFormat }
  | { command: 'articles'; format: ArticlesFormat };

/**
 * Runs one command over the inputs and returns the exit code (0 all used, 1 some rejected).
 *
 * The output is written even when inputs were rejected; diagnostics of every stage go to stderr
 * unless `quiet` (errors and warnings; notes too when `verbose`).
 */
export async function runCommand(
  spec: CommandSpec,
  inputs: string[],
  opts: RunOptions,
  io: CliIo,
): Promise<ExitCode> {
  checkOutletFile();
  const read = io.readInputs ?? readInputs;
  const readOptions: { stdin: NodeJS.ReadableStream; allowPrivate?: boolean; timeoutMs?: number } = {
    stdin: io.stdin,
  };
  if (opts.allowPrivate) readOptions.allowPrivate = true;
  if (opts.timeoutMs !== undefined) readOptions.timeoutMs = opts.timeoutMs;
  const ingest = await read(inputs, readOptions);
  const llm = llmSettingsFrom(io.env ?? process.env);
  const { text, articles, diagnostics } =
    spec.command === 'brief' && llm !== null
      ? await produceRewritten(spec.format, ingest, llm, opts.progress?.onProgress)
      : produce(spec, ingest, opts.progress?.onProgress);
  opts.progress?.done();
  await writeOutput(text, opts.output, io);
  const run: RunResult = {
    ingest: ingest.diagnostics,
    documents: ingest.documents,
    articles,
    stages: diagnostics,
  };
  const { rejected, total } = countRejected(run);
  if (!opts.quiet) {
    const lines = diagnosticLines(run, verbosityOf(opts));
    if (rejected > 0)
      lines.push(`parallax: ${rejected} of ${total} inputs rejected; the output covers the rest [PX902]`);
    else if (ingest.documents.length === 0) lines.push('parallax: no document found in the inputs [PX902]');
    if (lines.length) io.stderr.write(`${lines.join('\n')}\n`);
  }
  return rejected > 0 || ingest.documents.length === 0 ? EXIT.rejected : EXIT.ok;
}

/** Runs the engine and renders its output; its articles and run-level diagnostics, for stderr. */
function produce(spec: CommandSpec, ingest: IngestResult, onProgress?: IngestProgress) {
  if (spec.command === 'brief') {
    const out = briefDocuments(ingest.documents, ingest.diagnostics, onProgress && { onProgress });
    return { text: renderBrief(out, spec.format), articles: out.articles, diagnostics: out.diagnostics };
  }
  const out = articlesOf(ingest.documents, ingest.diagnostics);
  return { text: renderArticles(out, spec.format), articles: out.articles, diagnostics: out.diagnostics };
}

/** `produce` for `brief` with the LLM rewrite configured (`PARALLAX_LLM_URL`). */
async function produceRewritten(
  format: BriefFormat,
  ingest: IngestResult,
  llm: NonNullable<LlmSettings>,
  onProgress?: IngestProgress,
) {
  const out = await briefDocumentsRewritten(
    ingest.documents,
    ingest.diagnostics,
    onProgress && { onProgress },
    llm,
  );
  return { text: renderBrief(out, format), articles: out.articles, diagnostics: out.diagnostics };
}

/** Writes the rendered text to the --output file, or to stdout when there is none (or it is `-`). */
async function writeOutput(text: string, output: string | undefined, io: CliIo): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (output === undefined || output === '-') {
    io.stdout.write(body);
    return;
  }
  try {
    await (io.writeFile ?? ((path, data) => writeFile(path, data, 'utf8')))(output, body);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'its folder does not exist' : (err.code ?? err.message);
    throw new CliError(`cannot write ${output}: ${reason}`, EXIT.cantWrite);
  }
}
