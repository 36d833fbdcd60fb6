/**
 * How much the fuzz tests generate: a fixed seed (so a failure replays) and a number of runs per
 * parser, scaled by PARALLAX_FUZZ_SCALE (e.g. 10 for a long local run); PARALLAX_FUZZ_SEED picks
 * another seed. Every parser gets 10,000 inputs a run (issue 17); page extraction is the dearest,
 * ~1–2.5 ms of CPU a page, so its generated pages stay small (a page's size adds no case).
 */
import fc from 'fast-check';

const scale = Number(process.env.PARALLAX_FUZZ_SCALE ?? '1');
const seed = Number(process.env.PARALLAX_FUZZ_SEED ?? '20261207');

/** fast-check parameters for `runs` inputs (times the scale). */
export function fuzzParams(runs: number): fc.Parameters<unknown> {
  return {
    seed,
    numRuns: Math.max(1, Math.round(runs * (Number.isFinite(scale) ? scale : 1))),
    endOnFailure: true,
  };
}

/** One edit of a string: at a position (a share of its length), delete some characters and insert others. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '<p>',
      '</div>',
      '<![CDATA[',
      ']]>',
      '{',
      '[',
      '&g;',
      '\u0000',
      '\ufeff',
    ),
  ),
});

/** Mutations of a valid input: a few random edits (deletions, insertions of text, markup and odd characters). */
export function mutated(base: string): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let s = base;
    for (const e of edits) {
      const at = Math.floor(e.at * s.length);
      s = s.slice(0, at) + e.insert + s.slice(at + e.remove);
    }
    return s;
  });
}

/** Random text of many kinds: Unicode, binary-ish code points, markup-ish strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div>',
        '<script>',
        '&amp;',
        '&#x;',
        ' ',
        'pier',
        '.',
        '\n',
        '"',
        '{"a":',
      ),
      {
        maxLength: 80,
      },
    )
    .map((xs) => xs.join('')),
);
