/**
 * Acronym rules of entity merging: an acronym joins its long form when an article defines it in
 * parentheses ("Long Name (LN)"), or when it spells the initials of exactly one multi-word name of the
 * story, link words skipped ("… Competition and Consumer Authority" for a four-letter acronym) and a
 * part that is itself an acronym spelled whole ("US Velm Survey" for USVS).
 */
import type { MergeState } from './merge-entities.ts';
import { acronymLetters, acronymsOf, cleanText, normaliseName } from './name-key.ts';

/** A long form read as a person (a capitalised run of three words) may still be what an acronym spells. */
const MIN_PERSON_LONG_FORM = 3;

/** Joins acronyms to their long forms (rules described in the file header). */
export function mergeAcronyms(state: MergeState): void {
  mergeDefined(state);
  mergeInitials(state);
}

function mergeDefined(state: MergeState): void {
  const { items, forms, byKey, honorifics } = state;
  const indexOf = (text: string) =>
    byKey.get(normaliseName(cleanText(text), false, honorifics).tokens.join(' '));
  for (const { article, annotations } of items) {
    for (const m of article.text.matchAll(/\(([^()\n]{2,14})\)/g)) {
      const inner = m[1].trim();
      if (!acronymLetters(inner)) continue;
      const long = annotations.mentions.find(
        (x) => x.end <= m.index && /^\s*$/.test(article.text.slice(x.end, m.index)),
      );
      const longIdx = long && indexOf(long.text);
      const insideMention = annotations.mentions.find(
        (x) => x.start > m.index && x.end < m.index + m[0].length,
      );
      const shortIdx = indexOf(insideMention ? insideMention.text : inner);
      if (longIdx === undefined || shortIdx === undefined || longIdx === shortIdx) continue;
      if (forms[longIdx].tokens[0][0] !== forms[shortIdx].tokens[0][0]) continue;
      state.join(longIdx, shortIdx, `acronym defined in parentheses: "${cleanText(long!.text)} (${inner})"`);
    }
  }
}

function mergeInitials(state: MergeState): void {
  const { forms, uf } = state;
  const spelled = forms.map((f) =>
    f.tokens.length >= 2
      ? new Set([...f.texts.keys()].flatMap((t) => [...acronymsOf(t, state.linkWords)]))
      : null,
  );
  forms.forEach((_, i) => {
    const letters = acronymLetters(state.label(i));
    if (!letters) return;
    const hits = forms
      .map((g, j) => ({ g, j }))
      .filter(({ g, j }) => j !== i && spelled[j]?.has(letters) && longFormFits(state, j, g.tokens.length));
    if (hits.length === 0 || new Set(hits.map((h) => uf.find(h.j))).size !== 1) return;
    const j = hits[0].j;
    const f = forms[j];
    // A long form of three capitalised words read as a person ("Velm Football Confederation") is the
    // organisation the acronym names: its mentions count as one.
    const kinds = new Map(f.kinds);
    if (state.kindOf(j) === 'person') f.kinds = new Map([['organization', f.mentions.length]]);
    if (!state.join(j, i, `acronym ${state.label(i)} = initials of "${state.label(j)}"`)) f.kinds = kinds;
  });
}

/** A long form is a name of two words or more; one read as a person only when it is long and untitled. */
function longFormFits(state: MergeState, j: number, tokens: number): boolean {
  if (state.kindOf(j) !== 'person') return true;
  const members = state.uf.members(j);
  return (
    tokens >= MIN_PERSON_LONG_FORM && members.length === 1 && state.forms[j].mentions.every((m) => !m.role)
  );
}
