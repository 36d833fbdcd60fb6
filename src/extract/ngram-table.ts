/**
 * eld's n-gram database as a sorted text table that is searched, not loaded.
 *
 * eld ships its database as one JavaScript object literal (`eld/medium`: ~105,000 n-grams, 2 MB);
 * importing it costs ~1–1.5 s of CPU (compiling the literal, building 105,000 small objects, the
 * garbage collection that follows), every run, although one article looks up at most a few hundred
 * n-grams (eld reads 1,000 characters, cut near 380 bytes). The build (`scripts/build.mjs`) writes the
 * same data once as a table: a header line, then one line per n-gram, `ngram TAB lang:score,…`, sorted
 * by JavaScript string order. At run time the table is read as one string (nothing is parsed up
 * front) and each n-gram eld asks for is found by binary search and turned into the same `{lang: score}`
 * object the literal holds: the detector's answers are the same, its start is ~1 s shorter.
 */

/** eld's database: what `loadData` of its `createEld` takes (the shape of `ngrams/*.js`). */
export interface NgramData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

const MAGIC = 'eld-ngrams';

/**
 * The table of `data`, stamped with the eld `version` it was written from. Throws when an n-gram
 * contains a tab or a line break (they separate the table's fields; eld's n-grams hold neither).
 */
export function writeNgramTable(data: NgramData, version: string): string {
  const keys = Object.keys(data.ngrams).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`${MAGIC}\t${version}\t${data.type}\t${JSON.stringify(data.languages)}`];
  for (const key of keys) {
    if (/[\t\n\r]/.test(key)) throw new Error(`n-gram ${JSON.stringify(key)} holds a separator`);
    const scores = Object.entries(data.ngrams[key]).map(([lang, score]) => `${lang}:${score}`);
    lines.push(`${key}\t${scores.join(',')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * eld's database read from a table written by `writeNgramTable` for eld `version`; null when the
 * table is not one, or was written from another version of eld (its n-grams may differ).
 *
 * `ngrams` answers only what eld's detector asks of it, a property read by n-gram (`ngrams[key]`):
 * a fresh `{lang: score}` object for an n-gram of the table, undefined otherwise. It cannot be
 * enumerated (eld's `saveSubset` would see no n-grams).
 */
export function readNgramTable(table: string, version: string): NgramData | null {
  const headerEnd = table.indexOf('\n');
  if (headerEnd < 0) return null;
  const [magic, tableVersion, type, languages] = table.slice(0, headerEnd).split('\t');
  if (magic !== MAGIC || tableVersion !== version || !type || !languages) return null;

  /**
   * The scores of n-gram `key`, or undefined when the table has no such n-gram: a binary search over
   * the lines between `lo` and `hi` (both always at a line start), each probe backing up from a
   * middle character to the start of its line.
   */
  const lookup = (key: string): Record<string, number> | undefined => {
    let lo = headerEnd + 1;
    let hi = table.length;
    while (lo < hi) {
      const start = table.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
      const tab = table.indexOf('\t', start);
      const newline = table.indexOf('\n', start);
      const end = newline < 0 ? table.length : newline;
      const k = table.slice(start, tab < 0 || tab > end ? end : tab);
      if (k === key) {
        const scores: Record<string, number> = {};
        for (const pair of table.slice(tab + 1, end).split(',')) {
          const colon = pair.indexOf(':');
          scores[pair.slice(0, colon)] = Number(pair.slice(colon + 1));
        }
        return scores;
      }
      if (k < key) lo = end + 1;
      else hi = start;
    }
    return undefined;
  };

  const ngrams = new Proxy({} as Record<string, Record<string, number>>, {
    get: (_target, key) => (typeof key === 'string' ? lookup(key) : undefined),
  });
  return { type, languages: JSON.parse(languages) as Record<string, string>, ngrams };
}
