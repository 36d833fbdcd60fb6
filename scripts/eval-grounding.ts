/**
 * How well the LLM rewrite's grounding check (`src/brief/check-grounding.ts`) tells a faithful rewrite
 * from an unfaithful one, on the "what happened" lines of real briefings, without an LLM.
 *
 * Each summary line of the folders' briefings is rewritten by rule, both ways:
 *   faithful (should pass): the line as it stands; its bracketed date written as the date ("on Tuesday
 *     [8 April 2031]" → "on 8 April 2031"); an amount written another way ("€2.05bn" → "€2,050
 *     million", "1,800" → "1800", "three" → "3"); a person's full name shortened to the surname; an
 *     end attribution dropped (", the ministry said." → "."), or moved to the front ("The ministry said
 *     the …").
 *   unfaithful (should fail): a number changed (last digit, or another number word); a name replaced by
 *     a name from another story; a date moved (day ±1, year +1, weekday +1); a negation added ("was" →
 *     "was not").
 * A variant is made only where the line has what it rewrites. Prints, per kind, how many variants the
 * check passes; the faithful rate is what the check lets through, the unfaithful rate what it misses.
 *
 * Usage: `npx tsx scripts/eval-grounding.ts [folder ...]` (default: ../shared stories-dev and seeds).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CitedPassage, groundingProblem } from '../src/brief/check-grounding.ts';
import type { SummaryLine } from '../src/model/briefing.ts';
import { readQuantities } from '../src/reconcile/quantity.ts';
import { FUNCTION_WORDS } from '../src/text/index.ts';
import { runFolder } from './lib/run-folder.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const folders = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(shared, 'data', 'stories-dev'), join(shared, 'seeds')].filter((f) => existsSync(f));

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPELLED: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};
const NEGATABLE = /\b(is|are|was|were|has|have|had|will|would|could|can)\b(?! not\b)/;

type Variant = { kind: string; faithful: boolean; text: string };

/** The faithful and unfaithful variants of one line (`names`: this story's; `foreign`: another story's). */
function variants(line: string, names: string[], foreign: string[]): Variant[] {
  const out: Variant[] = [];
  const bare = line.replace(/ \[[^\]]+\]/g, '');
  const add = (kind: string, faithful: boolean, text: string | null) => {
    if (text !== null && text !== line && text !== bare) out.push({ kind, faithful, text });
  };
  out.push({ kind: 'as it stands', faithful: true, text: line });
  add(
    'bracketed date written as the date',
    true,
    line.replace(new RegExp(`\\b(?:${WEEKDAYS.join('|')}) \\[([^\\]]+)\\]`), '$1'),
  );
  const q = readQuantities(bare).find((x) => !x.ordinal);
  if (q) {
    const written = bare.slice(q.numberStart, q.end);
    add(
      'amount written another way',
      true,
      bare.slice(0, q.numberStart) + otherWriting(written) + bare.slice(q.end),
    );
    add('number changed', false, bare.slice(0, q.numberStart) + changed(written) + bare.slice(q.end));
  }
  const person = names.find((n) => n.includes(' ') && bare.includes(n));
  if (person)
    add('full name shortened to the surname', true, bare.replace(person, person.split(' ').at(-1)!));
  const named = names.find((n) => bare.includes(n));
  const stranger = foreign.find((n) => !bare.includes(n));
  if (named && stranger) add('name replaced by another story’s', false, bare.replace(named, stranger));
  add(
    'end attribution dropped',
    true,
    /, [^,]{3,60} (?:said|says|reported)\.$/.test(bare)
      ? bare.replace(/, [^,]{3,60} (?:said|says|reported)\.$/, '.')
      : null,
  );
  const said = /^(.+), ([^,]{3,60}) (said|says|reported)\.$/.exec(bare);
  if (said) {
    const [, rest, who, verb] = said;
    const first = rest.split(' ')[0];
    const body = FUNCTION_WORDS.has(first.toLowerCase())
      ? first.toLowerCase() + rest.slice(first.length)
      : rest;
    add(
      'attribution moved to the front',
      true,
      `${who.charAt(0).toUpperCase()}${who.slice(1)} ${verb} ${body}.`,
    );
  }
  add('date moved', false, movedDate(bare));
  add('negation added', false, NEGATABLE.test(bare) ? bare.replace(NEGATABLE, '$1 not') : null);
  return out;
}

