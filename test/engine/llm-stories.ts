/**
 * Invented raw documents for the LLM rewrite tests: two unrelated stories, two outlets each. Every
 * sentence opens with "The" so a fake model can rewrite any line without touching its names,
 * numbers and dates ("Overall, the …").
 */
import type { RawDocument } from '../../src/model/source.ts';

function doc(id: string, path: string, head: string, body: string[]): RawDocument {
  return { id, path, kind: 'text', content: `${head}\n\n${body.join(' ')}`, diagnostics: [] };
}

/** A dam release in an invented valley, told by two outlets; a ferry strike, told by two others. */
export const LLM_DOCS: RawDocument[] = [
  doc(
    'a0000000dam01',
    'dam-ledger.txt',
    'Orlen Dam opens spillways as Tessa River rises\nValley Ledger\n2031-04-08',
    [
      'The operators of the Orlen Dam opened three spillways on Tuesday as the Tessa River rose 2.4 metres in a day, the regional water authority said.',
      'The release of 1,800 cubic metres a second forced the evacuation of about 650 residents of Marrow Bend, according to the authority.',
      'The authority said the river would peak on Thursday and fall slowly over the weekend.',
      'The mayor of Marrow Bend, Ilse Varga, said the town hall would shelter families until the water went down.',
    ],
  ),
  doc(
    'a0000000dam02',
    'dam-courier.txt',
    'Hundreds leave Marrow Bend as Orlen Dam releases water\nTessa Courier\n2031-04-08',
    [
      'The regional water authority ordered about 650 people out of Marrow Bend on Tuesday after the Orlen Dam opened three spillways.',
      'The Tessa River rose 2.4 metres in a day, and the authority expects it to peak on Thursday.',
      'The mayor, Ilse Varga, said the town hall would shelter families while the water stays high.',
      'The dam was built in 1971 and was last opened this way in 2019.',
    ],
  ),
  doc(
    'a000000ferry1',
    'ferry-post.txt',
    'Ferry crews strike over rosters on Kessel Sound\nHarbour Post\n2031-05-02',
    [
      'The crews of the Kessel Sound ferries walked out on Friday in a dispute over rosters, halting 42 daily crossings.',
      'The union representing 310 deckhands said the strike would last 48 hours unless talks resumed.',
      'The operator, Sound Link, said it had offered a new roster that cut night shifts by a fifth.',
      'The strike left island commuters relying on a single private water taxi.',
    ],
  ),
  doc(
    'a000000ferry2',
    'ferry-gazette.txt',
    'Kessel Sound ferries halted by 48-hour strike\nIsland Gazette\n2031-05-02',
    [
      'The Kessel Sound ferry service stopped on Friday when crews began a 48-hour strike over rosters.',
      'The union, which represents 310 deckhands, said 42 daily crossings were cancelled.',
      'The operator Sound Link said its roster offer would cut night shifts by a fifth.',
      'The island council asked commuters to share cars to the water taxi pier.',
    ],
  ),
];
