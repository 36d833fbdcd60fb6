/**
 * Reading the inputs of a run: files, folders and stdin (`-`) into raw documents.
 * The only place that touches the file system for articles; decoding is done by `src/ingest`.
 */
import { readFile, stat } from 'node:fs/promises';
import { ingest as ingestConfig } from '../config.ts';
import { ingestBytes, makeIdsUnique } from '../ingest/index.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { IngestResult, RawDocument } from '../model/source.ts';
import { diagnose } from '../util/diagnose.ts';
import { listFolder } from './list-folder.ts';
import { readStream } from './read-stream.ts';

/** Options of `readInputs`. */
export interface ReadInputsOptions {
  /** The stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Inputs (and decompressed gzip data) larger than this are rejected (default `config.ingest.maxBytes`). */
  maxBytes?: number;
}

type Sink = { documents: RawDocument[]; diagnostics: Diagnostic[] };

/** The diagnostic for a failed stat or read. */
function fsProblem(input: string, error: unknown): Diagnostic {
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
    return diagnose('error', 'PX101', 'ingest', `${input}: no such file or folder`, { input });
  }
  return diagnose('error', 'PX102', 'ingest', `${input}: cannot be read (${err.code ?? err.message})`, {
    input,
  });
}

/** Adds what ingesting one input gave to the batch. */
function collect(sink: Sink, bytes: Uint8Array, path: string, maxBytes: number): void {
  const one = ingestBytes(bytes, { path }, { maxBytes });
  if (one.document) sink.documents.push(one.document);
  sink.diagnostics.push(...one.diagnostics);
}

/** Reads one regular file: size checked by stat before any byte is read. */
async function readOneFile(sink: Sink, path: string, size: number, maxBytes: number): Promise<void> {
  if (size > maxBytes) {
    const message = `${path}: ${size} bytes, more than the limit of ${maxBytes}; not read`;
    sink.diagnostics.push(diagnose('error', 'PX106', 'ingest', message, { input: path }));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    sink.diagnostics.push(fsProblem(path, error));
    return;
  }
  collect(sink, bytes, path, maxBytes);
}

/** Reads every article file under a folder, in sorted order. */
async function readFolder(sink: Sink, folder: string, maxBytes: number): Promise<void> {
  const listing = await listFolder(folder, ingestConfig.extensions);
  for (const bad of listing.unreadable) {
    const message = `${bad.path}: cannot be read (${bad.message})`;
    sink.diagnostics.push(diagnose('error', 'PX102', 'ingest', message, { input: bad.path }));
  }
  if (listing.files.length === 0) {
    const exts = ingestConfig.extensions.join(', ');
    const message = `${folder}: no ${exts} files (or .gz of them) found; ${listing.skipped} other files skipped`;
    sink.diagnostics.push(diagnose('warning', 'PX109', 'ingest', message, { input: folder }));
  }
  for (const file of listing.files) {
    try {
      const info = await stat(file);
      await readOneFile(sink, file, info.size, maxBytes);
    } catch (error) {
      sink.diagnostics.push(fsProblem(file, error));
    }
  }
}

/** Reads stdin (`-`), capped at `maxBytes`. */
async function readStdin(sink: Sink, stdin: NodeJS.ReadableStream, maxBytes: number): Promise<void> {
  try {
    const { bytes, tooLarge } = await readStream(stdin, maxBytes);
    if (tooLarge) {
      const message = `-: standard input is more than the limit of ${maxBytes} bytes`;
      sink.diagnostics.push(diagnose('error', 'PX106', 'ingest', message, { input: '-' }));
      return;
    }
    collect(sink, bytes, '-', maxBytes);
  } catch (error) {
    sink.diagnostics.push(fsProblem('-', error));
  }
}

/**
 * Reads files, folders and stdin (`-`) into raw documents, in the order given.
 *
 * Folders are walked recursively in sorted order and yield only files with an extension of
 * `config.ingest.extensions` (or that plus `.gz`); a document's `path` is the folder as given joined
 * with the file's relative path. Bad inputs never throw: each yields an error diagnostic naming it
 * (PX101 not found, PX102 unreadable, PX103 empty, PX104 binary, PX106 too large, PX107 corrupt gzip)
 * and the rest of the batch goes on. Ids are made unique (PX110) when an input repeats.
 */
export async function readInputs(inputs: string[], options: ReadInputsOptions = {}): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? ingestConfig.maxBytes;
  const sink: Sink = { documents: [], diagnostics: [] };
  for (const input of inputs) {
    if (input === '-') {
      await readStdin(sink, options.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      sink.diagnostics.push(fsProblem(input, error));
      continue;
    }
    if (info.isDirectory()) await readFolder(sink, input, maxBytes);
    else if (info.isFile()) await readOneFile(sink, input, info.size, maxBytes);
    else {
      const message = `${input}: not a regular file or folder; skipped`;
      sink.diagnostics.push(diagnose('error', 'PX108', 'ingest', message, { input }));
    }
  }
  return { documents: makeIdsUnique(sink.documents), diagnostics: sink.diagnostics };
}
