/**
 * Place lookup: countries, demonyms, capitals, major cities and regions.
 *
 * Two sources: the hand-written list of `data/countries.ts` (names as news copy writes them, with
 * demonyms, which no package carries) and the `countries-list` package (MIT, offline: ISO country names,
 * their aliases and former names, capitals), which adds territories and old names the list lacks. The
 * hand list wins where both name a place. Package capitals are taken only when written in two words
 * or more that are not all common English words ("Saint Helier", "Pago Pago", not "The Valley"): the
 * one-word capitals the hand list lacks are territories' capitals that are often people's names too
 * ("Hamilton", "Douglas", "Stanley", "Victoria"), and a person read as a place is the worse error. Keys are the names as written (case-sensitive, so the acronym `US` never matches
 * the word `us`), with curly apostrophes folded to straight ones.
 */
import { countries } from 'countries-list';
import { CITIES, COUNTRIES, REGIONS } from './data/countries.ts';
import { isKnownWord } from './wink.ts';

/** What a gazetteer name is: a country (or one of its aliases), a capital, a city, a region or a demonym. */
export type PlaceType = 'country' | 'capital' | 'city' | 'region' | 'demonym';

/** One gazetteer hit: the type of name and the canonical name (the country for a demonym or an alias). */
export interface PlaceEntry {
  type: PlaceType;
  canonical: string;
}

let table: Map<string, PlaceEntry> | null = null;

function fold(name: string): string {
  return name.replace(/[’‘]/g, "'");
}

function build(): Map<string, PlaceEntry> {
  const out = new Map<string, PlaceEntry>();
  const put = (name: string, entry: PlaceEntry) => {
    const key = fold(name.trim());
    if (key && !out.has(key)) out.set(key, entry);
  };
  for (const line of COUNTRIES.split('\n')) {
    if (!line.trim()) continue;
    const [name, demonyms = '', capital = '', aliases = ''] = line.split(';');
    put(name, { type: 'country', canonical: name });
    for (const alias of aliases.split(',')) put(alias, { type: 'country', canonical: name });
    if (capital) put(capital, { type: 'capital', canonical: capital });
    for (const d of demonyms.split(',')) put(d, { type: 'demonym', canonical: name });
  }
  for (const c of Object.values(countries)) {
    const known = out.get(fold(c.name));
    const canonical = known?.type === 'country' ? known.canonical : c.name;
    put(c.name, { type: 'country', canonical });
    for (const alias of 'alias' in c ? (c.alias as string[]) : []) put(alias, { type: 'country', canonical });
    const words = c.capital.split(/[\s-]+/);
    if (words.length > 1 && !words.every((w) => isKnownWord(w)))
      put(c.capital, { type: 'capital', canonical: c.capital });
  }
  for (const region of REGIONS) put(region, { type: 'region', canonical: region });
  for (const city of CITIES) put(city, { type: 'city', canonical: city });
  return out;
}

/** Looks a name up in the gazetteer; `undefined` when it is not a known place or demonym. */
export function lookupPlace(name: string): PlaceEntry | undefined {
  table ??= build();
  return table.get(fold(name));
}
