/**
 * The brief stage of one story: reconcile its articles (entities, claims, disputes, timeline) and
 * write its briefing. Pure; stories are independent of each other.
 */
import { briefStory } from '../brief/index.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import type { Findings } from '../model/findings.ts';
import type { Story } from '../model/story.ts';
import { reconcileStory } from '../reconcile/index.ts';

/** What reconcile found in a story and the briefing built from it. */
export interface BriefedStory {
  findings: Findings;
  briefing: StoryBriefing;
}

/** Reconciles and briefs one story over its articles (in the story's order). */
export function briefOne(story: Story, items: AnalyzedArticle[]): BriefedStory {
  const findings = reconcileStory(story, items);
  return { findings, briefing: briefStory(story, items, findings) };
}
