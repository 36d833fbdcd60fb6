/**
 * Entity merging: one entity per referent across a story's articles. Mentions are grouped by
 * normalised name, then groups are joined by rules, each recorded with its reason: phonetic key
 * (transliteration variants), acronyms (defined in parentheses, or the initials of one long name:
 * `merge-acronyms.ts`), token subset for organisations and places (within one article, or where the
 * longer name only inserts words, also once a head word such as "Court" is left out), and the
 * person rules of `merge-persons.ts` (middle names, initials, nicknames, hyphenated surnames, lone
 * surnames bound to the one person who has them). Two persons whose names contradict are never joined.
 */
import type { AnalyzedArticle, EntityKind } from '../model/annotations.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { EntityFinding, MergeNote } from '../model/findings.ts';
import { COMPASS, PLACE_CUES, QUALIFIERS } from '../nlp/data/lexicon.ts';
import { mergeAcronyms } from './merge-acronyms.ts';
import { mergePersons } from './merge-persons.ts';
import { cleanText, isTokenSubset, type NameForm, normaliseName } from './name-key.ts';
import { consistentNames, courtesyGender, isLone } from './person-names.ts';
import { UnionFind } from './union-find.ts';

/** Options of entity merging (from `config.reconcile`). */
export interface MergeOptions {
  honorifics: readonly string[];
  nameLinkWords: readonly string[];
}

