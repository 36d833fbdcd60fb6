import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Annotations } from '../../src/model/annotations.ts';
import { annotate } from '../../src/nlp/index.ts';
import { loadCases } from './fixture-article.ts';

type Expect = Record<string, unknown>;

/** True when `item` has every field of `want` (`alias`/`speakerText` compare the text the range points at). */
function matches(text: string, item: Record<string, unknown>, want: Expect): boolean {
  return Object.entries(want).every(([key, value]) => {
    if (key === 'alias' || key === 'speakerText') {
      const r = item[key === 'alias' ? 'alias' : 'speakerRange'] as
        | { start: number; end: number }
        | undefined;
      return r !== undefined && text.slice(r.start, r.end) === value;
    }
    return item[key] === value;
  });
}

function check(text: string, list: object[], wants: Expect[] | undefined, what: string): void {
  for (const want of wants ?? []) {
    const found = list.some((item) => matches(text, item as Record<string, unknown>, want));
    assert.ok(found, `${what} ${JSON.stringify(want)} not found in ${JSON.stringify(list, null, 1)}`);
  }
}

for (const { name, article, expected } of loadCases()) {
  test(`nlp fixture: ${name}`, () => {
    const ann: Annotations = annotate(article);
    const { text } = article;
    if (expected.sentences) {
      assert.deepEqual(
        ann.sentences.map((s) => text.slice(s.start, s.end)),
        expected.sentences,
      );
    }
    check(text, ann.mentions, expected.mentions as Expect[], 'mention');
    check(text, ann.dates, expected.dates as Expect[], 'date');
    check(text, ann.quotes, expected.quotes as Expect[], 'quote');
    for (const t of (expected.notMentions as string[]) ?? []) {
      assert.ok(!ann.mentions.some((m) => m.text === t), `"${t}" must not be a mention`);
    }
    for (const t of (expected.notPersons as string[]) ?? []) {
      assert.ok(
        !ann.mentions.some((m) => m.text === t && m.kind === 'person'),
        `"${t}" must not be a person`,
      );
    }
    for (const t of (expected.notPlaces as string[]) ?? []) {
      assert.ok(!ann.mentions.some((m) => m.text === t && m.kind === 'place'), `"${t}" must not be a place`);
    }
    for (const t of (expected.notDates as string[]) ?? []) {
      assert.ok(!ann.dates.some((d) => d.text === t), `"${t}" must not be a date`);
    }
    if (Array.isArray(expected.dates) && expected.dates.length === 0) assert.deepEqual(ann.dates, []);
    if (typeof expected.quoteCount === 'number') assert.equal(ann.quotes.length, expected.quoteCount);
    if (typeof expected.dateCount === 'number')
      assert.equal(ann.dates.length, expected.dateCount, JSON.stringify(ann.dates, null, 1));
  });
}
