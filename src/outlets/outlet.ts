/**
 * An outlet of the registry: a news organisation, the names and web domains it is known by, and its kind.
 */

/** What kind of outlet it is: a wire service (its copy is republished by others), or who it writes for. */
export type OutletKind = 'wire' | 'national' | 'local' | 'trade' | 'blog';

/** The kinds, in the order a summary lists them. */
export const OUTLET_KINDS: readonly OutletKind[] = ['wire', 'national', 'local', 'trade', 'blog'];

/** One outlet. */
export interface Outlet {
  /** Its name as shown ("Associated Press"). */
  name: string;
  /** Other names it is credited by ("AP", "The Associated Press"). */
  aliases?: string[];
  /** Its web domains; subdomains match too (`apnews.com` names `www.apnews.com`). */
  domains: string[];
  /** ISO 3166-1 alpha-2 code of its home country. */
  country?: string;
  owner?: string;
  kind: OutletKind;
}
