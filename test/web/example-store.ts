/**
 * A real `:memory:` store ingested from examples/ for the web tests, and fictional extra articles.
 */
import { readInputs } from '../../src/io/read-inputs.ts';
import type { AppDeps } from '../../src/server/app-deps.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';

/** The fixed clock of the web tests (a day after the examples' last article). */
export const NOW = '2026-03-16T12:00:00.000Z';
/** The write token of the web tests. */
export const TOKEN = 'web-test-token-19c2';

/** Opens a `:memory:` store holding examples/ and returns the app's dependencies over it. */
export async function exampleDeps(): Promise<AppDeps> {
  const store = await openSqliteStore(':memory:');
  const { documents } = await readInputs(['examples'], { stdin: process.stdin });
  await ingestDocuments(store, documents, { at: '2026-03-15T18:00:00.000Z' });
  return { store, token: TOKEN, now: () => NOW };
}

/** A fictional article whose title and text carry markup that every page must escape. */
export const HOSTILE_ARTICLE = `Glassworks fire <script>alert("x")</script> closes Vellmark road "onload=alert(1)

VELLMARK, March 15 (Quillpost) - A fire at the Orrin glassworks in Vellmark closed the coast road on Sunday, the county fire service said.

Firefighters from three stations fought the blaze for six hours. Site manager Odile Ferrant said <script>alert("y")</script> no one was hurt, and the "onload= kilns were shut down in time.

The coast road between Vellmark and Sarrow will stay closed until Tuesday, the county said.`;

/** A fictional extra article about the examples' flood story (a new outlet, the same facts). */
export const FLOOD_UPDATE = `Saule flood: Kestrel Quay residents return as River Saule falls

BRENNICK, March 14 (Harbourlight News) - Residents of Kestrel Quay and Millbank began returning home on Saturday after the River Saule fell back below the Millbank embankment in Brennick.

The Saule Basin Authority (SBA) said the embankment, which the river overtopped early on Wednesday, 11 March, was intact. Its chief engineer Karim Nasrallah said inspections would continue all week.

Mayor Alexander Koval said the independent review of the flood would start on Monday. City officials said 212 residents had been evacuated from the two districts and more than 90 homes were flooded.`;
