import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayInWords, stripDateInsertions, withResolvedDates } from '../../src/brief/bracket-dates.ts';
import { announcementQuestion, openQuestion } from '../../src/brief/build-questions.ts';
import { outletName } from '../../src/brief/outlet-name.ts';
import { readsAlone } from '../../src/brief/reads-alone.ts';
import type { DateMention, Mention } from '../../src/model/annotations.ts';

const whole = (t: string) => ({ start: 0, end: t.length });
const mention = (t: string, name: string, kind: Mention['kind'] = 'person'): Mention => ({
  start: t.indexOf(name),
  end: t.indexOf(name) + name.length,
  text: name,
  kind,
  sentence: 0,
  method: 'test',
});

test('a sentence reads alone unless it leans on the one before, is a lead-in, a dateline or half a quote', () => {
  const ok = 'The Orvell council closed the bridge on Monday.';
  assert.ok(readsAlone(ok, whole(ok), []));
  for (const bad of [
    'According to him, the bridge was safe.',
    'Notably, the bridge was closed.',
    'Three lessons stand out for any town by a river:',
    'ORVELL, May 2 (Lakeside Wire) - The bridge was closed.',
    'Ida Brun said: "We are not against the plan.',
    'Why was the bridge closed?',
  ])
    assert.ok(!readsAlone(bad, whole(bad), []), bad);
});

test('a personal pronoun is bound only when a name of the same sentence comes before it', () => {
  const bound = 'Ida Brun said she would reopen the bridge.';
  assert.ok(readsAlone(bound, whole(bound), [mention(bound, 'Ida Brun')]));
  const unbound = 'The engineers said he had warned the council.';
  assert.ok(!readsAlone(unbound, whole(unbound), []));
  const place = 'In Orvell, they closed the bridge.';
  assert.ok(!readsAlone(place, whole(place), [mention(place, 'Orvell', 'place')]));
});

const date = (
  t: string,
  word: string,
  value: string,
  kind: DateMention['kind'] = 'relative',
): DateMention => ({
  start: t.indexOf(word),
  end: t.indexOf(word) + word.length,
  text: word,
  value,
  precision: 'day',
  kind,
  sentence: 0,
});

test('a relative day is resolved in brackets right after it; the insertion strips back to the source', () => {
  const t = 'The bridge closed on Thursday after the storm.';
  const line = withResolvedDates(t, whole(t), [date(t, 'Thursday', '2031-07-03')]);
  assert.equal(line, 'The bridge closed on Thursday [3 July 2031] after the storm.');
  assert.equal(stripDateInsertions(line), t);
  assert.equal(dayInWords('2031-07-03'), '3 July 2031');
  assert.equal(dayInWords('2031-07'), null);
});

test('no bracket when the sentence already names the day, or the date was borrowed from the story', () => {
  const t = 'On Thursday, 3 July 2031, the bridge closed.';
  const dates = [date(t, 'Thursday', '2031-07-03'), date(t, '3 July 2031', '2031-07-03', 'absolute')];
  assert.equal(withResolvedDates(t, whole(t), dates), t);
  const u = 'The bridge closed on Thursday.';
  assert.equal(
    withResolvedDates(u, whole(u), [{ ...date(u, 'Thursday', '2031-07-03'), reference: 'story' }]),
    u,
  );
});

test('only date-shaped brackets are stripped: other bracketed words stay and fail the comparison', () => {
  assert.equal(stripDateInsertions('It closed on Friday [sic].'), 'It closed on Friday [sic].');
  assert.equal(stripDateInsertions('It closed on Friday [4 July 2031].'), 'It closed on Friday.');
  assert.equal(stripDateInsertions('It closed on Friday [the fourth].'), 'It closed on Friday [the fourth].');
});

test('an article is named by its outlet, else its URL host, else "outlet unknown" with its id; never by its file name', () => {
  assert.equal(outletName({ id: 'a1', outlet: ' Lakeside  Wire ' }), 'Lakeside Wire');
  assert.equal(
    outletName({ id: 'a1', outlet: null, url: 'https://www.orvell-post.example/x' }),
    'orvell-post.example',
  );
  assert.equal(
    outletName({ id: 'a1', outlet: null, path: 'in/feeds/004_orvell.txt' }),
    'outlet unknown (a1)',
  );
  assert.notEqual(outletName({ id: 'a1', outlet: null }), outletName({ id: 'a2', outlet: null }));
  assert.equal(outletName({ id: 'a1', outlet: null, path: '-' }), 'standard input');
  assert.equal(outletName({ id: 'a1', outlet: null }), 'outlet unknown (a1)');
});

