/**
 * Benchmarks the brief stage on a 20-article story once its articles are analysed: the examples'
 * flood and port-strike articles plus variants of them (paragraphs in reverse order, another outlet
 * name), all put in one story. Measures reconcile + brief (the target: under 100 ms), and beside it
 * reconcile alone and brief alone (given the findings), so the share of each is visible.
 *
 * Usage: `tsx bench/brief.ts [--rounds N]`. Needs only `examples/` from this repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { briefStory } from '../src/brief/index.ts';
import { extractDocuments } from '../src/engine.ts';
import type { Article } from '../src/model/article.ts';
import type { RawDocument } from '../src/model/source.ts';
import { annotate } from '../src/nlp/index.ts';
import { reconcileStory } from '../src/reconcile/index.ts';
import { bench, resultTable } from './harness.ts';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const root = new URL('../examples/', import.meta.url).pathname;
const docs: RawDocument[] = ['brennick-flood', 'brennick-port-strike'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({
      id: `a${dir.slice(9, 13)}${String(i).padStart(8, '0')}`,
      path: join('examples', dir, f),
      kind: 'text' as const,
      content: readFileSync(join(root, dir, f), 'utf8'),
      diagnostics: [],
    })),
);
const originals = extractDocuments(docs).filter((a) => a.usable);

/** A variant: the same paragraphs in reverse order, under another outlet name. */
function variant(a: Article, n: number): Article {
  const paras = a.paragraphs.map((p) => a.text.slice(p.start, p.end)).reverse();
  let at = 0;
  const paragraphs = paras.map((p) => {
    const r = { start: at, end: at + p.length };
    at += p.length + 2;
    return r;
  });
  return {
    ...a,
    id: `${a.id.slice(0, 9)}v${String(n).padStart(3, '0')}`,
    outlet: `${a.outlet ?? 'Outlet'} ${n}`,
    text: paras.join('\n\n'),
    paragraphs,
  };
}

const articles = [...originals];
for (let n = 0; articles.length < 20; n++) articles.push(variant(originals[n % originals.length], n));
const items = articles.map((article) => ({ article, annotations: annotate(article) }));
const story = { id: 'sbench0000001', articles: items.map((i) => i.article.id) };
const findings = reconcileStory(story, items);
const sentences = items.reduce((n, i) => n + i.annotations.sentences.length, 0);

const results = await bench(
  [
    {
      name: 'reconcile',
      run: () => {
        reconcileStory(story, items);
        return 1;
      },
    },
    {
      name: 'brief (given findings)',
      run: () => {
        briefStory(story, items, findings);
        return 1;
      },
    },
    {
      name: 'reconcile + brief',
      run: () => {
        briefStory(story, items, reconcileStory(story, items));
        return 1;
      },
    },
  ],
  { warmup: 3, rounds: Number(args.rounds) },
);
const b = briefStory(story, items, findings);
console.log(
  `story: ${items.length} articles, ${sentences} sentences; briefing: ${b.summary.length} summary lines, ${b.themes?.length ?? 0} themes, ${b.papers?.length ?? 0} papers lines, ${b.questions.length} questions\n`,
);
console.log(resultTable(results));
const total = results.find((r) => r.name === 'reconcile + brief')!;
const briefOnly = results.find((r) => r.name === 'brief (given findings)')!;
console.log(
  `\nreconcile + brief: ${total.medianMs.toFixed(1)} ms median (target < 100 ms: ${total.medianMs < 100 ? 'met' : 'NOT met'}); brief is ${((100 * briefOnly.medianMs) / total.medianMs).toFixed(0)}% of it`,
);
