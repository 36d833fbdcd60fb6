#!/usr/bin/env node
/**
 * A repeatable dev check of "what happened" (the briefing's summary) by ROUGE-1/2 recall
 * (`scripts/lib/rouge.mjs`: ROUGE-1.5.5 style, candidate cut at 100 words). There are no human
 * summaries of this data, so both sets are PROXIES built from real multi-document news:
 *
 * - ECB+ leave-one-out (`../shared/data/ecbplus-dev`): for every subtopic with at least 5 articles,
 *   each of its first `--holdouts` articles (by doc id) in turn is held out; the others are briefed and
 *   the largest story's summary is scored against the held-out article's first 100 words (a news lead
 *   tells the event; what the other outlets share should cover it).
 * - seeds (`../shared/seeds`): the four articles briefed together, scored against the first paragraph
 *   of at least 30 words of the aggregator briefing `003_…` (its "what happened" paragraph), read at run
 *   time as a reference only.
 *
 * Baselines in the same run on the same inputs: lead (the first 100 words of the first article),
 * centroid (sentences nearest the TF-IDF centroid of the articles, none with cosine over 0.5 to one
 * chosen, to 100 words), and with `--compare DIR` the summary of another build (`DIR/engine.js`, e.g. a
 * build of main) beside this one's (`dist/engine.js`: run `npm run build` first).
 *
 * Usage: `npm run eval:summary [-- --holdouts 2] [--compare /path/to/other/dist] [--only ecbplus|seeds]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { firstWords, rougeRecall, rougeTokens } from './lib/rouge.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const { values: args } = parseArgs({
  options: {
    holdouts: { type: 'string', default: '2' },
    compare: { type: 'string' },
    only: { type: 'string' },
  },
});

const engines = [['parallax', await import(pathToFileURL(join(root, 'dist', 'engine.js')).href)]];
if (args.compare)
  engines.push(['compared', await import(pathToFileURL(join(resolve(args.compare), 'engine.js')).href)]);

/** Raw text documents as `parallax brief` reads files. */
function rawDocs(docs) {
  return docs.map((d, i) => ({
    id: `a${String(i).padStart(12, '0')}`,
    path: `${d.name}.txt`,
    kind: 'text',
    content: d.text,
    diagnostics: [],
  }));
}

/** The "what happened" text of the largest story of a briefing run. */
function summaryOf(engine, docs) {
  const out = engine.briefDocuments(rawDocs(docs));
  const story = [...out.stories].sort((a, b) => b.articles.length - a.articles.length)[0];
  return story ? story.summary.map((l) => l.text).join(' ') : '';
}

function sentencesOf(text) {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5);
}

/** Centroid baseline (Radev et al. 2004, without position): sentences nearest the TF-IDF centroid. */
function centroidSummary(docs) {
  const df = new Map();
  const docTf = docs.map((d) => {
    const tf = new Map();
    for (const t of rougeTokens(d.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const idf = (t) => Math.log((docs.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vec = (tf) => {
    const v = new Map();
    let n = 0;
    for (const [t, c] of tf) {
      const w = c * idf(t);
      v.set(t, w);
      n += w * w;
    }
    for (const [t, w] of v) v.set(t, w / (Math.sqrt(n) || 1));
    return v;
  };
  const cos = (a, b) => {
    let s = 0;
    for (const [t, w] of a) s += w * (b.get(t) ?? 0);
    return s;
  };
  const centroid = new Map();
  for (const tf of docTf)
    for (const [t, w] of vec(tf)) centroid.set(t, (centroid.get(t) ?? 0) + w / docs.length);
  const sentences = docs.flatMap((d) =>
    sentencesOf(d.text).map((s) => {
      const tf = new Map();
      for (const t of rougeTokens(s)) tf.set(t, (tf.get(t) ?? 0) + 1);
      const v = vec(tf);
      return { s, v, score: cos(v, centroid) };
    }),
  );
  sentences.sort((a, b) => b.score - a.score);
  const chosen = [];
  let words = 0;
  for (const x of sentences) {
    if (words >= 100) break;
    if (chosen.some((c) => cos(c.v, x.v) > 0.5)) continue;
    chosen.push(x);
    words += x.s.split(/\s+/).length;
  }
  return chosen.map((c) => c.s).join(' ');
}

function leadSummary(docs) {
  return firstWords(docs[0].text, 100);
}

/** Every system's summary of `docs`. */
function systems(docs) {
  const out = { lead: leadSummary(docs), centroid: centroidSummary(docs) };
  for (const [name, engine] of engines) out[name] = summaryOf(engine, docs);
  return out;
}

function ecbCases() {
  const file = join(shared, 'data', 'ecbplus-dev', 'documents.jsonl');
  if (!existsSync(file)) return null;
  const bySub = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    if (!bySub.has(d.subtopic)) bySub.set(d.subtopic, []);
    bySub.get(d.subtopic).push({ name: d.doc_id, text: d.text });
  }
  const cases = [];
  const holdouts = Number(args.holdouts);
  for (const [sub, docs] of [...bySub].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (docs.length < 5) continue;
    docs.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const held of docs.slice(0, holdouts))
      cases.push({
        name: `${sub}/${held.name}`,
        docs: docs.filter((d) => d !== held),
        refs: [firstWords(held.text, 100)],
      });
  }
  return cases;
}

function seedCases() {
  const dir = join(shared, 'seeds');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const ref = files.find((f) => f.startsWith('003_'));
  if (!ref) return null;
  const paragraph = readFileSync(join(dir, ref), 'utf8')
    .split(/\n+/)
    .find((p) => p.split(/\s+/).length >= 30);
  const docs = files
    .filter((f) => f !== ref)
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  return [{ name: 'seeds', docs, refs: [paragraph] }];
}

function score(label, cases) {
  if (!cases) {
    console.log(`== ${label}: data missing (needs ../shared beside the project), skipped`);
    return;
  }
  const t0 = Date.now();
  const totals = new Map();
  const words = new Map();
  for (const c of cases) {
    for (const [name, text] of Object.entries(systems(c.docs))) {
      const t = totals.get(name) ?? { r1: 0, r2: 0 };
      t.r1 += rougeRecall(text, c.refs, 1);
      t.r2 += rougeRecall(text, c.refs, 2);
      totals.set(name, t);
      words.set(name, (words.get(name) ?? 0) + text.split(/\s+/).filter(Boolean).length);
    }
  }
  console.log(`== ${label}: ${cases.length} case(s), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log('system       ROUGE-1  ROUGE-2  mean words');
  for (const [name, t] of totals)
    console.log(
      `${name.padEnd(12)} ${((100 * t.r1) / cases.length).toFixed(2).padStart(7)}  ${(
        (100 * t.r2) /
        cases.length
      )
        .toFixed(2)
        .padStart(7)}  ${(words.get(name) / cases.length).toFixed(1).padStart(10)}`,
    );
}

if (!args.only || args.only === 'seeds')
  score('seeds (four articles vs the aggregator paragraph)', seedCases());
if (!args.only || args.only === 'ecbplus')
  score(`ECB+ leave-one-out (subtopics of >= 5 articles, ${args.holdouts} held out each)`, ecbCases());
