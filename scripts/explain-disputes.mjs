#!/usr/bin/env node
/**
 * Why two figures are (or are not) shown as a number dispute: a tracing tool for `findNumberDisputes`
 * (src/reconcile/find-disputes.ts). It briefs a corpus folder, or one ECB+ development subtopic the
 * way `audit-real.mjs` selects it, finds where each of two value strings is written, and prints:
 *   1. for each place, the number claim read there (key, value, verb, modifiers, era, mood, context
 *      words), or why the quantity there was not read as a claim (a range, a date, no counted noun,
 *      …), or that no quantity was read there at all;
 *   2. for each pair of claims (one of each value) with the same key, every pair gate with its result,
 *      none skipped: not crowded (family size), same key, verbs, mood, named modifiers, modifiers,
 *      shared context (words and count vs need), comparable, sameEra, similarity vs threshold, and
 *      whether the two groups' verbs and subjects allowed the join; claims of different keys say so;
 *   3. the group each claim ended in and the group gates it went through (two outlets, rising
 *      figure, contested / apart from rest, one unit, bounds, ratio, outlets), up to the first that
 *      failed; and what the group gates say of the two claims alone (as if the pair had joined).
 * It reads dist/ (run `npm run build` first) and calls the engine with the `numberTrace` reconcile
 * option; the briefing code is not copied.
 *
 * Usage:
 *   node scripts/explain-disputes.mjs --folder DIR  --a '52-3' --b '53-3'
 *   node scripts/explain-disputes.mjs --subtopic 22_ecbplus --a '$102 million' --b '$108 million'
 * Value strings are matched case-insensitively in the articles' text; `--all` also prints pairs of
 * claims with different keys' gates (none are weighed).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bySubtopic, readDocuments } from './lib/ecbplus-subtopics.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', p));
const { runPipeline } = await dist('engine.js');
const { readInputs } = await dist('io/read-inputs.js');
const { reconcileStory } = await dist('reconcile/index.js');
const { judgeNumberGroup } = await dist('reconcile/judge-number-group.js');
const config = await dist('config.js');

const { values: args } = parseArgs({
  options: {
    folder: { type: 'string' },
    subtopic: { type: 'string' },
    a: { type: 'string' },
    b: { type: 'string' },
  },
});
if ((!args.folder && !args.subtopic) || !args.a || !args.b) {
  console.error('usage: explain-disputes.mjs (--folder DIR | --subtopic 22_ecbplus) --a VALUE --b VALUE');
  process.exit(2);
}

/** The folder to brief: the given one, or the subtopic's documents written out as `.txt` files. */
function inputFolder() {
  if (args.folder) return args.folder;
  const corpus = join(root, '..', 'shared', 'data', 'ecbplus-dev', 'documents.jsonl');
  const topic = args.subtopic.split('_')[0];
  const list = bySubtopic(readDocuments(corpus), new Set([topic])).find(
    ([sub]) => sub === args.subtopic,
  )?.[1];
  if (!list) {
    console.error(`no subtopic ${args.subtopic} in ${corpus}`);
    process.exit(2);
  }
  const dir = join(mkdtempSync(join(tmpdir(), 'px-explain-')), args.subtopic);
  mkdirSync(dir, { recursive: true });
  for (const d of list) writeFileSync(join(dir, `${d.doc_id}.txt`), d.text);
  return dir;
}

const input = await readInputs([inputFolder()]);
const run = runPipeline(input.documents, input.diagnostics);
const fileOf = (id) => (run.articles.find((a) => a.id === id)?.path ?? id).split('/').pop();
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

/** Where a value string is written in the story's articles: [{article, start, end}]. */
function placesOf(items, value) {
  const out = [];
  const needle = value.toLowerCase();
  for (const { article } of items) {
    const text = article.text.toLowerCase();
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
      out.push({ article: article.id, start: at, end: at + needle.length });
  }
  return out;
}

const overlaps = (p, art, s, e) => p.article === art && s < p.end && e > p.start;

