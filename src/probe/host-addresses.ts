/**
 * The bot host's own addresses: every address of every interface (os.networkInterfaces()), public
 * ones included, in canonical form (dotted-quad, RFC 5952 IPv6 without zone id). Read again when
 * the last reading is older than {@link HOST_ADDRESSES_TTL_MS}, so a new lease or interface counts
 * within seconds without a system call per check.
 */
import ipaddr from 'ipaddr.js';
import type * as Os from 'node:os';

export const HOST_ADDRESSES_TTL_MS = 5000;

/** Canonical form of an interface address, or null when it does not parse. */
export function canonicalAddress(text: string): string | null {
  const bare = text.split('%')[0] ?? text;
  try {
    const addr = ipaddr.parse(bare);
    if (addr.kind() === 'ipv6') {
      const v6 = addr as ipaddr.IPv6;
      return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toRFC5952String();
    }
    return addr.toString();
  } catch {
    return null;
  }
}

/** Canonical addresses from an os.networkInterfaces()-shaped record. Pure. */
export function addressesOf(interfaces: NodeJS.Dict<{ address: string }[]>): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      const address = canonicalAddress(entry.address);
      if (address !== null) out.add(address);
    }
  }
  return out;
}

let cached: { at: number; addresses: ReadonlySet<string> } | null = null;

/** This machine's interface addresses (cached for a few seconds). */
export function hostAddresses(): ReadonlySet<string> {
  const now = Date.now();
  if (cached === null || now - cached.at > HOST_ADDRESSES_TTL_MS) {
    let addresses: ReadonlySet<string>;
    try {
      // node:os loads here, not with the module: a CLI check with --allow-private never asks.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      addresses = addressesOf((require('node:os') as typeof Os).networkInterfaces());
    } catch {
      // Some sandboxes refuse the system call; loopback and private ranges are refused anyway.
      addresses = new Set();
    }
    cached = { at: now, addresses };
  }
  return cached.addresses;
}
