/**
 * Acronym rules of entity merging: an acronym joins its long form when an article defines it in
 * parentheses ("Long Name (LN)"), or when it spells the initials of exactly one multi-word name of the
 * story, link words skipped ("… Competition and Consumer Authority" for a four-letter acronym) and a
 * part that is itself an acronym spelled whole ("US Velm Survey" for USVS); failing those, the initials
 * of a long name without its first one or two words, in an article that writes both ("DA" beside
 * "Bristol District Attorney"). A name opening with an
 * acronym joins the name that writes it out ("INS Talvar" / "Indian Naval Ship Talvar") and the bare
 * name after it ("Talvar").
 */

import { lookupPlace } from '../nlp/gazetteer.ts';
import { isKnownWord } from '../nlp/wink.ts';
import { fold } from '../text/index.ts';
import type { MergeState } from './merge-entities.ts';
import { acronymLetters, acronymOf, cleanText, nameWords, normaliseName, spell } from './name-key.ts';

/** A long form read as a person (a capitalised run of three words) may still be what an acronym spells. */
const MIN_PERSON_LONG_FORM = 3;

/** Joins acronyms to their long forms (rules described in the file header). */
export function mergeAcronyms(state: MergeState): void {
  mergeDefined(state);
  mergeInitials(state);
  mergeAcronymHeads(state);
  mergeBareNames(state);
}

/**
 * "Sukanya" alone, beside "INS Sukanya": a one-word name that ends exactly one name opening with an
 * acronym (a ship's or a unit's prefix) is that name written short. Not for common words ("Army" beside
 * "US Army"), known places or persons.
 */
function mergeBareNames(state: MergeState): void {
  const { forms, uf } = state;
  forms.forEach((f, i) => {
    const text = state.label(i);
    if (f.tokens.length !== 1 || state.kindOf(i) === 'person' || /\s/.test(text)) return;
    if (isKnownWord(f.tokens[0]) || lookupPlace(text) || acronymLetters(text)) return;
    const hosts = forms.flatMap((g, j) =>
      j !== i &&
      g.tokens.length === 2 &&
      g.keys[1] === f.keys[0] &&
      state.kindOf(j) !== 'person' &&
      acronymLetters(state.label(j).split(/\s+/)[0])
        ? [j]
        : [],
    );
    const roots = new Set(hosts.map((j) => uf.find(j)));
    if (roots.size !== 1) return;
    state.join(hosts[0], i, `"${text}" is "${state.label(hosts[0])}" without its prefix`);
  });
}

/**
 * "INS Sukanya" and "Indian Naval Ship Sukanya", "U.S. Velm Survey" and "United States Velm Survey": a
 * name opening with an acronym joins the one name that writes the acronym out before the same words.
 */
