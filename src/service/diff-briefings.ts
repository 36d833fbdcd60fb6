/**
 * What changed between two versions of a story's briefing: sources, facts, disputes, headline.
 *
 * Facts and disputes are matched by their text and topic: a fact whose wording changed shows as new
 * (and the old wording is simply no longer there); that is what a reader comparing the two sees.
 */
import type { StoryBriefing } from '../model/briefing.ts';
import type { StoryChanges } from '../store/records.ts';

/** The bits of an article the change list names. */
export interface ArticleLabel {
  id: string;
  outlet: string | null;
  title: string | null;
}

/** Changes from `before` to `after`; `labels` describes the articles of `after` (outlet, title). */
export function diffBriefings(
  before: StoryBriefing,
  after: StoryBriefing,
  labels: ReadonlyMap<string, ArticleLabel>,
  outletsBefore: ReadonlySet<string>,
): StoryChanges {
  const had = new Set(before.articles);
  const has = new Set(after.articles);
  const added = after.articles.filter((id) => !had.has(id));
  const facts = new Map(before.facts.map((f) => [f.text, f.sources]));
  const topics = new Set(before.disputes.map((d) => d.topic));
  const topicsAfter = new Set(after.disputes.map((d) => d.topic));
  const newOutlets = new Set<string>();
  for (const id of added) {
    const outlet = labels.get(id)?.outlet;
    if (outlet && !outletsBefore.has(outlet)) newOutlets.add(outlet);
  }
  const changes: StoryChanges = {
    addedArticles: added.map((id) => labels.get(id) ?? { id, outlet: null, title: null }),
    removedArticles: before.articles.filter((id) => !has.has(id)),
    newOutlets: [...newOutlets].sort(),
    newFacts: after.facts.filter((f) => !facts.has(f.text)).map((f) => f.text),
    strengthenedFacts: after.facts
      .filter((f) => facts.has(f.text) && f.sources > facts.get(f.text)!)
      .map((f) => ({ text: f.text, before: facts.get(f.text)!, after: f.sources })),
    disputesOpened: after.disputes.filter((d) => !topics.has(d.topic)).map((d) => d.topic),
    disputesSettled: before.disputes.filter((d) => !topicsAfter.has(d.topic)).map((d) => d.topic),
  };
  if (before.headline !== after.headline) changes.previousHeadline = before.headline;
  return changes;
}

/** Whether a change list says nothing (the briefing changed only in ways it does not name). */
export function isEmptyChange(c: StoryChanges): boolean {
  return (
    c.addedArticles.length === 0 &&
    c.removedArticles.length === 0 &&
    c.newFacts.length === 0 &&
    c.strengthenedFacts.length === 0 &&
    c.disputesOpened.length === 0 &&
    c.disputesSettled.length === 0 &&
    c.previousHeadline === undefined
  );
}
