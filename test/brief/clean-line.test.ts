import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCleanLine, trimLead } from '../../src/brief/clean-line.ts';
import { readsAlone, unnamedFirstPerson } from '../../src/brief/reads-alone.ts';

const whole = (t: string) => ({ start: 0, end: t.length });
const clean = (t: string) => isCleanLine(t, whole(t));

test('a running-text sentence is a clean line', () => {
  for (const ok of [
    'The ferry operator carried 2.4 million passengers last year.',
    '"We will rebuild the pier," harbour chief Ona Veil said.',
    'Subscriber numbers at the streaming service fell by 40,000 in the quarter.',
    'By the time the tide turned, the pier had collapsed.',
  ])
    assert.ok(clean(ok), ok);
});

test('headlines, bylines, credits, stamps and promotion are never lines', () => {
  for (const bad of [
    'Ferry pier collapses in storm',
    'FERRY PIER COLLAPSES IN OVERNIGHT STORM.',
    'By Mara Quell, Coastal Desk',
    'Additional reporting by Ivo Tess.',
    'Compiled from reporting by our harbour team.',
    'Posted 09:12 | Newsdesk',
    'Subscribe today for unlimited access to the Tide Gazette.',
    'Start your free trial to keep reading.',
    'Follow the Tide Gazette on Instagram and Facebook for live updates.',
    'Channel Nine has exclusive pictures of the rescue.',
    'Photo: Lina Hart.',
    'Home | News | Coast',
    'Read the full story at www.example.org.',
  ])
    assert.ok(!clean(bad), bad);
});

test('half of a number or time cut by sentence splitting is not a line', () => {
  const t = 'Crews arrived at around 4. 30am the next day they left the pier.';
  const cut = t.indexOf('30am');
  assert.ok(!isCleanLine(t, { start: 0, end: cut - 1 }));
  assert.ok(!isCleanLine(t, { start: cut, end: t.length }));
  assert.ok(!clean('The fire on the pier began before 9.'));
});

test('a sentence inside a quotation whose speaker is named elsewhere is not a line', () => {
  const t = '"The pier is gone. Nobody can walk on it until spring," said Ona Veil.';
  const inner = t.indexOf('Nobody');
  assert.ok(!isCleanLine(t, { start: inner, end: t.indexOf(',"') + 1 }));
  const tail = 'Ona Veil spoke to reporters. "Nobody will walk on it until the spring is over.';
  const at = tail.indexOf('Nobody');
  assert.ok(!isCleanLine(tail, { start: at, end: tail.length }));
});

/** Each text, its lead trimmed, starts with what is kept. */
function startsAfterTrim(cases: [text: string, kept: string][]): void {
  for (const [text, kept] of cases) {
    const r = trimLead(text, whole(text));
    assert.ok(text.slice(r.start, r.end).startsWith(kept), text);
  }
}

test('a live-update time or a wire dateline is trimmed off the line, the sentence kept', () => {
  startsAfterTrim([
    ['16:05 GMT - Divers found the second ferry at the harbour mouth.', 'Divers found'],
    ['Updated 9.40am: The coastguard closed the bay to small boats.', 'The coastguard'],
    ['PORT ALDER - The ferry pier collapsed overnight.', 'The ferry'],
    ['PORT ALDER, June 2 (Coast Wire) — The ferry pier collapsed overnight.', 'The ferry'],
    ['TIDEMOUTH (Bay News) — Two ferries sank at their moorings.', 'Two ferries'],
    ['Port Alder / Tidemouth: Two ferries sank at their moorings.', 'Two ferries'],
  ]);
  const plain = 'The coastguard closed the bay.';
  assert.deepEqual(trimLead(plain, whole(plain)), whole(plain));
});

test('an additive connective before a capital is trimmed; one of contrast or time, or before a lower-case word, stays', () => {
  startsAfterTrim([
    ['Meanwhile, harbour master Edda Roos said the pier would stay shut until June.', 'Meanwhile,'],
    ['Meanwhile, Harbour master Edda Roos said the pier would stay shut until June.', 'Harbour master'],
    ['Separately, Coast Wire reported that two trawlers had lost their nets.', 'Coast Wire'],
    ['16:05 GMT - In addition, Tidemouth council opened a second shelter.', 'Tidemouth council'],
    ['However, Tidemouth council refused to open a second shelter.', 'However,'],
    ['Earlier, Tidemouth council opened a second shelter.', 'Earlier,'],
  ]);
});

test('with nouns, a possessive pronoun after a noun and a reported subject pronoun are bound', () => {
  const noun = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
  const own = 'Four divers lost their boat in the storm.';
  assert.ok(!readsAlone(own, whole(own), []));
  assert.ok(readsAlone(own, whole(own), [], [noun(own, 'divers')]));
  const said = 'The coastguard said they would search until dark.';
  assert.ok(readsAlone(said, whole(said), [], [noun(said, 'coastguard')]));
  const day = 'The coastguard said on Sunday they had found the boat.';
  assert.ok(readsAlone(day, whole(day), [], [noun(day, 'coastguard')]));
  // a subject pronoun after a clause of its own still needs a name
  const after = 'After the storm, they searched the bay.';
  assert.ok(!readsAlone(after, whole(after), [], [noun(after, 'storm')]));
});

test('a pronoun in an opening clause is bound by the person who opens the main clause, and only by a person', () => {
  const person = (t: string, name: string) => ({
    start: t.indexOf(name),
    end: t.indexOf(name) + name.length,
    text: name,
    kind: 'person' as const,
    sentence: 0,
    method: 'test',
  });
  const ahead = 'When she left the ministry in 2019, Ilona Marsh joined the harbour board.';
  assert.ok(readsAlone(ahead, whole(ahead), [person(ahead, 'Ilona Marsh')]));
  // the main clause opens with something else: the pronoun points back, out of the sentence
  const back = 'When she left the ministry in 2019, the harbour board hired Ilona Marsh.';
  assert.ok(!readsAlone(back, whole(back), [person(back, 'Ilona Marsh')]));
  const place = 'After they landed, Tidemouth closed its harbour.';
  assert.ok(!readsAlone(place, whole(place), [{ ...person(place, 'Tidemouth'), kind: 'place' as const }]));
});

test('a line in the first person that names nobody: whose "I"?', () => {
  const bare = "I don't think any charges will be filed after the stop.";
  assert.ok(unnamedFirstPerson(bare, whole(bare), []));
  const we = 'We are aware of the issue and are gathering information.';
  assert.ok(unnamedFirstPerson(we, whole(we), []));
  // A speaker named in the line binds it.
  const named = '“We are aware of the issue,” general manager Ada Lund said.';
  const at = named.indexOf('Ada');
  const lund = {
    start: at,
    end: at + 8,
    text: 'Ada Lund',
    kind: 'person' as const,
    sentence: 0,
    method: 'test',
  };
  assert.ok(!unnamedFirstPerson(named, whole(named), [lund]));
  // "US" the country is no pronoun; a third-person line is not first person.
  const us = 'The US navy moved two ships into the gulf.';
  assert.ok(!unnamedFirstPerson(us, whole(us), []));
});
