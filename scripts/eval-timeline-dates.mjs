#!/usr/bin/env node
/**
 * Timeline dates against a gold's timelines: for each gold story, the dates of the briefing's timeline
 * (of the story holding most of the gold story's articles) against the gold entries' dates, exact match,
 * micro-averaged P/R/F1 over the stories; and the same for the baseline the issue names, listing the
 * story's articles' publication dates (day precision).
 *
 * Usage: `node scripts/eval-timeline-dates.mjs OUT.json GOLD.json` (OUT from `parallax brief --format json`,
 * GOLD in the schema of `../shared/data/stories-dev/gold.json`).
 */
import { readFileSync } from 'node:fs';

const [outPath, goldPath] = process.argv.slice(2);
if (!outPath || !goldPath) {
  console.error('usage: eval-timeline-dates.mjs OUT.json GOLD.json');
  process.exit(2);
}
const out = JSON.parse(readFileSync(outPath, 'utf8'));
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const fileOf = new Map(out.articles.map((a) => [a.id, (a.path ?? '').split('/').pop()]));
const publishedOf = new Map(out.articles.map((a) => [a.id, a.published ? a.published.slice(0, 10) : null]));
const counts = { ours: [0, 0, 0], baseline: [0, 0, 0] }; // [matched, shown, gold]

function add(which, shown, wanted) {
  const c = counts[which];
  c[0] += [...shown].filter((d) => wanted.has(d)).length;
  c[1] += shown.size;
  c[2] += wanted.size;
}

for (const st of gold.stories) {
  const timeline = st.gold?.timeline ?? [];
  if (timeline.length === 0) continue;
  const files = new Set(st.articles);
  let best = null;
  let n = 0;
  for (const s of out.stories) {
    const k = s.articles.filter((id) => files.has(fileOf.get(id))).length;
    if (k > n) [best, n] = [s, k];
  }
  const wanted = new Set(timeline.map((e) => e.date));
  add('ours', new Set((best?.timeline ?? []).map((e) => e.date)), wanted);
  add('baseline', new Set((best?.articles ?? []).map((id) => publishedOf.get(id)).filter(Boolean)), wanted);
}

for (const [which, [m, shown, wanted]] of Object.entries(counts)) {
  const p = shown ? m / shown : 0;
  const r = wanted ? m / wanted : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(
    `${which.padEnd(8)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (${m} of ${shown} shown, ${wanted} gold dates)`,
  );
}
