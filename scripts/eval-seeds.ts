/**
 * Evaluates reconciliation on the seed documents (`../shared/seeds`, five documents about one event).
 *
 * Usage: `tsx scripts/eval-seeds.ts [--data DIR]` (npm script `eval:seeds`).
 * Runs every stage, then prints per story what reconcile found: entities with aliases, roles and merge
 * reasons; disputes with likely errors; timeline entries with dates and the outlets cited; quotes with
 * speakers; number claims. Ends with the issue's done-criteria as PASS/FAIL lines.
 * When the folder is absent it says so and exits 0 (so CI without the seeds still passes).
 *
 * The gold below names the seeds' people and events: it is evaluation data, like a test's expected
 * output, and never used by the engine (whose rules know no names).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { StoryBriefing } from '../src/model/briefing.ts';
import type { Findings } from '../src/model/findings.ts';
import { runFolder } from './lib/run-folder.ts';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: '../shared/seeds' } } });
const dir = args.data!;

/** Gold: spellings that must end in one entity (each matched case-insensitively against name/aliases). */
const SAME_ENTITY: Array<{ label: string; kind: string; spellings: string[] }> = [
  {
    label: "the ambassador's three spellings are one person",
    kind: 'person',
    spellings: ['Ghul Haseen', 'Gul Hasan', 'Gul Hassan'],
  },
  {
    label: 'Andrei and Andrey Rudenko are one person',
    kind: 'person',
    spellings: ['Andrei Rudenko', 'Andrey Rudenko'],
  },
  {
    label: 'ISIS-K and Islamic State Khorasan are one organisation',
    kind: 'organization',
    spellings: ['ISIS-K', 'Islamic State Khorasan'],
  },
];

/** Gold: timeline milestones, in order: the date prefix, a pattern its sentence matches. */
const MILESTONES: Array<{ label: string; date: string; pattern: RegExp; main?: boolean }> = [
  { label: 'Soviet invasion', date: '1979', pattern: /soviet/i },
  { label: 'terrorist listing', date: '2003', pattern: /terror/i },
  { label: '2021 takeover', date: '2021', pattern: /power|takeover|seiz/i },
  { label: 'Russian imports since 2022', date: '2022', pattern: /import/i },
  { label: '2024 concert-hall attack', date: '2024', pattern: /concert/i },
  { label: 'April 2025 lifting of the ban', date: '2025-04', pattern: /lift|ban\b|suspend/i },
  { label: 'the recognition', date: '2025-07', pattern: /recogni/i, main: true },
];

/** Gold: speakers whose quotes must be attributed. */
const SPEAKERS: Array<{ label: string; pattern: RegExp }> = [
  { label: 'Muttaqi', pattern: /muttaqi/i },
  { label: 'Kabulov', pattern: /kabulov/i },
  { label: 'the Foreign Ministry', pattern: /ministry/i },
];

if (!existsSync(dir)) {
  console.log(`eval:seeds: ${dir} not found; nothing to evaluate.`);
  process.exit(0);
}

const { run, byId, ms } = await runFolder(dir);
const articles = run.articles;
const results = run.stories;

const nameOf = (id: string) => {
  const a = byId.get(id)?.article;
  return a ? `${a.outlet ?? '?'} [${(a.path ?? id).split('/').pop()!.slice(0, 3)}]` : id;
};
const slice = (c: { article: string; start: number; end: number }) =>
  byId.get(c.article)!.article.text.slice(c.start, c.end).replace(/\s+/g, ' ');
const cut = (s: string, n = 150) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

for (const { story, findings, briefing } of results) {
  console.log(`\n=== STORY ${story.id}: ${briefing.headline}`);
  console.log(`articles: ${story.articles.map(nameOf).join('; ')}`);
  printEntities(findings, briefing);
  printDisputes(findings);
  printTimeline(findings);
  printQuotes(findings);
  printNumbers(findings);
  if (findings.diagnostics.length) {
    console.log('\n-- diagnostics');
    for (const d of findings.diagnostics) console.log(`  ${d.code} ${d.severity}: ${d.message}`);
  }
}

