/**
 * A story's history (`/stories/:id/history`): every kept version, newest first, with what changed.
 */
import { capitalise, oneLine } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { StoryChanges, StorySummary, StoryVersion } from '../store/records.ts';
import { renderPage } from './layout.ts';
import { articleHref, storyFeedHref, storyHref, versionHref } from './links.ts';
import { timeHtml } from './relative-time.ts';

/** What the history page shows. */
export interface HistoryView {
  story: StorySummary;
  /** Kept versions, newest first. */
  versions: StoryVersion[];
  now: string;
}

/** A labelled list of changes; nothing when empty. */
function group(label: string, items: string[]): string {
  if (items.length === 0) return '';
  return `<li><strong>${esc(label)}</strong>\n<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul></li>`;
}

/** The changes of one version, in words; each piece of text escaped. */
export function changesHtml(changes: StoryChanges): string {
  const parts = [
    changes.previousHeadline !== undefined
      ? `<li><strong>Headline changed</strong> (was “${esc(oneLine(changes.previousHeadline))}”)</li>`
      : '',
    group(
      'New sources',
      changes.addedArticles.map(
        (a) =>
          `${esc(a.outlet ?? 'unknown outlet')}: <a href="${articleHref(a.id)}">${esc(a.title ? oneLine(a.title) : 'untitled article')}</a>`,
      ),
    ),
    group(
      'New outlets',
      changes.newOutlets.map((o) => esc(o)),
    ),
    group(
      'Articles moved to other stories',
      changes.removedArticles.map((id) => `<a href="${articleHref(id)}">${esc(id)}</a>`),
    ),
    group(
      'New facts',
      changes.newFacts.map((f) => esc(oneLine(f))),
    ),
    group(
      'Facts with more sources',
      changes.strengthenedFacts.map(
        (f) => `${esc(oneLine(f.text))} <span class="support">— ${f.before} → ${f.after} sources</span>`,
      ),
    ),
    group(
      'Disputes opened',
      changes.disputesOpened.map((d) => esc(capitalise(oneLine(d)))),
    ),
    group(
      'Disputes settled',
      changes.disputesSettled.map((d) => esc(capitalise(oneLine(d)))),
    ),
  ].filter(Boolean);
  if (parts.length === 0)
    return '<p class="meta">The briefing was rewritten; no source, fact or dispute changed.</p>';
  return `<ul class="changes">\n${parts.join('\n')}\n</ul>`;
}

/** One version of the list. */
function versionItem(v: StoryVersion, story: StorySummary, now: string): string {
  const current = v.version === story.version;
  const link = current
    ? `<a href="${storyHref(story.id)}">current briefing</a>`
    : `<a href="${versionHref(story.id, v.version)}">read this version</a>`;
  const body =
    v.changes === null
      ? `<p class="meta">Story created with ${v.briefing.articles.length} ${v.briefing.articles.length === 1 ? 'article' : 'articles'}.</p>`
      : changesHtml(v.changes);
  return `<li>
<h2>Version ${v.version}${current ? ' (current)' : ''}</h2>
<p class="meta"><span>${timeHtml(v.createdAt, now)}</span><span>${link}</span></p>
${body}
</li>`;
}

/** Renders the history page. */
export function renderHistoryPage(view: HistoryView): string {
  const s = view.story;
  const body = `<p class="story-nav"><a href="${storyHref(s.id)}">← ${esc(oneLine(s.headline))}</a></p>
<h1>History of this story</h1>
<p class="lede">${view.versions.length} ${view.versions.length === 1 ? 'version' : 'versions'}, newest first. A new version is kept each time an ingest changes the briefing. <a href="${storyFeedHref(s.id)}" type="application/atom+xml">Follow it in a feed reader (Atom)</a>.</p>
<ol class="versions">
${view.versions.map((v) => versionItem(v, s, view.now)).join('\n')}
</ol>`;
  const feeds = [{ href: storyFeedHref(s.id), title: `Follow “${oneLine(s.headline)}” (Atom)` }];
  return renderPage({ title: `History: ${oneLine(s.headline)}`, body, feeds });
}
