/**
 * The ECB+ development corpus as the real-news audits read it: its documents, grouped by subtopic,
 * and one subtopic briefed by a build of `parallax` (each subtopic written out as a folder of `.txt`
 * files, one a document, and briefed with `brief --format json`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The documents of a `documents.jsonl` file (one JSON object a line). */
export function readDocuments(corpus) {
  return readFileSync(corpus, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** The documents by subtopic, in subtopic order; `topics` (a set of topic numbers as strings) keeps only those. */
export function bySubtopic(docs, topics = null) {
  const out = new Map();
  for (const d of docs) {
    if (topics && !topics.has(String(d.topic))) continue;
    out.set(d.subtopic, [...(out.get(d.subtopic) ?? []), d]);
  }
  return [...out].sort();
}

/**
 * Writes one subtopic's documents into `work/<sub>` and briefs them with the CLI of `build` (a checkout
 * with `bin/` and `dist/`); returns the parsed JSON output, or null when the run printed nothing.
 */
export function briefSubtopic(work, sub, list, build) {
  const dir = join(work, sub);
  mkdirSync(dir, { recursive: true });
  for (const d of list) writeFileSync(join(dir, `${d.doc_id}.txt`), d.text);
  const r = spawnSync(
    process.execPath,
    [join(build, 'bin', 'parallax.js'), 'brief', dir, '--format', 'json', '-q'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  return r.stdout ? JSON.parse(r.stdout) : null;
}