console.log(`\n=== DONE-CRITERIA (${ms.toFixed(0)} ms for ${articles.length} documents)`);
const main = results.sort((a, b) => b.items.length - a.items.length)[0];
let failed = 0;
const check = (ok: boolean, label: string, detail = '') => {
  if (!ok) failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  — ${detail}` : ''}`);
};
check(results.length === 1, 'the seeds form one story', `${results.length} stories`);
for (const gold of SAME_ENTITY) {
  const hits = gold.spellings.map((s) =>
    main.findings.entities.find((e) =>
      [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(s.toLowerCase())),
    ),
  );
  const ids = new Set(hits.map((e) => e?.id ?? 'missing'));
  const kind = hits[0]?.kind;
  check(
    ids.size === 1 && !ids.has('missing') && kind === gold.kind,
    gold.label,
    hits.map((e, i) => `${gold.spellings[i]} → ${e ? `${e.id} ${e.kind}` : 'missing'}`).join(', '),
  );
}
const parent = main.findings.entities.find((e) => [e.name, ...e.aliases].includes('Islamic State'));
check(
  !parent || ![parent.name, ...parent.aliases].some((n) => /khorasan|isis-k/i.test(n)),
  'the parent "Islamic State" is not merged into ISIS-K',
  parent ? `${parent.name} / ${parent.aliases.join(', ')}` : 'not listed',
);
const dispute = main.findings.disputes.find((d) => d.kind === 'event-date');
check(
  Boolean(dispute?.variants.some((v) => v.value.startsWith('2023'))),
  'the year 2023 in one outlet shows as a dispute',
  dispute ? dispute.variants.map((v) => v.value).join(' vs ') : 'no date dispute',
);
check(
  Boolean(dispute?.likelyError?.value.startsWith('2023') && dispute.likelyError.reason),
  '...and is flagged as a likely error with the reason',
  dispute?.likelyError ? cut(dispute.likelyError.reason, 120) : 'no likely error',
);
let previous = -1;
for (const m of MILESTONES) {
  const mentioning = new Set<string>();
  // The main event: every outlet of the story, but the one whose date for it is the likely error.
  if (m.main)
    for (const { article } of main.items)
      if (article.id !== dispute?.likelyError?.article) mentioning.add(article.outlet ?? article.id);
  for (const { article, annotations } of m.main ? [] : main.items)
    for (const s of annotations.sentences) {
      const text = article.text.slice(s.start, s.end);
      const dated = annotations.dates.some(
        (d) => d.sentence === s.index && d.value.startsWith(m.date) && d.start >= s.start,
      );
      if (dated && m.pattern.test(text)) mentioning.add(article.outlet ?? article.id);
    }
  const index = main.findings.timeline.findIndex(
    (e) => e.date.startsWith(m.date) && e.citations.some((c) => m.pattern.test(slice(c))),
  );
  const entry = main.findings.timeline[index];
  const shown = main.briefing.timeline.some(
    (e) => e.date === entry?.date && e.text === (entry ? slice(entry.representative) : ''),
  );
  const cited = new Set(entry?.outlets ?? []);
  const missing = [...mentioning].filter((o) => !cited.has(o));
  check(
    Boolean(entry) && missing.length === 0 && index > previous,
    `timeline: ${m.label} (${m.date}) cites every outlet that mentions it`,
    entry
      ? `${entry.date}, ${cited.size}/${mentioning.size} outlets${missing.length ? `, missing ${missing.join(', ')}` : ''}${index > previous ? '' : ', out of order'}${shown ? '' : ', NOT in the briefing'}`
      : 'no entry',
  );
  if (index >= 0) previous = index;
}
const dup = main.findings.timeline.flatMap((e) => e.citations.map((c) => `${c.article}:${c.start}:${c.end}`));
check(new Set(dup).size === dup.length, 'timeline: no passage cited by two entries');
for (const s of SPEAKERS) {
  const g = main.findings.quotes.find((q) => s.pattern.test(q.speaker));
  check(
    Boolean(g),
    `quotes of ${s.label} are attributed`,
    g ? `${g.speaker}: ${g.items.length} quote(s)` : 'none',
  );
}
console.log(`\n${failed === 0 ? 'all criteria pass' : `${failed} criteria fail`}`);

function printEntities(findings: Findings, briefing: StoryBriefing): void {
  console.log('\n-- entities (merged across spellings)');
  for (const e of findings.entities) {
    if (e.kind === 'other' && e.mentions.length < 2) continue;
    console.log(`  ${e.id} ${e.kind} "${e.name}" ×${e.mentions.length} in ${e.articles.length} article(s)`);
    if (e.aliases.length) console.log(`      aliases: ${e.aliases.join(' | ')}`);
    const card = briefing.entities.some((x) => x.name === e.name) ? '' : ' (not in the briefing)';
    for (const d of e.descriptions ?? [])
      console.log(`      described: "${d.text}" by ${d.outlets.join(', ')}${card}`);
    for (const m of e.merges) console.log(`      merged ${m.names[0]} + ${m.names[1]}: ${m.reason}`);
  }
}

function printDisputes(findings: Findings): void {
  console.log('\n-- disputes');
  if (!findings.disputes.length) console.log('  (none)');
  for (const d of findings.disputes) {
    console.log(`  ${d.topic}:`);
    for (const v of d.variants) console.log(`      ${v.value} — ${v.outlets.join(', ')}`);
    if (d.likelyError)
      console.log(
        `      likely error: ${d.likelyError.value} in ${nameOf(d.likelyError.article)}: ${d.likelyError.reason}`,
      );
  }
}

function printTimeline(findings: Findings): void {
  console.log('\n-- timeline');
  for (const e of findings.timeline) {
    console.log(
      `  ${e.date}${e.main ? ' (main event)' : ''} — ${e.outlets.length} outlet(s): ${e.outlets.join(', ')}`,
    );
    console.log(`      ${cut(slice(e.representative))}`);
  }
}

function printQuotes(findings: Findings): void {
  console.log('\n-- quotes');
  for (const g of findings.quotes) {
    const outlets = [...new Set(g.items.map((i) => i.outlet))];
    const wordings = new Set(g.items.map((i) => i.text)).size;
    console.log(`  ${g.speaker} — ${outlets.join(', ')}${wordings > 1 ? ` (${wordings} wordings)` : ''}`);
    for (const i of g.items) console.log(`      “${cut(i.text, 110)}” (${i.outlet})`);
  }
}

function printNumbers(findings: Findings): void {
  console.log('\n-- number claims');
  for (const c of findings.claims.filter((x) => x.kind === 'number'))
    console.log(`  ${c.topic} = ${c.value}${c.approximate ? ' (approx.)' : ''} — ${c.outlet}`);
}
