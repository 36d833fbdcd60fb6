/**
 * The outlet registry: which news organisation an article comes from, by the name it gives or the web
 * domain of its URL, with the organisation's canonical name and kind (wire, national, local, trade, blog).
 *
 * The registry is the default list (`default-outlets.ts`) plus, when the environment variable
 * `PARALLAX_OUTLETS` names a JSON file, the outlets of that file (an outlet of the file replaces a
 * default one of the same name). The file is a JSON array of outlets, e.g.
 * `[{"name": "Harbour Ledger", "aliases": ["The Ledger"], "domains": ["harbourledger.example"], "country": "GB", "kind": "local"}]`.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_OUTLETS } from './default-outlets.ts';
import { OUTLET_KINDS, type Outlet, type OutletKind } from './outlet.ts';

/** A name folded for lookup: case, spacing, diacritics and a leading "the" do not matter. */
function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The host of a URL, lower-cased and without `www.`; null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Outlets by name and by domain. */
export class OutletRegistry {
  private readonly names = new Map<string, Outlet>();
  private readonly domains = new Map<string, Outlet>();

  /** Later outlets win: an outlet replaces an earlier one with the same name, alias or domain. */
  constructor(outlets: readonly Outlet[]) {
    for (const outlet of outlets) {
      for (const name of [outlet.name, ...(outlet.aliases ?? [])]) this.names.set(foldName(name), outlet);
      for (const domain of outlet.domains)
        this.domains.set(domain.toLowerCase().replace(/^www\./, ''), outlet);
    }
  }

  /** The outlet a name (as an article credits it) stands for. */
  byName(name: string | null | undefined): Outlet | undefined {
    return name ? this.names.get(foldName(name)) : undefined;
  }

  /** The outlet whose domain a host is, or is a subdomain of (`edition.cnn.com` → CNN). */
  byHost(host: string | null): Outlet | undefined {
    for (let h = host; h; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : null) {
      const outlet = this.domains.get(h);
      if (outlet) return outlet;
    }
    return undefined;
  }

  /** The outlet of an article: by the outlet name it gives, else by its URL's domain. */
  forArticle(article: { outlet?: string | null; url?: string }): Outlet | undefined {
    return this.byName(article.outlet) ?? (article.url ? this.byHost(hostOf(article.url)) : undefined);
  }
}

/** Reads a registry file's text: a JSON array of outlets. Throws an error naming the file and the entry at fault. */
export function parseOutlets(text: string, file: string): Outlet[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`outlet file ${file} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`outlet file ${file} must hold a JSON array of outlets`);
  return data.map((entry, i) => {
    const fault = (what: string) => new Error(`outlet file ${file}, entry ${i + 1}: ${what}`);
    if (typeof entry !== 'object' || entry === null) throw fault('not an object');
    const e = entry as Record<string, unknown>;
    const strings = (v: unknown) =>
      Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
    if (typeof e.name !== 'string' || !e.name.trim()) throw fault('no "name"');
    if (!strings(e.domains ?? [])) throw fault('"domains" must be a list of domain names');
    if (e.aliases !== undefined && !strings(e.aliases)) throw fault('"aliases" must be a list of names');
    if (!OUTLET_KINDS.includes(e.kind as OutletKind))
      throw fault(`"kind" must be one of ${OUTLET_KINDS.join(', ')}`);
    for (const key of ['country', 'owner'] as const)
      if (e[key] !== undefined && typeof e[key] !== 'string') throw fault(`"${key}" must be a string`);
    const outlet: Outlet = {
      name: e.name.trim(),
      domains: (e.domains as string[] | undefined) ?? [],
      kind: e.kind as OutletKind,
    };
    if (e.aliases) outlet.aliases = e.aliases as string[];
    if (typeof e.country === 'string') outlet.country = e.country;
    if (typeof e.owner === 'string') outlet.owner = e.owner;
    return outlet;
  });
}

let cached: { file: string | undefined; registry: OutletRegistry } | null = null;

/** The registry of this process: the defaults, plus the file `PARALLAX_OUTLETS` names (read once). */
export function outletRegistry(env: Record<string, string | undefined> = process.env): OutletRegistry {
  const file = env.PARALLAX_OUTLETS?.trim() || undefined;
  if (cached && cached.file === file) return cached.registry;
  const own = file ? parseOutlets(readOwnFile(file), file) : [];
  const registry = new OutletRegistry([...DEFAULT_OUTLETS, ...own]);
  cached = { file, registry };
  return registry;
}

function readOwnFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `outlet file ${file} (PARALLAX_OUTLETS) cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
}
