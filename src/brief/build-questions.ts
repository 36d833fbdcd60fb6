/**
 * Questions to go deeper, built from the story's own content and nothing else: the values outlets
 * disagree on ("How many residents: 212 or 214?"), questions the articles themselves raise or leave
 * open ("It is not clear why …" → "Why …?"), what is announced but not yet done ("The council will
 * meet on Friday" → "Will the council meet on Friday?") and figures only one outlet gives. No fixed
 * list: a story whose coverage raises none gets none.
 */
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding, StatementInfo } from '../model/findings.ts';
import { dayInWords, withResolvedDates } from './bracket-dates.ts';
import type { BriefContext } from './context.ts';
import { writtenAsName } from './pick-papers.ts';

/** Options of question building (from `config.brief`). */
export interface QuestionOptions {
  maxQuestions: number;
  questionMinRelevance: number;
}

/** "It is not clear why X", "did not say whether X": the open question is "Why X?", "Whether X?". */
const OPEN =
  /\b(?:(?:it is|it was|it remains|it's|remains|remained) (?:still )?(?:unclear|not (?:yet )?clear|not (?:yet )?known|unknown|uncertain)|(?:did|does|do|would|could) not (?:say|explain|confirm|disclose)|declined to say|has not (?:said|explained|confirmed)|no one (?:knows|could say))\s+(whether|why|how|when|who|what|where|if)\s+([^.;:!?"“”]{8,160})/i;
/** "will Y", "plans to Y", "is expected to Y": an announcement; its subject is the words before it. */
const ANNOUNCED =
  /\b(will|would|plans to|planned to|intends to|is expected to|are expected to|is set to|are set to|aims to|pledged to|promised to|vowed to)\s+((?:[^,;:"“”?!]|,(?=\d{3})){6,120}?)(?=,(?!\d{3})|[;:]|\.(?!\s*\d)|\s+(?:and|but|while|after)\s|$)/gu;
/** A reporting clause before the subject: "would" announces only in reported speech ("said the agency would …"). */
const REPORTED =
  /\b(?:said|says|announced|added|confirmed|told reporters|expects?|expected|hopes?|hoped)\b[^.;]*$/i;
/** Rests that predict talk, not an event ("critics will note that …"), or narrate a later past ("would go on to win"). */
const NOT_EVENT =
  /^(?:(?:say|note|argue|claim|insist|point out|tell|agree|disagree|admit|recall)\b|go on to\b|later\b)/i;
/** A subject ending in a determiner is a clause before a noun ("the pirates abandoned their plans to …"). */
const DETERMINER_END = /\b(?:the|a|an|their|his|her|its|our|my|your|no|any|these|those)$/i;
/** A subject opening with a preposition is an adverbial, not a noun phrase ("In dry years the two states will …"). */
const PREPOSITION_START =
  /^(?:in|on|at|after|before|during|under|from|by|for|with|since|until|within|without|over|across|through|if|when|once|unless)\s/i;
/** A common word opening the subject, lower-cased after "Will" ("A hearing will …" → "Will a hearing …"). */
const COMMON_LEAD =
  /^(?:A|An|The|Some|Many|Several|Most|All|Both|Each|Every|Any|No|Its|His|Her|Their|Our|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s/;
/** Where a subject starts: after a clause boundary or a reporting verb ("officials said the agency will …"). */
const CLAUSE_START = /[,;]\s+|\b(?:that|said|says|announced|added|confirmed|told reporters)\s+/;
/** Words that show the captured "subject" is a clause, not a noun phrase ("The union says it", "the ICA has no"). */
const NOT_SUBJECT =
  /\b(?:says?|said|told|tells|reports?|reported|added|claims?|claimed|argues?|has|have|had|is|are|was|were|no|not|it|he|she|they|we|who|which|that|can|cannot|could|may|might|must|should|shall|do|does|did)\b/i;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/i;
/** Units after which a figure is a measure, not a count ("6.8 metres"): asking "how many metres" reads oddly. */
const UNIT =
  /^(?:per ?cent|percent|%|metres?|centimetres?|millimetres?|cm|mm|meters?|kilometres?|km|miles?|feet|foot|inches?|kg|kilos?|kilograms?|tonnes?|tons?|litres?|degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|euros?|dollars?|pounds?|[€$£])$/i;

/** Builds the questions: disputes first, then open questions, announcements and single-source figures. */
export function buildQuestions(ctx: BriefContext, options: QuestionOptions): string[] {
  const { findings } = ctx;
  const out: string[] = [];
  const add = (q: string | null) => {
    if (q && !out.includes(q)) out.push(q);
  };
  for (const d of findings.disputes) add(disputeQuestion(ctx, d));
  const usable = (s: StatementInfo) =>
    !s.fragment || /\?["”»’]?\s*$/.test(ctx.textOf(s)) ? s.relevance >= options.questionMinRelevance : false;
  for (const s of findings.statements) if (usable(s) && !ctx.holdsError(s)) add(openQuestion(ctx.textOf(s)));
  let announced = 0;
  for (const s of findings.statements) {
    if (announced >= 2 || !usable(s) || s.fragment || ctx.holdsError(s)) continue;
    const text = ctx.article(s.article).text;
    const named = (word: string) =>
      writtenAsName(word, text) ||
      ctx.mentionsOf(s.article).some((m) => m.start === s.start && m.kind !== 'other');
    const q = announcementQuestion(withResolvedDates(text, s, ctx.datesOf(s.article)), named);
    if (q && !out.includes(q)) {
      out.push(q);
      announced++;
    }
  }
  const disputed = new Set(findings.disputes.map((d) => d.key));
  const numbers = findings.claims.filter((c) => c.kind === 'number');
  // "Only X gives a figure" must hold: another outlet giving the same amount under another noun ("59
  // catches" beside "59 receptions") or another figure for the same noun makes it untrue.
  const amountOf = (c: Claim) => c.amount ?? c.value;
  for (const c of numbers) {
    if (
      disputed.has(c.key) ||
      numbers.some((o) => o.outlet !== c.outlet && (o.key === c.key || amountOf(o) === amountOf(c)))
    )
      continue;
    const s = findings.statements.find(
      (x) => x.article === c.statement?.article && x.start === c.statement?.start,
    );
    if (!s || s.fragment || s.relevance < options.questionMinRelevance || ctx.holdsError(s)) continue;
    add(singleSourceQuestion(ctx, c));
  }
  return out.slice(0, options.maxQuestions);
}

/** "How many residents: 214 (Brieflane, Courier) or 212 (Wire)?"; none when a likely error settles a two-way dispute. */
function disputeQuestion(ctx: BriefContext, d: DisputeFinding): string | null {
  const variants = d.likelyError && d.variants.length === 2 ? [] : d.variants;
  if (variants.length < 2) return null;
  const shown = variants.map((v) => {
    const value =
      d.kind === 'event-date'
        ? (dayInWords(v.value) ?? v.value)
        : figureShown(ctx.textOf(v.citations[0]), v.value);
    const who = [...new Set(v.citations.map((c) => ctx.nameOf(c.article)))].join(', ');
    return `${value} (${who})`;
  });
  const values = `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
  if (d.kind === 'event-date') return `When did it happen: ${values}?`;
  const noun = d.topic.replace(/^number of\s+/i, '');
  return noun !== d.topic ? `How many ${noun}: ${values}?` : `What is the ${d.topic}: ${values}?`;
}

/**
 * A disputed figure as a question shows it: as the source writes it ("18 million", "$108 million"),
 * else the value with digit groups when it is a plain number, else the value as the claim holds it
 * (a sum with its currency sign is never read as a bare number).
 */
export function figureShown(passage: string, value: string): string {
  const plain = Number(value);
  return numberWording(passage) ?? (Number.isFinite(plain) ? plain.toLocaleString('en-GB') : value);
}

/**
 * The figure as the source writes it ("18 million", "$212", "£1.2bn"), without the counted noun. A digit
 * group a tokenised text wrote spaced ("120, 000") is shown joined; a trailing comma or stop is no part of it.
 */
function numberWording(passage: string): string | null {
  const m = passage.match(
    /^(?:about |around |some |nearly |almost |more than |fewer than |less than |at least |over |up to )?(?:US\$|[$€£¥₹])?\d+(?:[.,]\d+)*(?:, \d{3}(?!\d))*(?:[\s-]*(?:million|billion|thousand|m|bn)\b)?/i,
  );
  return m ? m[0].replace(/, (?=\d{3})/g, ',').replace(/[.,]$/, '') : null;
}

/** "It is not clear why the gates opened." → "Why the gates opened?"; a question the text asks is kept as written. */
export function openQuestion(sentence: string): string | null {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (/\?$/.test(text) && !/["“”«»]/.test(text) && text.split(' ').length >= 5) return text;
  const m = OPEN.exec(text);
  if (!m) return null;
  const wh = m[1].toLowerCase() === 'if' ? 'whether' : m[1].toLowerCase();
  return `${wh.charAt(0).toUpperCase()}${wh.slice(1)} ${m[2].trim().replace(/[\s,]+$/, '')}?`;
}

/**
 * "The council will hold a session on Friday." → "Will the council hold a session on Friday?" A subject
 * that opens the sentence loses its capital after "Will" when its first word is a common one: a
 * determiner, or — given `isName` — a word the article does not write as a name, before a lower-case word
 * ("Net debt will rise" → "Will net debt rise"; "Sony Pictures will" and "Klitschko will" keep theirs).
 */
export function announcementQuestion(sentence: string, isName?: (word: string) => boolean): string | null {
  const text = sentence.replace(/\s+/g, ' ');
  for (const m of text.matchAll(ANNOUNCED)) {
    const subject = text.slice(0, m.index).split(CLAUSE_START).at(-1)?.trim() ?? '';
    const rest = m[2].trim();
    if (
      !subject ||
      PRONOUN_SUBJECT.test(subject) ||
      NOT_SUBJECT.test(subject) ||
      subject.split(' ').length > 6
    )
      continue;
    // A subject is "the …" or starts with a capital (no `i` flag: with it, \p{Lu} matches any letter).
    if (!/^(?:[Tt]he\s+\p{L}|\p{Lu})/u.test(subject) || /^(?:and|or|but|nor|so|yet)\b/i.test(subject))
      continue;
    if (/^(?:not|have|likely)\b/i.test(rest) || NOT_EVENT.test(rest)) continue;
    if (DETERMINER_END.test(subject) || PREPOSITION_START.test(subject)) continue;
    if (m[1] === 'would' && !REPORTED.test(text.slice(0, m.index - subject.length))) continue;
    const [first, second] = subject.split(' ');
    const opens = text.trimStart().startsWith(subject);
    const common =
      COMMON_LEAD.test(subject) ||
      (opens &&
        isName !== undefined &&
        /^\p{Ll}/u.test(second ?? '') &&
        !/^\p{Lu}{2,}/u.test(first!) &&
        !isName(first!));
    const lead = common ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
    return `Will ${lead} ${rest}?`;
  }
  return null;
}

/** "How many evacuees? Only Brieflane gives a figure: 212 evacuees." (none for measures such as metres). */
function singleSourceQuestion(ctx: BriefContext, c: Claim): string | null {
  const passage = ctx.textOf(c.citation).replace(/\s+/g, ' ').trim();
  const noun = passage.match(/[\d.,]+(?:\s*(?:million|billion|thousand))?\s+(\p{L}[\p{L}-]*)/u)?.[1];
  if (!noun || UNIT.test(noun) || !/s$/.test(noun)) return null;
  return `How many ${noun}? Only ${ctx.nameOf(c.citation.article)} gives a figure: “${passage}”.`;
}
