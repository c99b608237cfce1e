// The caller's address, for the sign-in limits and the audit trail. X-Forwarded-For is
// written by whoever sends the request, so it is believed only as far as it was written by
// a reverse proxy named in DANSO_TRUSTED_PROXIES (addresses or CIDR ranges, separated by
// commas or spaces; none by default). Without one, the address is the connection's peer.
// With proxies, the list is read from the right, as each proxy appended the address it saw:
// the first address that is not a trusted proxy is the caller.
import { BlockList, isIP } from "node:net";

export interface HeaderSource {
  get(name: string): string | null;
}

/** An address in one spelling: IPv4-mapped IPv6 as IPv4, no brackets, no port. */
export function normalizeAddress(value: string | null | undefined): string | null {
  let a = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

export class TrustedProxies {
  private readonly list = new BlockList();
  constructor(readonly setting: string) {
    for (const entry of setting.split(/[\s,]+/).filter(Boolean)) {
      const [address, prefix, extra] = entry.split("/");
      const ip = normalizeAddress(address);
      const family = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
      const bits = prefix === undefined ? undefined : Number(prefix);
      if (!ip || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === "ipv6" ? 128 : 32)))) {
        throw new Error(`DANSO_TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range (e.g. 10.0.0.5, 10.0.0.0/24, fd00::/8)`);
      }
      if (bits === undefined) this.list.addAddress(ip, family);
      else this.list.addSubnet(ip, bits, family);
    }
  }

  has(address: string): boolean {
    return this.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  }
}

let cached: TrustedProxies | null = null;

/** The proxies of DANSO_TRUSTED_PROXIES, read again when the setting changes. */
export function trustedProxies(setting = process.env.DANSO_TRUSTED_PROXIES ?? ""): TrustedProxies {
  if (cached?.setting !== setting) cached = new TrustedProxies(setting);
  return cached;
}

/** The caller's address from the connection's peer and the forwarded list. */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string | null {
  let address = normalizeAddress(peer);
  if (!address || !trusted.has(address)) return address;
  const hops = (forwardedFor ?? "").split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // A trusted proxy appends a valid address; anything else was written by the caller,
    // so the last proxy seen is the best address we can vouch for.
    if (!hop) return address;
    address = hop;
    if (!trusted.has(hop)) return hop;
  }
  return address;
}

/** The caller's address for a request whose connection came from `peer`. */
export function requestIp(headers: HeaderSource, peer: string | null, trusted = trustedProxies()): string | null {
  return clientAddress(peer, headers.get("x-forwarded-for"), trusted);
}