function describeClaim(n) {
  const c = n.claim;
  return [
    `"${c.value}" key ${c.key} [${c.outlet}, ${fileOf(c.citation.article)}]`,
    `verb ${n.verb?.join(',') ?? (n.measureVerb ? `${n.measureVerb.join(',')} (a measure's)` : '-')}; modifiers ${n.modifiers.join(',') || '-'}; named ${(n.namedModifiers ?? []).join(',') || '-'}; ` +
      `qualifier ${n.quantity.qualifier ?? '-'}; era ${n.era?.join(',') ?? '-'}${n.eraStated ? ' (stated)' : ''}; mood ${n.mood ?? 'report'}${n.measure ? '; measure' : ''}`,
    `context: ${[...n.context].join(' ')}`,
    `sentence: ${oneLine(n.sentence ?? '').slice(0, 240)}`,
  ];
}

function printGates(gates, indent = '      ') {
  for (const g of gates)
    console.log(`${indent}${g.pass ? 'pass' : 'FAIL'}  ${g.gate}${g.detail ? `: ${g.detail}` : ''}`);
}

let storiesWithBoth = 0;
for (const storyRun of run.stories) {
  const { story, items } = storyRun;
  const placesA = placesOf(items, args.a);
  const placesB = placesOf(items, args.b);
  if (!placesA.length || !placesB.length) continue;
  storiesWithBoth++;
  const steps = [];
  const findings = reconcileStory(story, items, { numberTrace: (s) => steps.push(s) });
  const numbers = steps.find((s) => s.stage === 'claims')?.numbers ?? [];
  console.log(
    `\n=== story ${story.id} (${items.length} articles): ${oneLine(storyRun.briefing.headline ?? '')}`,
  );
  const claimsAt = (places, label) => {
    const found = [];
    console.log(`\n-- "${label}": written ${places.length} time(s)`);
    for (const p of places) {
      const item = items.find((x) => x.article.id === p.article);
      const text = item.article.text;
      console.log(
        `  at ${fileOf(p.article)}:${p.start}: …${oneLine(text.slice(Math.max(0, p.start - 60), p.end + 60))}…`,
      );
      const claims = numbers.filter((n) =>
        overlaps(p, n.claim.citation.article, n.claim.citation.start, n.claim.citation.end),
      );
      const skips = steps.filter((s) => s.stage === 'skip' && overlaps(p, s.article, s.start, s.end));
      for (const n of claims) {
        console.log('    claim:');
        for (const l of describeClaim(n)) console.log(`      ${l}`);
      }
      for (const s of skips)
        console.log(`    not a claim: ${s.reason} ("${oneLine(text.slice(s.start, s.end))}")`);
      if (!claims.length && !skips.length) {
        const inStatement = numbers.some(
          (n) =>
            n.claim.statement?.article === p.article &&
            n.claim.statement.start <= p.start &&
            n.claim.statement.end >= p.end,
        );
        console.log(
          `    not a claim: no quantity was read there${inStatement ? '' : ' (nor any claim in its sentence: it may be outside the statements, e.g. a title or a quote)'}`,
        );
      }
      found.push(...claims);
    }
    return found;
  };
  const ca = claimsAt(placesA, args.a);
  const cb = claimsAt(placesB, args.b);
  if (!ca.length || !cb.length) {
    console.log('\n  no pair to weigh: a value was not read as a claim');
    continue;
  }
  console.log('\n-- pairs');
  for (const x of ca)
    for (const y of cb) {
      if (x === y) continue;
      console.log(
        `  "${x.claim.value}" [${fileOf(x.claim.citation.article)}]  ×  "${y.claim.value}" [${fileOf(y.claim.citation.article)}]`,
      );
      if (x.claim.key !== y.claim.key) {
        console.log(`      FAIL  same key: ${x.claim.key} / ${y.claim.key} (never weighed)`);
        continue;
      }
      const pair = steps.find(
        (s) => s.stage === 'pair' && ((s.a === x && s.b === y) || (s.a === y && s.b === x)),
      );
      if (!pair) console.log('      (no pair step traced)');
      else {
        printGates(pair.gates);
        console.log(`      → ${pair.joined ? 'joined' : 'not joined'}`);
      }
    }
  console.log('\n-- groups');
  const groups = steps.filter((s) => s.stage === 'group');
  for (const claim of [...new Set([...ca, ...cb])]) {
    const g = groups.find((s) => s.claims.includes(claim));
    if (!g) continue;
    const others = g.claims
      .filter((c) => c !== claim)
      .map((c) => `"${c.claim.value}" [${fileOf(c.claim.citation.article)}]`);
    console.log(
      `  group of "${claim.claim.value}" [${fileOf(claim.claim.citation.article)}] with ${others.length ? others.join(', ') : 'nothing else'}: ${g.shown ? 'SHOWN' : 'not shown'}`,
    );
    if (g.claims.length > 1) printGates(g.gates);
  }
  console.log('\n-- group gates of the two values alone (as if joined)');
  for (const x of ca.slice(0, 2))
    for (const y of cb.slice(0, 2)) {
      if (x.claim.key !== y.claim.key || x === y) continue;
      const alone = [];
      const options = { ...config.reconcile, numberTrace: (s) => alone.push(s) };
      const published = new Map(items.map((a) => [a.article.id, a.article.published]));
      const d = judgeNumberGroup([x, y], options, published);
      console.log(
        `  "${x.claim.value}" × "${y.claim.value}": ${d ? 'would be shown' : 'would not be shown'}`,
      );
      printGates(alone.find((s) => s.stage === 'group')?.gates ?? []);
    }
  const shown = findings.disputes
    .filter((d) => d.kind === 'number')
    .map((d) => `${d.topic}: ${d.variants.map((v) => v.value).join(' | ')}`);
  console.log(`\n-- number disputes shown in this story: ${shown.length ? shown.join('; ') : 'none'}`);
}
if (!storiesWithBoth) {
  console.log(`no story has both "${args.a}" and "${args.b}":`);
  for (const { story, items } of run.stories)
    for (const v of [args.a, args.b])
      for (const p of placesOf(items, v)) console.log(`  "${v}" in story ${story.id} (${fileOf(p.article)})`);
}
