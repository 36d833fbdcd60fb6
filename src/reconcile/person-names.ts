/**
 * Person names compared part by part: is one spelling the same person as another, and is it the less
 * informative one? A name is given name, middle parts, surname (the last token).
 *
 * - given names match by phonetic key, by initial ("T." for "Tomás"), or as a nickname: a short form
 *   that opens the full one ("Ben" / "Benedikt", "Katie" / "Kathryn" after the diminutive ending) or a
 *   pair of the `HYPOCORISTICS` table of common English short forms ("Bob" / "Robert");
 * - middle parts and initials may be left out, never contradicted ("T. J. X" fits "Tomás Julián X",
 *   not "Tomás Pedro X");
 * - surnames match by phonetic key, also when one writes in two words what the other writes in one
 *   ("Iran-Nejad" / "Irannejad");
 * - a name with a patronymic ("Omar bin Rashid") is whole without the family name that may follow it.
 */
import type { NameForm } from './name-key.ts';
import { phoneticKey } from './name-key.ts';

/** Common English short forms whose letters do not open the full name (general, no story's names). */
const HYPOCORISTICS: ReadonlyArray<readonly [string, string]> = (
  'bob:robert bobby:robert rob:robert robbie:robert bert:robert bill:william billy:william liam:william ' +
  'dick:richard rick:richard rich:richard jim:james jimmy:james jamie:james jack:john johnny:john ' +
  'ted:edward ned:edward teddy:edward ted:theodore peggy:margaret maggie:margaret meg:margaret ' +
  'liz:elizabeth beth:elizabeth betty:elizabeth bess:elizabeth lisa:elizabeth sally:sarah ' +
  'polly:mary molly:mary tony:anthony sandy:alexander sasha:alexander hank:henry harry:henry ' +
  'chuck:charles charlie:charles mike:michael mick:michael mickey:michael steve:stephen steve:steven ' +
  'jenny:jennifer jen:jennifer nick:nicholas nico:nicholas sam:samuel sam:samantha pat:patricia ' +
  'pat:patrick kit:christopher kate:katherine kate:catherine kathy:katherine cathy:catherine ' +
  'sue:susan susie:susan josh:joshua joe:joseph greg:gregory larry:lawrence ' +
  'jeff:geoffrey jeff:jeffrey gerry:gerald jerry:gerald'
)
  .split(' ')
  .map((pair) => pair.split(':') as [string, string]);

const nicknames = new Map<string, Set<string>>();
for (const [short, full] of HYPOCORISTICS) {
  const key = phoneticKey(full);
  nicknames.set(short, (nicknames.get(short) ?? new Set()).add(key));
}

/** How a given name relates to another: the same, or a less informative initial or nickname of it. */
type GivenMatch = 'same' | 'initial' | 'nickname' | null;

/** A short form loses a diminutive ending before it is compared ("katie" → "kat"). */
const stem = (s: string) => s.replace(/(?:ie|y|i|o)$/, '');

/** How `a` relates to `b` when `a` is the shorter-or-equal form; `null` when they cannot be one name. */
function givenMatch(a: string, b: string, ka: string, kb: string): GivenMatch {
  if (ka === kb) return 'same';
  if (a.length === 1) return a === b[0] ? 'initial' : null;
  if (b.length === 1) return null;
  if (nicknames.get(a)?.has(kb)) return 'nickname';
  const folded = b.replace(/th/g, 't');
  const s = a.replace(/th/g, 't');
  // "ben" opens "benedikt", "kat(ie)" opens "kathryn"; one letter more ("dan" / "dana") is another name.
  for (const short of new Set([s, stem(s)]))
    if (short.length >= 3 && folded.length >= short.length + 2 && folded.startsWith(short)) return 'nickname';
  return null;
}

/** True when token `a` may stand for token `b` (same key, or `a` is `b`'s initial). */
const partFits = (a: string, b: string, ka: string, kb: string) =>
  ka === kb || (a.length === 1 && b[0] === a);

/** The form with its last two tokens written as one ("iran nejad" → "irannejad"), or null. */
function joinedTail(f: NameForm): NameForm | null {
  if (f.tokens.length < 3) return null;
  const last = f.tokens.at(-2)! + f.tokens.at(-1)!;
  return { tokens: [...f.tokens.slice(0, -2), last], keys: [...f.keys.slice(0, -2), phoneticKey(last)] };
}

