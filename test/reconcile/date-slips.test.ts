/**
 * One outlet's slip of the main event's date, shown only with evidence its own text gives: a weekday
 * that does not fit the date, a written year that contradicts the weekday or the article's own
 * publication date, a day with a digit added, dropped or swapped against two outlets. A day one off, a
 * slip in a sentence about something else, and two outlets slipping are never called errors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/nlp/index.ts';
import { digitSlip } from '../../src/reconcile/date-slips.ts';
import { reconcileStory } from '../../src/reconcile/index.ts';
import { articleFrom } from '../nlp/fixture-article.ts';

interface Plain {
  outlet: string;
  published: string | null;
  text: string;
}

function dateDisputes(articles: Plain[]) {
  const items = articles.map((a, i) => {
    const article = { ...articleFrom(`d${i}`, a.text, a.published), outlet: a.outlet };
    return { article, annotations: annotate(article) };
  });
  const findings = reconcileStory({ id: 's', articles: items.map((x) => x.article.id) }, items);
  return findings.disputes.filter((d) => d.kind === 'event-date');
}

// 8 September 2031 was a Monday.
const MILL = [
  {
    outlet: 'Hestwick Gazette',
    published: '2031-09-09',
    text: 'A fire destroyed the Orvane grain mill in Hestwick early on Monday, the county fire service said. Forty firefighters fought the blaze for six hours.',
  },
  {
    outlet: 'Dale Wire',
    published: '2031-09-09',
    text: 'Fire gutted the Orvane grain mill in Hestwick on Monday morning, fire officers said. Nobody was hurt in the blaze at the mill.',
  },
  {
    outlet: 'Valley Courier',
    published: null,
    text: 'When the sun came up over Hestwick on Tuesday, September 8, the Orvane grain mill was a black shell. The mill had ground flour for the valley since 1902.',
  },
];

test('a weekday written with the agreed day that does not fit it: the likely error, with both weekdays shown', () => {
  const [d] = dateDisputes(MILL);
  assert.ok(d, 'a date dispute');
  assert.deepEqual(
    d.variants.map((v) => [v.value, v.weekday]),
    [
      ['2031-09-08', 'Monday'],
      ['2031-09-08', 'Tuesday'],
    ],
  );
  assert.equal(d.likelyError?.article, 'd2');
  assert.match(d.likelyError?.reason ?? '', /Tuesday for 2031-09-08, which was a Monday/);
});

test('the same weekday slip in two outlets is no evidence against either', () => {
  const two = [...MILL, { ...MILL[2], outlet: 'Ridge Times', text: MILL[2].text.replace('When', 'As') }];
  assert.deepEqual(dateDisputes(two), []);
});

// 2 October 2031 was a Thursday; 2 October 2030 a Wednesday.
const SMELTER = (slip: string, published: string | null) => [
  {
    outlet: 'Pellard Post',
    published: '2031-10-02',
    text: 'Corran Metals said today it will close the Pellard smelter by spring, ending 400 jobs. The company blamed power prices.',
  },
  {
    outlet: 'Northgate Wire',
    published: null,
    text: 'PELLARD, Oct 2 (Northgate Wire) - Corran Metals on Thursday said it would close its Pellard smelter, cutting 400 jobs.',
  },
  {
    outlet: 'Metals Weekly',
    published,
    text: `Corran Metals announced the closure of the Pellard smelter on ${slip}, blaming power prices. Unions called the decision a betrayal.`,
  },
];

test("a written year that contradicts the article's own publication date is the likely error", () => {
  const [d] = dateDisputes(SMELTER('2 October 2030', '2031-10-02'));
  assert.ok(d, 'a date dispute');
  assert.deepEqual(d.variants.map((v) => v.value).sort(), ['2030-10-02', '2031-10-02']);
  assert.equal(d.likelyError?.article, 'd2');
  assert.match(d.likelyError?.reason ?? '', /publication/);
});

test('a written year is no slip when the article is not dated near the event', () => {
  assert.deepEqual(dateDisputes(SMELTER('2 October 2030', null)), []);
});

// 18 August 2031 was a Monday.
const BRIDGE = (day: string) => [
  {
    outlet: 'Caskell Herald',
    published: '2031-08-19',
    text: 'The new Tarrow river bridge in Caskell opened to traffic on August 18, two years late, the roads agency said.',
  },
  {
    outlet: 'Coast Wire',
    published: '2031-08-19',
    text: 'CASKELL (Coast Wire) - The Tarrow river bridge in Caskell opened on Monday, August 18, after two years of delays.',
  },
  {
    outlet: 'Evening Star',
    published: '2031-08-20',
    text: `Commuters on the east bank have waited a decade for this. Shopkeepers expect more trade. Drivers crowded the Tarrow river bridge in Caskell after it opened on ${day}. Tolls start next year.`,
  },
];

test('a day with a digit dropped, against two outlets that agree, is the likely error', () => {
  const [d] = dateDisputes(BRIDGE('August 8'));
  assert.ok(d, 'a date dispute');
  assert.deepEqual(
    d.variants.map((v) => v.value),
    ['2031-08-18', '2031-08-08'],
  );
  assert.equal(d.likelyError?.article, 'd2');
  assert.match(d.likelyError?.reason ?? '', /2031-08-18/);
});

test('a day one off is a reading of a late night or a time zone, not a slip', () => {
  assert.deepEqual(dateDisputes(BRIDGE('August 17')), []);
});

test('digit slips: added, dropped, swapped; not a changed digit', () => {
  assert.equal(digitSlip('9', '19'), true);
  assert.equal(digitSlip('19', '9'), true);
  assert.equal(digitSlip('12', '21'), true);
  assert.equal(digitSlip('16', '17'), false);
  assert.equal(digitSlip('3', '4'), false);
  assert.equal(digitSlip('7', '7'), false);
});

// 4 March 2031 was a Tuesday.
const FLOOD = [
  {
    outlet: 'Lormont Wire',
    published: '2031-03-05',
    text: 'LORMONT (Lormont Wire) - A flood swept through the town of Lormont in the Essel Valley on Tuesday, forcing 600 people from their homes, the civil protection agency said. Pumps were brought in from the capital.',
  },
  {
    outlet: 'Essel Daily',
    published: '2031-03-05T07:10:00',
    text: 'By Essel Daily staff\n\n07:10\n\nGood morning.\n\nThe flood that hit the Essel Valley on Tuesday 4 March is slowly draining away. Pumps are working through the night.\n\n08:30\n\nThe agency says 600 people spent the night in a school.',
  },
  {
    outlet: 'Valley Review',
    published: null,
    text: 'The flood that swept through Lormont on 14 March has left a brown line on every house in the lower town. Shop owners are counting the cost.',
  },
];

test("a live page's lead is its first full sentences, after the byline, the timestamp and the greeting", () => {
  const [d] = dateDisputes(FLOOD);
  assert.ok(d, 'a date dispute');
  assert.deepEqual(
    d.variants.map((v) => v.value),
    ['2031-03-04', '2031-03-14'],
  );
  assert.equal(d.likelyError?.article, 'd2');
});

// 3 November 2031 was a Monday; 3 November 2030 a Sunday.
const WALKOUT = (slip: string, published: string) => [
  {
    outlet: 'Tessary Courier',
    published: '2031-11-03',
    text: 'Bus drivers at the Tessary depot began a three-day walkout on Monday morning over rosters and pay, the drivers said. No buses left the depot before noon.',
  },
  {
    outlet: 'Radio Tessary',
    published,
    text: `The drivers' walkout enters its second day today. The walkout began on ${slip} and is due to end on Wednesday night.\n\nNight buses are not running.`,
  },
];

test('a written year its own weekday and publication date both contradict is the likely error, even against one outlet', () => {
  const [d] = dateDisputes(WALKOUT('Monday 3 November 2030', '2031-11-04T07:00:00'));
  assert.ok(d, 'a date dispute');
  assert.deepEqual(d.variants.map((v) => v.value).sort(), ['2030-11-03', '2031-11-03']);
  assert.equal(d.likelyError?.article, 'd1');
  assert.match(d.likelyError?.reason ?? '', /Monday fits 2031-11-03/);
});

test('against one outlet, a year slip needs both proofs: the weekday alone or the date alone is no call', () => {
  // The weekday fits the year written: nothing in its own text contradicts it.
  assert.deepEqual(dateDisputes(WALKOUT('Sunday 3 November 2030', '2031-11-04T07:00:00')), []);
  // Published a year on: the written year may be right and the other outlet's day another event.
  assert.deepEqual(dateDisputes(WALKOUT('Monday 3 November 2030', '2032-11-20T07:00:00')), []);
});

// 7 June 2031 was a Saturday, 14 June the Saturday after.
const QUARRY = (line: string, sentence: string) => [
  {
    outlet: 'Brannock Echo',
    published: '2031-06-09',
    text: 'Two climbers were found dead at the foot of the Orrin quarry face near Brannock on Saturday, police said. Mountain rescue teams recovered the bodies by nightfall.',
  },
  {
    outlet: 'Valley Wire',
    published: '2031-06-08',
    text: 'BRANNOCK (Valley Wire) - The bodies of two climbers were found at the Orrin quarry near Brannock on Saturday morning, police said. The pair had not returned from a climb on Friday.',
  },
  {
    outlet: 'Northern Courier',
    published: '2031-06-10',
    text: 'Police named the two climbers found dead at the Orrin quarry near Brannock on Saturday as Edda and Lorn Mael. Both were experienced.',
  },
  {
    outlet: 'Brannock Post',
    published: line,
    text: `Inquest opened into quarry deaths\n\n${sentence} An inquest into the deaths at the Orrin quarry near Brannock was opened and adjourned this morning.`,
  },
];

test('a bare weekday its own date line puts a week after the day two outlets give: a stale date line', () => {
  const [d] = dateDisputes(
    QUARRY(
      '2031-06-17',
      'The bodies of two climbers were found at the foot of the Orrin quarry near Brannock on Saturday.',
    ),
  );
  assert.ok(d, 'a date dispute');
  assert.deepEqual(
    d.variants.map((v) => v.value),
    ['2031-06-07', '2031-06-14'],
  );
  assert.equal(d.likelyError?.article, 'd3');
  assert.match(d.likelyError?.reason ?? '', /date line \(2031-06-17\) is later than its text/);
});

test('a weekday a week on that tells the event again or another event, or a date line days after the event, is no stale date line', () => {
  const again = QUARRY(
    '2031-06-17',
    'Two more climbers were found at the foot of the Orrin quarry near Brannock on Saturday.',
  );
  assert.deepEqual(dateDisputes(again), []);
  const near = QUARRY(
    '2031-06-11',
    'The bodies of two climbers were found at the foot of the Orrin quarry near Brannock on Saturday.',
  );
  assert.deepEqual(dateDisputes(near), []);
  // A later event told in its own words (the arrest a week on), not a copy of the first reports.
  const later = QUARRY(
    '2031-06-17',
    'A guide sought after the deaths of two climbers at the Orrin quarry near Brannock was arrested on Saturday after a tip from a hotel clerk.',
  );
  assert.deepEqual(dateDisputes(later), []);
});
