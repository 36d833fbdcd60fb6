/**
 * The store write of one briefed story: its summary columns, entities, and a new version (with the
 * changes since the previous one) when the briefing changed.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import type { StoryWrite } from '../store/store.ts';
import { diffBriefings } from './diff-briefings.ts';

/** The write for one re-briefed story: summary columns, entities, and a new version when the briefing changed. */
export function storyWrite(
  id: string,
  briefing: StoryBriefing,
  items: AnalyzedArticle[],
  previous: { version: number; briefing: StoryBriefing } | undefined,
  at: string,
): StoryWrite {
  const outlets = new Set(items.map((i) => i.article.outlet ?? `article:${i.article.id}`));
  const labels = new Map(
    items.map((i) => [i.article.id, { id: i.article.id, outlet: i.article.outlet, title: i.article.title }]),
  );
  const same = previous !== undefined && JSON.stringify(previous.briefing) === JSON.stringify(briefing);
  const outletsBefore = new Set(
    (previous?.briefing.articles ?? []).flatMap((a) => {
      const o = labels.get(a)?.outlet;
      return o ? [o] : [];
    }),
  );
  return {
    id,
    articles: items.map((i) => i.article.id),
    briefing,
    summary: {
      headline: briefing.headline,
      articles: items.length,
      outlets: outlets.size,
      disputes: briefing.disputes.length,
    },
    version: same
      ? null
      : {
          version: (previous?.version ?? 0) + 1,
          createdAt: at,
          changes:
            previous === undefined ? null : diffBriefings(previous.briefing, briefing, labels, outletsBefore),
        },
    entities: briefing.entities.map((e) => ({
      name: e.name,
      kind: e.kind,
      spellings: [e.name, ...e.aliases],
    })),
  };
}
