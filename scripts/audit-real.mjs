#!/usr/bin/env node
/**
 * A real-news audit you can repeat: runs `parallax brief` on each ECB+ development subtopic
 * (`../shared/data/ecbplus-dev/documents.jsonl`, real coverage of 70 events), lists every dispute,
 * likely-error call and timeline entry it shows with the cited sentences, and counts them against the
 * hand judgements kept in `docs/audit/ecbplus-judgements.json` (keyed by subtopic, kind and value, so
 * a judgement survives a change of ids). Items not judged yet are listed for a reader to judge.
 *
 * Usage: `npm run audit:real [-- --topics 1,3] [--write-unjudged FILE]`
 * Prints: disputes shown / judged / real, likely errors right/wrong, timeline entries judged and
 * right-dated, and the unjudged items. Exits 0; a missing corpus is reported and skipped.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefSubtopic, bySubtopic, readDocuments } from './lib/ecbplus-subtopics.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'data', 'ecbplus-dev', 'documents.jsonl');
const judgementsPath = join(root, 'docs', 'audit', 'ecbplus-judgements.json');
const { values: args } = parseArgs({
  options: {
    topics: { type: 'string' },
    'write-unjudged': { type: 'string' },
    'write-shown': { type: 'string' },
  },
});
if (!existsSync(corpus)) {
  console.log(`audit:real: ${corpus} is missing (needs ../shared beside the project); nothing to audit`);
  process.exit(0);
}
const judgements = existsSync(judgementsPath) ? JSON.parse(readFileSync(judgementsPath, 'utf8')) : {};
const topics = args.topics ? new Set(args.topics.split(',')) : null;
const subtopics = bySubtopic(readDocuments(corpus), topics);
const work = mkdtempSync(join(tmpdir(), 'px-audit-'));
const counts = { disputes: 0, disputesJudged: 0, disputesReal: 0, errors: 0, errorsRight: 0, errorsWrong: 0 };
Object.assign(counts, { timeline: 0, timelineJudged: 0, timelineRight: 0 });
const unjudged = [];
const shown = [];

/** The sentence around a citation, on one line. */
function passage(text, c) {
  const s = Math.max(0, text.lastIndexOf('\n', c.start) + 1);
  const e = text.indexOf('\n', c.end);
  return text
    .slice(s, e < 0 ? text.length : e)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

for (const [sub, list] of subtopics) {
  const out = briefSubtopic(work, sub, list, root);
  if (!out) continue;
  const arts = new Map(out.articles.map((a) => [a.id, a]));
  const fileOf = (id) => (arts.get(id)?.path ?? '').split('/').pop();
  const judged = judgements[sub] ?? {};
  for (const s of out.stories) {
    for (const d of s.disputes ?? []) {
      counts.disputes++;
      const key = `dispute:${d.topic}:${d.variants
        .map((v) => v.value)
        .sort()
        .join(' | ')}`;
      const j = judged[key];
      const cited = d.variants.flatMap((v) =>
        v.citations
          .slice(0, 2)
          .map((c) => `${v.value} @ ${fileOf(c.article)}: ${passage(arts.get(c.article).text, c)}`),
      );
      shown.push({ subtopic: sub, key, judgement: j ?? null, why: d.why ?? null, cited });
      if (j) {
        counts.disputesJudged++;
        if (j.real) counts.disputesReal++;
      } else unjudged.push({ subtopic: sub, key, cited });
      if (d.likelyError) {
        counts.errors++;
        const jl = judged[`${key}:likely-error:${fileOf(d.likelyError.article)}`];
        if (jl) counts[jl.right ? 'errorsRight' : 'errorsWrong']++;
        else
          unjudged.push({
            subtopic: sub,
            key: `${key}:likely-error:${fileOf(d.likelyError.article)}`,
            cited: [d.likelyError.reason],
          });
      }
    }
    for (const e of s.timeline ?? []) {
      counts.timeline++;
      const key = `timeline:${e.date}:${e.text.slice(0, 60)}`;
      const j = judged[key];
      shown.push({
        subtopic: sub,
        key,
        judgement: j ?? null,
        cited: e.citations
          .slice(0, 1)
          .map((c) => `${fileOf(c.article)}: ${passage(arts.get(c.article).text, c)}`),
      });
      if (j) {
        counts.timelineJudged++;
        if (j.right) counts.timelineRight++;
      } else
        unjudged.push({
          subtopic: sub,
          key,
          cited: e.citations
            .slice(0, 1)
            .map((c) => `${fileOf(c.article)}: ${passage(arts.get(c.article).text, c)}`),
        });
    }
  }
}
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
console.log(`subtopics: ${subtopics.length}`);
console.log(
  `disputes shown ${counts.disputes}, judged ${counts.disputesJudged}, real ${counts.disputesReal} (precision ${pct(counts.disputesReal, counts.disputesJudged)})`,
);
console.log(`likely errors shown ${counts.errors}: right ${counts.errorsRight}, wrong ${counts.errorsWrong}`);
console.log(
  `timeline entries ${counts.timeline}, judged ${counts.timelineJudged}, right-dated events ${counts.timelineRight} (${pct(counts.timelineRight, counts.timelineJudged)})`,
);
console.log(`unjudged items: ${unjudged.length}`);
if (args['write-shown']) writeFileSync(args['write-shown'], `${JSON.stringify(shown, null, 2)}\n`);
if (args['write-unjudged']) writeFileSync(args['write-unjudged'], `${JSON.stringify(unjudged, null, 2)}\n`);
else
  for (const u of unjudged.slice(0, 40))
    console.log(`- [${u.subtopic}] ${u.key}\n    ${u.cited.join('\n    ')}`);
