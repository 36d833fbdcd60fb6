/**
 * Markdown rendering of a briefing: plain enough to read in a terminal, structured enough to convert.
 *
 * One story after another; each ends with its numbered "Sources" list, so every `[n]` marker can be
 * looked up without leaving the story. Sections with nothing in them are left out.
 */
import { render as defaults } from '../config.ts';
import type { BriefOutput, Dispute, Fact, StoryBriefing } from '../model/briefing.ts';
import type { Citation } from '../model/citation.ts';
import { type CitationNumbers, numberCitations, passageOf } from './citations.ts';
import {
  type ArticleIndex,
  bylineParts,
  capitalise,
  ellipsise,
  indexArticles,
  oneLine,
  outletOf,
  shownValue,
  unnamedPhrase,
} from './describe-article.ts';
import { GENERATED_MARK, generatedNote } from './generated-lines.ts';
import { kindLabel } from './labels.ts';

/** Options of the Markdown renderer. */
export interface MarkdownOptions {
  /** Longest cited passage quoted in the "Sources" list (see `config.render.snippetChars`). */
  snippetChars: number;
}

/** Renders a `parallax brief` output as Markdown. */
export function renderMarkdown(out: BriefOutput, options: Partial<MarkdownOptions> = {}): string {
  const opts: MarkdownOptions = { snippetChars: defaults.snippetChars, ...options };
  const articles = indexArticles(out.articles);
  if (out.stories.length === 0) {
    const n = out.articles.length;
    return `# No briefing\n\nNo story could be built from ${n} ${n === 1 ? 'article' : 'articles'}: no input held usable news text.\n`;
  }
  return `${out.stories.map((s) => renderStory(s, articles, opts)).join('\n---\n\n')}`;
}

function renderStory(story: StoryBriefing, articles: ArticleIndex, opts: MarkdownOptions): string {
  const nums = numberCitations(story);
  const cite = (cs: Citation[]) => cs.map((c) => `[${nums.number(c)}]`).join('');
  const line = (text: string, cs: Citation[]) => (cs.length ? `${oneLine(text)} ${cite(cs)}` : oneLine(text));
  const outlet = (id: string) => outletOf(articles.get(id), id);
  const parts: string[] = [`# ${oneLine(story.headline)}\n\n${bylineOf(story, articles)}\n`];
  /** Adds a section unless it is empty; `blocks` sections separate their items by a blank line. */
  const section = (title: string, body: string[], blocks = false) => {
    if (body.length) parts.push(`## ${title}\n\n${body.join(blocks ? '\n\n' : '\n')}\n`);
  };
  const note = generatedNote(story.summary);
  section('What happened', [
    ...story.summary.map((l) => line(l.generated ? `${l.text} ${GENERATED_MARK}` : l.text, l.citations)),
    ...(note ? ['', `*${note}*`] : []),
  ]);
  section(
    'Key facts',
    story.facts.map((f) => `- ${factLine(f, line(f.text, f.citations))}`),
  );
  section(
    'Where sources differ',
    story.disputes.map((d) => disputeBlock(d, cite, outlet)),
    true,
  );
  section(
    "What's behind the headline",
    (story.themes ?? []).map(
      (t) => `### ${oneLine(t.label)}\n\n${t.lines.map((l) => `- ${line(l.text, l.citations)}`).join('\n')}`,
    ),
    true,
  );
  section(
    'What the papers say',
    (story.papers ?? []).map(
      (l) => `- ${line(boldLabel(l.text, outlet(l.citations[0]?.article ?? '')), l.citations)}`,
    ),
  );
  section(
    'How we got here',
    story.timeline.filter((e) => !e.upcoming).map((e) => `- ${e.date} — ${line(e.text, e.citations)}`),
  );
  section(
    "What's next",
    story.timeline.filter((e) => e.upcoming).map((e) => `- ${e.date} — ${line(e.text, e.citations)}`),
  );
  section(
    'Who said what',
    story.quotes.map((q) =>
      `- ${q.speaker ? oneLine(q.speaker) : 'Unattributed'}: “${oneLine(q.text)}” ${cite(q.citations)}`.trimEnd(),
    ),
  );
  section(
    'What each outlet adds',
    (story.papers?.length ? [] : story.perSource)
      .filter((p) => p.distinctive.length > 0)
      .map(
        (p) =>
          `### ${outlet(p.article)}\n\n${p.distinctive.map((l) => `- ${line(l.text, l.citations)}`).join('\n')}`,
      ),
    true,
  );
  section(
    'People, organisations and places',
    story.entities.map((e) => {
      const aliases = e.aliases.length ? ` (${e.aliases.map(oneLine).join(', ')})` : '';
      const roles = e.roles?.length ? `; ${e.roles.map(oneLine).join(', ')}` : '';
      return `- ${oneLine(e.name)}${aliases} — ${kindLabel(e.kind)}${roles}`;
    }),
  );
  section(
    'Questions to go deeper',
    story.questions.map((q) => `- ${oneLine(q)}`),
  );
  section('Sources', sourcesList(nums, articles, opts));
  return parts.join('\n');
}

