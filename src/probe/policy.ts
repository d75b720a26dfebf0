/**
 * Which addresses the bot may connect to on a stranger's behalf. Pure: strings in, decisions out.
 *
 * Default: only public unicast. Everything else is refused with a reason a person can read.
 *
 * Decisions:
 * - `allowPrivate` (PROBE_ALLOW_PRIVATE, for self-hosting and development) opens the non-public
 *   *unicast* ranges only: loopback, RFC 1918 private, carrier-grade NAT, link-local, IPv6
 *   unique-local and deprecated site-local. It never opens cloud metadata endpoints
 *   (169.254.169.254 and friends), unspecified (0.0.0.0, ::, 0.0.0.0/8), multicast, broadcast,
 *   documentation/benchmarking/reserved ranges or tunnelling forms: those are never a server
 *   someone asks about, and 0.0.0.0/:: actually reach the bot's own host.
 * - `allowCidrs` (PROBE_ALLOW_CIDRS) allows addresses inside exactly those CIDRs, metadata
 *   endpoints included if an operator really lists them — except unspecified, multicast and
 *   broadcast, which stay refused whatever the configuration (they are not something a TCP probe
 *   can meaningfully reach).
 * - IPv6 forms that embed an IPv4 address are judged by the embedded address: IPv4-mapped
 *   (::ffff:a.b.c.d), NAT64 well-known prefix (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::/48).
 *   The local-use NAT64 prefix 64:ff9b:1::/48 (its embedding depends on a local prefix length),
 *   IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d) and Teredo are refused outright.
 * - IPv6 outside 2000::/3 (global unicast) is refused even when ipaddr.js calls it "unicast".
 */
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';
import type { Config } from '../config';

export interface ProbePolicy {
  allowPrivate: boolean;
  allowCidrs: string[];
  /** Addresses refused whatever their range (a probe agent's own interface addresses). */
  denyAddresses?: string[];
}

export type AddressDecision = { allowed: true; range: string } | { allowed: false; reason: string; range: string };

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;
type Cidr = [IPv4 | IPv6, number];

/**
 * Parse an IPv6 literal already validated by net.isIPv6 (no zone id). A dotted IPv4 tail is
 * converted to hex first: ipaddr.js reads `::a.b.c.d` as `::ffff:a.b.c.d`, which is a different
 * address.
 */
