import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventMonthDay } from '../../src/cluster/event-time.ts';
import { clusterArticles } from '../../src/cluster/index.ts';
import { runByMonthDay, splitByTime } from '../../src/cluster/time-gate.ts';
import { analyze, isAnalyzed } from '../../src/engine.ts';
import type { AnalyzedArticle } from '../../src/model/annotations.ts';
import { monthDayOf } from '../../src/util/month-day.ts';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Equal weights over the given features, of length 1. */
const unitVector = (features: string[]) => new Map(features.map((f) => [f, 1 / Math.sqrt(features.length)]));

/** A text file through extraction and the NLP stage, as `parallax brief` reads it. */
function read(id: string, content: string): AnalyzedArticle {
  const result = analyze({ id, kind: 'text', content, diagnostics: [] });
  assert.ok(isAnalyzed(result), `${id} is usable`);
  return result;
}

// Two floods of one river at one town six years apart: the same engineer, mayor, street and board.
// The 2031 wire follow-up recalls the 2025 weir failure, so its words are nearer the 2025 reports.
const LEVEE_2031 = `River Ostrel floods Penwick as levee gives way

14 March 2031

By Dana Virelli, Lowmarsh Courier

The River Ostrel burst through a levee at Penwick on Thursday night, flooding the lower town and forcing about 800 people from their homes, the Lowmarsh water board said.

Water stood a metre deep on Quay Street by morning. Board engineer Teodor Halsk said the levee had been weakened by a week of heavy rain upstream. "We are pumping round the clock," he said.

Mayor Agnes Brill opened the town hall as a shelter and asked residents to keep away from the river path. The board said sandbags would be handed out at the fire station.

The Ostrel last flooded Penwick in June 2025, when the old weir failed.`;

const WIRE_2031 = `Penwick clears up after Ostrel flood

PENWICK, Mar 16 (NWA) - Residents of Penwick began clearing mud from their homes after the River Ostrel flood, the Lowmarsh water board said, as pumps lowered the water on Quay Street.

Engineer Teodor Halsk said the breach had been closed with rock and sandbags. The old weir, whose jammed gates flooded the lower town before, held this time. "The river is falling, but the ground is soaked," he said.

Mayor Agnes Brill said the town hall shelter would stay open for families whose houses were still wet. Insurers sent assessors to the lower town.

(Reporting by Ilka Moss)`;

const WEIR_2025 = `Old weir fails as Ostrel floods Penwick

3 June 2025

By Dana Virelli, Lowmarsh Courier

The old weir on the River Ostrel failed at Penwick on Monday, sending a surge of water into the lower town and flooding about 200 homes, the Lowmarsh water board said.

Board engineer Teodor Halsk said the weir's gates had jammed after a storm. "We are pumping round the clock," he said. Mayor Agnes Brill opened the town hall as a shelter.

Residents of Quay Street were told to keep away from the river path while crews worked on the weir.`;

const INQUIRY_2025 = `Penwick weir report blames jammed gates

By Ilka Moss, Northwater Agency

An inquiry into the flood of 2 June at Penwick found that the gates of the old weir on the River Ostrel jammed because their motors had not been serviced, the Lowmarsh water board said.

Engineer Teodor Halsk said the weir would be replaced. Mayor Agnes Brill said residents of the lower town and Quay Street deserved better. The board said the river path would reopen.`;

const FERRY = `Harbour ferry fares to rise in April

2 February 2031

By Ola Stenn, Lowmarsh Courier

Fares on the Lowmarsh harbour ferry will rise by ten percent in April, the operator said, blaming fuel costs. Season tickets will be frozen until the summer.`;

test('month and day without a year: month first or day first, abbreviated or not', () => {
  assert.deepEqual(monthDayOf('Mar 16'), { month: 3, day: 16 });
  assert.deepEqual(monthDayOf('Sept. 3'), { month: 9, day: 3 });
  assert.deepEqual(monthDayOf('2 June'), { month: 6, day: 2 });
  assert.deepEqual(monthDayOf('21st of October'), { month: 10, day: 21 });
  assert.deepEqual(monthDayOf('29 February'), { month: 2, day: 29 });
  for (const none of ['Monday', 'March', 'Thursday night', '31 April', 'March 2031', 'last year'])
    assert.equal(monthDayOf(none), null, none);
});

test('event month-day: an undated wire reads its yearless dateline; a dated article has its day instead', () => {
  assert.deepEqual(eventMonthDay(read('w1', WIRE_2031)), { month: 3, day: 16 });
  assert.deepEqual(eventMonthDay(read('i1', INQUIRY_2025)), { month: 6, day: 2 });
  assert.equal(eventMonthDay(read('l1', LEVEE_2031)), null);
  const weekdayOnly = read(
    'x1',
    'Quay Street reopens\n\nQuay Street in Penwick reopened on Friday after the water went down, the water board said.',
  );
  assert.equal(eventMonthDay(weekdayOnly), null);
});

test('run by month-day: the run nearest in the calendar, when clearly nearest and within a month', () => {
  const days = [day('2031-03-14'), day('2025-06-03')];
  const runs = [[0], [1]];
  assert.equal(runByMonthDay({ month: 3, day: 16 }, runs, days), 0);
  assert.equal(runByMonthDay({ month: 6, day: 2 }, runs, days), 1);
  // Nearest by a few days only (5 March of any year vs 14 March and 3 June): still the first run.
  assert.equal(runByMonthDay({ month: 3, day: 5 }, runs, days), 0);
  // More than a month from both: background, not the event.
  assert.equal(runByMonthDay({ month: 10, day: 1 }, runs, days), null);
  // Two events in the same weeks of their years: the date cannot tell them apart.
  assert.equal(runByMonthDay({ month: 3, day: 16 }, runs, [day('2031-03-14'), day('2025-03-20')]), null);
  // Across the new year: 30 December is 4 days from 3 January.
  assert.equal(runByMonthDay({ month: 12, day: 30 }, runs, [day('2031-01-03'), day('2025-06-03')]), 0);
});

test('split by time: an undated member with a month-day joins its run in the calendar, not the one of its words', () => {
  const vectors = [
    ['w:levee', 'w:flood'],
    ['w:weir', 'w:flood'],
    ['w:weir', 'w:gate'],
    ['w:weir', 'w:flood'],
  ].map(unitVector);
  const days = [day('2031-03-14'), day('2025-06-03'), null, null];
  // By words both undated members go with the weir run: the levee run is one article and cuts nothing.
  assert.equal(splitByTime(vectors, days, 180, 2), null);
  const monthDays = [null, null, { month: 6, day: 2 }, { month: 3, day: 16 }];
  assert.deepEqual(splitByTime(vectors, days, 180, 2, monthDays), [
    [1, 2],
    [0, 3],
  ]);
});

test('two floods years apart: the undated reports follow their yearless dates, not their shared words', () => {
  const items = [
    read('a1', LEVEE_2031),
    read('a2', WIRE_2031),
    read('a3', WEIR_2025),
    read('a4', INQUIRY_2025),
    read('a5', FERRY),
  ];
  const groups = clusterArticles(items)
    .map((s) => [...s.articles].sort())
    .sort((a, b) => a[0].localeCompare(b[0]));
  assert.deepEqual(groups, [['a1', 'a2'], ['a3', 'a4'], ['a5']]);
});