/** Middle parts of `short` appear in order among those of `long` (initials may stand for parts). */
function middlesFit(short: NameForm, long: NameForm): boolean {
  let j = 1;
  for (let i = 1; i < short.tokens.length - 1; i++) {
    while (
      j < long.tokens.length - 1 &&
      !partFits(short.tokens[i], long.tokens[j], short.keys[i], long.keys[j])
    )
      j++;
    if (j >= long.tokens.length - 1) return false;
    j++;
  }
  return true;
}

function coversDirect(full: NameForm, part: NameForm): boolean {
  if (full.tokens.length < 2 || part.tokens.length < 2) return false;
  if (full.keys.at(-1) !== part.keys.at(-1)) return false;
  if (!givenMatch(part.tokens[0], full.tokens[0], part.keys[0], full.keys[0])) return false;
  return part.tokens.length <= full.tokens.length && middlesFit(part, full);
}

/** Particles of a patronymic ("bin Rashid"): a name that holds one is whole without a family name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/**
 * True when `part` opens `full` and holds a patronymic, so it is the name without its family name
 * ("Omar bin Rashid" / "Omar bin Rashid Al Velmi").
 */
function patronymicPrefix(full: NameForm, part: NameForm): boolean {
  const n = part.tokens.length;
  if (n < 3 || full.tokens.length <= n || !part.tokens.slice(1, -1).some((t) => PATRONYMIC.has(t)))
    return false;
  return part.keys.every((k, i) => full.keys[i] === k);
}

/**
 * True when `full` names the same person as `part` and says at least as much: every part of `part`
 * fits `full` (same, initial, nickname, left-out middle). "Tomás Julián Ervidad" covers "T. J. Ervidad",
 * "Tomás Ervidad" and "Ben Ervidad" is covered by "Benedikt Ervidad".
 */
export function coversName(full: NameForm, part: NameForm): boolean {
  if (coversDirect(full, part) || patronymicPrefix(full, part)) return true;
  const jf = joinedTail(full);
  const jp = joinedTail(part);
  return (jf !== null && coversDirect(jf, part)) || (jp !== null && coversDirect(full, jp));
}

/**
 * True when two full names (two tokens or more) may be one person: nothing contradicts (given names
 * related either way, middles not in conflict, same surname). Used as the complete-link check of a merge.
 */
export function consistentNames(a: NameForm, b: NameForm): boolean {
  if (coversName(a, b) || coversName(b, a)) return true;
  if (a.tokens.length < 2 || b.tokens.length < 2 || a.keys.at(-1) !== b.keys.at(-1)) return false;
  const [x, y] = a.tokens[0].length <= b.tokens[0].length ? [a, b] : [b, a];
  if (!givenMatch(x.tokens[0], y.tokens[0], x.keys[0], y.keys[0])) return false;
  // "T. J. X" and "Tomás X": each leaves out what the other says; the middles must not clash.
  const [m, n] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  return m.tokens.length === 2 || middlesFit(m, n) || middlesFit(n, m);
}

/** True when a lone surname (one word, maybe hyphenated) ends a full name (also written in two parts there). */
export function isSurnameOf(surname: NameForm, full: NameForm): boolean {
  const n = surname.tokens.length;
  if (full.tokens.length <= n) return false;
  // A hyphenated surname alone ("Groot-Varga") is the last parts of the full name.
  if (surname.keys.every((k, i) => full.keys[full.keys.length - n + i] === k)) return true;
  return n === 1 && joinedTail(full)?.keys.at(-1) === surname.keys[0];
}

/**
 * True when a lone word is the given name of a full name, or a short form that opens it ("Wlad" /
 * "Wladimir"): never an initial, never a name of under three letters.
 */
export function isGivenNameOf(given: NameForm, full: NameForm): boolean {
  if (given.tokens.length !== 1 || full.tokens.length < 2 || given.tokens[0].length < 3) return false;
  const m = givenMatch(given.tokens[0], full.tokens[0], given.keys[0], full.keys[0]);
  return m === 'same' || m === 'nickname';
}

/** A spelling written as one word, maybe hyphenated ("Varga", "Groot-Varga"): a surname alone. */
export const isLone = (f: { texts: ReadonlyMap<string, number> }) =>
  [...f.texts.keys()].every((t) => !/\s/.test(t));

const COURTESY_GENDER = new Map<string, 'm' | 'f'>([
  ['mr', 'm'],
  ['sir', 'm'],
  ['lord', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['dame', 'f'],
  ['lady', 'f'],
]);

/** The gender a courtesy title gives a name ("Mr." → m, "Ms" → f); undefined for other titles. */
export function courtesyGender(title: string | undefined): 'm' | 'f' | undefined {
  return title ? COURTESY_GENDER.get(title.trim().toLowerCase().replace(/\.$/, '')) : undefined;
}
