// Whether dist/ (the compiled CLI, built by `npm run build`) is current: present, and built after the
// last change under src/. Shared by bin/parallax.js, which runs dist/ only when it is current, and by
// scripts/build.mjs --if-stale. Plain JavaScript on purpose: it runs before anything is compiled.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file `npm run build` writes last; its modification time is when that build started. */
export const STAMP = 'dist/.built';

/** The latest modification time under `dir` (files and folders, so deletions and renames count too). */
function newest(dir) {
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

/**
 * Why dist/ under `root` cannot be run: 'missing' (never built, or the build failed), 'stale' (a file
 * under src/ changed since the build started), or null when it is current. Without src/ (an
 * installed copy that ships only dist/) a built dist/ is current.
 */
export function distState(root) {
  let built;
  try {
    built = statSync(join(root, STAMP)).mtimeMs;
  } catch {
    return 'missing';
  }
  try {
    return newest(join(root, 'src')) > built ? 'stale' : null;
  } catch {
    return null;
  }
}
