/**
 * Test helpers over a store's stories: what a test compares between two ingests (ids, members,
 * briefing JSON), and the documents a test ingests, from invented texts.
 */
import type { RawDocument } from '../../src/model/source.ts';
import type { Store } from '../../src/store/store.ts';

/** Every stored story (merged ones aside) with its articles and briefing, in a canonical order. */
export type Stories = Array<{ id: string; articles: string[]; briefing: string }>;

/** The stories of `store` (see `Stories`). */
export async function storiesOf(store: Store): Promise<Stories> {
  const out = [];
  for (const s of await store.listStories({ limit: 1000, offset: 0 })) {
    const story = (await store.getStory(s.id))!;
    out.push({
      id: s.id,
      articles: [...story.briefing.articles].sort(),
      briefing: JSON.stringify(story.briefing),
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Text documents with ids `<prefix>00000000`, `<prefix>00000001`, … and paths under `folder`. */
export function textDocuments(texts: string[], prefix: string, folder: string): RawDocument[] {
  return texts.map((content, k) => ({
    id: `${prefix}${String(k).padStart(8, '0')}`,
    path: `${folder}/${k}.txt`,
    kind: 'text',
    content,
    diagnostics: [],
  }));
}
