/**
 * Evaluates reconciliation on the example corpus (`examples/`, answer key `examples/README.md`).
 *
 * Usage: `tsx scripts/eval-examples.ts [--data DIR] [--verbose]` (npm script `eval:examples`).
 * Runs every stage, finds for each story folder the story that holds most of its articles, and checks
 * the facts the answer key plants: spellings merged into one entity, planted disputes found with their
 * likely error, no bogus dispute, quotes grouped under the right speaker, durations and plans kept out
 * of "How we got here". Prints one PASS/FAIL line per check and the count.
 *
 * The gold below names the fictional people of the examples: it is evaluation data (like a test's
 * expected output), never read by the engine, whose rules know no names.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Findings } from '../src/model/findings.ts';
import { runFolder } from './lib/run-folder.ts';

const { values: args } = parseArgs({
  options: { data: { type: 'string', default: 'examples' }, verbose: { type: 'boolean', default: false } },
});
const dir = args.data!;

/** A planted dispute: the values that must be variants (numbers or date prefixes), and the likely error. */
interface PlantedDispute {
  label: string;
  kind: 'number' | 'event-date';
  values: string[];
  /** Values that must NOT be in the same dispute. */
  foreign?: string[];
  error?: { value: string; file: string; reason?: RegExp };
  /** True when the key says no variant is a clear error. */
  noError?: boolean;
}

interface StoryGold {
  folder: string;
  spellings: string[][];
  disputes: PlantedDispute[];
  /** Topics (regexp over topic + values) a dispute may have without being bogus. */
  allowed: RegExp[];
  /** Quote groups: a speaker pattern and the outlet files (prefixes) whose variants must be in one group. */
  quotes: Array<{ speaker: RegExp; files: string[] }>;
  /** Speakers that must never appear. */
  notSpeakers: RegExp[];
  /** Date prefixes that must not appear in the past timeline. */
  notInTimeline: string[];
}

const GOLD: StoryGold[] = [
  {
    folder: 'brennick-flood',
    spellings: [
      ['Karim Nasrallah', 'Kareem Nasrallah', 'Karim Nasralla'],
      ['Alexander Koval', 'Aleksandr Koval'],
      ['Saule Basin Authority', 'SBA'],
      ['Brennick Fire and Rescue Service', 'BFRS'],
      ['National Infrastructure Fund', 'NIF'],
    ],
    disputes: [
      {
        label: 'event date 2026-03-11 vs 2025-03-11',
        kind: 'event-date',
        values: ['2026-03-11', '2025-03-11'],
        error: { value: '2025-03-11', file: '04-', reason: /Tuesday|Wednesday/ },
      },
      {
        label: 'residents evacuated 212 vs 214',
        kind: 'number',
        values: ['212', '214'],
        foreign: ['37', '9'],
        noError: true,
      },
    ],
    allowed: [/date of the main event/, /\b(212|214|200)\b/, /\b(90|93|100)\b/],
    quotes: [
      { speaker: /nasrall/i, files: ['01-', '02-', '03-'] },
      { speaker: /koval/i, files: ['01-', '02-', '03-'] },
    ],
    notSpeakers: [/\b(lane|street|road|quay|bridge)\b/i],
    notInTimeline: ['2032', '2026-03-06', '2025-03-15', '2026-03-13'],
  },
  {
    folder: 'brennick-port-strike',
    spellings: [['Sofia Dmitrieva', 'Sofiya Dmitriyeva', 'Sophia Dmitrieva']],
    disputes: [
      {
        label: 'strike start 2026-03-13 vs 2026-03-14 (weekday)',
        kind: 'event-date',
        values: ['2026-03-13', '2026-03-14'],
        error: { value: '2026-03-14', file: '02-', reason: /Friday|Saturday/ },
      },
      {
        label: 'jobs cut 340 vs 430',
        kind: 'number',
        values: ['340', '430'],
        error: { value: '430', file: '03-' },
      },
      {
        label: 'workers on strike 1180 vs fewer than 900',
        kind: 'number',
        values: ['1180', '900'],
        noError: true,
      },
    ],
    allowed: [/date of the main event/, /\b(340|430|350)\b/, /\b(1180|900|1200)\b/],
    quotes: [
      { speaker: /dmitri/i, files: ['01-', '03-', '04-'] },
      { speaker: /aalto/i, files: ['01-', '02-'] },
    ],
    notSpeakers: [/\b(lane|street|road|quay|gate)\b/i],
    notInTimeline: ['2027', '2026-03-18', '2026-03-16'],
  },
  {
    folder: 'halcyon-star-wreck',
    spellings: [
      ['Mehmet Yildirim', 'Mehmet Yıldırım', 'Mehmet Yildrim'],
      ['Catherine Crane-Whitby', 'Katharine Crane-Whitby'],
      ['Institute for Coastal Archaeology', 'ICA'],
    ],
    disputes: [
      {
        label: 'sinking November 1847 vs 1874',
        kind: 'event-date',
        values: ['1847', '1874'],
        error: { value: '1874', file: '04-' },
      },
      {
        label: 'depth 62 vs 64 m',
        kind: 'number',
        values: ['62', '64'],
        error: { value: '64', file: '03-' },
      },
      { label: 'aboard 41 vs 43', kind: 'number', values: ['41', '43'], error: { value: '43', file: '04-' } },
    ],
    allowed: [/\b(1847|1874)\b/, /\b(62|64)\b/, /\b(41|43)\b/],
    quotes: [
      { speaker: /yildi|yıldı|yildr/i, files: ['01-', '02-', '04-'] },
      { speaker: /crane-whitby/i, files: ['01-', '03-'] },
    ],
    notSpeakers: [/^(josiah crane|copper snag)$/i],
    notInTimeline: ['2204', '2018'],
  },
  {
    folder: 'unrelated',
    spellings: [],
    disputes: [],
    allowed: [],
    quotes: [],
    notSpeakers: [],
    notInTimeline: [],
  },
];

