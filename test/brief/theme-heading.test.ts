import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingChunks, themeHeading } from '../../src/brief/theme-heading.ts';
import type { Article } from '../../src/model/article.ts';
import { annotate } from '../../src/nlp/index.ts';
import { contentWords } from '../../src/text/index.ts';

interface Said {
  outlet: string;
  text: string;
  /** In the theme (default true). */
  theme?: boolean;
  /** One of the theme's shown lines (default true for theme sentences). */
  shown?: boolean;
  /** The article has no publication date (so no weekday is read as a date). */
  undated?: boolean;
}

/** Each invented sentence as its own article through the real NLP stage (the rule reads POS tags). */
function heading(said: readonly Said[]): string | null {
  return themeHeading(
    said.map((s, i) => {
      const article: Article = {
        id: `a${i}`,
        title: '',
        outlet: s.outlet,
        author: null,
        published: s.undated ? null : '2031-03-04',
        language: 'en',
        text: s.text,
        paragraphs: [{ start: 0, end: s.text.length }],
        extraction: { method: 'plain-text', sources: {}, removed: [] },
        diagnostics: [],
        usable: true,
      };
      const a = annotate(article);
      const theme = s.theme ?? true;
      return {
        text: s.text,
        chunks: headingChunks({ text: s.text, tokens: a.tokens, names: a.mentions, dates: a.dates }),
        outlet: s.outlet,
        theme,
        shown: s.shown ?? theme,
        stems: new Set(contentWords(s.text)),
      };
    }),
  );
}

const E = 'Dunvale Echo';
const P = 'Northmoor Post';
const K = 'Radio Kell';

/** Invented themes, each with the heading it must get (null: the caller falls back to key phrases). */
const cases: Array<{ rule: string; said: Said[]; heading: string | null }> = [
  {
    rule: 'a noun chunk with its modifier that two outlets write, not a list of keywords',
    said: [
      { outlet: E, text: 'The search for survivors went on through the night in the flooded quarter.' },
      {
        outlet: P,
        text: 'Volunteers from three villages joined the search for survivors after the water fell.',
      },
      { outlet: K, text: 'Divers widened the search as hopes faded.', shown: false },
      { outlet: K, text: 'The river burst its banks near the old tannery.', theme: false },
    ],
    heading: 'The search for survivors',
  },
  {
    rule: 'the modifier is kept when both outlets write it',
    said: [
      { outlet: E, text: 'The council promised compensation for residents whose cellars were flooded.' },
      { outlet: P, text: 'Compensation for residents will come from an emergency fund, the treasurer said.' },
    ],
    heading: 'Compensation for residents',
  },
  {
    rule: 'the words its line writes before the shared chunk, when both outlets use them',
    said: [
      { outlet: E, text: 'Orsley grain prices rose sharply after the hailstorm.' },
      { outlet: P, text: 'Traders expect grain prices in Orsley to stay high until the spring.' },
    ],
    heading: 'Orsley grain prices',
  },
  {
    rule: 'never a name alone or a light noun: null when nothing else is shared',
    said: [
      { outlet: E, text: 'Teodor Vanek said the number was still rising.' },
      { outlet: P, text: 'Teodor Vanek gave the number at a briefing.' },
    ],
    heading: null,
  },
  {
    rule: 'never a date word ("weeks")',
    said: [
      { outlet: E, text: 'The mountain road stayed closed for three weeks while crews cleared the debris.' },
      { outlet: P, text: 'For weeks drivers used the mountain road through Hesk instead.' },
    ],
    heading: 'Mountain road',
  },
  {
    rule: 'never a day or month name, even one no date is read from ("robbers on Thursday afternoon")',
    said: [
      { outlet: E, text: 'Two robbers on Thursday afternoon smashed the display cases.', undated: true },
      { outlet: P, text: 'Witnesses said the robbers on Thursday afternoon wore masks.', undated: true },
    ],
    heading: 'Robbers',
  },
  {
    rule: 'a hyphenated compound is one word, however spaced: never its tail alone ("profile thefts")',
    said: [
      { outlet: E, text: 'It was the latest in a series of high - profile thefts from galleries.' },
      { outlet: P, text: 'Insurers have paid for several high-profile thefts from galleries this year.' },
    ],
    heading: 'High-profile thefts from galleries',
  },
  {
    rule: 'a noun that only modifies another is not a head ("council" of "council spokesman")',
    said: [
      { outlet: E, text: 'A council spokesman said the bridge repairs would start in May.' },
      { outlet: P, text: 'The council wants the repairs to the bridge finished before the regatta.' },
    ],
    heading: 'Bridge repairs',
  },
  {
    rule: 'a chunk the rest of the story also writes loses to one of the theme alone',
    said: [
      { outlet: E, text: 'The ferry company said its insurance claim would cover the damaged pier.' },
      { outlet: P, text: 'An insurance claim for the damaged pier was lodged by the ferry company.' },
      { outlet: K, text: 'The ferry company cancelled every crossing.', theme: false },
      { outlet: K, text: 'The ferry company expects to sail again next week.', theme: false },
    ],
    heading: 'Insurance claim for the damaged pier',
  },
];

for (const c of cases)
  test(`theme heading: ${c.rule}`, () => {
    assert.equal(heading(c.said), c.heading);
  });
