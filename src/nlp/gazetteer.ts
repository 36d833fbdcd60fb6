/**
 * Place lookup: countries, demonyms, capitals, major cities and regions from `data/countries.ts`.
 *
 * Keys are the names as written (case-sensitive, so the acronym `US` never matches the word `us`),
 * with curly apostrophes folded to straight ones.
 */
import { CITIES, COUNTRIES, REGIONS } from './data/countries.ts';

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
  for (const region of REGIONS) put(region, { type: 'region', canonical: region });
  for (const city of CITIES) put(city, { type: 'city', canonical: city });
  return out;
}

/** Looks a name up in the gazetteer; `undefined` when it is not a known place or demonym. */
export function lookupPlace(name: string): PlaceEntry | undefined {
  table ??= build();
  return table.get(fold(name));
}