/** The same amount written another way, or the text itself when no other writing is known. */
function otherWriting(written: string): string {
  const lower = written.toLowerCase();
  if (SPELLED[lower]) return SPELLED[lower];
  const scaled = /^(\d+(?:\.\d+)?)\s*(bn|billion)$/i.exec(written);
  if (scaled) return `${(Number(scaled[1]) * 1000).toLocaleString('en-US')} million`;
  if (/^\d{1,3}(,\d{3})+$/.test(written)) return written.replace(/,/g, '');
  return written;
}

/** The number with its last digit changed, or another number word. */
function changed(written: string): string {
  const lower = written.toLowerCase();
  if (SPELLED[lower]) return lower === 'two' ? 'three' : 'two';
  const m = /(\d)(\D*)$/.exec(written);
  if (!m) return written;
  const digit = (Number(m[1]) + 3) % 10;
  return `${written.slice(0, m.index)}${digit}${m[2]}`;
}

/** The line with its first date moved: a day ±1, a year +1, a weekday +1; null when it has none. */
function movedDate(text: string): string | null {
  const day =
    /\b(\d{1,2})( (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/.exec(
      text,
    ) ??
    /\b((?:January|February|March|April|May|June|July|August|September|October|November|December) )(\d{1,2})\b/.exec(
      text,
    );
  if (day) {
    const [whole, a, b] = day;
    const moved = /^\d/.test(a) ? `${shiftDay(a)}${b}` : `${a}${shiftDay(b)}`;
    return text.slice(0, day.index) + moved + text.slice(day.index + whole.length);
  }
  const year = /\b(19|20)(\d{2})\b/.exec(text);
  if (year) return text.slice(0, year.index) + String(Number(year[0]) + 1) + text.slice(year.index + 4);
  const weekday = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(text);
  if (weekday) {
    const next = WEEKDAYS[(WEEKDAYS.indexOf(weekday[1]) + 1) % 7];
    return text.slice(0, weekday.index) + next + text.slice(weekday.index + weekday[1].length);
  }
  return null;
}

function shiftDay(d: string): string {
  const n = Number(d);
  return String(n >= 27 ? n - 1 : n + 1);
}

const tally = new Map<string, { faithful: boolean; n: number; passed: number; example?: string }>();
let lines = 0;
for (const folder of folders) {
  const { run } = await runFolder(folder);
  const articles = new Map(run.articles.map((a) => [a.id, a]));
  const namesOf = run.stories.map((s) =>
    s.briefing.entities.filter((e) => e.kind !== 'other').map((e) => e.name),
  );
  run.stories.forEach((story, s) => {
    const text = story.items.map((i) => i.article.text).join('\n');
    const foreign = namesOf
      .filter((_, o) => o !== s)
      .flat()
      .filter((n) => n.includes(' ') && !text.includes(n));
    for (const line of story.briefing.summary as SummaryLine[]) {
      lines++;
      const passages: CitedPassage[] = line.citations.flatMap((c) => {
        const a = articles.get(c.article);
        return a ? [{ text: a.text.slice(c.start, c.end), published: a.published }] : [];
      });
      for (const v of variants(line.text, namesOf[s], foreign)) {
        const t = tally.get(v.kind) ?? { faithful: v.faithful, n: 0, passed: 0 };
        const problem = groundingProblem(v.text, passages);
        t.n++;
        if (problem === null) t.passed++;
        else if (v.faithful) t.example ??= `${problem} :: ${v.text}`;
        if (problem === null && !v.faithful) t.example ??= v.text;
        if (process.env.EVAL_GROUNDING_MISSES && (problem === null) !== v.faithful)
          console.log(`miss [${v.kind}] ${problem ?? ''} :: ${v.text}`);
        tally.set(v.kind, t);
      }
    }
  });
}

console.log(`grounding check on ${lines} "what happened" lines of ${folders.length} folders`);
for (const faithful of [true, false]) {
  console.log(faithful ? 'faithful variants (should pass):' : 'unfaithful variants (should fail):');
  let n = 0;
  let passed = 0;
  for (const [kind, t] of tally) {
    if (t.faithful !== faithful) continue;
    n += t.n;
    passed += t.passed;
    console.log(
      `  ${kind.padEnd(40)} ${String(t.passed).padStart(4)} / ${String(t.n).padEnd(4)} pass${t.example ? `   e.g. ${t.example.slice(0, 160)}` : ''}`,
    );
  }
  console.log(
    `  ${'all'.padEnd(40)} ${String(passed).padStart(4)} / ${String(n).padEnd(4)} pass (${((100 * passed) / Math.max(n, 1)).toFixed(1)}%)`,
  );
}
