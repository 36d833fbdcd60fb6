/**
 * Person rules of entity merging, precision first:
 *
 * 1. A spelling joins the fuller names that cover it (`coversName`: middle names and initials left
 *    out, a nickname, a surname written in two parts), fullest names first, and only when those
 *    fuller names can all be one person: "A. Varn" beside "Anna Varn" and "Alex Varn" stays alone.
 *    A fuller spelling read as `other` joins the one person it covers ("Omar Hassan al-Velmi").
 * 2. A lone surname ("Varn", "Mr Varn") joins the one person of the story who bears it; with two
 *    bearers ("Anna Varn" and "Pavel Varn", two ministers) it stays apart, with a PX504 note. "Mr.
 *    Varn" and "Ms. Varn" are two people; a bare "Varn" joins them only where one of the two is written.
 * 3. A lone given name or its short form ("Wladimir", "Wlad") joins the one person of the story whose
 *    given name it is, when it is no person's surname and is not mostly written as a place or a
 *    modifier ("from Skarn", "Teskaran farmland"); with two bearers it stays apart (PX504).
 *
 * A spelling read as `other` (a name of four parts, a name in a heading) may join a person; two
 * persons whose names contradict never join (`consistentNames`, checked over both groups).
 */
import { firstTokenAt } from '../nlp/tokenize.ts';
import { diagnose } from '../util/diagnose.ts';
import type { Form, MergeState } from './merge-entities.ts';
import { coversName, isGivenNameOf, isLone, isSurnameOf } from './person-names.ts';

const personish = (state: MergeState, i: number) => ['person', 'other'].includes(state.kindOf(i));

/** How much a spelling says: its full (non-initial) parts, then its parts. */
const detail = (tokens: string[]) => tokens.filter((t) => t.length > 1).length * 10 + tokens.length;

/** Joins the spellings of persons (rules described in the file header). */
export function mergePersons(state: MergeState): void {
  const { forms } = state;
  const full = forms
    .map((_, i) => i)
    .filter((i) => !isLone(forms[i]) && personish(state, i))
    .sort((a, b) => detail(forms[b].tokens) - detail(forms[a].tokens));
  for (const i of full) {
    const hosts = full.filter(
      (j) => j !== i && state.kindOf(j) === 'person' && coversName(forms[j], forms[i]),
    );
    joinUnique(state, i, hosts, (j) => `"${state.label(i)}" is a shorter spelling of "${state.label(j)}"`);
  }
  // A fuller spelling read as `other` (four parts: "Omar Hassan al-Velmi") joins the one person whose
  // shorter spelling it covers.
  for (const i of full) {
    if (state.kindOf(i) !== 'other') continue;
    const covered = full.filter(
      (j) => j !== i && state.kindOf(j) === 'person' && coversName(forms[i], forms[j]),
    );
    joinUnique(state, i, covered, (j) => `"${state.label(j)}" is a shorter spelling of "${state.label(i)}"`);
  }
  // A bare surname joins its "Mr."/"Ms." spelling only when the story writes one of the two.
  forms.forEach((f, i) => {
    if (!isLone(f) || f.gender || !personish(state, i)) return;
    const key = f.keys.join(' ');
    const titled = forms.flatMap((g, j) => (g.gender && g.keys.join(' ') === key ? [j] : []));
    joinUnique(state, i, titled, (j) => `"${state.label(i)}" is written "${[...forms[j].titled.keys()][0]}"`);
  });
  forms.forEach((f, i) => {
    if (!isLone(f) || !personish(state, i)) return;
    const hosts = full.filter((j) => state.kindOf(j) === 'person' && isSurnameOf(f, forms[j]));
    joinUnique(state, i, hosts, (j) => `surname "${state.label(i)}" bound to "${state.label(j)}"`);
  });
  // A lone given name or its short form ("Wladimir", "Wlad") joins the one person who has it, unless it
  // is some person's surname too, or a word mostly used as a place or a modifier ("from Skarn",
  // "Teskaran ports").
  forms.forEach((f, i) => {
    if (!isLone(f) || f.gender || f.tokens.length !== 1 || !personish(state, i)) return;
    const persons = full.filter((j) => state.kindOf(j) === 'person');
    if (persons.some((j) => isSurnameOf(f, forms[j]))) return;
    const hosts = persons.filter((j) => isGivenNameOf(f, forms[j]));
    if (hosts.length === 0 || usedAsModifierOrPlace(state, f)) return;
    joinUnique(state, i, hosts, (j) => `given name "${state.label(i)}" bound to "${state.label(j)}"`);
  });
}

/** A preposition of place or direction right before a name ("from Skarn", "in Skarn", "to Skarn"). */
const LOCATIVE = /\b(?:in|from|to|at|near|outside|across)\s$/;

/**
 * True when the spelling reads as a place or a modifier: one of its mentions is typed a place, or most
 * stand after a preposition of place ("from Skarn") or right before a lower-case noun ("Teskaran
 * farmland", "Skarn mayor").
 */
function usedAsModifierOrPlace(state: MergeState, f: Form): boolean {
  if (f.kinds.has('place')) return true;
  const hits = f.mentions.filter((m) => {
    const { article, annotations } = state.items[m.item];
    if (LOCATIVE.test(article.text.slice(Math.max(0, m.start - 8), m.start))) return true;
    const next = annotations.tokens[firstTokenAt(annotations.tokens, m.end)];
    return (
      next !== undefined &&
      /^ $/.test(article.text.slice(m.end, next.start)) &&
      /^\p{Ll}/u.test(article.text[next.start]) &&
      next.pos === 'NOUN'
    );
  });
  return hits.length * 2 >= f.mentions.length;
}

/** Joins `i` to all its hosts' groups when they can be one person; notes the ambiguity otherwise. */
function joinUnique(state: MergeState, i: number, hosts: number[], reason: (j: number) => string): void {
  const { uf } = state;
  const byRoot = new Map<number, number>();
  for (const j of hosts) if (uf.find(j) !== uf.find(i) && !byRoot.has(uf.find(j))) byRoot.set(uf.find(j), j);
  const picks = [...byRoot.values()];
  if (picks.length === 0) return;
  const together = picks.every((a, n) => picks.slice(n + 1).every((b) => state.canJoin(a, b)));
  if (together) {
    for (const j of picks) state.join(j, i, reason(j));
    return;
  }
  const f = state.forms[i];
  state.diagnostics.push(
    diagnose(
      'info',
      'PX504',
      'reconcile',
      `"${state.label(i)}" may be any of ${picks.length} people; left unmerged`,
      {
        article: f.mentions[0].article,
        start: f.mentions[0].start,
        end: f.mentions[0].end,
      },
    ),
  );
}