/** The merged entities and, for each mention (`article:start`), the id of its entity. */
export interface MergedEntities {
  entities: EntityFinding[];
  entityOf: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** One normalised spelling with the texts, kinds and mentions that carry it. */
export interface Form extends NameForm {
  texts: Map<string, number>;
  /** The spelling with a one-word capitalised title as written before it ("Dr. Ilse Varn", "Mr Varn"). */
  titled: Map<string, number>;
  kinds: Map<EntityKind, number>;
  /** For a lone surname after a courtesy title: the title's gender ("Mr" m, "Ms" f). */
  gender?: 'm' | 'f';
  mentions: Array<{ article: string; start: number; end: number; text: string; role?: string; item: number }>;
}

/** What the merge rules share: the forms, their groups, and the one way to join two groups. */
export interface MergeState {
  items: AnalyzedArticle[];
  forms: Form[];
  uf: UnionFind;
  /** Form index of each normalised spelling (tokens joined by a space). */
  byKey: Map<string, number>;
  honorifics: ReadonlySet<string>;
  linkWords: ReadonlySet<string>;
  /** The kind of the group of form `i`. */
  kindOf(i: number): EntityKind;
  /** The first text of form `i`. */
  label(i: number): string;
  /** True when the groups of `a` and `b` may be joined (kinds agree, person names do not contradict). */
  canJoin(a: number, b: number): boolean;
  /** Joins the groups of `a` and `b` unless they cannot be; true when joined. */
  join(a: number, b: number, reason: string): boolean;
  diagnostics: Diagnostic[];
}

function collectForms(items: AnalyzedArticle[], honorifics: ReadonlySet<string>) {
  const forms: Form[] = [];
  const byKey = new Map<string, number>();
  // A story names the same people and places over and over: each spelling is normalised once.
  const normalised = new Map<string, NameForm>();
  const typographic = typographicCapitals(items);
  items.forEach(({ article, annotations }, item) => {
    for (const m of annotations.mentions) {
      const text = cleanText(m.text);
      if (m.kind === 'organization' && typographic(text)) continue;
      const memoKey = `${m.kind === 'person' ? 'p' : 'o'}:${text}`;
      let nf = normalised.get(memoKey);
      if (!nf) {
        nf = normaliseName(text, m.kind === 'person', honorifics);
        normalised.set(memoKey, nf);
      }
      if (nf.tokens.length === 0) continue;
      // "Mr. Varn" and "Ms. Varn" are two people until a full name tells otherwise.
      const gender = !/\s/.test(text) && m.kind === 'person' ? courtesyGender(m.role) : undefined;
      const key = nf.tokens.join(' ') + (gender ? `#${gender}` : '');
      let i = byKey.get(key);
      if (i === undefined) {
        const fresh: Form = { ...nf, texts: new Map(), titled: new Map(), kinds: new Map(), mentions: [] };
        if (gender) fresh.gender = gender;
        i = forms.push(fresh) - 1;
        byKey.set(key, i);
      }
      const f = forms[i];
      f.texts.set(text, (f.texts.get(text) ?? 0) + 1);
      if (m.role && m.kind === 'person' && /^\p{Lu}\S*$/u.test(m.role.trim())) {
        const titled = `${m.role.trim()} ${text}`;
        f.titled.set(titled, (f.titled.get(titled) ?? 0) + 1);
      }
      f.kinds.set(m.kind, (f.kinds.get(m.kind) ?? 0) + 1);
      f.mentions.push({ article: article.id, start: m.start, end: m.end, text, role: m.role, item });
    }
  });
  return { forms, byKey };
}

/**
 * A word in capitals that the story also writes in lower case ("ARMED robbers in drag…" beside "armed
 * robbers") is a headline-style opening, not an acronym: it names no organisation. Only words of five
 * letters or more: a short acronym may be a common word too ("WHO", "AIDS").
 */
function typographicCapitals(items: readonly AnalyzedArticle[]): (text: string) => boolean {
  const memo = new Map<string, boolean>();
  return (text) => {
    if (!/^\p{Lu}{5,}$/u.test(text)) return false;
    let seen = memo.get(text);
    if (seen === undefined) {
      const lower = new RegExp(`(?<!\\p{L})${text.toLowerCase()}(?!\\p{L})`, 'u');
      seen = items.some((i) => lower.test(i.article.text));
      memo.set(text, seen);
    }
    return seen;
  };
}

/** Merges the mentions of a story's articles into entities. */
export function mergeEntities(items: AnalyzedArticle[], options: MergeOptions): MergedEntities {
  const honorifics = new Set(options.honorifics);
  const { forms, byKey } = collectForms(items, honorifics);
  const uf = new UnionFind(forms.length);
  const notes: Array<{ a: number; note: MergeNote }> = [];
  const kindOfGroup = (root: number) => majorityKind(uf.members(root).map((i) => forms[i]));
  const state: MergeState = {
    items,
    forms,
    uf,
    byKey,
    honorifics,
    linkWords: new Set(options.nameLinkWords),
    kindOf: (i) => kindOfGroup(uf.find(i)),
    label: (i) => [...forms[i].texts.keys()][0],
    canJoin: (a, b) => {
      const ra = uf.find(a);
      const rb = uf.find(b);
      return ra !== rb && compatible(uf.members(ra), uf.members(rb), forms, kindOfGroup(ra), kindOfGroup(rb));
    },
    join: (a, b, reason) => {
      if (!state.canJoin(a, b)) return false;
      uf.union(a, b);
      notes.push({ a, note: { names: [state.label(a), state.label(b)], reason } });
      return true;
    },
    diagnostics: [],
  };
  // 1. Transliteration variants: the same phonetic key for every token.
  const byPhonetic = new Map<string, number>();
  forms.forEach((f, i) => {
    const key = f.keys.join(' ') + (f.gender ? ` (${f.gender})` : '');
    if (f.keys.join('').length < 3) return;
    const j = byPhonetic.get(key);
    if (j === undefined) byPhonetic.set(key, i);
    else state.join(j, i, `same phonetic key "${key}" (spelling variants)`);
  });
  // 2. Acronyms: defined in parentheses, or the initials of exactly one long name.
  mergeAcronyms(state);
  // 3. Organisations and places: a shorter multi-word name inside exactly one longer one. A shorter
  // name is often the parent of the longer one ("Northern Front" and "Northern Front Youth Wing"):
  // it joins the longer name only where one article uses both, or where the longer one only inserts
  // words inside it (`onlyInserts`), also once a head word is left out ("Orwick Magistrates' Court" /
  // "Orwick District Magistrates": `withoutHead`).
  const order = forms.map((_, i) => i).sort((a, b) => forms[b].tokens.length - forms[a].tokens.length);
  for (const i of order) {
    const f = forms[i];
    if (f.tokens.length < 2 || state.kindOf(i) === 'person') continue;
    const core = withoutHead(f);
    const hosts = order.filter(
      (j) =>
        j !== i &&
        forms[j].tokens.length >= f.tokens.length &&
        state.kindOf(j) !== 'person' &&
        ((isTokenSubset(f, forms[j]) && (sameArticle(f, forms[j]) || onlyInserts(f, forms[j]))) ||
          (core !== null && isTokenSubset(core, forms[j]) && onlyInserts(core, forms[j])) ||
          sameBody(f, withoutHead(forms[j]))),
    );
    const roots = new Set(hosts.map((j) => uf.find(j)));
    roots.delete(uf.find(i));
    if (roots.size !== 1) continue;
    const host = hosts.find((j) => uf.find(j) !== uf.find(i))!;
    state.join(host, i, `"${state.label(i)}" is part of "${state.label(host)}"`);
  }
  // 4. Persons: fuller names absorb the shorter spellings they cover; lone surnames their one bearer.
  mergePersons(state);
  return buildEntities(forms, uf, notes, state.diagnostics, kindOfGroup);
}

/** Head words a body's name is often written without ("Orwick Magistrates' Court" / "Orwick Magistrates"). */
const DROPPED_HEADS = new Set(['court', 'service']);

/**
 * The name without a final head word of `DROPPED_HEADS`, when two words or more are left and the last of
 * them is no place word ("Velm District Court" is not "Velm District"); null otherwise.
 */
function withoutHead(f: NameForm): NameForm | null {
  if (f.tokens.length < 3 || !DROPPED_HEADS.has(f.tokens.at(-1)!) || PLACE_CUES.has(f.tokens.at(-2)!))
    return null;
  return { tokens: f.tokens.slice(0, -1), keys: f.keys.slice(0, -1) };
}

/** True when `f` is `core` (a name without its head word) or only inserts words inside it ("Orwick Magistrates" / "Orwick Magistrates' Court"). */
function sameBody(f: NameForm, core: NameForm | null): boolean {
  if (!core || !isTokenSubset(core, f)) return false;
  return core.tokens.length === f.tokens.length || onlyInserts(core, f);
}

/**
 * True when `long` only adds plain words inside `short`, which opens and ends it the same way ("Carlton
 * Hotel" / "Carlton Riviera Hotel", "Velm Fire Service" / "Velm Fire and Rescue Service"): the same body
 * in any two articles. A compass or qualifier word added ("Bank of New Velm", "University of Southern
 * Velm") makes another body.
 */
function onlyInserts(short: NameForm, long: NameForm): boolean {
  if (long.tokens.length <= short.tokens.length) return false;
  if (short.keys[0] !== long.keys[0] || short.keys.at(-1) !== long.keys.at(-1)) return false;
  const kept = new Set(short.tokens);
  return long.tokens.every((t) => kept.has(t) || !(COMPASS.has(t) || QUALIFIERS.has(t)));
}

function sameArticle(a: Form, b: Form): boolean {
  const articles = new Set(a.mentions.map((m) => m.article));
  return b.mentions.some((m) => articles.has(m.article));
}

function majorityKind(group: Form[]): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const f of group) for (const [k, n] of f.kinds) counts.set(k, (counts.get(k) ?? 0) + n);
  const named = [...counts].filter(([k]) => k !== 'other').sort((a, b) => b[1] - a[1]);
  return named[0]?.[0] ?? 'other';
}

