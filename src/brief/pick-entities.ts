/**
 * The people, organisations and places a briefing lists: the most mentioned first (an entity the
 * articles describe counts its descriptions too), then, past that cut, the entities the outlets spell
 * differently ("Masoud Dalman" / "Massoud Dalman", "Khaledin" / "Khaldin") in two articles or more: a
 * reader needs those most, since two spellings read as two people or two places.
 */
import { reconcile } from '../config.ts';
import type { Entity } from '../model/briefing.ts';
import type { EntityFinding } from '../model/findings.ts';
import { fold } from '../text/index.ts';
import { cite } from './cite.ts';

const TITLES = new Set<string>(reconcile.honorifics);

function weight(e: EntityFinding): number {
  return e.mentions.length + (e.descriptions?.length ?? 0);
}

/** The folded words of a name as written (a hyphenated part stays one word), titles left out. */
function nameWords(name: string): string[] {
  return fold(name)
    .replace(/\s*-\s*/g, '-')
    .replace(/[^\p{L}\p{N}\s-]+/gu, '')
    .split(/\s+/)
    .filter((w) => w && !TITLES.has(w));
}

/**
 * True when some alias spells a part of the name differently: a word the name does not have that is
 * no title and no initial ("Massoud" beside "Masoud", "Al-Vessoud" beside "Al Vessoud"), in an alias
 * that is no acronym.
 */
export function spelledApart(e: Pick<EntityFinding, 'name' | 'aliases'>): boolean {
  const own = new Set(nameWords(e.name));
  return e.aliases.some(
    (a) => !/^[\p{Lu}.\s&-]+$/u.test(a) && nameWords(a).some((w) => w.length > 1 && !own.has(w)),
  );
}

/** The entity cards of a briefing (see the file header). */
export function entityList(entities: readonly EntityFinding[], max: number, maxSpelled: number): Entity[] {
  const ranked = entities
    .filter((e) => e.kind !== 'other')
    .sort((a, b) => weight(b) - weight(a) || b.articles.length - a.articles.length);
  const spelled = ranked
    .slice(max)
    .filter((e) => e.articles.length >= 2 && spelledApart(e))
    .slice(0, maxSpelled);
  return [...ranked.slice(0, max), ...spelled].map((e) => {
    const out: Entity = { name: e.name, kind: e.kind, aliases: e.aliases, articles: e.articles };
    if (e.roles.length) out.roles = e.roles;
    if (e.descriptions?.length)
      out.descriptions = e.descriptions.map((d) => ({
        text: d.text,
        citations: d.citations.map(cite),
        outlets: d.outlets,
      }));
    return out;
  });
}
