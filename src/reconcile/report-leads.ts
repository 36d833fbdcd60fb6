/**
 * News of a follow-up report: an article published after the main event whose lead tells, in the
 * present perfect and without a date of its own, something other than the main event ("A man has been
 * charged with arson after the fire at …", "A man has denied arson following …") reports an event of
 * its publication day. Coverage that runs over days tells its later steps this way (a charge, a plea,
 * a rising toll), so these leads are the timeline's entries for those days; without them a timeline
 * of a long-running story holds the first day and the background only.
 *
 * Precision first: only the article's first sentence counts; the clause before "after", "following",
 * "over" or "since" must hold no date (its event is then undated, a day of the report); its verb must
 * be one that no report of the main event's day uses (a lead that retells the main event, "An
 * earthquake has killed 10 people", shares the first reports' verb and gives nothing); the article's
 * own publication date must lie after the main event's day.
 */
import type { AnalyzedArticle, DateMention } from '../model/annotations.ts';
import { jaccard, stem } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { titleCase } from './tells-no-event.ts';

/** "has been charged", "have denied", "has risen": the present perfect of the lead's main clause. */
const PERFECT = /\b(?:has|have)\s+(?:(?:now|also|since|been|already)\s+){0,2}(\p{L}+(?:ed|en|wn|ne|t))\b/iu;
/** Where the lead's subordinate clause (the earlier event it refers to) begins. */
const SUBORDINATE = /\b(?:after|following|over|since|when|because|as)\b|,/i;

/** "For weeks now", "For months": a state that lasted, not a step of the report's day. */
const DURATION = /^\W*for\s+(?:\w+\s+)?(?:days|weeks|months|years)\b/i;

/** Word overlap (Jaccard) above which two leads with the same verb tell the same news: the earlier report dates it. */
const RETOLD = 0.5;

/** A lead dated by its report: the statement (index) and the date it is given. */
export interface ReportLead {
  statement: number;
  date: DateMention;
}

/**
 * Finds the follow-up leads of a story. `mainDay` is the main event's date (`YYYY-MM-DD`; without it
 * nothing is found), `mainPassages` the passages that date the main event (article and content words).
 */
export function reportLeads(
  items: readonly AnalyzedArticle[],
  statements: readonly Statement[],
  mainDay: string | undefined,
  mainPassages: ReadonlyArray<{ article: string; set: ReadonlySet<string> }>,
): ReportLead[] {
  if (mainDay?.length !== 10) return [];
  // The main event's words: every sentence of the reports published on its day or before, and the
  // passages of other articles that give it its date.
  const dayOne = (s: Statement) => {
    const p = items[s.item].article.published?.slice(0, 10);
    return p !== undefined && p <= mainDay;
  };
  const dayOneWords = new Set(statements.filter(dayOne).flatMap((s) => [...s.set]));
  let out: Array<ReportLead & { verb: string }> = [];
  const seen = new Set<string>();
  for (const [i, s] of statements.entries()) {
    if (seen.has(s.article) || s.fragment) continue;
    seen.add(s.article);
    const { article, annotations } = items[s.item];
    const published = article.published?.slice(0, 10);
    if (!published || published <= mainDay) continue;
    const text = article.text.slice(s.start, s.end);
    const perfect = PERFECT.exec(text);
    // A headline ("Council Has Approved New Harbour Plan") or a state of weeks ("For weeks now, X has
    // weighed …") tells no news of the report's day.
    if (!perfect || titleCase(text) || DURATION.test(text)) continue;
    const rest = text.slice(perfect.index + perfect[0].length);
    const cut = s.start + perfect.index + perfect[0].length + (SUBORDINATE.exec(rest)?.index ?? rest.length);
    const dated = annotations.dates.some((d) => d.start >= s.start && d.start < cut && d.value !== published);
    const verb = stem(perfect[1].toLowerCase());
    if (
      dated ||
      dayOneWords.has(verb) ||
      mainPassages.some((p) => p.article !== s.article && p.set.has(verb))
    )
      continue;
    // A later report retelling an earlier report's news ("A trial date has been set …" a week on) dates nothing new.
    const retold = (o: ReportLead & { verb: string }) =>
      o.verb === verb && jaccard(statements[o.statement].set, s.set) >= RETOLD;
    if (out.some((o) => o.date.value < published && retold(o))) continue;
    out = out.filter((o) => !(o.date.value > published && retold(o)));
    out.push({
      verb,
      statement: i,
      date: {
        start: s.start,
        end: s.start,
        text: '',
        value: published,
        precision: 'day',
        kind: 'relative',
        sentence: s.sentence,
      },
    });
  }
  return out.map(({ verb: _, ...lead }) => lead);
}
