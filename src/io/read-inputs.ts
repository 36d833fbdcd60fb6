/**
 * Reading the inputs of a run: files, folders, stdin (`-`) and http(s) URLs into raw documents.
 * The only place that touches the file system or the network for articles; decoding, feeds and OPML
 * parsing are done by `src/ingest`.
 */
import { readFile, stat } from 'node:fs/promises';
import { ingest as ingestConfig } from '../config.ts';
import type { InputOrigin } from '../ingest/index.ts';
import { ingestInput, makeIdsUnique } from '../ingest/index.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { IngestResult, RawDocument } from '../model/source.ts';
import { diagnose } from '../util/diagnose.ts';
import type { Resolver } from './check-address.ts';
import type { FetchOptions, fetchUrl } from './fetch-url.ts';
import { listFolder } from './list-folder.ts';
import { readStream } from './read-stream.ts';

/** Options of `readInputs`. */
export interface ReadInputsOptions {
  /** The stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Inputs (and decompressed gzip data) larger than this are rejected (default `config.ingest.maxBytes`). */
  maxBytes?: number;
  /** Fetch URLs whose host is loopback, private or link-local (default `config.ingest.allowPrivate`). */
  allowPrivate?: boolean;
  /** Timeout of each URL fetch, in milliseconds (default `config.ingest.fetchTimeoutMs`). */
  timeoutMs?: number;
  /** Host name resolution for URL fetches (default `dns.lookup`); tests inject one. */
  resolve?: Resolver;
}

type Sink = {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
  maxBytes: number;
  fetch: (url: string) => ReturnType<typeof fetchUrl>;
};

/** True when an input names an http(s) URL rather than a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

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

/**
 * Adds what ingesting one input gave to the batch; the feeds an OPML list names are fetched and
 * ingested in turn (one level: a list named by a list is not followed).
 */
async function collect(sink: Sink, bytes: Uint8Array, origin: InputOrigin, fromList = false): Promise<void> {
  const many = ingestInput(bytes, origin, { maxBytes: sink.maxBytes });
  sink.documents.push(...many.documents);
  sink.diagnostics.push(...many.diagnostics);
  const list = origin.path ?? origin.url ?? '-';
  if (fromList && many.feedUrls.length > 0) {
    const message = `${list}: an OPML list named by another list is not followed`;
    sink.diagnostics.push(diagnose('warning', 'PX119', 'ingest', message, { input: list }));
    return;
  }
  for (const url of many.feedUrls) await readUrl(sink, url, list);
}

/** Fetches one URL and ingests the body; `list` names the OPML list it came from, if any. */
async function readUrl(sink: Sink, url: string, list?: string): Promise<void> {
  const fetched = await sink.fetch(url);
  if (!fetched.ok) {
    const d = fetched.diagnostic;
    sink.diagnostics.push(list ? { ...d, message: `${d.message} (feed listed in ${list})` } : d);
    return;
  }
  await collect(sink, fetched.bytes, { url: fetched.url }, list !== undefined);
}

/** Reads one regular file: size checked by stat before any byte is read. */
async function readOneFile(sink: Sink, path: string, size: number): Promise<void> {
  const maxBytes = sink.maxBytes;
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
  await collect(sink, bytes, { path });
}

/** Reads every article file under a folder, in sorted order. */
async function readFolder(sink: Sink, folder: string): Promise<void> {
  const listing = await listFolder(folder, ingestConfig.extensions);
  for (const bad of listing.unreadable) {
    const message = `${bad.path}: cannot be read (${bad.message})`;
    sink.diagnostics.push(diagnose('error', 'PX102', 'ingest', message, { input: bad.path }));
  }
  for (const list of listing.lists) {
    const message = `${list}: an OPML list inside a folder is not followed (a folder is read from disk only); give the file itself as an input to fetch its feeds`;
    sink.diagnostics.push(diagnose('warning', 'PX122', 'ingest', message, { input: list }));
  }
  if (listing.files.length === 0) {
    const exts = ingestConfig.extensions.join(', ');
    const message = `${folder}: no ${exts} files (or .gz of them) found; ${listing.skipped} other files skipped`;
    sink.diagnostics.push(diagnose('warning', 'PX109', 'ingest', message, { input: folder }));
  }
  for (const file of listing.files) {
    try {
      const info = await stat(file);
      await readOneFile(sink, file, info.size);
    } catch (error) {
      sink.diagnostics.push(fsProblem(file, error));
    }
  }
}

/** Reads stdin (`-`), capped at `maxBytes`. */
async function readStdin(sink: Sink, stdin: NodeJS.ReadableStream): Promise<void> {
  const maxBytes = sink.maxBytes;
  try {
    const { bytes, tooLarge } = await readStream(stdin, maxBytes);
    if (tooLarge) {
      const message = `-: standard input is more than the limit of ${maxBytes} bytes`;
      sink.diagnostics.push(diagnose('error', 'PX106', 'ingest', message, { input: '-' }));
      return;
    }
    await collect(sink, bytes, { path: '-' });
  } catch (error) {
    sink.diagnostics.push(fsProblem('-', error));
  }
}

/**
 * Reads files, folders, stdin (`-`) and http(s) URLs into raw documents, in the order given.
 *
 * Folders are walked recursively in sorted order and yield only files with an extension of
 * `config.ingest.extensions` (or that plus `.gz`); a document's `path` is the folder as given joined
 * with the file's relative path. Feeds (RSS, Atom, RDF, JSON Feed) yield one document per item; an
 * OPML list yields the items of every feed it names, each fetched like a URL input. URLs are fetched
 * by `fetchUrl` (timeout, size cap, redirect limit, content types, private addresses refused unless
 * `allowPrivate`). Bad inputs never throw: each yields a diagnostic naming it (PX101 not found, PX102
 * unreadable, PX103 empty, PX104 binary, PX106 too large, PX107 corrupt gzip, PX112 bad feed, PX114
 * JSON that is not a feed, PX115–PX118 fetch problems) and the rest of the batch goes on. Ids are made
 * unique (PX110) when an input repeats.
 */
export async function readInputs(inputs: string[], options: ReadInputsOptions = {}): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? ingestConfig.maxBytes;
  const fetchOptions: Partial<FetchOptions> = { maxBytes };
  if (options.allowPrivate !== undefined) fetchOptions.allowPrivate = options.allowPrivate;
  if (options.timeoutMs !== undefined) fetchOptions.timeoutMs = options.timeoutMs;
  if (options.resolve !== undefined) fetchOptions.resolve = options.resolve;
  const sink: Sink = {
    documents: [],
    diagnostics: [],
    maxBytes,
    // Imported by the first URL: files and stdin do not load the fetcher and its address checks.
    fetch: async (url) => (await import('./fetch-url.ts')).fetchUrl(url, fetchOptions),
  };
  for (const input of inputs) {
    if (input === '-') {
      await readStdin(sink, options.stdin ?? process.stdin);
      continue;
    }
    if (isUrl(input)) {
      await readUrl(sink, input);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      sink.diagnostics.push(fsProblem(input, error));
      continue;
    }
    if (info.isDirectory()) await readFolder(sink, input);
    else if (info.isFile()) await readOneFile(sink, input, info.size);
    else {
      const message = `${input}: not a regular file or folder; skipped`;
      sink.diagnostics.push(diagnose('error', 'PX108', 'ingest', message, { input }));
    }
  }
  return { documents: makeIdsUnique(sink.documents), diagnostics: sink.diagnostics };
}