/** "**Outlet** reports that …": the papers label set in bold (the label is the brief's, the rest the source's). */
function boldLabel(text: string, outlet: string): string {
  const label = `${outlet} reports that `;
  return text.startsWith(label) ? `**${outlet}** reports that ${text.slice(label.length)}` : text;
}

/** "Outlet (2031-04-12) · Outlet (2031-04-13)": who covered the story and when. */
function bylineOf(story: StoryBriefing, articles: ArticleIndex): string {
  const { named, unnamed, kinds } = bylineParts(story.articles, articles);
  const names = named.map(({ name, day }) => (day ? `${name} (${day})` : name));
  if (unnamed) names.push(unnamedPhrase(unnamed, named.length));
  const n = story.articles.length;
  return `*${n} ${n === 1 ? 'article' : 'articles'}: ${names.join(' · ')}${kinds ? ` · outlet kinds: ${kinds}` : ''}*`;
}

function factLine(f: Fact, text: string): string {
  const support = `${f.sources} ${f.sources === 1 ? 'outlet' : 'outlets'}`;
  return f.status === 'disputed' ? `**Disputed:** ${text} — ${support}` : `${text} — ${support}`;
}

function disputeBlock(d: Dispute, cite: (cs: Citation[]) => string, outlet: (id: string) => string): string {
  const variants = d.variants.map((v) => {
    const outlets = [...new Set(v.citations.map((c) => outlet(c.article)))];
    const who = outlets.length ? ` — ${outlets.join(', ')}` : '';
    return `- **${shownValue(v.value, v.weekday)}**${who} ${cite(v.citations)}`.trimEnd();
  });
  const lines = [`**${capitalise(oneLine(d.topic))}**`, '', ...variants];
  if (d.why) lines.push(`- *Why this is a disagreement:* ${oneLine(d.why)}.`);
  if (d.likelyError) {
    const e = d.likelyError;
    const value = e.value ? ` (${shownValue(e.value)})` : '';
    lines.push(`- *Likely error:* ${outlet(e.article)}${value}. ${oneLine(e.reason)}`);
  }
  return lines.join('\n');
}

function sourcesList(nums: CitationNumbers, articles: ArticleIndex, opts: MarkdownOptions): string[] {
  return nums.list.map((c, i) => {
    const article = articles.get(c.article);
    const title = article?.title ? `, “${oneLine(article.title)}”` : '';
    const passage = passageOf(articles, c);
    const quoted = passage === null ? ' (passage not found)' : `: “${ellipsise(passage, opts.snippetChars)}”`;
    return `- [${i + 1}] ${outletOf(article, c.article)}${title}${quoted}`;
  });
}