export function parseIPv6(text: string): ipaddr.IPv6 {
  const tail = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [b0, b1, b2, b3] = tail.slice(2, 6).map(Number) as [number, number, number, number];
    const hex = `${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
    return ipaddr.IPv6.parse(`${tail[1]}${hex}`);
  }
  return ipaddr.IPv6.parse(text);
}

/** Build the policy from config; throws on a CIDR that does not parse (fail at startup, not per check). */
export function policyFromConfig(config: Pick<Config, 'PROBE_ALLOW_PRIVATE' | 'PROBE_ALLOW_CIDRS'>): ProbePolicy {
  for (const cidr of config.PROBE_ALLOW_CIDRS) {
    if (parseCidr(cidr) === null) throw new Error(`PROBE_ALLOW_CIDRS: ${JSON.stringify(cidr)} is not a valid CIDR (expected e.g. 192.168.1.0/24 or fd00::/8)`);
  }
  return { allowPrivate: config.PROBE_ALLOW_PRIVATE, allowCidrs: [...config.PROBE_ALLOW_CIDRS] };
}

const cidrCache = new Map<string, Cidr | null>();

function parseCidr(text: string): Cidr | null {
  const cached = cidrCache.get(text);
  if (cached !== undefined) return cached;
  let result: Cidr | null = null;
  try {
    if (ipaddr.isValidCIDR(text)) result = ipaddr.parseCIDR(text);
  } catch {
    result = null;
  }
  if (cidrCache.size < 1000) cidrCache.set(text, result);
  return result;
}

function inCidrs(addr: IPv4 | IPv6, cidrs: string[]): boolean {
  for (const text of cidrs) {
    const cidr = parseCidr(text);
    if (cidr === null) continue;
    const [net, bits] = cidr;
    if (addr.kind() === net.kind() && addr.match(net, bits)) return true;
  }
  return false;
}

interface Special {
  range: string;
  /** Completes "<address> is …". */
  what: string;
  /** Opened by allowPrivate. */
  privateUse?: boolean;
  /** Refused even when listed in allowCidrs. */
  never?: boolean;
}

const v4 = (text: string): Cidr => ipaddr.parseCIDR(text);

/** Checked before ipaddr.js's classification, which lumps several of these under "reserved". */
const IPV4_EXPLICIT: [Cidr, Special][] = [
  [v4('169.254.169.254/32'), { range: 'cloudMetadata', what: 'a cloud metadata address' }],
  [v4('169.254.170.2/32'), { range: 'cloudMetadata', what: 'a cloud metadata address (container credentials)' }],
  [v4('100.100.100.200/32'), { range: 'cloudMetadata', what: 'a cloud metadata address' }],
  [v4('0.0.0.0/32'), { range: 'unspecified', what: 'the unspecified address (it reaches this machine)', never: true }],
  [v4('0.0.0.0/8'), { range: 'unspecified', what: 'in 0.0.0.0/8 ("this network"), not a real destination', never: true }],
  [v4('192.0.2.0/24'), { range: 'documentation', what: 'a documentation address (192.0.2.0/24, TEST-NET-1)' }],
  [v4('198.51.100.0/24'), { range: 'documentation', what: 'a documentation address (198.51.100.0/24, TEST-NET-2)' }],
  [v4('203.0.113.0/24'), { range: 'documentation', what: 'a documentation address (203.0.113.0/24, TEST-NET-3)' }],
  [v4('198.18.0.0/15'), { range: 'benchmarking', what: 'a benchmarking address (198.18.0.0/15)' }],
  [v4('192.0.0.0/24'), { range: 'reserved', what: 'a reserved protocol-assignment address (192.0.0.0/24)' }],
  [v4('192.88.99.0/24'), { range: 'reserved', what: 'a deprecated 6to4 relay address (192.88.99.0/24)' }],
  [v4('10.0.0.0/8'), { range: 'private', what: 'a private address (10.0.0.0/8)', privateUse: true }],
  [v4('172.16.0.0/12'), { range: 'private', what: 'a private address (172.16.0.0/12)', privateUse: true }],
  [v4('192.168.0.0/16'), { range: 'private', what: 'a private address (192.168.0.0/16)', privateUse: true }],
  [v4('255.255.255.255/32'), { range: 'broadcast', what: 'the broadcast address', never: true }],
  [v4('240.0.0.0/4'), { range: 'reserved', what: 'a reserved address (240.0.0.0/4)' }],
];

const IPV4_BY_RANGE: Record<string, Special> = {
  loopback: { range: 'loopback', what: 'a loopback address', privateUse: true },
  private: { range: 'private', what: 'a private address', privateUse: true },
  carrierGradeNat: { range: 'carrierGradeNat', what: 'a carrier-grade NAT address (100.64.0.0/10)', privateUse: true },
  linkLocal: { range: 'linkLocal', what: 'a link-local address', privateUse: true },
  multicast: { range: 'multicast', what: 'a multicast address', never: true },
  broadcast: { range: 'broadcast', what: 'the broadcast address', never: true },
  unspecified: { range: 'unspecified', what: 'the unspecified address', never: true },
  reserved: { range: 'reserved', what: 'a reserved address' },
  as112: { range: 'as112', what: 'an AS112 sink address (special purpose)' },
  amt: { range: 'amt', what: 'an AMT relay anycast address (special purpose)' },
};

const v6 = (text: string): Cidr => ipaddr.parseCIDR(text);

const IPV6_EXPLICIT: [Cidr, Special][] = [
  [v6('fd00:ec2::254/128'), { range: 'cloudMetadata', what: 'a cloud metadata address' }],
  [v6('::/128'), { range: 'unspecified', what: 'the unspecified address (it reaches this machine)', never: true }],
  [v6('::1/128'), { range: 'loopback', what: 'a loopback address', privateUse: true }],
  [v6('::/96'), { range: 'ipv4Compatible', what: 'a deprecated IPv4-compatible address' }],
  [v6('::ffff:0:0:0/96'), { range: 'rfc6145', what: 'an IPv4-translated address (::ffff:0:0:0/96)' }],
  [v6('64:ff9b:1::/48'), { range: 'rfc6052', what: 'in the local-use NAT64 prefix 64:ff9b:1::/48' }],
  [v6('2001::/32'), { range: 'teredo', what: 'a Teredo tunnel address (2001::/32)' }],
  [v6('2001:db8::/32'), { range: 'documentation', what: 'a documentation address (2001:db8::/32)' }],
  [v6('3fff::/20'), { range: 'documentation', what: 'a documentation address (3fff::/20)' }],
  [v6('2001:2::/48'), { range: 'benchmarking', what: 'a benchmarking address (2001:2::/48)' }],
  [v6('2001:10::/28'), { range: 'orchid', what: 'an ORCHID identifier, not a routable address' }],
  [v6('2001:20::/28'), { range: 'orchid', what: 'an ORCHIDv2 identifier, not a routable address' }],
  [v6('100::/64'), { range: 'discard', what: 'a discard-only address (100::/64)' }],
  [v6('fec0::/10'), { range: 'siteLocal', what: 'a (deprecated) site-local address', privateUse: true }],
  [v6('fe80::/10'), { range: 'linkLocal', what: 'a link-local address', privateUse: true }],
  [v6('fc00::/7'), { range: 'uniqueLocal', what: 'a unique-local (private) address', privateUse: true }],
  [v6('ff00::/8'), { range: 'multicast', what: 'a multicast address', never: true }],
];

const IPV6_BY_RANGE: Record<string, Special> = {
  benchmarking: { range: 'benchmarking', what: 'a benchmarking address' },
  amt: { range: 'amt', what: 'an AMT relay anycast address (special purpose)' },
  as112v6: { range: 'as112', what: 'an AS112 sink address (special purpose)' },
  deprecatedOrchid: { range: 'orchid', what: 'an ORCHID identifier, not a routable address' },
  orchid2: { range: 'orchid', what: 'an ORCHIDv2 identifier, not a routable address' },
  droneRemoteIdProtocolEntityTags: { range: 'reserved', what: 'a drone remote ID tag, not a routable address' },
  segmentRouting: { range: 'reserved', what: 'a segment-routing SID, not a routable address' },
  reserved: { range: 'reserved', what: 'in a reserved IETF range (2001::/23)' },
  discard: { range: 'discard', what: 'a discard-only address (100::/64)' },
};

const GLOBAL_UNICAST_V6 = v6('2000::/3');
const NAT64_WELL_KNOWN = v6('64:ff9b::/96');
const SIX_TO_FOUR = v6('2002::/16');

function findExplicit(addr: IPv4 | IPv6, table: [Cidr, Special][]): Special | null {
  for (const [[net, bits], special] of table) {
    if (addr.kind() === net.kind() && addr.match(net, bits)) return special;
  }
  return null;
}

/** Special range of an IPv4 address, or null when it is public unicast. */
function classifyV4(addr: IPv4): Special | null {
  const explicit = findExplicit(addr, IPV4_EXPLICIT);
  if (explicit) return explicit;
  const range = addr.range() as string;
  if (range === 'unicast') return null;
  return IPV4_BY_RANGE[range] ?? { range, what: `a special-purpose address (${range})` };
}

function embeddedV4(addr: IPv6, firstByte: number): IPv4 {
  const bytes = addr.toByteArray().slice(firstByte, firstByte + 4);
  return new ipaddr.IPv4(bytes);
}

function decide(shown: string, addr: IPv4, special: Special | null, policy: ProbePolicy, via?: string): AddressDecision {
  const prefix = via === undefined ? `${shown} is` : `${shown} ${via} ${addr.toString()}, which is`;
  if (special === null) return { allowed: true, range: 'unicast' };
  if (special.never) return { allowed: false, reason: `${prefix} ${special.what}`, range: special.range };
  if (inCidrs(addr, policy.allowCidrs)) return { allowed: true, range: special.range };
  if (special.privateUse && policy.allowPrivate) return { allowed: true, range: special.range };
  return { allowed: false, reason: `${prefix} ${special.what}`, range: special.range };
}

/**
 * May the bot connect to `address` (an IP literal; IPv6 without brackets)? Anything that is not a
 * valid IP address is refused.
 */
function sameAddress(a: string, b: string): boolean {
  try {
    return ipaddr.process(a).toString() === ipaddr.process(b).toString();
  } catch {
    return false;
  }
}

export function checkAddress(address: string, policy: ProbePolicy): AddressDecision {
  const text = address.trim();
  if (policy.denyAddresses?.some((own) => sameAddress(own, text))) {
    return { allowed: false, reason: `${text} is an address of the probing machine itself`, range: 'own address' };
  }
  const kind = isIP(text);
  if (kind === 0 || text.includes('%')) {
    return { allowed: false, reason: `${JSON.stringify(address.slice(0, 60))} is not a plain IP address`, range: 'invalid' };
  }
  if (kind === 4) {
    const addr = ipaddr.IPv4.parse(text);
    return decide(text, addr, classifyV4(addr), policy);
  }
  const addr = parseIPv6(text);
  const shown = addr.toRFC5952String();

  // Forms that carry an IPv4 address: judge the IPv4 address.
  if (addr.isIPv4MappedAddress()) {
    const inner = addr.toIPv4Address();
    return decide(shown, inner, classifyV4(inner), policy, 'maps to');
  }
  if (addr.match(NAT64_WELL_KNOWN)) {
    const inner = embeddedV4(addr, 12);
    return decide(shown, inner, classifyV4(inner), policy, 'is NAT64 for');
  }
  if (addr.match(SIX_TO_FOUR)) {
    const inner = embeddedV4(addr, 2);
    return decide(shown, inner, classifyV4(inner), policy, 'is 6to4 for');
  }

  let special = findExplicit(addr, IPV6_EXPLICIT);
  if (special === null) {
    const range = addr.range() as string;
    if (range !== 'unicast') special = IPV6_BY_RANGE[range] ?? { range, what: `a special-purpose address (${range})` };
    else if (!addr.match(GLOBAL_UNICAST_V6)) special = { range: 'reserved', what: 'outside the global unicast range 2000::/3' };
  }
  if (special === null) return { allowed: true, range: 'unicast' };
  const reason = `${shown} is ${special.what}`;
  if (special.never) return { allowed: false, reason, range: special.range };
  if (inCidrs(addr, policy.allowCidrs)) return { allowed: true, range: special.range };
  if (special.privateUse && policy.allowPrivate) return { allowed: true, range: special.range };
  return { allowed: false, reason, range: special.range };
}
