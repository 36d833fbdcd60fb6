/**
 * The one error a store raises when it cannot be opened, migrated or reached; the CLI prints its
 * message as one line and exits 74. Messages name the database with any password redacted.
 */

/** Thrown when a database cannot be opened, reached or migrated. */
export class StoreOpenError extends Error {}

/** A database for messages: a PostgreSQL URL with its password replaced by `***`, a path as it is. */
export function describeDatabase(spec: string): string {
  if (!isDatabaseUrl(spec)) return spec;
  try {
    const url = new URL(spec);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return spec.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/** True when `spec` names a PostgreSQL database (`postgres://…` or `postgresql://…`), not a file. */
export function isDatabaseUrl(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec);
}

/**
 * The Kysely Migrator's complaint that the database ran a migration this code does not know: the
 * schema is newer than the code. Returns the unknown migration's name, or null for another error.
 */
export function newerSchemaMigration(error: unknown): string | null {
  const m = /previously executed migration (\S+) is missing/.exec(String((error as Error)?.message ?? error));
  return m ? m[1] : null;
}

/** The message for a migration failure, naming the database. */
export function migrationFailure(name: string, error: unknown): string {
  const newer = newerSchemaMigration(error);
  if (newer !== null)
    return `database ${name} has a newer schema than this Parallax (migration ${newer}); upgrade Parallax`;
  return `cannot migrate database ${name}: ${(error as Error).message}`;
}
