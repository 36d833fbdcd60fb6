import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBriefing } from '../../src/brief/check-briefing.ts';
import type { StoryBriefing } from '../../src/model/briefing.ts';

const text =
  'The dam at Orvell opened in 1961. Floods hit Orvell on Monday. “We are rebuilding,” the mayor said.';
const articles = [
  { id: 'a1', text, outlet: 'One' },
  { id: 'a2', text, outlet: 'Two' },
];
const at = (s: string) => ({ article: 'a1', start: text.indexOf(s), end: text.indexOf(s) + s.length });

function valid(): StoryBriefing {
  const flood = 'Floods hit Orvell on Monday.';
  return {
    id: 's1',
    headline: 'Floods',
    articles: ['a1', 'a2'],
    summary: [{ text: flood, citations: [at(flood)] }],
    facts: [
      {
        text: flood,
        citations: [at(flood), { ...at(flood), article: 'a2' }],
        status: 'corroborated',
        sources: 2,
      },
    ],
    disputes: [],
    timeline: [
      {
        text: 'The dam at Orvell opened in 1961.',
        citations: [at('The dam at Orvell opened in 1961.')],
        date: '1961',
      },
    ],
    quotes: [{ speaker: 'the mayor', text: 'We are rebuilding', citations: [at('We are rebuilding')] }],
    entities: [],
    perSource: [],
    questions: [],
  };
}

test('a valid briefing has no problems', () => {
  assert.deepEqual(checkBriefing(valid(), articles), []);
});

test('each broken invariant is reported', () => {
  const cases: Array<[string, (b: StoryBriefing) => void, RegExp]> = [
    ['uncited line', (b) => (b.summary[0].citations = []), /summary\[0\]: no citation/],
    ['range outside text', (b) => (b.timeline[0].citations[0].end = text.length + 5), /outside article a1/],
    ['unknown article', (b) => (b.facts[0].citations[1].article = 'a9'), /unknown article a9/],
    [
      'text not its passage',
      (b) => (b.summary[0].text = 'Floods hit Orvell.'),
      /not its first cited passage/,
    ],
    ['quote not verbatim', (b) => (b.quotes[0].text = 'We are rebuilding now'), /not verbatim/],
    ['wrong sources count', (b) => (b.facts[0].sources = 3), /sources is 3 but it cites 2/],
    ['bad date', (b) => (b.timeline[0].date = '1961-13'), /not YYYY/],
    [
      'overlapping summary',
      (b) =>
        b.summary.push({
          text: 'Floods hit Orvell on Monday.',
          citations: [at('Floods hit Orvell on Monday.')],
        }),
      /share more than 50%/,
    ],
  ];
  for (const [name, breakIt, expected] of cases) {
    const b = valid();
    breakIt(b);
    const problems = checkBriefing(b, articles);
    assert.ok(
      problems.some((p) => expected.test(p)),
      `${name}: ${problems.join(' | ')}`,
    );
  }
});

test('a bracketed date after a relative date is the one insertion allowed in a line', () => {
  const b = valid();
  b.summary[0] = { ...b.summary[0], text: 'Floods hit Orvell on Monday [3 May 2032].' };
  assert.deepEqual(checkBriefing(b, articles), []);
  b.summary[0] = { ...b.summary[0], text: 'Floods hit Orvell on Monday [the third].' };
  assert.match(checkBriefing(b, articles).join('\n'), /summary\[0\]: text is not its first cited passage/);
  b.summary[0] = { ...b.summary[0], text: 'Floods hit Orvell [3 May 2032] on Monday.' };
  assert.deepEqual(checkBriefing(b, articles), [], 'only the bracket is removed, wherever it stands');
  b.summary[0] = { ...b.summary[0], text: 'Floods hit Orvell on Monday [3 May 2032] again.' };
  assert.match(checkBriefing(b, articles).join('\n'), /summary\[0\]/);
});

test("a papers line opens with its cited outlet's label and then is the passage, first letter case aside", () => {
  const b = valid();
  const dam = 'The dam at Orvell opened in 1961.';
  b.papers = [{ text: 'One reports that the dam at Orvell opened in 1961.', citations: [at(dam)] }];
  assert.deepEqual(checkBriefing(b, articles), []);
  b.papers = [{ text: 'Two reports that the dam at Orvell opened in 1961.', citations: [at(dam)] }];
  assert.match(checkBriefing(b, articles).join('\n'), /papers\[0\]: does not open with "One reports that "/);
  b.papers = [{ text: 'One reports that the dam at Orvell opened in 1962.', citations: [at(dam)] }];
  assert.match(
    checkBriefing(b, articles).join('\n'),
    /papers\[0\]: text after its label is not its cited passage/,
  );
  b.papers = [{ text: 'One reports that the dam at Orvell opened in 1961.', citations: [] }];
  assert.match(checkBriefing(b, articles).join('\n'), /papers\[0\]: no citation/);
});

test('an article without an outlet is labelled "outlet unknown" with its id in papers lines, not by its file name', () => {
  const b = valid();
  const dam = 'The dam at Orvell opened in 1961.';
  b.papers = [
    { text: 'outlet unknown (a1) reports that the dam at Orvell opened in 1961.', citations: [at(dam)] },
  ];
  const named = [{ id: 'a1', text, outlet: null, path: 'in/orvell.txt' }, articles[1]];
  assert.deepEqual(checkBriefing(b, named), []);
});

test('a theme label uses only words of its lines, and every theme line is checked like any line', () => {
  const b = valid();
  const dam = 'The dam at Orvell opened in 1961.';
  const flood = 'Floods hit Orvell on Monday.';
  b.themes = [
    {
      label: 'Dam · Orvell',
      lines: [
        { text: dam, citations: [at(dam)] },
        { text: flood, citations: [at(flood)] },
      ],
    },
  ];
  assert.deepEqual(checkBriefing(b, articles), []);
  b.themes = [{ label: 'Dam · reservoir', lines: [{ text: dam, citations: [at(dam)] }] }];
  assert.match(
    checkBriefing(b, articles).join('\n'),
    /themes\[0\]: label word "reservoir" is not in its lines/,
  );
  b.themes = [{ label: 'Dam', lines: [{ text: 'The dam at Orvell opened in 1962.', citations: [at(dam)] }] }];
  assert.match(
    checkBriefing(b, articles).join('\n'),
    /themes\[0\]\.lines\[0\]: text is not its first cited passage/,
  );
});
