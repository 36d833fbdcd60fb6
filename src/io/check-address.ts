/**
 * Is a host safe to fetch from? Loopback, private, link-local and other non-public addresses are refused.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet: [first octets as a prefix string, prefix length]. */
const PRIVATE_V4: Array<[number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10/8 private
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local (cloud metadata)
  [0xac100000, 12], // 172.16/12 private
  [0xc0000000, 24], // 192.0.0/24 protocol assignments
  [0xc0000200, 24], // 192.0.2/24 documentation
  [0xc0a80000, 16], // 192.168/16 private
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xc6336400, 24], // 198.51.100/24 documentation
  [0xcb007100, 24], // 203.0.113/24 documentation
  [0xe0000000, 4], // 224/4 multicast
  [0xf0000000, 4], // 240/4 reserved and broadcast
];

/** The 32-bit value of a dotted IPv4 address. */
function v4Value(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** True when an IPv4 address is not a public unicast address. */
function isPrivateV4(ip: string): boolean {
  const value = v4Value(ip);
  return PRIVATE_V4.some(
    ([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)),
  );
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, embedded IPv4 converted). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = v4Value(v4[1]);
    text = `${text.slice(0, v4.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => Number.parseInt(g || '0', 16));
}

/** True when an IPv6 address is loopback, unspecified, link-local, unique-local, multicast, or maps a private IPv4. */
function isPrivateV6(ip: string): boolean {
  const g = v6Groups(ip);
  if (g.length !== 8) return true;
  const zeroHead = g.slice(0, 5).every((x) => x === 0);
  if (zeroHead && g[5] === 0 && g[6] === 0 && (g[7] === 0 || g[7] === 1)) return true; // :: and ::1
  if (zeroHead && (g[5] === 0xffff || g[5] === 0)) {
    return isPrivateV4(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`); // IPv4-mapped/compatible
  }
  if (g[0] === 0x64 && g[1] === 0xff9b)
    return isPrivateV4(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`); // NAT64
  if ((g[0] & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g[0] & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g[0] & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  return false;
}

/** True when `ip` (IPv4 or IPv6 literal) is not a public unicast address; anything unparsable counts as private. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip.replace(/%.*$/, ''));
  if (family === 4) return isPrivateV4(ip);
  if (family === 6) return isPrivateV6(ip);
  return true;
}

/** Resolves host names to addresses (injectable for tests). */
export type Resolver = (host: string) => Promise<string[]>;

/** Every address `host` resolves to (`dns.lookup` with `all: true`, IPv4 and IPv6). */
export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Whether a host may be fetched, and why not. */
export type HostCheck = { ok: true; addresses: string[] } | { ok: false; private: boolean; reason: string };

/**
 * Checks that every address `hostname` resolves to is public (all of them: a name with one private
 * address among public ones is refused, since the connection may use any).
 *
 * IP literals are checked without DNS (`[::1]` brackets are removed). Resolution failures are reported
 * as `{ ok: false }` with the resolver's message.
 */
export async function checkHost(hostname: string, resolve: Resolver = systemResolver): Promise<HostCheck> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      return { ok: false, private: false, reason: `cannot resolve ${host} (${err.code ?? err.message})` };
    }
  }
  if (addresses.length === 0)
    return { ok: false, private: false, reason: `cannot resolve ${host} (no address)` };
  const bad = addresses.find(isPrivateAddress);
  if (bad !== undefined) {
    return {
      ok: false,
      private: true,
      reason: `${host} resolves to ${bad}, a loopback, private or link-local address`,
    };
  }
  return { ok: true, addresses };
}
