/**
 * What the `parallax` command line accepts: every command, its arguments, options and help, built
 * with commander. Each action imports its command's module only when that command runs, so this
 * module and what it imports stay light: `parallax --help` loads commander and the help words, not
 * the engine, the NLP model, the DOM, SQLite or the web server.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ARTICLES_FORMATS, BRIEF_FORMATS } from '../render/formats.ts';
import type { FeedsIo, FeedsOptions } from './feeds-store.ts';
import {
  ARTICLES_FOOTER,
  BRIEF_FOOTER,
  INGEST_FOOTER,
  PROGRAM_DESCRIPTION,
  PROGRAM_FOOTER,
  WORKER_FOOTER,
} from './help-text.ts';
import type { Progress, ProgressStream } from './progress.ts';
import type { CliIo, CommandSpec, RunOptions } from './run-command.ts';
import type { ServeCommandOptions, ServeIo } from './serve-command.ts';

/** The store file the service commands use when neither `--db` nor `PARALLAX_DATABASE_URL` is given. */
export const DEFAULT_DB = 'parallax.db';

/** What `--db` says in help. */
const DB_HELP = `the store: a SQLite file (default ${DEFAULT_DB}, created when missing) or a postgres:// URL (env PARALLAX_DATABASE_URL)`;

/** The store a service command opens: `--db`, else `PARALLAX_DATABASE_URL`, else `parallax.db`. */
export function storeSpec(given: unknown, env: Record<string, string | undefined> | undefined): string {
  if (typeof given === 'string' && given !== '') return given;
  return env?.PARALLAX_DATABASE_URL?.trim() || DEFAULT_DB;
}

/** Default port of `parallax serve`. */
export const DEFAULT_PORT = 8080;

/** Receives the exit code of the command that ran. */
export type SetExitCode = (code: number) => void;

/** What the commands read and write: the streams, and the environment (`PARALLAX_TOKEN`, `PARALLAX_DEBUG`). */
export interface ProgramIo extends CliIo {
  env?: Record<string, string | undefined>;
}

interface CommandOptions {
  format: string;
  output?: string;
  quiet?: boolean;
  verbose?: boolean;
  allowPrivate?: boolean;
  timeout?: number;
}

/** `-q, --quiet` and `-v, --verbose`: every command has both (print-diagnostics.ts reads them). */
function withVerbosity(cmd: Command, quiet = 'print no diagnostics or progress on stderr'): Command {
  return cmd
    .option('-q, --quiet', quiet)
    .option(
      '-v, --verbose',
      'also print notes (info diagnostics), and progress lines when stderr is not a terminal',
    );
}

/**
 * The progress display of a long run on stderr. Its module (and cli-progress) is loaded only when a
 * display can show: on a terminal, or with --verbose; otherwise a display that writes nothing.
 */
async function progressOn(
  io: { stderr: unknown },
  opts: { quiet?: boolean; verbose?: boolean },
): Promise<Pick<Progress, 'onProgress' | 'done'>> {
  const stream = io.stderr as ProgressStream;
  if (opts.quiet || (!stream.isTTY && !opts.verbose)) return { onProgress() {}, done() {} };
  const { createProgress } = await import('./progress.ts');
  return createProgress(stream, { verbose: opts.verbose === true });
}

/** Parses `--timeout` (milliseconds, a positive integer). */
export function parseTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError('expected a positive number of milliseconds');
  return n;
}

/** Parses `--port`: an integer from 0 to 65535. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}

const FORMAT_BY_EXTENSION: Record<string, string> = {
  html: 'html',
  htm: 'html',
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
};

/** The format to write: --format when given, else the one the --output extension names, else markdown. */
function chooseFormat(cmd: Command, opts: CommandOptions, allowed: readonly string[]): string {
  if (cmd.getOptionValueSource('format') !== 'default' || !opts.output) return opts.format;
  const ext = opts.output.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  const inferred = FORMAT_BY_EXTENSION[ext];
  return allowed.includes(inferred) ? inferred : opts.format;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/** Builds the whole `parallax` program; each action hands its exit code to `setCode`. */
export function buildProgram(io: ProgramIo, setCode: SetExitCode): Command {
  const program = new Command('parallax')
    .description(PROGRAM_DESCRIPTION)
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {}, // printed once, by the handler in `main`
    })
    .exitOverride()
    .addHelpText('after', PROGRAM_FOOTER);
  registerRunCommand(program, 'brief', io, setCode);
  registerRunCommand(program, 'articles', io, setCode);
  registerIngestCommand(program, io, setCode);
  registerServeCommand(program, io, setCode);
  registerFeedsCommand(program, io, setCode);
  registerWorkerCommand(program, io, setCode);
  return program;
}

