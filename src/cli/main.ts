/**
 * The `parallax` command line: wiring of commander, the top-level error handler, and the entry point.
 *
 * `main(argv, io)` parses and runs one command and resolves to the exit code; it never exits the process
 * and never prints a stack trace for a user's mistake. At the bottom, the module runs `main` on the real
 * process when it is the program's entry (through `bin/parallax.js` or `tsx src/cli/main.ts`).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ARTICLES_FORMATS, type ArticlesFormat, BRIEF_FORMATS, type BriefFormat } from '../render/index.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { registerFeedsCommand } from './feeds-command.ts';
import {
  ARTICLES_FOOTER,
  BRIEF_FOOTER,
  INGEST_FOOTER,
  PROGRAM_DESCRIPTION,
  PROGRAM_FOOTER,
} from './help-text.ts';
import { type IngestCommandOptions, runIngest } from './ingest-command.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { type CliIo, type CommandSpec, type RunOptions, runCommand } from './run-command.ts';
import { registerServeCommand } from './serve-command.ts';

/** The environment `main` may read (only `PARALLAX_DEBUG`, to print stack traces of internal errors). */
export interface MainIo extends CliIo {
  env?: Record<string, string | undefined>;
}

interface CommandOptions {
  format: string;
  output?: string;
  quiet?: boolean;
  allowPrivate?: boolean;
  timeout?: number;
}

/** Parses `--timeout` (milliseconds, a positive integer). */
function parseTimeout(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError('expected a positive number of milliseconds');
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
function chooseFormat<F extends string>(cmd: Command, opts: CommandOptions, allowed: readonly F[]): F {
  if (cmd.getOptionValueSource('format') !== 'default' || !opts.output) return opts.format as F;
  const ext = opts.output.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  const inferred = FORMAT_BY_EXTENSION[ext];
  return (allowed as readonly string[]).includes(inferred) ? (inferred as F) : (opts.format as F);
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/** Builds the commander program; `run` is called with the parsed command. */
function buildProgram(
  io: MainIo,
  run: (spec: CommandSpec, paths: string[], opts: CommandOptions) => Promise<void>,
) {
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
  const shared = (cmd: Command, formats: readonly string[]) =>
    cmd
      .argument('<paths...>', 'files, folders, feeds, OPML lists, http(s) URLs, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('markdown'))
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .option('-q, --quiet', 'print no diagnostics on stderr')
      .option('--allow-private', 'fetch URLs on loopback, private and link-local addresses')
      .option('--timeout <ms>', 'timeout of each URL fetch in milliseconds', parseTimeout);
  shared(
    program.command('brief').description('group articles into stories and write a cited briefing'),
    BRIEF_FORMATS,
  )
    .addHelpText('after', BRIEF_FOOTER)
    .action(async (paths: string[], opts: CommandOptions, cmd: Command) => {
      await run(
        { command: 'brief', format: chooseFormat<BriefFormat>(cmd, opts, BRIEF_FORMATS) },
        paths,
        opts,
      );
    });
  shared(
    program.command('articles').description('print the articles as extracted (text and metadata)'),
    ARTICLES_FORMATS,
  )
    .addHelpText('after', ARTICLES_FOOTER)
    .action(async (paths: string[], opts: CommandOptions, cmd: Command) => {
      await run(
        { command: 'articles', format: chooseFormat<ArticlesFormat>(cmd, opts, ARTICLES_FORMATS) },
        paths,
        opts,
      );
    });
  registerIngest(program, io);
  return program;
}

/** `parallax ingest`: stores articles and updates their stories (see ingest-command.ts). */
function registerIngest(program: Command, io: MainIo) {
  program
    .command('ingest')
    .description('add articles to the store and update the stories they touch')
    .argument('<paths...>', 'files, folders, feeds, OPML lists, http(s) URLs, or - for stdin')
    .option('--db <file>', 'the SQLite database (created when missing)', 'parallax.db')
    .option('--json', 'print the ingest report as JSON')
    .option('-q, --quiet', 'print no diagnostics on stderr')
    .option('--allow-private', 'fetch URLs on loopback, private and link-local addresses')
    .option('--timeout <ms>', 'timeout of each URL fetch in milliseconds', parseTimeout)
    .addHelpText('after', INGEST_FOOTER)
    .action(async (paths: string[], opts: CommandOptions & { db: string; json?: boolean }) => {
      const options: IngestCommandOptions = {
        db: opts.db,
        quiet: opts.quiet === true,
        json: opts.json === true,
      };
      if (opts.allowPrivate) options.allowPrivate = true;
      if (opts.timeout !== undefined) options.timeoutMs = opts.timeout;
      const progress = createProgress(io.stderr as ProgressStream, { quiet: options.quiet || options.json });
      options.onProgress = progress.onProgress;
      try {
        lastCode = await runIngest(paths, options, io);
      } finally {
        progress.done();
      }
    });
}

/** Exit code of the last command run through a register* helper. */
let lastCode: number = EXIT.ok;

/** Turns a commander error into an exit code, printing its message as one line (help and version exit 0). */
function commanderExit(error: CommanderError, io: MainIo, command: string | null): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  if (error.code === 'commander.help') return EXIT.usage; // help shown because no command was given
  const where = command ? `parallax ${command}` : 'parallax';
  const message =
    error.code === 'commander.missingArgument'
      ? 'no inputs given: name files, folders, or - for stdin [PX901]'
      : error.message.replace(/^error:\s*/, '').trim();
  io.stderr.write(`parallax: ${message}\nTry '${where} --help' for more information.\n`);
  return EXIT.usage;
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to the exit code.
 *
 * 0 all inputs used, 1 some rejected, 2 usage error, 70 internal error, 73 output not written.
 */
export async function main(argv: string[], io: MainIo): Promise<number> {
  let code: number = EXIT.ok;
  let command: string | null = null;
  const program = buildProgram(io, async (spec, paths, opts) => {
    const runOptions: RunOptions = { output: opts.output, quiet: opts.quiet === true };
    if (opts.allowPrivate) runOptions.allowPrivate = true;
    if (opts.timeout !== undefined) runOptions.timeoutMs = opts.timeout;
    code = await runCommand(spec, paths, runOptions, io);
  });
  lastCode = EXIT.ok;
  registerServeCommand(program, io, (c) => {
    lastCode = c;
  });
  registerFeedsCommand(program, io, (c) => {
    lastCode = c;
  });
  program.hook('preSubcommand', (_parent, sub) => {
    command = sub.name();
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return command === 'brief' || command === 'articles' ? code : lastCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io, command);
    if (error instanceof CliError) {
      io.stderr.write(`parallax: ${error.message}\n`);
      return error.exitCode;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`parallax: internal error: ${err.message}\n`);
    if (io.env?.PARALLAX_DEBUG) io.stderr.write(`${err.stack ?? ''}\n`);
    else io.stderr.write('(set PARALLAX_DEBUG=1 to see where; please report it)\n');
    return EXIT.internal;
  }
}

/** True when this module is the program's entry: run by `bin/parallax.js` or directly by tsx. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    const real = realpathSync(script);
    const self = fileURLToPath(import.meta.url);
    const bin = fileURLToPath(new URL('../../bin/parallax.js', import.meta.url));
    return real === self || real === bin;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); // reader went away (`| head`): not an error
    throw error;
  });
  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `parallax: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = EXIT.internal;
    },
  );
}
