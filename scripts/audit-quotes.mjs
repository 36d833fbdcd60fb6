#!/usr/bin/env node
/**
 * A quote audit you can repeat on real news (ECB+ development texts, `../shared/data/ecbplus-dev`).
 *
 * 1. Precision: runs `parallax brief` on each subtopic (one folder per subtopic, as `audit:real` does),
 *    lists every quote the briefings show with its speaker and cited sentence, and counts them against
 *    the hand judgements in `docs/audit/quotes-judgements.json` (keyed by subtopic, speaker and the
 *    quote's first 60 characters: `"quote:<speaker>:<text>": { "verdict": "right" | "wrong" |
 *    "not-a-quote" }`). Unjudged items are listed.
 * 2. Recall: for the hand-marked articles of `docs/audit/quotes-gold.json` (each direct quote: its raw
 *    offset, its first words and its speaker), analyses each article (extract + NLP, from `dist/`) and
 *    counts the gold quotes found with the right speaker. A gold quote is found when an annotated quote
 *    holds its first words; the speaker is right when it is the gold speaker or one of its `aliases`.
 *
 * Usage: `npm run audit:quotes [-- --topics 1,3] [--write-unjudged FILE] [--misses] [--wrong] [--build DIR]`
 * (`--misses`: gold quotes not found with the right speaker; `--wrong`: shown quotes judged wrong or no quote)
 * Needs `npm run build` first (it runs the built CLI and engine). Exits 0; a missing corpus is skipped.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { briefSubtopic, bySubtopic, readDocuments } from './lib/ecbplus-subtopics.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'data', 'ecbplus-dev', 'documents.jsonl');
const judgementsPath = join(root, 'docs', 'audit', 'quotes-judgements.json');
const goldPath = join(root, 'docs', 'audit', 'quotes-gold.json');
const { values: args } = parseArgs({
  options: {
    topics: { type: 'string' },
    'write-unjudged': { type: 'string' },
    misses: { type: 'boolean' },
    wrong: { type: 'boolean' },
    'recall-only': { type: 'boolean' },
    sample: { type: 'string', default: '8' },
    build: { type: 'string' },
  },
});
/** Where the built CLI and engine are read from: this checkout, or another build (`--build DIR`, for a before/after). */
const build = args.build ?? root;
const every = Number(args.sample);
if (!existsSync(corpus)) {
  console.log(`audit:quotes: ${corpus} is missing (needs ../shared beside the project); nothing to audit`);
  process.exit(0);
}
const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : {});
const docs = readDocuments(corpus);
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
/** Letters and digits only, lower case: how quote words and speakers are compared. */
const flat = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * True for the quotes in the judged sample: one in `every`, chosen by a hash of the subtopic and the
 * quote's words (not its speaker), so a change of speaker keeps a quote in the sample.
 */
function sampled(sub, words) {
  let h = 2166136261;
  for (const ch of `${sub}|${flat(words).slice(0, 60)}`) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return h % every === 0;
}

/** The line around a citation, on one line, cut to 300 characters. */
function passage(text, c, lines = 1) {
  let s = c.start;
  for (let i = 0; i < lines; i++) s = Math.max(0, text.lastIndexOf('\n', s - 1) + 1);
  const e = text.indexOf('\n', c.end);
  return text
    .slice(s, e < 0 ? text.length : e)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(-300 * lines);
}

function precision() {
  const judgements = readJson(judgementsPath);
  const topics = args.topics ? new Set(args.topics.split(',')) : null;
  const subtopics = bySubtopic(docs, topics);
  const work = mkdtempSync(join(tmpdir(), 'px-audit-quotes-'));
  const counts = { shown: 0, sampled: 0, judged: 0, right: 0, wrong: 0, notQuote: 0, noSpeaker: 0 };
  const unjudged = [];
  const misjudged = [];
  for (const [sub, list] of subtopics) {
    const out = briefSubtopic(work, sub, list, build);
    if (!out) continue;
    const arts = new Map(out.articles.map((a) => [a.id, a]));
    const fileOf = (id) => (arts.get(id)?.path ?? '').split('/').pop();
    const judged = judgements[sub] ?? {};
    for (const s of out.stories) {
      for (const q of s.quotes ?? []) {
        counts.shown++;
        if (!q.speaker) counts.noSpeaker++;
        if (!sampled(sub, q.text)) continue;
        counts.sampled++;
        const key = `quote:${q.speaker ?? ''}:${q.text.slice(0, 60)}`;
        const j = judged[key];
        if (j) {
          counts.judged++;
          if (j.verdict === 'right') counts.right++;
          else if (j.verdict === 'wrong') counts.wrong++;
          else counts.notQuote++;
          if (j.verdict !== 'right') misjudged.push(`[${sub}] ${j.verdict}: ${key}`);
          continue;
        }
        const c = q.citations[0];
        unjudged.push({
          subtopic: sub,
          key,
          cited: c ? `${fileOf(c.article)}@${c.start}: ${passage(arts.get(c.article).text, c, 2)}` : '',
        });
      }
    }
  }
  console.log(`subtopics: ${subtopics.length}`);
  console.log(
    `quotes shown ${counts.shown} (${counts.noSpeaker} without a speaker), sampled 1 in ${every}: ` +
      `${counts.sampled}, judged ${counts.judged}: ` +
      `speaker right ${counts.right} (${pct(counts.right, counts.judged)}), wrong ${counts.wrong}, ` +
      `not a quote ${counts.notQuote}; right among real quotes ${pct(counts.right, counts.right + counts.wrong)}`,
  );
  if (args.wrong) for (const m of misjudged) console.log(`- ${m}`);
  console.log(`unjudged items: ${unjudged.length}`);
  if (args['write-unjudged']) writeFileSync(args['write-unjudged'], `${JSON.stringify(unjudged, null, 1)}\n`);
  else for (const u of unjudged.slice(0, 40)) console.log(`- [${u.subtopic}] ${u.key}\n    ${u.cited}`);
}

async function recall() {
  const gold = readJson(goldPath);
  const ids = Object.keys(gold);
  if (ids.length === 0) return;
  const engine = await import(pathToFileURL(join(build, 'dist', 'engine.js')).href);
  const byId = new Map(docs.map((d) => [d.doc_id, d]));
  let total = 0;
  let found = 0;
  let right = 0;
  const misses = [];
  for (const id of ids) {
    const d = byId.get(id);
    if (!d) continue;
    const doc = { id: `a${id}`, path: `${id}.txt`, kind: 'text', content: d.text, diagnostics: [] };
    const res = engine.analyze(doc);
    const quotes = 'annotations' in res ? res.annotations.quotes : [];
    for (const g of gold[id].quotes) {
      total++;
      const head = flat(g.words);
      const hit = quotes.find((q) => flat(q.text).includes(head));
      if (hit) found++;
      const names = [g.speaker, ...(g.aliases ?? [])].map(flat);
      const ok = hit?.speaker && names.includes(flat(hit.speaker));
      if (ok) right++;
      else misses.push(`${id}@${g.start} [${g.speaker}] "${g.words}" → ${hit ? hit.speaker : 'not found'}`);
    }
  }
  console.log(
    `gold articles ${ids.length}, direct quotes ${total}: found ${found} (${pct(found, total)}), ` +
      `found with the right speaker ${right} (${pct(right, total)})`,
  );
  if (args.misses) for (const m of misses) console.log(`- ${m}`);
}

if (!args['recall-only']) precision();
await recall();