/** `parallax brief` and `parallax articles`: inputs in, a briefing or the articles out (run-command.ts). */
function registerRunCommand(
  program: Command,
  name: CommandSpec['command'],
  io: CliIo,
  setCode: SetExitCode,
): void {
  const brief = name === 'brief';
  const formats = brief ? BRIEF_FORMATS : ARTICLES_FORMATS;
  const command = program
    .command(name)
    .description(
      brief
        ? 'group articles into stories and write a cited briefing'
        : 'print the articles as extracted (text and metadata)',
    )
    .argument('<paths...>', 'files, folders, feeds, OPML lists, http(s) URLs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('markdown'))
    .option('-o, --output <file>', 'write to a file instead of stdout');
  withVerbosity(command)
    .option('--allow-private', 'fetch URLs on loopback, private and link-local addresses')
    .option('--timeout <ms>', 'timeout of each URL fetch in milliseconds', parseTimeout)
    .addHelpText('after', brief ? BRIEF_FOOTER : ARTICLES_FOOTER)
    .action(async (paths: string[], opts: CommandOptions, cmd: Command) => {
      const spec = { command: name, format: chooseFormat(cmd, opts, formats) } as CommandSpec;
      const runOptions: RunOptions = { output: opts.output, quiet: opts.quiet === true };
      if (opts.verbose) runOptions.verbose = true;
      if (opts.allowPrivate) runOptions.allowPrivate = true;
      if (opts.timeout !== undefined) runOptions.timeoutMs = opts.timeout;
      const [{ runCommand }, progress] = await Promise.all([
        import('./run-command.ts'),
        progressOn(io, opts),
      ]);
      if (brief) runOptions.progress = progress;
      try {
        setCode(await runCommand(spec, paths, runOptions, io));
      } finally {
        progress.done();
      }
    });
}

/** The options of `parallax ingest` as commander parses them. */
type IngestFlags = CommandOptions & {
  db?: string;
  json?: boolean;
  chunk?: number;
  chunkSeconds?: number;
  wait?: boolean;
};

/** Parses `--chunk`: a positive whole number of documents. */
export function parseChunk(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1)
    throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Parses `--chunk-seconds`: a positive number of seconds. */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
}

/** An option's value from the command line, else from the environment variable `name` (parsed alike). */
function fromEnv<T>(
  given: T | undefined,
  env: ProgramIo['env'],
  name: string,
  parse: (v: string) => T,
): T | undefined {
  if (given !== undefined) return given;
  const raw = env?.[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    return parse(raw);
  } catch (error) {
    throw new InvalidArgumentError(`${name}=${raw}: ${(error as Error).message}`);
  }
}

/** `parallax ingest`: stores articles and updates their stories (ingest-command.ts). */
function registerIngestCommand(program: Command, io: ProgramIo, setCode: SetExitCode): void {
  const command = program
    .command('ingest')
    .description('add articles to the store and update the stories they touch')
    .argument('<paths...>', 'files, folders, feeds, OPML lists, http(s) URLs, or - for stdin')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'print the ingest report as JSON');
  withVerbosity(command)
    .option('--allow-private', 'fetch URLs on loopback, private and link-local addresses')
    .option('--timeout <ms>', 'timeout of each URL fetch in milliseconds', parseTimeout)
    .option(
      '--chunk <n>',
      'commit every n new documents (env PARALLAX_INGEST_CHUNK; default 100)',
      parseChunk,
    )
    .option(
      '--chunk-seconds <s>',
      'commit at least every s seconds of work (env PARALLAX_INGEST_CHUNK_SECONDS)',
      parseSeconds,
    )
    .option('--no-wait', 'PostgreSQL: queue the documents for "parallax worker" and return')
    .addHelpText('after', INGEST_FOOTER)
    .action(async (paths: string[], opts: IngestFlags, cmd: Command) => {
      let chunkSize: number | undefined;
      let chunkSeconds: number | undefined;
      try {
        chunkSize = fromEnv(opts.chunk, io.env, 'PARALLAX_INGEST_CHUNK', parseChunk);
        chunkSeconds = fromEnv(opts.chunkSeconds, io.env, 'PARALLAX_INGEST_CHUNK_SECONDS', parseSeconds);
      } catch (error) {
        cmd.error(`error: ${(error as Error).message}`, { exitCode: 2 });
      }
      const quiet = opts.quiet === true;
      const json = opts.json === true;
      const [{ runIngest }, progress] = await Promise.all([
        import('./ingest-command.ts'),
        progressOn(io, { ...opts, quiet: quiet || json }),
      ]);
      try {
        setCode(
          await runIngest(
            paths,
            {
              db: storeSpec(opts.db, io.env),
              quiet,
              ...(opts.verbose && { verbose: true }),
              json,
              ...(opts.allowPrivate && { allowPrivate: true }),
              ...(opts.timeout !== undefined && { timeoutMs: opts.timeout }),
              ...(chunkSize !== undefined && { chunkSize }),
              ...(chunkSeconds !== undefined && { chunkSeconds }),
              ...(opts.wait === false && { noWait: true }),
              progress,
            },
            io,
          ),
        );
      } finally {
        progress.done();
      }
    });
}

