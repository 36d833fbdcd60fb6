/**
 * The submit pages (`/submit`): the form to paste or upload an article, and what the ingest did.
 */
import { oneLine } from '../render/describe-article.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import type { IngestReport } from '../service/ingest-report.ts';
import { renderPage } from './layout.ts';
import { articleHref, storyHref } from './links.ts';

/** What the form page shows. */
export interface SubmitFormView {
  /** False when the server has no token: writes are refused, the form is shown disabled. */
  writesEnabled: boolean;
  /** Problems with the last attempt, shown above the form. */
  problems?: string[];
  /** Values to keep in the fields after a failed attempt (never the token). */
  values?: { text?: string; url?: string; outlet?: string; title?: string };
}

/** A labelled text input. */
function input(id: string, label: string, type: string, value: string | undefined, hint: string): string {
  return `<div class="field"><label for="${id}">${label}</label>
<input id="${id}" name="${id}" type="${type}" value="${esc(value ?? '')}" aria-describedby="${id}-hint">
<p class="hint" id="${id}-hint">${hint}</p></div>`;
}

/** Renders the submit form. */
export function renderSubmitForm(view: SubmitFormView): string {
  const v = view.values ?? {};
  const notes: string[] = [];
  if (!view.writesEnabled)
    notes.push(
      '<p class="note warn">Writes are disabled on this server: it was started without <code>PARALLAX_TOKEN</code>.</p>',
    );
  if (view.problems?.length)
    notes.push(
      `<div class="note warn" role="alert"><p>The article was not added:</p><ul>${view.problems
        .map((p) => `<li>${esc(p)}</li>`)
        .join('')}</ul></div>`,
    );
  const disabled = view.writesEnabled ? '' : ' disabled';
  const body = `<h1>Submit an article</h1>
<p class="lede">Paste the text or the HTML of an article, or upload a <code>.txt</code> or <code>.html</code> file. Parallax extracts it, adds it to the story it belongs to and updates that story's briefing.</p>
${notes.join('\n')}
<form class="submit" method="post" action="/submit" enctype="multipart/form-data">
<fieldset${disabled}>
<legend>The article</legend>
<div class="field"><label for="text">Article text or HTML</label>
<textarea id="text" name="text" rows="12" aria-describedby="text-hint">${esc(v.text ?? '')}</textarea>
<p class="hint" id="text-hint">The headline on the first line helps.</p></div>
<div class="field"><label for="file">Or a file</label>
<input id="file" name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" aria-describedby="file-hint">
<p class="hint" id="file-hint">A .txt or .html file; leave the text box empty.</p></div>
</fieldset>
<details class="more"${v.url || v.outlet || v.title ? ' open' : ''}><summary>Optional details</summary>
<fieldset${disabled}>
<legend>Where it comes from</legend>
${input('url', 'Address of the original', 'url', v.url, 'Its http(s) address, if it is online.')}
${input('outlet', 'Outlet', 'text', v.outlet, 'The publication, if the text does not say.')}
${input('title', 'Title', 'text', v.title, 'The headline, if the text does not start with it.')}
</fieldset>
</details>
<fieldset${disabled}>
<legend>Permission</legend>
<div class="field"><label for="token">Write token</label>
<input id="token" name="token" type="password" required autocomplete="current-password" aria-describedby="token-hint">
<p class="hint" id="token-hint">The server's <code>PARALLAX_TOKEN</code>.</p></div>
<button type="submit">Add the article</button>
</fieldset>
</form>`;
  return renderPage({ title: 'Submit an article', section: 'submit', body });
}

/** What the result page shows: the report, the article's id and the story it joined. */
export interface SubmitResultView {
  report: IngestReport;
  /** The stored article (null when nothing was stored, e.g. an exact copy). */
  articleId: string | null;
  story: { id: string; headline: string } | null;
}

/** The heading of the result: what happened to the one document. */
function outcome(r: IngestReport): string {
  if (r.known > 0) return 'Already stored';
  if (r.exactCopies > 0) return 'An exact copy of a stored article';
  if (r.unusable > 0) return 'Stored, but no usable text was found';
  if (r.added > 0) return 'Article added';
  return 'Nothing was added';
}

/** Renders the result of a submit. */
export function renderSubmitResult(view: SubmitResultView): string {
  const r = view.report;
  const storyLine = view.story
    ? `<p>It belongs to <a href="${storyHref(view.story.id)}">${esc(oneLine(view.story.headline))}</a>${
        r.storiesCreated.includes(view.story.id)
          ? ' (a new story)'
          : r.storiesUpdated.includes(view.story.id)
            ? ' (updated)'
            : ''
      }.</p>`
    : '<p>It is in no story.</p>';
  const diagnostics = r.diagnostics.length
    ? `<details class="more diagnostics"><summary>Notes from the extraction (${r.diagnostics.length})</summary><ul>${r.diagnostics
        .map(
          (d) =>
            `<li class="${esc(d.severity)}">${esc(d.severity)}: ${esc(d.message)} <code>${esc(d.code)}</code></li>`,
        )
        .join('')}</ul></details>`
    : '';
  const body = `<h1>${esc(outcome(r))}</h1>
${storyLine}
<p>${view.articleId ? `<a href="${articleHref(view.articleId)}">Read the article as extracted</a> · ` : ''}<a href="/submit">Submit another</a></p>
<dl class="facts-list">
<dt>New articles</dt><dd>${r.added}</dd>
<dt>Already stored</dt><dd>${r.known}</dd>
<dt>Near-duplicates</dt><dd>${r.nearDuplicates}</dd>
<dt>Stories created</dt><dd>${r.storiesCreated.length}</dd>
<dt>Stories updated</dt><dd>${r.storiesUpdated.length}</dd>
</dl>
${diagnostics}`;
  return renderPage({ title: outcome(r), section: 'submit', body });
}