if (!existsSync(dir)) {
  console.log(`eval:examples: ${dir} not found; nothing to evaluate.`);
  process.exit(0);
}

const { run, byId, ms } = await runFolder(dir);
const articles = run.articles;
const stories = run.stories;

const pathOf = (id: string) => byId.get(id)?.article.path ?? id;
const fileOf = (id: string) => pathOf(id).split('/').pop() ?? id;
const slice = (c: { article: string; start: number; end: number }) =>
  byId.get(c.article)!.article.text.slice(c.start, c.end).replace(/\s+/g, ' ');

let passed = 0;
let failed = 0;
const check = (ok: boolean, label: string, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  — ${detail}` : ''}`);
};

for (const gold of GOLD) {
  const best = stories
    .map((s) => ({ s, n: s.items.filter((a) => pathOf(a.article.id).includes(`/${gold.folder}/`)).length }))
    .sort((a, b) => b.n - a.n)[0];
  console.log(`\n=== ${gold.folder}`);
  if (!best || best.n === 0) {
    check(false, `${gold.folder}: a story holds its articles`);
    continue;
  }
  const f = best.s.findings;
  if (args.verbose) printFindings(f);
  for (const spellings of gold.spellings) {
    const hits = spellings.map((s) =>
      f.entities.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === s.toLowerCase())),
    );
    const ids = new Set(hits.map((e) => e?.id ?? 'missing'));
    check(
      ids.size === 1 && !ids.has('missing'),
      `spellings are one entity: ${spellings.join(' / ')}`,
      hits.map((e, i) => `${spellings[i]} → ${e?.id ?? 'missing'}`).join(', '),
    );
  }
  for (const p of gold.disputes) {
    const d = f.disputes.find(
      (x) =>
        (p.kind === 'number' ? x.kind === 'number' : x.kind !== 'number') &&
        p.values.every((v) => x.variants.some((y) => y.value.replace(/^\D+/, '').startsWith(v))),
    );
    check(
      Boolean(d),
      `dispute found: ${p.label}`,
      d ? `${d.topic}: ${d.variants.map((v) => v.value).join(' vs ')}` : 'none',
    );
    if (!d) continue;
    if (p.foreign) {
      const mixed = d.variants.filter((v) => p.foreign!.includes(v.value));
      check(
        mixed.length === 0,
        `  only like with like in "${d.topic}"`,
        mixed.length ? `also holds ${mixed.map((v) => v.value).join(', ')}` : '',
      );
    }
    if (p.error) {
      const e = d.likelyError;
      const ok =
        Boolean(e) &&
        e!.value.startsWith(p.error.value) &&
        fileOf(e!.article).startsWith(p.error.file) &&
        (!p.error.reason || p.error.reason.test(e!.reason));
      check(
        ok,
        `  likely error ${p.error.value} in ${p.error.file}`,
        e ? `${e.value} in ${fileOf(e.article)}: ${e.reason}` : 'none flagged',
      );
    }
    if (p.noError)
      check(
        !d.likelyError,
        '  no likely error claimed',
        d.likelyError ? `flagged ${d.likelyError.value}` : '',
      );
  }
  const bogus = f.disputes.filter((d) => {
    const text = `${d.topic} ${d.variants.map((v) => v.value.replace(/^\D+/, '')).join(' ')}`;
    return (
      !gold.allowed.some((r) => r.test(text)) ||
      (d.kind !== 'number' &&
        !gold.disputes.some(
          (p) =>
            p.kind === 'event-date' && d.variants.every((v) => p.values.some((x) => v.value.startsWith(x))),
        ))
    );
  });
  check(
    bogus.length === 0,
    'no bogus dispute',
    bogus.map((d) => `${d.topic}: ${d.variants.map((v) => v.value).join(' vs ')}`).join('; '),
  );
  for (const q of gold.quotes) {
    const groups = f.quotes.filter((g) => q.speaker.test(g.speaker));
    const full = groups.find((g) =>
      q.files.every((file) => g.items.some((i) => fileOf(i.citation.article).startsWith(file))),
    );
    check(
      Boolean(full),
      `quote variants grouped under ${q.speaker.source} (${q.files.join(' ')})`,
      groups
        .map(
          (g) =>
            `${g.speaker}: ${[...new Set(g.items.map((i) => fileOf(i.citation.article).slice(0, 3)))].join('')}`,
        )
        .join('; ') || 'no group',
    );
  }
  if (gold.notSpeakers.length) {
    const bad = f.quotes.filter((g) => gold.notSpeakers.some((r) => r.test(g.speaker)));
    check(bad.length === 0, 'no place or object as a speaker', bad.map((g) => g.speaker).join(', '));
  }
  if (gold.notInTimeline.length) {
    const bad = f.timeline.filter((e) => gold.notInTimeline.some((d) => e.date.startsWith(d)));
    check(
      bad.length === 0,
      `past timeline holds no ${gold.notInTimeline.join(' / ')}`,
      bad.map((e) => `${e.date}: ${slice(e.representative).slice(0, 60)}`).join('; '),
    );
  }
}
console.log(
  `\nexamples: ${passed} PASS, ${failed} FAIL (${ms.toFixed(0)} ms for ${articles.length} documents)`,
);

function printFindings(f: Findings): void {
  for (const d of f.disputes) {
    console.log(`  dispute ${d.topic} [${d.key}]`);
    for (const v of d.variants)
      console.log(
        `     ${v.value} — ${v.citations.map((c) => `${fileOf(c.article).slice(0, 3)}"${slice(c)}"`).join(', ')}`,
      );
    if (d.likelyError) console.log(`     likely error ${d.likelyError.value}: ${d.likelyError.reason}`);
  }
  for (const e of f.timeline)
    console.log(`  tl ${e.date} ${e.outlets.length} ${slice(e.representative).slice(0, 90)}`);
  for (const e of f.upcoming ?? [])
    console.log(`  up ${e.date} ${e.outlets.length} ${slice(e.representative).slice(0, 90)}`);
  for (const g of f.quotes)
    console.log(
      `  q ${g.speaker}: ${g.items.map((i) => `${fileOf(i.citation.article).slice(0, 3)}${i.text.slice(0, 40)}`).join(' | ')}`,
    );
  for (const c of f.claims.filter((x) => x.kind !== 'number' && x.kind !== 'event-date'))
    console.log(`  claim ${c.key} = ${c.value} (${c.outlet})`);
}
