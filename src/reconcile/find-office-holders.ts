/**
 * Office holders: who holds an office, as each outlet says it, and where outlets name different holders.
 *
 * The roles and descriptions of a person's entity card ("Velm Mayor", "the mayor of Velm", "Velm's
 * mayor") are read as an office: a head from `officeTitles` (longest first: "chief executive" before
 * "executive") and its qualifier, the capitalised words around it ("Velm"). Each citation becomes a
 * claim `office:<head>:<qualifier>` whose value is the holder. A role without a qualifier joins the one
 * qualified office of its head in the story, if there is exactly one; alone it claims nothing (two
 * "mayors" in one story may be mayors of two towns). Two holders of one office from different outlets
 * are a dispute; one outlet against two or more that agree is the likely error.
 */
import type { Claim } from '../model/claim.ts';
import type { DisputeFinding, EntityDescriptionFinding, EntityFinding } from '../model/findings.ts';
import { lookupPlace } from '../nlp/gazetteer.ts';
import { fold, letterWords } from '../text/index.ts';
import { variantsOf } from './dispute-values.ts';
import { judgeMajority } from './judge-variant.ts';

/** The office a role names: its head and qualifier, or null when it names none of `titles`. */
export function officeOf(
  role: string,
  titles: readonly string[],
): { head: string; qualifier: string } | null {
  const folded = ` ${fold(role)
    .replace(/[^\p{L}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  if (NOT_THE_HOLDER.test(folded)) return null;
  const head = [...titles].sort((a, b) => b.length - a.length).find((t) => folded.includes(` ${t} `));
  if (!head) return null;
  const headWords = new Set(head.split(' '));
  const qualifier = (role.match(/\p{Lu}[\p{L}-]*(?:['’]s)?/gu) ?? [])
    .map((w) => w.replace(/['’]s$/, ''))
    // A demonym names its country ("Russian President" = President of Russia).
    .map((w) => (lookupPlace(w)?.type === 'demonym' ? lookupPlace(w)!.canonical : w))
    .map((w) => fold(w))
    .filter((w) => !headWords.has(w) && !/^(?:the|a|an)$/.test(w))
    .join(' ');
  return { head, qualifier };
}

/** Words that make a role another office or a past one ("Deputy Foreign Minister", "former mayor"). */
const NOT_THE_HOLDER =
  / (?:deputy|vice|assistant|acting|interim|former|ex|late|outgoing|incoming|elect|designate|first lady) /;

/** Office claims of the person entities, from their entity cards. */
export function officeClaims(
  entities: EntityFinding[],
  descriptions: ReadonlyMap<string, EntityDescriptionFinding[]>,
  titles: readonly string[],
  outletOf: (article: string) => string,
): Claim[] {
  const raw: Array<{ head: string; qualifier: string; entity: EntityFinding; d: EntityDescriptionFinding }> =
    [];
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    for (const d of descriptions.get(entity.id) ?? []) {
      const office = officeOf(d.text, titles);
      if (office) raw.push({ ...office, entity, d });
    }
  }
  const qualified = new Map<string, Set<string>>();
  for (const r of raw)
    if (r.qualifier) qualified.set(r.head, (qualified.get(r.head) ?? new Set()).add(r.qualifier));
  const out: Claim[] = [];
  for (const r of raw) {
    const only = qualified.get(r.head);
    const qualifier = r.qualifier || (only?.size === 1 ? [...only][0] : '');
    if (!qualifier) continue;
    const key = `office:${r.head}:${qualifier}`;
    const topic = `${r.head} of ${qualifier.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())}`;
    for (const citation of r.d.citations)
      out.push({
        kind: 'name',
        key,
        topic,
        value: r.entity.name,
        citation,
        outlet: outletOf(citation.article),
      });
  }
  return out;
}

/**
 * Disputes over office holders: one office, two holders named by different outlets. Precision first:
 * shown only when one outlet alone names a holder that two or more independent outlets contradict,
 * the two names cannot be one person written two ways (a shared word: "Annelies Varga" / "Anneliese
 * Groot Varga"), and the outlets write in the same year (a governor replaced between two events is no
 * dispute). Anything else is a title read loosely, or a change over time: left out.
 */
export function findOfficeDisputes(
  claims: Claim[],
  published: ReadonlyMap<string, string | null> = new Map(),
): DisputeFinding[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const out: DisputeFinding[] = [];
  for (const [key, group] of byKey) {
    const holders = [...new Set(group.map((c) => c.value))];
    if (holders.length !== 2 || new Set(group.map((c) => c.outlet)).size < 3) continue;
    if (mayBeOnePerson(holders[0], holders[1])) continue;
    const years = new Set(group.map((c) => published.get(c.citation.article)?.slice(0, 4) ?? '?'));
    if (years.size > 1) continue;
    const sides = holders.map((h) => group.filter((c) => c.value === h));
    const outlets = sides.map((g) => new Set(g.map((c) => c.outlet)));
    if (outlets[0].size + outlets[1].size !== new Set(group.map((c) => c.outlet)).size) continue;
    const error = judgeMajority(sides);
    if (!error) continue;
    out.push({
      kind: 'name',
      key,
      topic: group[0].topic,
      variants: variantsOf(group),
      why: `outlets name different holders of one office, each bound to the name by its title or apposition`,
      likelyError: error,
    });
  }
  return out;
}

/** Two names that may be one person: any shared word of three letters or more (folded). */
function mayBeOnePerson(a: string, b: string): boolean {
  const words = (x: string) => letterWords(fold(x), 3);
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}
