/**
 * Whether a bare year dates an event or describes a thing. A year written as a time ("in 2005",
 * "since 1991", "in late 2008") tells when something happened; a year written inside a noun phrase
 * ("the 1998 Bradley Braves", "2001's romantic comedy", "the 2006 HBO movie", "movies of 2008",
 * "between 1998 and 2002", "from 1974 to 1978") is an attribute of a team, a film or a document, or a
 * span, and dates no event. A year inside a noun phrase still dates an event when the noun is one
 * ("the 2021 drought", "a 2006 conviction", "the harbour fire of 2029", "the pay freeze of 2023"); "from 2034" starts a period. A decade ("the 1960s militant") is never an event's date, and a year with a
 * possessive ("this year's team") is an attribute whatever its noun.
 */
import type { DateMention } from '../model/annotations.ts';

/** Words before a year that make it the time of the clause ("in", "during", "since", "in the year", "the year"). */
const TIME_BEFORE =
  /\b(?:(?:in|during|since|throughout|around|circa)\s+(?:the\s+)?(?:year\s+)?|the\s+year\s+)$/i;
/** Nouns of events: a year right before one ("the 2004 tsunami", up to two words between) dates it. */
const EVENT_WORDS =
  'drought|floods?|fires?|blaze|earthquake|quake|tsunami|storm|hurricane|cyclone|typhoon|eruption|landslide|explosion|blast|crash|collision|derailment|attacks?|bombings?|shootings?|massacre|killings?|murders?|robbery|heist|raid|theft|kidnapping|hijacking|arrest|conviction|trial|sentencing|indictment|elections?|referendum|coup|uprising|revolution|revolt|riots?|protests?|strike|war|invasion|ceasefire|merger|takeover|acquisition|bankruptcy|crisis|recession|outbreak|epidemic|pandemic|spill|scandal|fight|bout|victory|defeat|launch|recall|visit|summit|treaty|accord|agreement|convention|pact|deal|slayings?|deaths?|homicides?|break-?ins?|burglary|draft|tournament|championship|playoffs?|final|season|wins?|loss|game|match|hearing|meeting|vote|ceremony|broadcast|telecast|show|release|premiere|rampage|spree|siege|ambush|standoff|freeze|walkouts?|lockout|ballot|shutdown|closure|ban|blackout|outage|evacuation|stoppage|layoffs|bailout|collapse|resignation';
export const EVENT_NOUN = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_WORDS})\\b`, 'iu');
/** An event noun with "of" before the year: "the harbour fire of 2029", "the floods of 1953". */
const EVENT_OF = new RegExp(`\\b(?:${EVENT_WORDS})\\s+of\\s+$`, 'iu');
/** "the" right before the year. */
const THE_BEFORE = /\bthe\s+$/i;
/** A word (not a preposition or a verb of being) right after the year: the year modifies a noun. */
export const NOUN_AFTER =
  /^\s+(?!(?:of|and|or|to|in|at|on|by|for|when|after|before|that|as|is|was|were)\b)\p{L}/iu;
/** ", the club's leading scorer in ": an apposition (no verb of its own) ending in "in" before the year. */
const APPOSITION = /,\s+(?:the|a|an)\s+[^,;.]{0,50}\bin\s+$/i;
/** A participle in an apposition makes it a clause ("a cooperative begun in 1936"): its year dates that. */
const PARTICIPLE = /\b\p{L}+(?:ed|en|un|wn|lt|ght)\b/iu;
/** "a federal handbook from ": a noun phrase right before "from". */
const NOUN_FROM =
  /\b(?:a|an|the|this|that|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+(?:\s+from)?\s+$/iu;
/** "planned from 2034" starts a period; "from 1974 to 1978" is a span. */
const SPAN_AFTER = /^\s*(?:to|until|till|through|and|-|–)\s/i;

/**
 * True unless `d` is a year-precision mention that the text uses as an attribute rather than a time.
 * Day and month mentions, and relative years without a possessive ("last year"), always pass.
 */
export function yearTellsWhen(text: string, d: DateMention): boolean {
  if (d.precision !== 'year') return true;
  if (d.qualifier === 'decade') return false;
  const after = text.slice(d.end, d.end + 60);
  if (/^['’]s\b/u.test(after)) return false;
  if (d.kind !== 'absolute') return true;
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  // "in the 2006 HBO movie": a year between "the" and a noun is the noun's, even after "in".
  if (THE_BEFORE.test(before) && NOUN_AFTER.test(after)) return EVENT_NOUN.test(after);
  // "the Saints' leading rusher in 2009, was …": a year closing an apposition describes its person.
  const apposition = APPOSITION.exec(before);
  if (apposition && !PARTICIPLE.test(apposition[0]) && /^\s*,/.test(after)) return false;
  if (d.qualifier === 'since' || TIME_BEFORE.test(before) || EVENT_OF.test(before)) return true;
  // "a handbook from 1998" dates the handbook; "planned from 2034" starts a period.
  if (d.qualifier === 'from') return !SPAN_AFTER.test(after) && !NOUN_FROM.test(before);
  return EVENT_NOUN.test(after);
}
