/**
 * The outlet registry a command will use, read before any work: a bad `PARALLAX_OUTLETS` file is a
 * usage error (one line naming the file and the entry at fault, exit 2), not an internal error halfway.
 */
import { outletRegistry } from '../outlets/outlet-registry.ts';
import { CliError, EXIT } from './exit-codes.ts';

/** Reads the registry (the defaults and the user's file); throws a `CliError` when the file is bad. */
export function checkOutletFile(env: Record<string, string | undefined> = process.env): void {
  try {
    outletRegistry(env);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT.usage);
  }
}