function mergeAcronymHeads(state: MergeState): void {
  const { forms, uf } = state;
  forms.forEach((f, i) => {
    const text = state.label(i);
    const head = text.split(/\s+/)[0];
    const letters = acronymLetters(head);
    if (!letters || f.tokens.length < 2 || state.kindOf(i) === 'person') return;
    const tail = f.keys.slice(1).join(' ');
    const hosts = forms.flatMap((g, j) => {
      const n = g.tokens.length - (f.tokens.length - 1);
      if (j === i || n < 2 || g.keys.slice(n).join(' ') !== tail) return [];
      const written = [...g.texts.keys()].some((t) => {
        const words = t.split(/\s+/);
        const lead = nameWords(
          words.slice(0, words.length - (f.tokens.length - 1)).join(' '),
          state.linkWords,
        );
        return lead.every((w) => /\p{Ll}/u.test(w)) && spell(lead) === letters;
      });
      return written ? [j] : [];
    });
    const roots = new Set(hosts.map((j) => uf.find(j)));
    if (roots.size !== 1) return;
    state.join(hosts[0], i, `"${head}" spells the words "${state.label(hosts[0])}" opens with`);
  });
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
  const spelled = forms.map((f) => new Set([...f.texts.keys()].map((t) => acronymOf(t, state.linkWords))));
  const trailing = forms.map(
    (f) => new Set([...f.texts.keys()].flatMap((t) => trailingSpellings(t, state.linkWords))),
  );
  forms.forEach((short, i) => {
    const letters = acronymLetters(state.label(i));
    if (!letters) return;
    const fits = (spellings: Array<Set<string | null>>, j: number) =>
      j !== i && spellings[j]?.has(letters) && longFormFits(state, j, forms[j].tokens.length);
    let hits = forms.map((g, j) => ({ g, j })).filter(({ j }) => fits(spelled, j));
    // "DA" beside "Bristol District Attorney" in one article: the office without its jurisdiction.
    if (hits.length === 0)
      hits = forms
        .map((g, j) => ({ g, j }))
        .filter(
          ({ g, j }) =>
            fits(trailing, j) && g.mentions.some((m) => short.mentions.some((n) => n.article === m.article)),
        );
    if (hits.length === 0) return;
    const roots = [...new Map(hits.map((h) => [uf.find(h.j), h.j])).values()];
    if (
      roots.length > 1 &&
      !oneLongForm(
        roots.map((j) => state.label(j)),
        state.linkWords,
      )
    )
      return;
    for (let k = 1; k < roots.length; k++)
      state.join(
        roots[0],
        roots[k],
        `"${state.label(roots[k])}" writes "${state.label(roots[0])}" another way`,
      );
    const j = roots[0];
    const f = forms[j];
    // A long form of three capitalised words read as a person ("Velm Football Confederation") is the
    // organisation the acronym names: its mentions count as one.
    const kinds = new Map(f.kinds);
    if (state.kindOf(j) === 'person') f.kinds = new Map([['organization', f.mentions.length]]);
    if (!state.join(j, i, `acronym ${state.label(i)} = initials of "${state.label(j)}"`)) f.kinds = kinds;
  });
}

/**
 * What a name spells without its first one or two words, when two written-out words or more remain
 * ("Bristol District Attorney" → "DA", "Velm County Sheriff Office" → "SO"… "CSO").
 */
function trailingSpellings(text: string, linkWords: ReadonlySet<string>): string[] {
  const words = nameWords(text, linkWords);
  return [1, 2].flatMap((head) => {
    const tail = words.slice(head);
    return tail.length >= 2 && tail.every((w) => /\p{Ll}/u.test(w)) ? [spell(tail)] : [];
  });
}

/**
 * True when long forms differ only in how they write a leading part that is itself an acronym ("US",
 * "U.S.", "United States" before one "Velm Survey"): they name one body. Their common ending must be
 * two words or more, and at most one head is written out in full.
 */
function oneLongForm(texts: string[], linkWords: ReadonlySet<string>): boolean {
  const words = texts.map((t) => nameWords(t, linkWords));
  const word = (w: string[], k: number) => fold(w[w.length - 1 - k] ?? '');
  let tail = 0;
  while (words.every((w) => w.length > tail + 1 && word(w, tail) === word(words[0], tail))) tail++;
  if (tail < 2) return false;
  const heads = words.map((w) => w.slice(0, w.length - tail));
  const letters = heads.map(spell);
  // Two heads written out in full that differ ("North Sea", "New South") are two bodies.
  const written = new Set(
    heads.filter((h) => h.some((w) => /\p{Ll}/u.test(w))).map((h) => fold(h.join(' '))),
  );
  return letters[0].length >= 2 && letters.every((l) => l === letters[0]) && written.size <= 1;
}

/** A long form is a name of two words or more; one read as a person only when it is long and untitled. */
function longFormFits(state: MergeState, j: number, tokens: number): boolean {
  if (state.kindOf(j) !== 'person') return true;
  const members = state.uf.members(j);
  return (
    tokens >= MIN_PERSON_LONG_FORM && members.length === 1 && state.forms[j].mentions.every((m) => !m.role)
  );
}
