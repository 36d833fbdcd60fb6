/**
 * Recursive, sorted, deterministic listing of the article files under a folder.
 */
import { readdir, realpath, stat } from 'node:fs/promises';

/** The files found under a folder, and the subfolders that could not be read. */
export interface FolderListing {
  files: string[];
  unreadable: Array<{ path: string; message: string }>;
  /** Regular files skipped because of their extension. */
  skipped: number;
  /** OPML subscription lists met in the folder (skipped: a folder walk fetches nothing from the network). */
  lists: string[];
}

/** Joins a folder as the user gave it with a relative name, without normalising the folder part. */
export function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

/** True when `name` ends with one of `extensions`, optionally followed by `.gz`. */
export function hasArticleExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  return extensions.some((ext) => lower.endsWith(ext));
}

/** Code-unit order: the same on every machine and locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists the files under `folder` whose extension is in `extensions` (or that plus `.gz`).
 *
 * Entries are visited in code-unit order, depth first, so the result is the same on every run.
 * Symbolic links are followed, but a folder already visited (by real path) is not entered twice.
 * Hidden entries (starting with `.`) are skipped.
 */
export async function listFolder(folder: string, extensions: readonly string[]): Promise<FolderListing> {
  const out: FolderListing = { files: [], unreadable: [], skipped: 0, lists: [] };
  const visited = new Set<string>();
  async function walk(dir: string): Promise<void> {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      names = (await readdir(dir)).sort(byCodeUnit);
    } catch (error) {
      out.unreadable.push({ path: dir, message: (error as Error).message });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = joinPath(dir, name);
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(full);
      } catch (error) {
        out.unreadable.push({ path: full, message: (error as Error).message });
        continue;
      }
      if (info.isDirectory()) await walk(full);
      else if (info.isFile() && hasArticleExtension(name, extensions)) out.files.push(full);
      else if (info.isFile()) {
        out.skipped++;
        if (/\.opml(?:\.gz)?$/i.test(name)) out.lists.push(full);
      }
    }
  }
  await walk(folder);
  return out;
}
