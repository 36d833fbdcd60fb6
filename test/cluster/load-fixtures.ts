/**
 * Loads the cluster fixtures: `test/fixtures/cluster/<case>/input.json` (articles as paragraphs)
 * and `expected.json` (the expected groups of article ids).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import { makeArticle, quickAnnotate } from './quick-annotate.ts';

interface InputArticle {
  id: string;
  outlet: string;
  published: string;
  title: string;
  paragraphs: string[];
}

/** One fixture case: its name, its analysed articles and the expected groups. */
export interface ClusterCase {
  name: string;
  items: AnalyzedArticle[];
  groups: string[][];
}

const ROOT = new URL('../fixtures/cluster/', import.meta.url).pathname;

/** Analyses fixture articles with the test annotator. */
export function analyze(articles: readonly InputArticle[]): AnalyzedArticle[] {
  return articles.map((a) => {
    const article = makeArticle(a.id, a.paragraphs, a);
    return { article, annotations: quickAnnotate(article) };
  });
}

/** Every fixture case, in name order. */
export function loadCases(): ClusterCase[] {
  return readdirSync(ROOT)
    .filter((name) => name !== 'dedup' && !name.endsWith('.md'))
    .sort()
    .map((name) => {
      const input = JSON.parse(readFileSync(join(ROOT, name, 'input.json'), 'utf8'));
      const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8'));
      return { name, items: analyze(input.articles), groups: expected.groups };
    });
}

/** A grouping as a canonical string (ids sorted in each group, groups sorted), for comparison. */
export function canonical(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((g) => [...g].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
