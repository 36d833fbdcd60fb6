/**
 * The entity page (`/entities/:key`): every story that names a person, organisation or place, and its spellings.
 */
import { oneLine } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import { kindLabel } from '../render/labels.ts';
import type { EntityRecord } from '../store/records.ts';
import { renderPage } from './layout.ts';
import { storyHref } from './links.ts';
import { timeHtml } from './relative-time.ts';

/** Renders the entity page. */
export function renderEntityPage(entity: EntityRecord, now: string): string {
  const name = oneLine(entity.name);
  const spellings = entity.spellings.length
    ? `<section aria-labelledby="spellings-h"><h2 id="spellings-h">Spellings seen</h2>\n<ul class="spellings">${entity.spellings
        .map((s) => `<li>${esc(oneLine(s))}</li>`)
        .join('')}</ul></section>`
    : '';
  const stories = entity.stories.map(
    (s) =>
      `<li><h3><a href="${storyHref(s.id)}">${esc(oneLine(s.headline))}</a></h3><p class="meta"><span>updated ${timeHtml(
        s.updatedAt,
        now,
      )}</span>${oneLine(s.name) !== name ? `<span>as “${esc(oneLine(s.name))}”</span>` : ''}</p></li>`,
  );
  const n = entity.stories.length;
  const body = `<h1>${esc(name)}</h1>
<p class="lede">${esc(kindLabel(entity.kind))} · in ${n} ${n === 1 ? 'story' : 'stories'}</p>
<section aria-labelledby="stories-h"><h2 id="stories-h">Stories</h2>
<ol class="stories entity-stories">
${stories.join('\n')}
</ol></section>
${spellings}`;
  return renderPage({ title: name, body });
}