test('announcements become questions by inverting their own subject and verb', () => {
  assert.equal(
    announcementQuestion('The Orvell council will hold an emergency session on Friday.'),
    'Will the Orvell council hold an emergency session on Friday?',
  );
  assert.equal(
    announcementQuestion('The Lake Authority plans to publish its water data next week.'),
    'Will the Lake Authority publish its water data next week?',
  );
  assert.equal(
    announcementQuestion('Ida Brun said the agency would release the report, officials said.'),
    'Will the agency release the report?',
  );
  // A clause, a pronoun or a negation is not a subject to invert.
  assert.equal(announcementQuestion('The union says it will cut 40 posts.'), null);
  assert.equal(announcementQuestion('He will resign.'), null);
  assert.equal(announcementQuestion('The agency has no plans to rebuild the pier.'), null);
  assert.equal(announcementQuestion('The bridge reopened on Monday.'), null);
});

test('an announcement question needs a subject, an event ahead and the whole date', () => {
  const isName = (w: string) => w === 'Halvorsen';
  const cases: Array<[string, string | null]> = [
    // "at will" is no announcement, and a clause cut at a comma is no subject.
    ['Brannock, unbeaten for years, outpunched the taller Vey at will throughout.', null],
    ['Nurses, and porters will stay on the ward until Friday.', null],
    // "plans to" after a determiner is a noun; an adverbial or a clause with a modal is no subject.
    ['The smugglers dropped their plans to board the ferry.', null],
    ['In wet years the two towns will split the surplus evenly.', null],
    ['Claims that the board cannot settle will go to an arbiter.', null],
    // A date with an abbreviated month keeps its day; a figure keeps its thousands.
    [
      'The younger Dalca will defend her title against Ines Moro in Lisbon on Sept. 14.',
      'Will the younger Dalca defend her title against Ines Moro in Lisbon on Sept. 14?',
    ],
    [
      'The league will pay a prize of 2,750,000 crowns, the chairman said.',
      'Will the league pay a prize of 2,750,000 crowns?',
    ],
    // A common word opening the subject is lower-cased after "Will"; a name keeps its capital.
    ['A sentencing hearing will be held on October 3.', 'Will a sentencing hearing be held on October 3?'],
    [
      'Survey teams will inspect every bridge before the road reopens.',
      'Will survey teams inspect every bridge before the road reopens?',
    ],
    ['Halvorsen will fight again in the spring.', 'Will Halvorsen fight again in the spring?'],
    ['Halvorsen clubs will open in the spring.', 'Will Halvorsen clubs open in the spring?'],
    // "would" of a narrated past or a conditional is no announcement; in reported speech it is.
    ['Marrow would go on to win the vacant belt in 2004 over Ted Lusk.', null],
    ['The attack would be at least his second against the neighbour.', null],
    [
      'Officials said the harbour board would publish the survey next month.',
      'Will the harbour board publish the survey next month?',
    ],
    // Predicted talk is no event, and words inside a quotation are the speaker's.
    ['Many readers will note that the league never ranked the bout.', null],
    ['"The roof would be impossible to save," the chief officer said.', null],
  ];
  for (const [sentence, question] of cases)
    assert.equal(announcementQuestion(sentence, isName), question, sentence);
});

test('questions the articles leave open are asked in their own words', () => {
  assert.equal(
    openQuestion('It is not yet clear why the gates opened six hours early.'),
    'Why the gates opened six hours early?',
  );
  assert.equal(
    openQuestion('The agency did not say whether the pumps had been tested.'),
    'Whether the pumps had been tested?',
  );
  assert.equal(
    openQuestion('Who decided to open the gates before the storm?'),
    'Who decided to open the gates before the storm?',
  );
  assert.equal(openQuestion('The gates opened six hours early.'), null);
});
