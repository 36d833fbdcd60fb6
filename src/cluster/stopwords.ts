/**
 * Words that say nothing about which event an article reports: function words and the
 * reporting vocabulary every news text shares ("said", "according", "reported").
 *
 * The part-of-speech filter in `count-features.ts` already drops most function words when the
 * NLP stage tags them; this list catches the rest and the news-wide verbs and nouns.
 */

const WORDS = `
a about above after again against ago all almost also although always am among an and another any
anyone anything are around as at away back be became because become been before being below between
both but by came can cannot could did do does doing done down during each either else even ever every
few for from further get gets getting go goes going gone got had has have having he her here hers
herself him himself his how however i if in into is it its itself just last least less like made make
many may me might more most much must my myself near never new next no nor not now of off often on
once one only onto or other others our ours ourselves out over own per perhaps put quite rather really
same see seen shall she should since so some something still such take than that the their theirs them
themselves then there these they thing things this those though through thus to too took toward under
until up upon us use used very via was way we well were what whatever when where whether which while
who whom whose why will with within without would yet you your yours yourself yourselves
said say says saying told tell tells according report reported reports reporting statement added
asked news mr mrs ms dr including include includes monday tuesday wednesday thursday friday saturday
sunday today yesterday tomorrow week weeks year years month months day days time times
`;

/** The stopword set (lower-case words). */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter((w) => w.length > 0));
