/**
 * Entity merging: one entity per referent across a story's articles. Mentions are grouped by
 * normalised name, then groups are joined by five rules, each recorded with its reason:
 * phonetic key (transliteration variants), acronym defined in parentheses, acronym = initials,
 * token subset (middle names, titles, initials; for organisations and places only within one article), and surname-only mentions bound to the one full name
 * that ends with them. Two persons whose first names are incompatible are never joined.
 */
import type { AnalyzedArticle, EntityKind } from '../model/annotations.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { EntityFinding, MergeNote } from '../model/findings.ts';
import { diagnose } from '../util/diagnose.ts';
import { acronymLetters, initialsOf, isTokenSubset, type NameForm, normaliseName } from './name-key.ts';
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

interface Form extends NameForm {
  texts: Map<string, number>;
  kinds: Map<EntityKind, number>;
  mentions: Array<{ article: string; start: number; end: number; text: string; role?: string; item: number }>;
}

const cleanText = (t: string) => t.trim().replace(/['’]s$/, '');

/** Merges the mentions of a story's articles into entities. */
export function mergeEntities(items: AnalyzedArticle[], options: MergeOptions): MergedEntities {
  const honorifics = new Set(options.honorifics);
  const forms: Form[] = [];
  const byKey = new Map<string, number>();
  // A story names the same people and places over and over: each spelling is normalised once.
  const normalised = new Map<string, NameForm>();
  items.forEach(({ article, annotations }, item) => {
    for (const m of annotations.mentions) {
      const text = cleanText(m.text);
      const memoKey = `${m.kind === 'person' ? 'p' : 'o'}:${text}`;
      let nf = normalised.get(memoKey);
      if (!nf) {
        nf = normaliseName(text, m.kind === 'person', honorifics);
        normalised.set(memoKey, nf);
      }
      if (nf.tokens.length === 0) continue;
      const key = nf.tokens.join(' ');
      let i = byKey.get(key);
      if (i === undefined) {
        i = forms.push({ ...nf, texts: new Map(), kinds: new Map(), mentions: [] }) - 1;
        byKey.set(key, i);
      }
      const f = forms[i];
      f.texts.set(text, (f.texts.get(text) ?? 0) + 1);
      f.kinds.set(m.kind, (f.kinds.get(m.kind) ?? 0) + 1);
      f.mentions.push({ article: article.id, start: m.start, end: m.end, text, role: m.role, item });
    }
  });
  const uf = new UnionFind(forms.length);
  const notes: Array<{ a: number; note: MergeNote }> = [];
  const kindOfGroup = (root: number) => majorityKind(uf.members(root).map((i) => forms[i]));
  const label = (i: number) => [...forms[i].texts.keys()][0];
  const join = (a: number, b: number, reason: string): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb || !compatible(uf.members(ra), uf.members(rb), forms, kindOfGroup(ra), kindOfGroup(rb)))
      return false;
    uf.union(ra, rb);
    notes.push({ a, note: { names: [label(a), label(b)], reason } });
    return true;
  };
  // 1. Transliteration variants: the same phonetic key for every token.
  const byPhonetic = new Map<string, number>();
  forms.forEach((f, i) => {
    const key = f.keys.join(' ');
    if (key.replace(/ /g, '').length < 3) return;
    const j = byPhonetic.get(key);
    if (j === undefined) byPhonetic.set(key, i);
    else join(j, i, `same phonetic key "${key}" (spelling variants)`);
  });
  // 2. Acronyms defined in parentheses: "Long Name (LN)".
  items.forEach(({ article, annotations }) => {
    for (const m of article.text.matchAll(/\(([^()\n]{2,14})\)/g)) {
      const inner = m[1].trim();
      if (!acronymLetters(inner)) continue;
      const long = annotations.mentions.find(
        (x) => x.end <= m.index && /^\s*$/.test(article.text.slice(x.end, m.index)),
      );
      const longIdx =
        long && byKey.get(normaliseName(cleanText(long.text), false, honorifics).tokens.join(' '));
      const insideMention = annotations.mentions.find(
        (x) => x.start > m.index && x.end < m.index + m[0].length,
      );
      const shortName = insideMention ? cleanText(insideMention.text) : inner;
      const shortIdx = byKey.get(normaliseName(shortName, false, honorifics).tokens.join(' '));
      if (longIdx === undefined || shortIdx === undefined || longIdx === shortIdx) continue;
      if (forms[longIdx].tokens[0][0] !== forms[shortIdx].tokens[0][0]) continue;
      join(longIdx, shortIdx, `acronym defined in parentheses: "${cleanText(long!.text)} (${inner})"`);
    }
  });
  // 3. Acronyms equal to the initials of exactly one multi-word name.
  const links = new Set(options.nameLinkWords);
  forms.forEach((_, i) => {
    const letters = acronymLetters(label(i));
    if (!letters) return;
    const hits = forms
      .map((g, j) => ({ g, j }))
      .filter(({ g, j }) => j !== i && g.tokens.length >= 2 && initialsOf(g.tokens, links) === letters);
    if (new Set(hits.map((h) => uf.find(h.j))).size === 1)
      join(hits[0].j, i, `acronym ${label(i)} = initials of "${label(hits[0].j)}"`);
  });
  // 4. Token subsets: a shorter multi-word name inside exactly one longer (or abbreviated) one.
  const order = forms.map((_, i) => i).sort((a, b) => forms[b].tokens.length - forms[a].tokens.length);
  for (const i of order) {
    const f = forms[i];
    if (f.tokens.length < 2) continue;
    // A shorter organisation or place name is often the parent of the longer one ("Northern Front" and
    // "Northern Front Youth Wing"): it joins the longer name only where one article uses both.
    const person = kindOfGroup(uf.find(i)) === 'person';
    const hosts = order.filter(
      (j) =>
        j !== i &&
        forms[j].tokens.length >= f.tokens.length &&
        isTokenSubset(f, forms[j]) &&
        (person || kindOfGroup(uf.find(j)) === 'person' || sameArticle(f, forms[j])),
    );
    const roots = new Set(hosts.map((j) => uf.find(j)));
    roots.delete(uf.find(i));
    if (roots.size !== 1) continue;
    const host = hosts.find((j) => uf.find(j) !== uf.find(i))!;
    join(host, i, `"${label(i)}" is part of "${label(host)}"`);
  }
  // 5. Surname-only mentions bound to the one full person name that ends with them.
  const diagnostics: Diagnostic[] = [];
  forms.forEach((f, i) => {
    if (f.tokens.length !== 1 || !['person', 'other'].includes(kindOfGroup(uf.find(i)))) return;
    const hosts = forms
      .map((g, j) => ({ g, j }))
      .filter(
        ({ g, j }) =>
          j !== i &&
          g.tokens.length >= 2 &&
          g.keys.at(-1) === f.keys[0] &&
          kindOfGroup(uf.find(j)) === 'person',
      );
    const roots = new Set(hosts.map((h) => uf.find(h.j)));
    if (roots.size === 1) join(hosts[0].j, i, `surname "${label(i)}" bound to "${label(hosts[0].j)}"`);
    else if (roots.size > 1)
      diagnostics.push(
        diagnose(
          'info',
          'PX504',
          'reconcile',
          `"${label(i)}" may be any of ${roots.size} people; left unmerged`,
          {
            article: f.mentions[0].article,
            start: f.mentions[0].start,
            end: f.mentions[0].end,
          },
        ),
      );
  });
  return buildEntities(forms, uf, notes, diagnostics, kindOfGroup);
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

/** Kinds must agree (or one be `other`); persons' first and last names must be compatible pairwise. */
function compatible(a: number[], b: number[], forms: Form[], ka: EntityKind, kb: EntityKind): boolean {
  if (ka !== kb && ka !== 'other' && kb !== 'other') return false;
  if (ka !== 'person' && kb !== 'person') return true;
  for (const i of a)
    for (const j of b) {
      const x = forms[i];
      const y = forms[j];
      if (x.tokens.length < 2 || y.tokens.length < 2) continue;
      const first = x.keys[0] === y.keys[0] || x.tokens[0].length === 1 || y.tokens[0].length === 1;
      if (!first || x.keys.at(-1) !== y.keys.at(-1)) return false;
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
        texts.set(t, { count: (prev?.count ?? 0) + c, tokens: f.tokens.length, first });
      }
    const ranked = [...texts].sort(
      (x, y) =>
        (kind === 'person' ? Math.min(y[1].tokens, 2) - Math.min(x[1].tokens, 2) : 0) ||
        y[1].count - x[1].count ||
        y[0].length - x[0].length ||
        x[1].first - y[1].first,
    );
    const name = ranked[0][0];
    return {
      id,
      name,
      kind,
      aliases: ranked.slice(1).map(([t]) => t),
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
