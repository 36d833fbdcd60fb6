/**
 * Number claims: a number with what it counts ("149 dead", "15,000 Soviet lives", "about 17 countries",
 * "$2 million"). Years and numbers inside date expressions are not counts and are skipped.
 */
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Claim } from '../model/claim.ts';
import { contentWords, fold, isStopword, MONTH_NAME, stem, verbStem, wordsOf } from '../text/index.ts';
import type { Statement } from './collect-statements.ts';
import { describedVerb } from './described-verb.ts';
import type { NumberTrace } from './number-trace.ts';
import { formatQuantity, type Quantity, readQuantities, toNumber } from './quantity.ts';

/** A number claim with what alignment needs: the counted noun's class, its modifiers and nearby words. */
/** Names readers know currencies by, for a dispute's topic ("amount in US dollars"). */
const CURRENCY_NAMES: Record<string, string> = {
  USD: 'US dollars',
  EUR: 'euros',
  GBP: 'pounds sterling',
  JPY: 'yen',
  INR: 'rupees',
  CHF: 'Swiss francs',
  CNY: 'yuan',
  AUD: 'Australian dollars',
  CAD: 'Canadian dollars',
};

export interface NumberClaim {
  claim: Claim;
  /** The value as a number, in the unit dimension's base unit (metres, cubic metres, …) when it has a unit. */
  num: number;
  /** Stems of the words before the counted noun ("soviet" in "15,000 Soviet lives"). */
  modifiers: string[];
  /** The modifiers that name a kind (capitalised or with digits: "Soviet", "AK-47"), as stems. */
  namedModifiers?: string[];
  /** Content words around the number (the number itself excluded). */
  context: Set<string>;
  /**
   * What the verb of the count says happened, as the verb's synonym groups (`#0`, `#1`, ...) or its own
   * stem when it is in none ("evacuated 212 residents" → the group of evacuate); absent without a
   * verb next to the count, and for units of measure (whose verbs say nothing about what is measured).
   */
  verb?: string[];
  /** The verb a measure is told with, as `verb` is for counts: evidence when two measures share it, never a difference. */
  measureVerb?: string[];
  /** True for a unit of measure or money (metres, percent, euros). */
  measure?: boolean;
  /** True when its sentence credits the figure to a named source ("according to the Harbour Police"). */
  credited?: boolean;
  /** The typed quantity as read from the text (exact value, currency or unit, qualifier). */
  quantity: Quantity;
  /** Index of its statement in the story's statements. */
  statementIndex: number;
  /** The text of its sentence. */
  sentence?: string;
  /**
   * The years its sentence is about: the years of the dates it states ("In 2007, the gang drove two
   * cars …"), else its article's publication year; absent when neither is known.
   */
  era?: string[];
  /** True when the era is stated by the sentence (a date, "’66", "last year"), not the publication year. */
  eraStated?: true;
  /**
   * `irrealis` when the count is told as a possibility, rule or condition ("could miss two games",
   * "can only be valid with more than 50 percent", "if 300 jobs go"), not as something that happened:
   * such a figure is never set against a reported one.
   */
  mood?: 'irrealis' | 'prospective';
}

/** Options of number extraction (from `config.reconcile`). */
export interface NumberOptions {
  countSynonyms: ReadonlyArray<readonly string[]>;
  contextWindow: number;
  countVerbSynonyms: ReadonlyArray<readonly string[]>;
  measureNouns: readonly string[];
  /** Words of people hurt or killed, each group led by its counted noun (`['dead', 'kill', 'die']`). */
  casualtyVerbs: ReadonlyArray<readonly string[]>;
  /** Told each quantity that is not read as a claim, with why (`scripts/explain-disputes.mjs`). */
  numberTrace?: NumberTrace;
}