/** Kinds must agree (or one be `other`); persons' full names must not contradict pairwise. */
function compatible(a: number[], b: number[], forms: Form[], ka: EntityKind, kb: EntityKind): boolean {
  if (ka !== kb && ka !== 'other' && kb !== 'other') return false;
  if (ka !== 'person' && kb !== 'person') return true;
  for (const i of a)
    for (const j of b) {
      const x = forms[i];
      const y = forms[j];
      if (x.gender && y.gender && x.gender !== y.gender) return false;
      if (isLone(x) || isLone(y)) continue;
      if (!consistentNames(x, y)) return false;
    }
  return true;
}

function buildEntities(
  forms: Form[],
  uf: UnionFind,
  notes: Array<{ a: number; note: MergeNote }>,
  diagnostics: Diagnostic[],
  kindOf: (root: number) => EntityKind,
): MergedEntities {
  const groups = uf.groups().map((members) => members.map((i) => forms[i]));
  groups.sort((g, h) => firstSeen(g) - firstSeen(h));
  const entityOf = new Map<string, string>();
  const entities = groups.map((group, n): EntityFinding => {
    const id = `e${n}`;
    const root = uf.find(forms.indexOf(group[0]));
    const kind = kindOf(root);
    const mentions = group.flatMap((f) => f.mentions).sort((x, y) => x.item - y.item || x.start - y.start);
    for (const m of mentions) entityOf.set(`${m.article}:${m.start}`, id);
    const texts = new Map<string, { count: number; tokens: number; first: number }>();
    for (const f of group)
      for (const [t, c] of f.texts) {
        const prev = texts.get(t);
        const first = mentions.findIndex((m) => m.text === t);
        texts.set(t, { count: (prev?.count ?? 0) + c, tokens: isLone(f) ? 1 : f.tokens.length, first });
      }
    const ranked = [...texts].sort(
      (x, y) =>
        (kind === 'person' ? Math.min(y[1].tokens, 2) - Math.min(x[1].tokens, 2) : 0) ||
        y[1].count - x[1].count ||
        y[0].length - x[0].length ||
        x[1].first - y[1].first,
    );
    const titled = group
      .flatMap((f) => [...f.titled])
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    // "Mr. Varn" with no full name: the title is what tells this Varn from another.
    const onlyTitled = group.some((f) => f.gender) && [...texts.keys()].every((t) => !/\s/.test(t));
    const name = onlyTitled ? titled[0][0] : ranked[0][0];
    const aliases = ranked.map(([t]) => t).filter((t) => t !== name);
    // Titled spellings ("Dr. Ilse Varn", "Mr Varn") come last: how outlets wrote the name, not another name.
    for (const [t] of titled) if (t !== name && !aliases.includes(t)) aliases.push(t);
    return {
      id,
      name,
      kind,
      aliases,
      articles: [...new Set(mentions.map((m) => m.article))],
      roles: [...new Set(mentions.flatMap((m) => (m.role ? [m.role] : [])))],
      mentions: mentions.map(({ article, start, end }) => ({ article, start, end })),
      merges: notes.filter((x) => uf.find(x.a) === root).map((x) => x.note),
    };
  });
  return { entities, entityOf, diagnostics };
}

function firstSeen(group: Form[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const f of group) for (const m of f.mentions) best = Math.min(best, m.item * 1e9 + m.start);
  return best;
}
