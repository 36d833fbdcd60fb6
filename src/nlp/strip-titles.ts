/**
 * Titles and honorifics: split off a capitalised run's leading title ("Deputy Foreign Minister Andrei
 * Vell" → role "Deputy Foreign Minister", name "Andrei Vell"), and read a lower-case title written just
 * before a name ("special envoy Lina Moor") as its role.
 */
import type { Token } from '../model/annotations.ts';
import { ORG_CUES, TITLE_DOMAINS, TITLE_HEADS, TITLE_MODIFIERS } from './data/lexicon.ts';
import type { Run } from './find-runs.ts';
import { bare } from './find-runs.ts';
import { lookupPlace } from './gazetteer.ts';

/** A run split into its title (`role`, may be absent) and the name after it (absent for a bare title). */
export interface TitleSplit {
  role?: Run;
  name?: Run;
}

/** True for a title head word ("minister", "dr", "mawlawi"), ignoring case and a final period. */
export function isTitleHead(token: Token): boolean {
  return TITLE_HEADS.has(bare(token));
}

/**
 * Splits a run at its last title head (and the "of Foreign Affairs" after it).
 *
 * The role is everything up to the title's end, the name is the rest. A run whose name part holds an
 * organisation cue ("General Assembly") is not split: it is an organisation, not a titled person.
 */
export function stripTitle(tokens: Token[], run: Run): TitleSplit {
  let head = -1;
  for (let i = run.last; i >= run.first; i--) {
    if (isTitleHead(tokens[i])) {
      head = i;
      break;
    }
  }
  if (head < 0) return { name: run };
  let end = head + 1;
  if (end <= run.last && (tokens[end].norm === 'of' || tokens[end].norm === 'for')) {
    let j = end + 1;
    while (j <= run.last && TITLE_DOMAINS.has(bare(tokens[j]))) j++;
    if (j > end + 1) end = j;
  }
  const role: Run = { first: run.first, last: end - 1 };
  if (end > run.last) return { role };
  const name: Run = { first: end, last: run.last };
  for (let i = name.first; i <= name.last; i++) if (ORG_CUES.has(bare(tokens[i]))) return { name: run };
  return { role, name };
}

/**
 * The lower-case title written right before a run ("the special presidential envoy Lina Moor"), if any.
 *
 * It is a title head in lower case directly before the run, extended backwards over title modifiers and
 * demonyms ("special presidential", "Afghan").
 */
export function titleBefore(text: string, tokens: Token[], run: Run): Run | undefined {
  const h = run.first - 1;
  if (h < 0 || tokens[h].sentence !== tokens[run.first].sentence) return undefined;
  const head = tokens[h];
  if (!isTitleHead(head) || !/^\p{Ll}/u.test(text[head.start])) return undefined;
  if (!/^[ \t]+$/.test(text.slice(head.end, tokens[run.first].start))) return undefined;
  let first = h;
  while (first - 1 >= 0 && tokens[first - 1].sentence === head.sentence) {
    const t = tokens[first - 1];
    const word = text.slice(t.start, t.end);
    if (!TITLE_MODIFIERS.has(bare(t)) && lookupPlace(word)?.type !== 'demonym') break;
    first--;
  }
  return { first, last: h };
}
