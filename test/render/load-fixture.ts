/**
 * Loading the render fixtures: `test/fixtures/render/<case>/input.json` holds a `BriefOutput`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BriefOutput } from '../../src/model/briefing.ts';

const root = new URL('../fixtures/render/', import.meta.url);

/** Reads the `BriefOutput` of a case (a fresh copy each call, so tests may change it). */
export function loadBrief(name: string): BriefOutput {
  return JSON.parse(readFileSync(new URL(`${name}/input.json`, root), 'utf8')) as BriefOutput;
}

/**
 * The expected output of a case, or `actual` written as the expectation when `UPDATE_FIXTURES=1`.
 *
 * Review the diff of a regenerated file before committing it.
 */
export function expected(name: string, file: string, actual: string): string {
  const url = new URL(`${name}/${file}`, root);
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(url)) writeFileSync(url, actual);
  return readFileSync(url, 'utf8');
}
