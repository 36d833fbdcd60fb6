/**
 * Dates resolved by tense and anchor: scheduled things lie ahead, named events and reference points
 * are not dates of the story.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveDates } from '../../src/nlp/resolve-dates.ts';

const PUBLISHED = '2031-03-12'; // a Wednesday
const dates = (text: string) =>
  resolveDates(text, [{ index: 0, start: 0, end: text.length } as never], PUBLISHED).map((d) => [
    d.text,
    d.value,
    d.qualifier ?? '',
  ]);

test('a programme "to air" on a weekday airs after the report, not before', () => {
  assert.deepEqual(dates('The interview with the minister is to air Tuesday on Channel Six.'), [
    ['Tuesday', '2031-03-18', ''],
  ]);
  assert.deepEqual(dates('The ferry line closed on Tuesday.'), [['Tuesday', '2031-03-11', '']]);
});

test('a scheduled proceeding before its date lies ahead ("sentencing June 28")', () => {
  assert.deepEqual(dates('Orlov, who pleaded guilty, faces sentencing June 28 in Velm.'), [
    ['June 28', '2031-06-28', ''],
  ]);
});

test('a date that names an event is no date of the story', () => {
  assert.deepEqual(dates('She lost her father in the March 4 bombings.'), []);
});

test('"since" makes a date a reference point; a year that names a thing is an attribute', () => {
  assert.deepEqual(dates('Wheat prices are the lowest since February 2019.'), [
    ['February 2019', '2019-02', 'since'],
  ]);
  assert.deepEqual(dates('Deputies amended the 1922 charter on Monday.'), [['Monday', '2031-03-10', '']]);
});

test('"planned" as an adjective does not turn a past weekday forward', () => {
  assert.deepEqual(dates('Mourners left a planned vigil for the boy, who was shot on Saturday night.'), [
    ['Saturday night', '2031-03-08', ''],
  ]);
});

test('a past verb right before the date dates a past act, whatever future the clause spoke of', () => {
  assert.deepEqual(
    dates('The Velm tannery is to be sold to a Dorsk group, the owners confirmed on 9 March.'),
    [['9 March', '2031-03-09', '']],
  );
  assert.deepEqual(dates('The tannery will be sold on 19 March.'), [['19 March', '2031-03-19', '']]);
});

test('a proceeding before its date lies ahead only while nothing tells it as past', () => {
  assert.deepEqual(dates('At the earlier hearing on Monday the accused was remanded in custody.'), [
    ['Monday', '2031-03-10', ''],
  ]);
  assert.deepEqual(dates('The inquest on Monday was adjourned until the summer.'), [
    ['Monday', '2031-03-10', ''],
  ]);
  assert.deepEqual(dates('The inquest on Monday will hear from two pathologists.'), [
    ['Monday', '2031-03-17', ''],
  ]);
});

test('an offset from another event ("the next day", "the following morning") is no date of the report', () => {
  assert.deepEqual(dates('The ferry sank on Monday. The next day, divers reached the hull.'), [
    ['Monday', '2031-03-10', ''],
  ]);
  assert.deepEqual(dates('Police arrested the driver the following morning.'), []);
});

test('a weekend is two days: it keeps the month, not a day', () => {
  assert.deepEqual(dates('The Dorsk depot burned down at the weekend.'), [['weekend', '2031-03', '']]);
});

test('"since the 1970 merger" is a bound; a model year or a film\'s year is an attribute', () => {
  assert.deepEqual(dates('She is the first coach since the 1970 merger to win ten in a row.'), [
    ['1970', '1970', 'since'],
  ]);
  assert.deepEqual(dates('A man driving a 2007 Valcor Sedan tipped off the police.'), []);
  assert.deepEqual(dates('The case inspired the 1976 movie about the two reporters.'), []);
  assert.deepEqual(dates('Both ran in the 2008 Olympics.'), [['2008', '2008', '']]);
});

test('a schedule told in the present ("starts October 5") lies ahead; "the day after" is an offset', () => {
  assert.deepEqual(dates('The Velm campaign starts October 5, the commission said.'), [
    ['October 5', '2031-10-05', ''],
  ]);
  assert.deepEqual(dates('The Velm campaign started October 5.'), [['October 5', '2030-10-05', '']]);
  assert.deepEqual(dates('He bought a rifle the day after the hearing.'), []);
});

test('what someone expects or hopes something to do lies ahead', () => {
  assert.deepEqual(dates('Engineers expect the Velm bridge to reopen in October.'), [
    ['October', '2031-10', ''],
  ]);
  assert.deepEqual(dates('Engineers expected trouble in October.'), [['October', '2030-10', '']]);
});

test('"last April" is behind even in a clause about the future; "the end of July" is the month', () => {
  assert.deepEqual(dates('Fixing the defence will be hard after losing Orvik last April.'), [
    ['April', '2030-04', ''],
  ]);
  assert.deepEqual(dates('At the end of July, a gunman robbed the Velm gallery.'), [
    ['end of July', '2030-07', ''],
  ]);
  assert.deepEqual(dates('The climber is thought to have fallen much earlier in the day.'), []);
});

test('a year in a product name, an identifier or an address is no date', () => {
  assert.deepEqual(dates('The flaw affects Velmsoft Server 2027 and is tracked as VX-2030-1187.'), []);
  assert.deepEqual(dates('He was arrested at 2088 Tarrow Street.'), []);
  assert.deepEqual(dates('The lights still burned in the 1950s-style office block.'), []);
  assert.deepEqual(dates('The rules are 2008-era relics, the minister said.'), []);
  assert.deepEqual(dates('In 2027, he was charged; in May 2026 he fled.'), [
    ['2027', '2027', ''],
    ['May 2026', '2026-05', ''],
  ]);
});

test('"on a Friday" is any Friday; what is due or prepared for lies ahead; "the 1998 animated film" is an attribute', () => {
  assert.deepEqual(dates('The gunman fired on a Friday afternoon as schools let out.'), []);
  assert.deepEqual(dates('Orlov is due in court March 17.'), [['March 17', '2031-03-17', '']]);
  assert.deepEqual(dates('The mayor prepares to open the Velm bridge on Friday.'), [
    ['Friday', '2031-03-14', ''],
  ]);
  assert.deepEqual(dates('She co-wrote the 2027 animated film about the strike.'), []);
});

test('a day told as past that falls weeks after the report is a contradiction, not last year', () => {
  const found = (text: string) =>
    resolveDates(text, [{ index: 0, start: 0, end: text.length } as never], PUBLISHED).map((d) => [
      d.value,
      d.afterReport ?? false,
    ]);
  assert.deepEqual(found('The Velm ferry sank on March 30.'), [['2031-03-30', true]]);
  assert.deepEqual(found('The Velm ferry sank on May 30.'), [['2030-05-30', false]]);
  assert.deepEqual(found('The Velm ferry will sail on March 30.'), [['2031-03-30', false]]);
});

test('a capitalised word opening the sentence is no product name: "Between 2027 and 2029" holds two years', () => {
  assert.deepEqual(dates('Between 2027 and 2029, the Velm works ran late.'), [
    ['2027', '2027', ''],
    ['2029', '2029', ''],
  ]);
  assert.deepEqual(dates('Crews patched Velmsoft Server 2027 overnight.'), []);
});

test('"the end of the month" is the report\'s own month; a schedule with "at the" before its date lies ahead', () => {
  assert.deepEqual(dates('Sales at the Velm mill fell at the end of the month.'), [
    ['end of the month', '2031-03', ''],
  ]);
  assert.deepEqual(dates('The Velm trial starts at the end of April.'), [['end of April', '2031-04', '']]);
});

test('"next to" is a place, not the future: the past day stays behind the report', () => {
  assert.deepEqual(dates('It was next to the Orvel bridge that the ferryman was stabbed on 2 March.'), [
    ['2 March', '2031-03-02', ''],
  ]);
  assert.deepEqual(dates('The kiosk next door to the mill burned down on Sunday.'), [
    ['Sunday', '2031-03-09', ''],
  ]);
});

test('a hearing "pencilled in" for a month lies ahead of the report', () => {
  assert.deepEqual(dates('A two-day hearing was pencilled in for February at Velm crown court.'), [
    ['February', '2032-02', ''],
  ]);
  assert.deepEqual(dates('A review of the dam was penciled in for June.'), [['June', '2031-06', '']]);
});

test('a past verb that governs the proceeding keeps its date behind the report ("went on trial on Monday")', () => {
  assert.deepEqual(dates('Dorek Vann went on trial on Monday in Velm.'), [['Monday', '2031-03-10', '']]);
  assert.deepEqual(dates('Dorek Vann faces trial on Monday in Velm.'), [['Monday', '2031-03-17', '']]);
});
