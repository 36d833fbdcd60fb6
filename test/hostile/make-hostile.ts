/**
 * Generators of hostile inputs, one per class that once broke Parallax (see test/hostile/README.md).
 * Written for this project: the article is a short fictional report, and each generator adds the
 * hostile part around it. Used by the hostile and fuzz tests and by bench/hostile.ts.
 */

/** A short fictional news report: five sentences that pass every usability check. */
export const REPORT = [
  'The ferry pier at Velmora was closed on Tuesday after inspectors found deep cracks in its timber supports, the harbour council said in a statement.',
  'Engineers from the council walked the length of the pier on Monday and marked eleven piles that would have to be replaced before it can open again.',
  '"We will not take any chances with a structure that carries hundreds of people every day," council leader Ida Marsh told reporters at the quay.',
  'The pier, which opened in 1931, was last repaired in 2009, when storms tore away part of its deck and two of its lamps.',
  'Ferries to the islands will sail from the fishing harbour at the north end of the town until the work is finished, the council said.',
];

/** The report as plain text with a headline. */
export function reportText(): string {
  return `Velmora closes its old ferry pier\n\n${REPORT.join('\n\n')}\n`;
}

/** The report as paragraphs of HTML. */
export function reportHtml(): string {
  return REPORT.map((p) => `<p>${p}</p>`).join('\n');
}

/** A page whose JSON-LD nests `depth` levels: arrays, or objects chained through `@graph`. */
export function deepJsonLdPage(depth: number, shape: 'array' | 'graph'): string {
  const ld =
    shape === 'array'
      ? `${'['.repeat(depth)}{"@type":"NewsArticle","headline":"Deep"}${']'.repeat(depth)}`
      : `${'{"@graph":['.repeat(depth)}{"@type":"NewsArticle"}${']}'.repeat(depth)}`;
  return `<!doctype html><html><head><title>Velmora pier closed</title><script type="application/ld+json">${ld}</script></head><body><article>${reportHtml()}</article></body></html>`;
}

/** The report followed by a run of `unit` repeated `times` times, with no space in it. */
export function longRunText(unit: string, times: number): string {
  return `${reportText()}\n${unit.repeat(times)}end\n`;
}

/** A JSON Feed of `items` copies of the report, serialised and wrapped in `<html><body>`. */
export function jsonFeedInHtml(items: number): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Velmora Lantern',
    items: Array.from({ length: items }, (_, i) => ({
      id: String(i),
      url: `https://lantern.example/${i}`,
      title: 'Velmora closes its old ferry pier',
      content_html: reportHtml(),
    })),
  };
  return `<html><body>${JSON.stringify(feed)}</body></html>`;
}

/** An RSS feed with one item per `dates` entry, outlet and author wrapped in markup. */
export function markupFeed(dates: readonly string[]): string {
  const items = dates
    .map(
      (date, i) =>
        `<item><title>Velmora pier closed ${i}</title><link>https://lantern.example/p/${i}</link><pubDate>${date}</pubDate><dc:creator>&lt;iframe src=x&gt;Ida Marsh</dc:creator><content:encoded><![CDATA[${reportHtml()}]]></content:encoded></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>&lt;script&gt;alert(1)&lt;/script&gt;Velmora Lantern</title><link>https://lantern.example/</link><description>d</description>${items}</channel></rss>`;
}

/** The report in windows-1252 bytes with curly quotes, a dash and a euro sign (0x93 0x94 0x96 0x80). */
export function windows1252Bytes(): Uint8Array {
  const text = `${reportText()}\nThe repairs will cost \u20ac2.4 million \u2013 \u201cmore than planned\u201d, the council said.\n`;
  const high: Record<string, number> = { '\u20ac': 0x80, '\u2013': 0x96, '\u201c': 0x93, '\u201d': 0x94 };
  return Uint8Array.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

/** Words of random characters from many scripts (a fixed generator: the same soup on every run). */
export function unicodeSoup(words: number, seed = 7): string {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const ranges: Array<[number, number]> = [
    [0x61, 0x7a],
    [0x430, 0x44f],
    [0x4e00, 0x9fff],
    [0x627, 0x64a],
    [0x3b1, 0x3c9],
    [0x5d0, 0x5ea],
  ];
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    let word = '';
    const length = 2 + next(7);
    for (let i = 0; i < length; i++) {
      const [lo, hi] = ranges[next(ranges.length)];
      word += String.fromCodePoint(lo + next(hi - lo + 1));
    }
    out.push(word);
  }
  const sentences: string[] = [];
  for (let i = 0; i < out.length; i += 20) sentences.push(`${out.slice(i, i + 20).join(' ')}.`);
  return sentences.join('\n\n');
}

/** One paragraph of HTML of about `bytes` bytes: the report's sentences repeated without a break. */
export function oneParagraphPage(bytes: number): string {
  const sentence = `${REPORT.join(' ')} `;
  const body = sentence.repeat(Math.ceil(bytes / sentence.length));
  return `<!doctype html><html><head><title>Velmora pier</title></head><body><p>${body}</p></body></html>`;
}

/**
 * An RSS feed of `items` items, each the report followed by `paragraphs` unclosed `<p>` of one short
 * word each (`<p>pier<p>pier…`): about 10 bytes a paragraph, so 5,000 of them fit in 50 KB.
 */
export function unclosedParagraphFeed(items: number, paragraphs: number): string {
  const body = `${reportHtml()}${'<p>pier '.repeat(paragraphs)}`;
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Velmora pier closed ${i}</title><link>https://lantern.example/u/${i}</link><description><![CDATA[${body}]]></description></item>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Velmora Lantern</title><link>https://lantern.example/</link><description>d</description>${entries}</channel></rss>`;
}
