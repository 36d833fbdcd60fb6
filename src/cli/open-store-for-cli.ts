/**
 * Opens the store a service command names (`--db`): a failure to open, reach or migrate it becomes
 * one line naming the database (password redacted) and exit 74.
 */
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { StoreOpenError } from '../store/store-error.ts';
import { CliError, EXIT } from './exit-codes.ts';

/** Opens `spec` with `open` (default `openStore`), turning a `StoreOpenError` into exit 74. */
export async function openStoreForCli(
  spec: string,
  open: (spec: string) => Promise<Store> = openStore,
): Promise<Store> {
  try {
    return await open(spec);
  } catch (error) {
    if (error instanceof StoreOpenError) throw new CliError(error.message, EXIT.storeFailed);
    throw error;
  }
}
