/**
 * The `parallax` command line: the top-level error handler and the entry point.
 *
 * `main(argv, io)` parses and runs one command and resolves to the exit code; it never exits the process
 * and never prints a stack trace for a user's mistake. The commands are declared in program.ts, which
 * imports a command's module only when it runs. At the bottom, the module runs `main` on the real
 * process when it is the program's entry (through `bin/parallax.js`, compiled in dist/ or through tsx,
 * or `tsx src/cli/main.ts`).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { CliError, EXIT } from './exit-codes.ts';
import { buildProgram, type ProgramIo } from './program.ts';

/** What `main` reads and writes; of the environment it reads `PARALLAX_DEBUG` (print stack traces). */
export type MainIo = ProgramIo;

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
  const program = buildProgram(io, (c) => {
    code = c;
  });
  program.hook('preSubcommand', (_parent, sub) => {
    command = sub.name();
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
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