/** Finds the number claims of every statement. */
export function extractNumbers(
  statements: Statement[],
  items: AnalyzedArticle[],
  options: NumberOptions,
): NumberClaim[] {
  const classOf = new Map<string, string>();
  for (const group of options.countSynonyms) for (const w of group) classOf.set(stem(w), stem(group[0]));
  const verbGroups = new Map<string, string[]>();
  options.countVerbSynonyms.forEach((group, i) => {
    for (const w of group) verbGroups.set(verbStem(w), [...(verbGroups.get(verbStem(w)) ?? []), `#${i}`]);
  });
  const measures = new Set(options.measureNouns.map((w) => stem(w)));
  // The verb that tells a casualty word's count ("dead", "died" → kill; "wounded", "hurt" → injure).
  // A count with no noun told by one ("injuring 80", "50 were injured") counts people with that verb.
  const casualtyOf = new Map<string, string>();
  for (const [noun, ...verbs] of options.casualtyVerbs)
    for (const w of [noun, ...verbs]) casualtyOf.set(verbStem(w), verbStem(verbs[0]));
  const people = classOf.get(stem('people')) ?? stem('people');
  const byId = new Map(items.map((a) => [a.article.id, a]));
  const out: NumberClaim[] = [];
  statements.forEach((s, index) => {
    const analyzed = byId.get(s.article)!;
    const { article, annotations } = analyzed;
    const dates = annotations.dates.filter((d) => d.end > s.start && d.start < s.end);
    const published = article.published ? [article.published.slice(0, 4)] : undefined;
    for (const q of readQuantities(article.text, s.start, s.end)) {
      // Told to a trace (why a quantity is no claim); true, so that it reads as part of a condition.
      const skip = (reason: string): true => {
        options.numberTrace?.({ stage: 'skip', article: s.article, start: q.start, end: q.end, reason });
        return true;
      };
      const start = q.numberStart - (q.currency && article.text[q.numberStart - 1] !== ' ' ? 1 : 0);
      const numEnd = q.end;
      if (dates.some((d) => d.start < numEnd && d.end > q.numberStart) && skip('inside a date')) continue;
      // A day of a month the date stage left unresolved (no publication date: "an October 19 game").
      if (isMonthDay(article.text, q.numberStart, numEnd) && skip('a day of a month')) continue;
      // A relative time ("12 weeks ago", "two years ago") is a date, not a count.
      if (
        /^\s+(?:\p{L}+\s+)?(?:ago|earlier|later|before|after)\b/iu.test(
          article.text.slice(numEnd, numEnd + 20),
        ) &&
        skip('a relative time')
      )
        continue;
      // A range ("between 212 and 214", "212 to 214") gives no single value to compare.
      const lead = article.text.slice(Math.max(s.start, q.start - 40), q.start);
      if (
        (/\bbetween\s+$/i.test(lead) || /\bbetween\s+[\d,.]+\s+and\s+$/i.test(lead)) &&
        skip('a range (between)')
      )
        continue;
      if (
        (RANGE_BEFORE.test(lead) || RANGE_AFTER.test(article.text.slice(numEnd, numEnd + 24))) &&
        skip('a range')
      )
        continue;
      // "at least nine quarterbacks threw for 300 yards": a figure each of a counted group reached is a
      // threshold, not one figure of the story.
      if (PER_MEMBER.test(lead) && skip('a threshold each member reached')) continue;
      // "4x4", "4×4": a vehicle, not a count.
      if (/^[x×]\d/i.test(article.text.slice(q.end, q.end + 3)) && skip('a vehicle (4x4)')) continue;
      // An amount in brackets after another ("$US1 million ($1.52 million)", "60 metres (200 feet)") is a conversion.
      if (
        /\d[^()]{0,30}\(\s*$/.test(article.text.slice(Math.max(s.start, q.start - 40), q.start)) &&
        skip('a conversion in brackets')
      )
        continue;
      // The whole of a partitive ("900 of the port's 1,400 employees") is a total, not a rival count.
      if (WHOLE_OF_PARTITIVE.test(lead) && skip('the whole of a partitive')) continue;
      // The scope of a share ("70 percent of the buildings in seven villages were destroyed"): the
      // count says where the share was measured, not how many were hit.
      if (SHARE_SCOPE.test(lead) && skip('the scope of a share')) continue;
      let noun = q.unit
        ? { words: [] as string[], end: numEnd }
        : countedNoun(analyzed, partitiveStart(article.text, numEnd, s.end), s.end, classOf);
      // The counted noun may come before the number: "a crowd of 41,200", "attendance was 42,100",
      // "the attendance at Castellan Arena was 42,100". After "X of", a word after the number that is
      // no plural is no counted noun ("a crowd of 41,200 saw"; "a fleet of 14 vessels" keeps
      // "vessels", "a total of 300 people" keeps "people").
      if (!q.unit && !q.currency) {
        const before = article.text.slice(Math.max(s.start, q.start - 80), q.start);
        const m = NOUN_BEFORE_PLACE.exec(before) ?? NOUN_BEFORE.exec(before);
        const after = noun.words.at(-1) ?? '';
        const weak =
          noun.words.length === 0 ||
          (/\bof\s+(?:\p{L}+\s+)?$/iu.test(before) && !/s$/i.test(after) && !PLURAL_FORM.test(after));
        if (m && weak && !isStopword(fold(m[1]))) noun = { words: [m[1]], end: numEnd };
      }
      // A breakdown ("12 Somali and 11 Yemeni", "40 injured, 12 of them …"): parts of a total, not rival counts.
      if (
        (BREAKDOWN_AFTER.test(article.text.slice(noun.end, noun.end + 16)) || BREAKDOWN_BEFORE.test(lead)) &&
        skip('a part of a breakdown')
      )
        continue;
      // A percentage is compared only with one of the same basis ("a premium of 31%", "31% of the
      // shares", "a 24% rise"): percentages of different bases are different measures.
      // A change ("down by 65 percent", "a 24% rise") and a share ("82 percent of the traffic") are
      // different measures even of one basis.
      let percentKind = '';
      if (q.unit?.dimension === 'percent') {
        const basis = percentBasis(article.text, q.start, numEnd, s.start, s.end);
        if (!basis) {
          skip('a percentage without a basis');
          continue;
        }
        noun = { words: [basis], end: numEnd };
        percentKind = percentChange(article.text, q.start, numEnd, s.start, s.end) ? ':change' : '';
      }
      // A count told by a casualty verb alone ("injuring 80", "wounding another 70", "50 were
      // injured") counts people, with that verb.
      const toldBy =
        noun.words.length === 0 && !q.unit && !q.currency
          ? casualtyVerbAround(article.text, q.start, numEnd, s.start, s.end, casualtyOf)
          : null;
      const headWord = noun.words.length ? stem(fold(singularAbbreviation(noun.words.at(-1)!))) : '';
      // A duration ("for two years", "six weeks") dates or spans something; it is not a count outlets dispute.
      if (!q.unit && DURATION.has(headWord) && !q.ordinal && skip('a duration')) continue;
      if (
        noun.words.length === 0 &&
        !q.currency &&
        !q.unit &&
        !toldBy &&
        skip('no counted noun, unit or casualty verb')
      )
        continue;
      // A spelled number needs the noun right after it ("two boats"): "one of", "two of them" are not counts.
      if (q.spelled && noun.words.length === 0 && !toldBy && skip('a spelled number without its noun'))
        continue;
      const head = headWord;
      const cls = q.currency
        ? `money:${q.currency}`
        : q.unit
          ? `measure:${q.unit.dimension}${q.unit.dimension === 'percent' ? `:${head}${percentKind}` : ''}`
          : toldBy
            ? people
            : `${q.ordinal ? 'ordinal:' : ''}${classOf.get(head) ?? head}`;
      const end = Math.max(noun.end, numEnd);
      // Money is a sum in its currency whatever word follows it ("$108 million worth of"); a count is
      // the number of its noun.
      const label = q.currency
        ? `amount in ${CURRENCY_NAMES[q.currency] ?? q.currency}`
        : q.unit
          ? q.unit.dimension === 'percent'
            ? `${noun.words[0]} (percent)`
            : `${q.unit.name}s`
          : toldBy
            ? 'people'
            : noun.words.join(' ').toLowerCase();
      const measured = Boolean(q.currency || q.unit || measures.has(head));
      // "300 yards or more", "50 or more people": a lower bound written after the number.
      const bound =
        !q.qualifier &&
        /^\s*(?:or more|or higher|or above|or over)\b/i.test(article.text.slice(end, end + 12));
      const quantity: Quantity = bound ? { ...q, qualifier: 'or more' } : q;
      // What a share of a group did or is ("52 percent of members voted for", "68 percent of voters
      // believe"): two shares of one group with different predicates measure different things.
      // A figure given for a description ("put the number of people moved at 2,100") is told by the
      // description's participle.
      const told = describedVerb(analyzed, q.start, s) ?? countVerb(analyzed, start, end, s);
      const verb = measured
        ? percentKind === '' && q.unit?.dimension === 'percent'
          ? (sharePredicate(analyzed, numEnd, s) ?? told)
          : null
        : (told ?? toldBy);
      // A measure's verb is kept apart: the same verb is evidence ("burned 4,200 hectares" / "put the
      // burned area at 4,800 hectares"), different verbs are none ("lying 62 metres down" / "found 64
      // metres below"). Not for money: one verb pays, offers or raises many sums in a story ("offered
      // $40 million" by one side, "$55 million" by the other).
      const measureVerb = measured && !q.currency && !verb && told ? told : null;
      out.push({
        ...(verb ? { verb: verbGroups.get(verb) ?? [verb] } : {}),
        ...(measureVerb ? { measureVerb: verbGroups.get(measureVerb) ?? [measureVerb] } : {}),
        ...(measured ? { measure: true } : {}),
        ...(CREDITED.test(s.text) ? { credited: true } : {}),
        claim: {
          kind: 'number',
          key: `count:${cls}`,
          topic: `${q.ordinal || q.currency ? '' : 'number of '}${label}`,
          value: writtenValue(article.text, q, noun.words),
          amount: `${q.ordinal ? 'ordinal:' : ''}${formatQuantity(q)}`,
          citation: { article: s.article, start: q.start, end },
          outlet: s.source,
          statement: { article: s.article, start: s.start, end: s.end },
          approximate: Boolean(quantity.qualifier),
        },
        num: toNumber(q.value) * Number(q.unit?.factor ?? 1),
        quantity,
        statementIndex: index,
        sentence: s.text,
        ...eraOf(article.text, dates, q.start, s.start, published),
        ...moodOf(article.text, s.start, q.start),
        modifiers: noun.words.slice(0, -1).map((w) => stem(fold(w))),
        namedModifiers: [
          ...noun.words.slice(0, -1).filter((w) => /^\p{Lu}|\d/u.test(w)),
          ...participleAfter(article.text, noun.end, s.end),
          ...(q.unit?.dimension === 'percent' ? shareComplement(article.text, numEnd, s.end) : []),
        ].map((w) => stem(fold(w))),
        context: contextAround(article.text, s.start, s.end, q.start, end, options.contextWindow),
      });
    }
  });
  return out;
}

/** The value as a reader sees it: the quantity as written, with the noun it counts ("two boats", "€1.2bn", "140 residents"). */
function writtenValue(text: string, q: Quantity, words: string[]): string {
  const own = text.slice(
    q.numberStart -
      (q.currency && !/\d/.test(text[q.numberStart - 1] ?? '')
        ? (text.slice(q.start, q.numberStart).match(/\S+$/)?.[0].length ?? 0)
        : 0),
    q.end,
  );
  const noun = !q.unit && !q.currency && words.length ? ` ${words.join(' ')}` : '';
  return `${q.qualifier ? `${q.qualifier} ` : ''}${own.trim()}${noun}`.replace(/\s+/g, ' ');
}

const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME}\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b`);

/** True when the number is a day written with its month ("October 19", "19 October"). */
function isMonthDay(text: string, start: number, end: number): boolean {
  const n = Number(text.slice(start, end));
  if (!Number.isInteger(n) || n < 1 || n > 31) return false;
  return (
    MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    MONTH_AFTER.test(text.slice(end, end + 16))
  );
}

/** Hedges and determiners that may stand between a casualty verb and its count ("injuring at least 40", "wounding another 70"). */
const CASUALTY_HEDGE =
  /(?:(?:at least|about|around|some|nearly|almost|more than|over|up to|as many as|an estimated|another|other|a further)\s+)?$/i;

/**
 * The casualty a count without a noun is told of: a casualty verb right before it ("injuring 80",
 * "killed at least 12", "wounding other 70") or a form of "be" and a casualty word right after it ("50
 * were injured", "12 are dead"); null otherwise.
 */
function casualtyVerbAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  casualtyOf: ReadonlyMap<string, string>,
): string | null {
  const lead = text.slice(Math.max(from, start - 40), start);
  const hedge = CASUALTY_HEDGE.exec(lead)!;
  const before = /([\p{L}]+)\s+$/u.exec(lead.slice(0, hedge.index));
  if (before) {
    const told = casualtyOf.get(verbStem(fold(before[1])));
    if (told) return told;
  }
  const after = /^\s+(?:were|was|are|is|have been|has been|had been|got)\s+(?:\p{L}+ly\s+)?(\p{L}+)\b/u.exec(
    text.slice(end, Math.min(to, end + 40)),
  );
  return after ? (casualtyOf.get(verbStem(fold(after[1]))) ?? null) : null;
}

/** A share and its noun before "in"/"across"/"of" ("70 percent of the buildings in", "half the homes across"). */
const SHARE_SCOPE =
  /\b(?:per ?cent|%|half|a third|a quarter|most|all)\s+(?:of\s+)?(?:the\s+)?(?:\p{L}+\s+){1,3}(?:in|across|of|from)\s+(?:the\s+)?$/iu;
/** Participles that do not narrow what is counted ("including", "according to"). */
const NOT_RESTRICTIVE = new Set(['including', 'according', 'totalling', 'totaling', 'bringing', 'making']);

/**
 * A participle right after the counted noun narrows it ("380 yards rushing", "40 people living
 * nearby"): it is kept as a named modifier, so "380 yards rushing" and "507 yards" are different measures.
 */
function participleAfter(text: string, at: number, end: number): string[] {
  const m = /^\s+(\p{Ll}{3,}ing)\b/u.exec(text.slice(at, Math.min(end, at + 24)));
  return m && !NOT_RESTRICTIVE.has(m[1]) ? [m[1]] : [];
}

/** A range's first bound and joiner before a number ("40 percent to", "between 212 and"). */
const RANGE_BEFORE = /(?:\d[\d,.]*\s*(?:%|per ?cent|\p{L}+)?\s+(?:to|and|or)\s+|\bfrom\s+)$/iu;
/** A number that opens a range ("40 to 70 percent", "40 percent to 70 percent"). */
const RANGE_AFTER = /^\s*(?:%|per ?cent|\p{L}+)?\s+(?:to|or)\s+(?:about\s+)?[$€£]?\d/iu;
/** The counted noun written before its number: "a crowd of", "attendance was", "the toll stood at". */
/** Plurals without an s ("a total of 300 people" counts people, not a total). */
const PLURAL_FORM =
  /^(?:people|children|men|women|police|staff|personnel|cattle|feet|teeth|geese|mice|dead|injured|wounded)$/i;
/** The subject of a copula with a place after it: "the attendance at Castellan Arena was" → "attendance". */
const NOUN_BEFORE_PLACE =
  /\b(\p{Ll}{3,})\s+(?:at|in|on|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:was|were|is|are|stood at|stands at|reached|totalled|totaled|numbered)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$/u;
const NOUN_BEFORE =
  /\b(\p{L}{3,})\s+(?:of|was|were|is|are|stood at|stands at|reached|totalled|totaled|numbered)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$/iu;
/**
 * The years a count is told of: the years of absolute dates close to it in its clause ("In 2007, the
 * gang drove two cars"; not a founding year 80 characters back, nor past "now"), else the publication year.
 */
function eraOf(
  text: string,
  dates: AnalyzedArticle['annotations']['dates'],
  at: number,
  from: number,
  published: string[] | undefined,
): { era?: string[]; eraStated?: true } {
  const near = dates.filter((d) => {
    if (d.kind !== 'absolute') return false;
    const between = d.end <= at ? text.slice(d.end, at) : text.slice(at, d.start);
    if (/\b(?:now|currently|today|this year)\b|[;:]/i.test(between)) return false;
    // A date after the count in the same clause ("killed more than 9,000 people in the old town of
    // Varna in March 1998") tells the count's event even past 50 characters; a comma ends the clause.
    return (
      between.length <= 50 ||
      (d.start >= at && between.length <= DATE_AFTER_CHARS && !/,(?!\s?\d)|\(/.test(between))
    );
  });
  // A year written with an apostrophe ("the ’66 squad") is a year of its own.
  const clipped = /['’](\d{2})\s+\p{L}/u.exec(text.slice(Math.max(from, at - 60), at));
  const years = [...new Set(near.map((d) => d.value.slice(0, 4)))];
  if (clipped && !years.length)
    years.push(String(Number(clipped[1]) > 30 ? 1900 + Number(clipped[1]) : 2000 + Number(clipped[1])));
  if (years.length) return { era: years, eraStated: true };
  // A year told relative to the publication ("last year's ceremony drew 32 million", "a decade ago").
  const shift = relativeYears(text.slice(Math.max(from, at - 60), Math.min(text.length, at + 60)));
  if (shift !== null)
    return {
      era: [published ? String(Number(published[0]) + shift) : `${RELATIVE_ERA}${shift}`],
      eraStated: true,
    };
  return published ? { era: published } : {};
}

/** How far after a count, within its clause, a date still tells the count's year. */
const DATE_AFTER_CHARS = 90;

/** An era told only relative to an unknown publication year ("last year" in an undated article): `rel:-1`. */
export const RELATIVE_ERA = 'rel:';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10, twenty: 20 };

/** Years before (negative) or after the publication year that a phrase near a count tells; null when none. */
function relativeYears(near: string): number | null {
  if (/\b(?:last|previous|past)\s+year(?:['’]s)?\b|\ba year (?:ago|earlier)\b/i.test(near)) return -1;
  if (/\bnext year(?:['’]s)?\b|\ba year from now\b/i.test(near)) return 1;
  if (/\ba decade (?:ago|earlier)\b/i.test(near)) return -10;
  const m = /\b(\d{1,2}|two|three|four|five|ten|twenty)\s+years\s+(?:ago|earlier)\b/i.exec(near);
  if (m) return -(NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
  return null;
}

/**
 * Words that tell a clause is a possibility, rule or condition rather than a report. Not "will",
 * "would" or "plans to": news tells agreed plans and projected figures that way ("said it would buy …
 * for €1.25 billion", "the plan will cost about 350 jobs"), and they are rivals of one another.
 */
const IRREALIS =
  /\b(?:could|can|cannot|may|might|must|should|shall|if|unless|has to|have to|needs? to)\b|\b(?:Could|Can|Should|If|Unless)\s/;

/**
 * The mood of a count: `irrealis` for a possibility, rule or condition; `prospective` when it is the
 * object of a verb in the future ("will miss the final two games", "would cut 340 jobs", "will cost
 * about 350 jobs": at most four words between "will"/"would" and the number), a forecast set only
 * against forecasts; none for a report.
 */
function moodOf(text: string, sentenceStart: number, at: number): { mood?: 'irrealis' | 'prospective' } {
  if (irrealis(text, sentenceStart, at)) return { mood: 'irrealis' };
  const before = text.slice(Math.max(sentenceStart, at - 60), at);
  if (/\b(?:will|would|won['’]t|\w+['’]ll)\s+(?:[\p{L}'’-]+\s+){0,4}$/u.test(before))
    return { mood: 'prospective' };
  return {};
}

/** True when the clause of a count, up to the count, is told as a possibility, rule or condition. */
function irrealis(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  // The clause the count sits in: after the last clause break (";", ", but", ", while", " — ").
  // A relative or reported clause ("… could be seen in the store where, the night before, 36 people
  // …", "said that 12 …") has its own mood.
  const parts = before.split(
    /[;:—–]|,\s*(?:but|while|whereas|although|though)\b|\b(?:where|when|which|who|whom|whose|that)\b/,
  );
  return IRREALIS.test(parts.at(-1) ?? before);
}

/** What a percentage is of: the noun before "of" ("premium of 31%"), after "of" ("31% of the shares") or right after it ("a 24% rise"). */
function percentBasis(text: string, start: number, end: number, from: number, to: number): string | null {
  const before = /\b(\p{L}{3,})\s+(?:of|was|is|at|to|by)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/iu.exec(
    text.slice(Math.max(from, start - 40), start),
  );
  const after = /^\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?(\p{L}{3,})/iu.exec(
    text.slice(end, Math.min(to, end + 40)),
  );
  const word =
    (after && !isStopword(fold(after[1])) ? after[1] : null) ??
    (before && !isStopword(fold(before[1])) ? before[1] : null);
  return word ? word.toLowerCase() : null;
}

/** True when a percentage tells a change ("down by 65 percent", "rose 5%", "a 24% rise"), not a share. */
function percentChange(text: string, start: number, end: number, from: number, to: number): boolean {
  const before = text.slice(Math.max(from, start - 30), start);
  const after = text.slice(end, Math.min(to, end + 30));
  return (
    /\b(?:by|up|down|rose|risen|rises|fell|fallen|falls|jumped|dropped|climbed|grew|gained|lost|increased|decreased|declined|slumped|surged|plunged|cut)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?$/i.test(
      before,
    ) ||
    /^\s+(?:rise|fall|increase|decrease|drop|decline|jump|gain|loss|cut|growth|higher|lower|more|less|up|down)\b/i.test(
      after,
    )
  );
}

/** A counted group as the subject of a verb with "for" right before a number ("nine quarterbacks threw for", "three backs ran for"). */
const PER_MEMBER =
  /(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several))\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\s+(?:have\s+|had\s+)?[\p{L}]+\s+for\s+(?:at least\s+|more than\s+|over\s+)?$/iu;

/** Another count coordinated right after this one's noun. */
const BREAKDOWN_AFTER =
  /^\s*(?:(?:,|and|plus)\s+(?:about\s+|some\s+)?\d|(?:and|plus)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)/i;
/** Another count with its noun coordinated right before this one ("12 Somali and", "four shops and"). */
const BREAKDOWN_BEFORE =
  /(?:\d[\d,.]*\s+\p{L}+\s*(?:,|and|plus)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\p{L}+\s+(?:and|plus))\s+(?:about\s+|some\s+)?$/iu;

/**
 * The singular of an abbreviation's plural, written with or without an apostrophe ("KOs" and "KO's"
 * → "KO", "MPs" → "MP"): the stemmer leaves short words whole, so "KOs" and "KO's" would count two things.
 */
function singularAbbreviation(word: string): string {
  return word.replace(/^(\p{Lu}{2,})['’]?s$/u, '$1');
}

/** Units of time: counts of them are durations. */
const DURATION = new Set(
  ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century'].map((w) => stem(w)),
);

/**
 * Where the counted noun starts: after a partitive "of" and its determiner or possessor ("1,180 of its
 * members", "900 of the port's roughly 1,400 employees" → the noun after the possessor's own count is
 * read from "employees"), else right after the number.
 */
export function partitiveStart(text: string, numEnd: number, limit: number): number {
  const m =
    /^\s+of\s+(?:(?:the|its|their|his|her|our|your|these|those|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:about|around|some|roughly|nearly|almost|approximately)\s+)?(?:\d[\d,.]*\s+)?(?=\p{L})/u.exec(
      text.slice(numEnd, limit),
    );
  return m ? numEnd + m[0].length - 1 : numEnd;
}

/** The text before the whole of a partitive: a count, "of", a determiner or possessor, a hedge. */
const WHOLE_OF_PARTITIVE =
  /\d\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:about|around|some|roughly|nearly|almost|approximately)\s+)?$/u;

/** Tags of a place phrase with coordinated parts ("of Kelvane and two nearby hamlets"). */
const COORDINATED_PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'CCONJ', 'NUM']);

/**
 * Verb phrases that mean one verb of the count verb groups ("take part" is "participate", not "take";
 * "go on strike" is "strike"), as a verb and the words after it, the meaning last. General English.
 */
const VERB_PHRASES: ReadonlyArray<readonly string[]> = [
  ['take', 'part', 'participate'],
  ['go', 'on', 'strike', 'strike'],
];

/** Tokens that may stand between a verb and its count ("evacuated about 212", "cost all 41"). */
const BETWEEN_POS = new Set(['ADV', 'DET', 'ADP', 'PART', 'ADJ', 'NUM', 'PRON', 'NOUN']);

/**
 * The verb of a count, as a stem: the nearest verb before the number in its clause (at most four
 * tokens back: "evacuated 212 residents", "would cut 340 jobs"), else a verb right after the counted
 * noun ("214 people evacuated", "212 residents were evacuated"), also past a short prepositional phrase
 * ("300 members at the plant walked out"). Reporting verbs ("said") do not count.
 */
function countVerb(
  { article, annotations }: AnalyzedArticle,
  from: number,
  to: number,
  s: { start: number; end: number },
): string | null {
  const tokens = annotations.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  const word = (i: number) => fold(article.text.slice(tokens[i].start, tokens[i].end));
  const norm = (i: number) => {
    const v = verbStem(word(i));
    const phrase = VERB_PHRASES.find((p) => {
      const [first, ...rest] = p.slice(0, -1);
      return verbStem(first) === v && rest.every((w, k) => tokens[i + 1 + k] && word(i + 1 + k) === w);
    });
    return phrase ? verbStem(phrase.at(-1)!) : v;
  };
  for (let i = first - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && !REPORTING.has(norm(i))) return norm(i);
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || !BETWEEN_POS.has(t.pos)) break;
  }
  let after = tokens.findIndex((t) => t.start >= to);
  // A short place or time phrase may stand between the noun and its verb ("1,180 members at the port walked out"),
  // or a longer one of coordinated places ("1,600 residents of Kelvane and two nearby hamlets were moved")
  // when a verb follows it.
  if (after >= 0 && tokens[after].pos === 'ADP') {
    let k = after + 1;
    while (k < tokens.length && k - after <= 3 && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[k].pos))
      k++;
    let far = after + 1;
    while (far < tokens.length && far - after <= 6 && COORDINATED_PHRASE.has(tokens[far].pos)) far++;
    if (
      far > k &&
      /^(?:NOUN|PROPN)$/.test(tokens[far - 1].pos) &&
      /^(?:AUX|VERB)$/.test(tokens[far]?.pos ?? '')
    )
      after = far;
    else if (k > after + 1 && tokens[k - 1].pos !== 'DET' && tokens[k]?.pos !== 'NOUN') after = k;
  }
  // A relative clause tells what the counted ones did ("four men who were trying to climb").
  if (after >= 0 && /^(?:who|that|which)$/i.test(tokens[after]?.norm ?? '')) after++;
  for (let i = after, n = 0; i >= 0 && i < tokens.length && n < 4; i++, n++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && !REPORTING.has(norm(i))) return norm(i);
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return null;
}

/**
 * The predicate of a share ("… percent of Greeks were unhappy" → "unhappy"; "… of members voted" →
 * "vote"): the first verb within six tokens after the number, or the adjective after a form of "be".
 */
function sharePredicate(
  { article, annotations }: AnalyzedArticle,
  from: number,
  s: { start: number; end: number },
): string | null {
  const tokens = annotations.tokens.filter((t) => t.start >= from && t.end <= s.end).slice(0, 8);
  for (let i = 0; i < tokens.length && i < 6; i++) {
    const t = tokens[i];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ') return null;
    const word = fold(article.text.slice(t.start, t.end));
    if (t.pos === 'AUX' || (t.pos === 'VERB' && /^(?:is|are|was|were|be|been)$/.test(word))) {
      const next = tokens[i + 1];
      const said = next ? fold(article.text.slice(next.start, next.end)) : '';
      // "… is down", "… were out": a particle says what happened to the share.
      if (next && (next.pos === 'ADJ' || next.pos === 'VERB' || /^(?:down|up|out|off)$/.test(said)))
        return verbStem(said);
      continue;
    }
    if (t.pos === 'VERB' && !REPORTING.has(verbStem(word))) return verbStem(word);
  }
  return null;
}

/**
 * The names that say which part of a basis a share is of ("65% of traffic to India" → India; "75
 * percent of traffic between the Middle East and Europe" → Middle, East, Europe): capitalised words of
 * the phrase after "of <basis> to|in|for|from|between|within", up to a clause break.
 */
function shareComplement(text: string, end: number, to: number): string[] {
  const m =
    /^\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’-]+\s+(?:to|in|for|from|between|within|across)\s+([^,;:.()]{1,60})/iu.exec(
      text.slice(end, Math.min(to, end + 120)),
    );
  return m ? (m[1].match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []) : [];
}

/** "according to" followed by a capitalised name: the sentence credits its figures to a named source. */
const CREDITED = /\baccording to (?:the )?\p{Lu}/u;

const REPORTING = new Set(
  ['said', 'say', 'told', 'tell', 'report', 'according', 'add', 'note', 'claim'].map(stem),
);

/**
 * The noun phrase right after a number: POS tags when the NLP stage gave them (adjectives/proper nouns
 * then nouns), else up to two non-stopwords, ending at the first plural-looking or known counted word.
 */
function countedNoun(
  { article, annotations }: AnalyzedArticle,
  from: number,
  limit: number,
  classOf: ReadonlyMap<string, string>,
): { words: string[]; end: number } {
  const rest = article.text.slice(from, Math.min(limit, from + 60));
  const words: string[] = [];
  let end = from;
  const tagged = annotations.tokens.filter((t) => t.start >= from && t.end <= limit).slice(0, 6);
  if (tagged.length && tagged.some((t) => t.pos !== 'X')) {
    let sawNoun = false;
    for (const t of tagged) {
      if (!/^\s*$/.test(article.text.slice(end, t.start))) break;
      // Right after a number a word in -s tagged as a verb is a plural noun ("61 catches", "three
      // runs"): a number is not the subject of a present-tense verb.
      const isNoun = t.pos === 'NOUN' || (words.length === 0 && t.pos === 'VERB' && /[^s]s$/.test(t.norm));
      if (sawNoun && !isNoun) break;
      // A model name inside the phrase ("240,000 Vexo K7 insulin pens") is part of it.
      const nameTag = !sawNoun && /\p{L}/u.test(t.norm) && /\d/.test(t.norm);
      if (!isNoun && !nameTag && !['ADJ', 'PROPN', 'VERB'].includes(t.pos)) break;
      if (t.pos === 'VERB' && !isNoun && !/ed$/.test(t.norm)) break;
      words.push(article.text.slice(t.start, t.end));
      end = t.end;
      sawNoun ||= isNoun;
      if (words.length === 5) break;
    }
    // Keep the head and at most two words before it ("reusable insulin pens").
    return { words: words.slice(-3), end };
  }
  for (const w of wordsOf(rest)) {
    if (!/^\s*$/.test(rest.slice(end - from, w.start)) || isStopword(fold(w.word)) || /^\d/.test(w.word))
      break;
    words.push(w.word);
    end = from + w.end;
    if (words.length === 2 || /s$/i.test(w.word) || classOf.has(stem(fold(w.word)))) break;
  }
  return { words, end };
}

function contextAround(
  text: string,
  s: number,
  e: number,
  from: number,
  to: number,
  window: number,
): Set<string> {
  const before = contentWords(text.slice(s, from)).slice(-window);
  const after = contentWords(text.slice(to, e)).slice(0, window);
  return new Set([...before, ...after].filter((w) => !/^\d/.test(w)));
}
