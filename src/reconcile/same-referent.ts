/**
 * Alias lookup for later stages (disputes, office holders, quotes): which entity of the story a name
 * refers to, and whether two names are the same referent. A name variant is never a dispute.
 *
 * A name resolves to an entity when it is one of the entity's spellings (after folding case,
 * diacritics, titles and transliteration), when it is a shorter spelling one entity's full name covers
 * ("Ben Varn" for "Benedikt A. Varn"), a lone surname of exactly one person, or an acronym of exactly
 * one long name. A name that fits two entities (a surname two ministers share) resolves to none, and
 * "Mr. Varn" is never "Ms. Varn".
 */
import { reconcile } from '../config.ts';
import type { EntityFinding } from '../model/findings.ts';
import { acronymLetters, acronymOf, cleanText, type NameForm, normaliseName } from './name-key.ts';
import { courtesyGender, coversName, isSurnameOf } from './person-names.ts';

/** The fields of an entity the lookup reads (a briefing `Entity` without an id gives its own index). */
export type ReferentEntity = Pick<EntityFinding, 'id' | 'name' | 'aliases' | 'kind'>;

/** Where a name leads: an entity id, `ambiguous` (two entities fit), or `unknown` (none does). */
export type Referent = { id: string } | 'ambiguous' | 'unknown';

/** Every spelling of a story's entities, for repeated lookups. */
export interface AliasIndex {
  /** The entity a name refers to. */
  resolve(name: string): Referent;
  /** The entity id of a name, or undefined when none or more than one fits. */
  idOf(name: string): string | undefined;
  /** True when two names refer to the same entity (see `sameReferent`). */
  same(a: string, b: string): boolean;
}

const HONORIFICS = new Set(reconcile.honorifics);
const LINKS = new Set(reconcile.nameLinkWords);

const formOf = (name: string): NameForm => normaliseName(cleanText(name), true, HONORIFICS);
const keyOf = (f: NameForm) => f.keys.join(' ');

/** True when two names, outside any story, are spellings of one name (same key, cover, acronym). */
function directMatch(a: string, b: string): boolean {
  const fa = formOf(a);
  const fb = formOf(b);
  if (fa.tokens.length === 0 || fb.tokens.length === 0) return false;
  if (keyOf(fa) === keyOf(fb) || coversName(fa, fb) || coversName(fb, fa)) return true;
  const la = acronymLetters(a);
  const lb = acronymLetters(b);
  return (la !== null && acronymOf(b, LINKS) === la) || (lb !== null && acronymOf(a, LINKS) === lb);
}

/** Builds the lookup of a story's entities (`Findings.entities`, or a briefing's entity list with ids). */
export function aliasIndex(entities: readonly ReferentEntity[]): AliasIndex {
  const spellings = entities.map((e) => ({ e, forms: [e.name, ...e.aliases].map(formOf) }));
  const byKey = new Map<string, Set<string>>();
  for (const { e, forms } of spellings)
    for (const f of forms)
      if (f.tokens.length) byKey.set(keyOf(f), (byKey.get(keyOf(f)) ?? new Set()).add(e.id));
  const pick = (ids: Set<string>): Referent =>
    ids.size === 1 ? { id: [...ids][0] } : ids.size > 1 ? 'ambiguous' : 'unknown';
  const resolve = (name: string): Referent => {
    const f = formOf(name);
    if (f.tokens.length === 0) return 'unknown';
    const exact = byKey.get(keyOf(f));
    if (exact) return pick(exact);
    const fits = new Set<string>();
    const letters = acronymLetters(name);
    for (const { e, forms } of spellings) {
      const person = e.kind === 'person';
      if (person && forms.some((g) => coversName(g, f) || isSurnameOf(f, g))) fits.add(e.id);
      if (letters && [e.name, ...e.aliases].some((t) => acronymOf(t, LINKS) === letters)) fits.add(e.id);
    }
    return pick(fits);
  };
  return {
    resolve,
    idOf: (name) => {
      const r = resolve(name);
      return typeof r === 'object' ? r.id : undefined;
    },
    same: (a, b) => {
      const ga = courtesyGender(a.trim().split(/\s+/)[0]);
      const gb = courtesyGender(b.trim().split(/\s+/)[0]);
      if (ga && gb && ga !== gb) return false;
      const ra = resolve(a);
      const rb = resolve(b);
      if (typeof ra === 'object' && typeof rb === 'object') return ra.id === rb.id;
      if (ra === 'ambiguous' || rb === 'ambiguous') return false;
      // One name is an entity's: the other must be a spelling of one of that entity's names.
      const known = typeof ra === 'object' ? ra.id : typeof rb === 'object' ? rb.id : null;
      const other = typeof ra === 'object' ? b : a;
      if (known === null) return directMatch(a, b);
      const e = entities.find((x) => x.id === known)!;
      return [e.name, ...e.aliases].some((t) => directMatch(t, other));
    },
  };
}

/**
 * True when names `a` and `b` refer to the same entity of the story: both resolve to one entity, or,
 * when at least one is not in `entities`, they are spellings of one name ("Benjamin Todd Varn" / "Ben
 * Varn", "Zharov" / "Jarov", an acronym and its long form). False when either fits two entities.
 * For many lookups build `aliasIndex(entities)` once.
 */
export function sameReferent(a: string, b: string, entities: readonly ReferentEntity[]): boolean {
  return aliasIndex(entities).same(a, b);
}
