/**
 * Mastheads and section labels at the top of a plain-text article: "THE HARBOUR LEDGER | Business",
 * "Radio Velmore News", "Opinion & Analysis". A masthead names the outlet; a section label names nothing.
 */
import { countWords } from './draft.ts';
import { isOutletLike, isPersonName } from './parse-byline.ts';

/** Words a newspaper section or desk is called by; a line made only of them names a section, not an outlet. */
const SECTION_WORD =
  /^(?:news|latest|breaking|business|economy|economics|markets?|money|finance|deals|companies|politics|world|international|national|local|regional|domestic|europe|africa|asia|americas|opinion|opinions|analysis|comment|commentary|editorial|editorials|features?|sports?|football|soccer|cricket|rugby|tennis|motorsport|health|wellbeing|science|environment|climate|tech|technology|culture|arts?|entertainment|lifestyle|living|travel|food|education|property|weather|obituaries|letters|investigations?|explainer|explainers|live|video|podcasts?|photos?|in\s+depth|insight|long\s+read|briefing|transport|energy|law|justice|crime|courts?|diplomacy|defence|defense|space|and|&|the|of|with|\|)$/i;

/** Words that make a short capitalised line a masthead (a publication's name), not a headline. */
const MASTHEAD_CUE =
  /\b(?:news|times|post|daily|press|agency|journal|herald|tribune|radio|tv|television|media|gazette|wire|online|magazine|review|observer|telegraph|chronicle|courier|network|broadcasting|standard|mail|express|today|weekly|monthly|monitor|dispatch|ledger|sentinel|bulletin|insider|digest|notes|blog|newsletter|record|register|examiner|inquirer|globe|star|mirror|argus|clarion|beacon|voice|echo|leader|advertiser|citizen|independent|guardian|sun)\b/i;

/** Legal suffixes a copyright holder carries that the outlet's name does not ("… Group", "… Ltd"). */
const COMPANY_SUFFIX =
  /(?:,?\s+(?:group|company|co\.?|corporation|corp\.?|ltd\.?|limited|plc|inc\.?|llc|gmbh|ag|s\.a\.|b\.v\.|pty|holdings))+\.?$/i;
/** The trade before a legal suffix ("… Media Group", "… Publishing Ltd"), dropped with it. */
const TRADE_SUFFIX = /\s+(?:media|publishing|publications|newspapers|press\s+holdings)$/i;

/** True when every word of a short line is a section word ("Business", "Opinion & Analysis", "Ferries | Ownership"). */
function allSectionWords(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+|(?=[|&])|(?<=[|&])/)
    .filter((w) => w !== '');
  return words.length > 0 && words.every((w) => SECTION_WORD.test(w.replace(/[:,]$/, '')));
}

/**
 * True when a line is a section label under a masthead: at most `maxWords` words, no final sentence
 * punctuation, no digits, either only section words or parts joined by " | " ("Device safety | Recalls")
 * or a lower-case phrase that does not read as a name ("Living with diabetes").
 */
export function isSectionLine(line: string, maxWords = 6): boolean {
  const t = line.trim();
  if (t === '' || countWords(t) > maxWords || /[.!?;:,"“”]$/.test(t) || /\d/.test(t)) return false;
  if (isPersonName(t)) return false;
  if (allSectionWords(t)) return true;
  if (/\s\|\s/.test(t)) return t.split(/\s*\|\s*/).every((p) => countWords(p) <= 4 && !/^\p{Ll}/u.test(p));
  return false;
}

/** True when a section word alone names the line ("Business", "Sport"): never an outlet. */
export function isSectionWord(s: string): boolean {
  return allSectionWords(s);
}

/** Short words in capitals that stay capitals when a name is un-shouted: acronyms ("BBC", "MPA"), not "THE". */
const LOWER_SHORT = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'a', 'an', 'to']);

/** "KESTREL BUSINESS REVIEW" → "Kestrel Business Review", "ABC NEWS" → "ABC News"; mixed case is kept as written. */
function unshout(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{4,}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (word.length <= 3 && !LOWER_SHORT.has(lower)) return word;
    return at > 0 && LOWER_SHORT.has(lower) ? lower : word[0] + lower.slice(1);
  });
}

/** An outlet name as shown: capitals tidied, a company's legal suffix dropped ("Velmore Herald Media Group" → "Velmore Herald"). */
export function tidyOutlet(name: string): string {
  const t = unshout(name.trim().replace(/\s+/g, ' '));
  if (!COMPANY_SUFFIX.test(t)) return t;
  const bare = t.replace(COMPANY_SUFFIX, '').replace(TRADE_SUFFIX, '').trim();
  return /\p{L}{2}/u.test(bare) ? bare : t;
}

/**
 * The publication name a line gives, when it reads as a masthead, else null. A masthead is a short
 * name (1–6 capitalised words) with a publication word ("Herald", "Daily", "Radio", "Notes" …), or of
 * at most three words in capitals; it may carry a section or tagline after " | " or " - " ("HARBOUR LEDGER | Business",
 * "Riverside Notes - a blog about the valley"). `loose` accepts any outlet-like name (used where the
 * position alone says masthead: a name line between the headline and the byline or date line).
 */
export function readMasthead(line: string, loose = false): string | null {
  const t = line.trim();
  if (t === '' || t.length > 90) return null;
  const [head, ...rest] = t.split(/\s+[|·—–-]\s+/);
  if (rest.length > 0 && countWords(rest.join(' ')) > 8) return null;
  const name = head.trim();
  if (!isOutletLike(name) || allSectionWords(name) || countWords(name) > 6) return null;
  const shouted = /\p{Lu}{3}/u.test(name) && !/\p{Ll}/u.test(name);
  const cue = MASTHEAD_CUE.test(name);
  // A name in capitals without a publication word is a masthead only when short: a headline in capitals has a verb and more words.
  if (!loose && !cue && (!shouted || countWords(name) > 3)) return null;
  if (!shouted && isPersonName(name) && !MASTHEAD_CUE.test(name)) return null;
  return tidyOutlet(name);
}