/** `parallax serve`: the web UI and JSON API over a store (serve-command.ts). */
export function registerServeCommand(program: Command, io: ServeIo, setCode: SetExitCode): Command {
  const serve = program.command('serve');
  return withVerbosity(serve, 'print no warnings or notes on stderr (the URL is still printed)')
    .description('serve the web UI and JSON API over a store (writes need PARALLAX_TOKEN)')
    .option('--db <file|url>', DB_HELP)
    .option('-p, --port <n>', 'TCP port', parsePort, DEFAULT_PORT)
    .option(
      '--host <host>',
      'interface to listen on (other than loopback: reachable from the network)',
      '127.0.0.1',
    )
    .action(async (opts: Omit<ServeCommandOptions, 'db'> & { db?: string }) => {
      const { runServe } = await import('./serve-command.ts');
      setCode(await runServe({ ...opts, db: storeSpec(opts.db, io.env) }, io));
    });
}

/** Parses `--concurrency`: a whole number of worker processes, 1 to 256. */
export function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256)
    throw new InvalidArgumentError('expected a whole number of processes from 1 to 256');
  return n;
}

/** `parallax worker`: works a PostgreSQL store's job queue (worker-command.ts). */
function registerWorkerCommand(program: Command, io: ProgramIo, setCode: SetExitCode): void {
  withVerbosity(program.command('worker'), 'print no notes on stderr')
    .description('analyze queued articles and update their stories (PostgreSQL store; until Ctrl-C)')
    .option('--db <url>', 'the store: a postgres:// URL (env PARALLAX_DATABASE_URL)')
    .option(
      '-c, --concurrency <n>',
      'worker processes to run (default 1; about one a core)',
      parseConcurrency,
      1,
    )
    .addHelpText('after', WORKER_FOOTER)
    .action(async (opts: { db?: string; concurrency: number; quiet?: boolean }) => {
      const { runWorkerCommand } = await import('./worker-command.ts');
      const db = storeSpec(opts.db, io.env);
      setCode(await runWorkerCommand({ db, concurrency: opts.concurrency, quiet: opts.quiet === true }, io));
    });
}

/** `parallax feeds add | list | remove | poll` (feeds-command.ts, feeds-poll-command.ts). */
export function registerFeedsCommand(program: Command, io: FeedsIo, setCode: SetExitCode): Command {
  const feeds = program.command('feeds').description('manage and poll the feeds the store follows');
  const db = (cmd: Command) => withVerbosity(cmd.option('--db <file|url>', DB_HELP));
  const net = (cmd: Command) =>
    cmd
      .option('--allow-private', 'fetch URLs on loopback, private and link-local addresses')
      .option('--timeout <ms>', 'timeout of each fetch in milliseconds', parseTimeout);
  const toOptions = (o: Record<string, unknown>): FeedsOptions => {
    const out: FeedsOptions = { db: storeSpec(o.db, io.env) };
    if (o.quiet) out.quiet = true;
    if (o.verbose) out.verbose = true;
    if (o.allowPrivate) out.allowPrivate = true;
    if (typeof o.timeout === 'number') out.timeoutMs = o.timeout;
    if (o.check === false) out.check = false;
    if (o.watch) out.watch = true;
    return out;
  };
  net(db(feeds.command('add')))
    .description('follow feeds: feed URLs, and OPML lists (files or URLs) of feeds')
    .argument('<inputs...>', 'feed URLs or OPML files/URLs')
    .option('--no-check', 'add URLs without fetching them first')
    .action(async (inputs: string[], o: Record<string, unknown>) => {
      const { feedsAdd } = await import('./feeds-command.ts');
      setCode(await feedsAdd(inputs, toOptions(o), io));
    });
  db(feeds.command('list'))
    .description('show the feeds with their status and schedule')
    .action(async (o: Record<string, unknown>) => {
      const { feedsList } = await import('./feeds-command.ts');
      setCode(await feedsList(toOptions(o), io));
    });
  db(feeds.command('remove'))
    .description('stop following feeds (their articles stay in the store)')
    .argument('<urls...>', 'feed URLs as listed')
    .action(async (urls: string[], o: Record<string, unknown>) => {
      const { feedsRemove } = await import('./feeds-command.ts');
      setCode(await feedsRemove(urls, toOptions(o), io));
    });
  net(db(feeds.command('poll')))
    .description('fetch the feeds that are due and ingest their new items')
    .option('-w, --watch', 'keep polling on schedule until interrupted (Ctrl-C)')
    .action(async (o: Record<string, unknown>) => {
      const [{ feedsPoll }, progress] = await Promise.all([
        import('./feeds-poll-command.ts'),
        progressOn(io, o),
      ]);
      setCode(await feedsPoll(toOptions(o), io, progress));
    });
  return feeds;
}
