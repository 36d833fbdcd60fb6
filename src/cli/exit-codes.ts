/**
 * Exit codes of the `parallax` command and the errors that carry them to the top.
 */

/** What the process exit code means; scripts may rely on these numbers. */
export const EXIT = {
  /** Every input was used. */
  ok: 0,
  /** Some inputs were rejected (not found, unreadable, not an article); the output covers the rest. */
  rejected: 1,
  /** The command line was wrong (unknown option, bad --format, no inputs). Nothing was read. */
  usage: 2,
  /** A bug in Parallax (sysexits EX_SOFTWARE). */
  internal: 70,
  /** The --output file could not be written (sysexits EX_CANTCREAT). */
  cantWrite: 73,
  /** The database could not be opened, migrated or written (sysexits EX_IOERR). */
  storeFailed: 74,
} as const;

/** One of the exit codes in `EXIT`. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit codes explained, for `--help`. */
export const EXIT_CODES_HELP = `Exit codes:
  0   every input was used
  1   some inputs were rejected (missing, unreadable, not an article); the output covers the rest
  2   usage error (unknown option, bad --format value, no inputs); nothing was read
  70  internal error (a bug in Parallax: please report it)
  73  the --output file could not be written
  74  the database (--db) could not be opened or written`;

/**
 * An error the user can fix, with the exit code to leave with: printed as one line, never as a stack trace.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
