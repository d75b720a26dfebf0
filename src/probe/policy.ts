/**
 * Which addresses the bot may connect to on a stranger's behalf. Pure: strings in, decisions out.
 *
 * Default: only public unicast. Everything else is refused with the facts of why (BlockFacts: the address, its range, what it is); the renderer words them.
 *
 * Decisions:
 * - `allowPrivate` (PROBE_ALLOW_PRIVATE, for self-hosting and development) opens the non-public
 *   *unicast* ranges only: loopback, RFC 1918 private, carrier-grade NAT, IPv6 unique-local and
 *   deprecated site-local, and the bot host's own addresses (loopback already reaches every service
 *   on the host, so keeping its public address closed would protect nothing). It never opens
 *   link-local (169.254.0.0/16, fe80::/10), cloud metadata endpoints ({@link GUARDED}),
 *   unspecified (0.0.0.0, ::, 0.0.0.0/8), multicast, broadcast, documentation/benchmarking/reserved
 *   ranges or tunnelling forms: those are never a server someone asks about.
 * - `allowCidrs` (PROBE_ALLOW_CIDRS) allows addresses inside those CIDRs, with three limits:
 *   link-local and metadata addresses open only for an entry inside their own range (a metadata
 *   address needs its own /32 or /128 entry: `169.254.0.0/16` opens link-local but not
 *   169.254.169.254, and `0.0.0.0/0` opens neither); the bot host's own addresses open only for an
 *   entry naming exactly that address; unspecified, multicast and broadcast stay refused whatever
 *   the configuration (they are not something a TCP probe can meaningfully reach).
 * - `ownAddresses` (every address of the host's interfaces, os.networkInterfaces(), public ones
 *   included) are refused by default: a service bound to 0.0.0.0 on the bot's host answers on them.
 * - IPv6 forms that embed an IPv4 address are judged by the embedded address: IPv4-mapped
 *   (::ffff:a.b.c.d), NAT64 well-known prefix (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::/48).
 *   The local-use NAT64 prefix 64:ff9b:1::/48 (its embedding depends on a local prefix length),
 *   IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d) and Teredo are refused outright.
 * - IPv6 outside 2000::/3 (global unicast) is refused even when ipaddr.js calls it "unicast".
 */
import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';
import type { BlockFacts } from './types';

export interface ProbePolicy {
  allowPrivate: boolean;
  allowCidrs: string[];
  /**
   * The bot host's own addresses, canonical (dotted-quad, RFC 5952), read at each check so a new
   * DHCP lease or interface counts at once. The composition root sets host-addresses.ts's hostAddresses; absent: none.
   */
  ownAddresses?: () => ReadonlySet<string>;
  /** Addresses refused whatever their range (a probe agent's own interface addresses). */
  denyAddresses?: string[];
}

/** `allow-private`: PROBE_ALLOW_PRIVATE / `--allow-private` would open this address. */
export type PolicyHint = 'allow-private';

export type AddressDecision = { allowed: true; range: string } | { allowed: false; block: BlockFacts; range: string; hint?: PolicyHint };

export type NameDecision = { allowed: true } | { allowed: false; block: BlockFacts; range: 'singleLabel'; hint: PolicyHint };

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

/** Throws on a CIDR that does not parse (the composition root calls it at start-up, not per check). */
export function assertCidrs(name: string, cidrs: readonly string[]): void {
  for (const cidr of cidrs) {
    if (parseCidr(cidr) === null) throw new Error(`${name}: ${JSON.stringify(cidr)} is not a valid CIDR (expected e.g. 192.168.1.0/24 or fd00::/8)`);
  }
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
  /** What the address is: a stable key the renderer words ("a private address"…). */
  what: string;
  /** The range's CIDR (or name) when the words show it. */
  cidr?: string;
  /** Opened by allowPrivate. */
  privateUse?: boolean;
  /** Refused even when listed in allowCidrs. */
  never?: boolean;
  /** Not opened by allowPrivate; opened only by an allowCidrs entry inside this CIDR. */
  guard?: Cidr;
}

/**
 * A CIDR literal of the tables below (a dotted quad, or IPv6 hex groups with at most one `::`;
 * no dotted tail, no zone id), as ipaddr.parseCIDR would give it. ipaddr.js's parsers run several
 * regular expressions per call, compiled on first use; the tables' ~45 ranges made them a large
 * share of a CLI `check`'s start. These literals need none of that (test/probe/policy-tables.test.ts
 * compares every table entry with ipaddr.parseCIDR).
 */
export function tableCidr(text: string): Cidr {
  const slash = text.indexOf('/');
  const address = text.slice(0, slash);
  const bits = Number(text.slice(slash + 1));
  if (!address.includes(':')) return [new ipaddr.IPv4(address.split('.').map(Number)), bits];
  const groups = (part: string): number[] => (part === '' ? [] : part.split(':').map((h) => parseInt(h, 16)));
  const gap = address.indexOf('::');
  if (gap === -1) return [new ipaddr.IPv6(groups(address)), bits];
  const head = groups(address.slice(0, gap));
  const tail = groups(address.slice(gap + 2));
  return [new ipaddr.IPv6([...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail]), bits];
}

/** A table row: the range as text and what it is; `guarded` rows are {@link Special.guard}ed by their own range. */
type Row = readonly [cidr: string, special: Omit<Special, 'guard'> & { guarded?: true }];

/** `_who` documents whose endpoint it is; the message stays "a cloud metadata address". */
const metadata = (text: string, _who: string): Row => [text, { range: 'cloudMetadata', what: 'cloud-metadata', guarded: true }];

/**
 * Cloud metadata and platform endpoints, most specific first: closed under allowPrivate, opened
 * only by an allowCidrs entry inside the listed range. Link-local (169.254.0.0/16, fe80::/10) is
 * guarded the same way.
 */
export const GUARDED: readonly Row[] = [
  metadata('169.254.169.254/32', 'AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack instance metadata'),
  metadata('169.254.170.2/32', 'AWS ECS container credentials'),
  metadata('169.254.170.23/32', 'AWS EKS Pod Identity'),
  metadata('169.254.0.23/32', 'Tencent Cloud metadata'),
  metadata('168.63.129.16/32', 'Azure WireServer'),
  metadata('100.100.100.200/32', 'Alibaba Cloud metadata'),
  metadata('192.0.0.192/32', 'Oracle Cloud metadata'),
  metadata('fd00:ec2::254/128', 'AWS instance metadata'),
  metadata('fd00:ec2::23/128', 'AWS EKS Pod Identity'),
  metadata('fd00:ec2::/32', 'the AWS IPv6 service block'),
  metadata('fd20:ce::254/128', 'GCP metadata'),
  metadata('fd00:c1::a9fe:a9fe/128', 'Oracle Cloud metadata'),
  metadata('fe80::a9fe:a9fe/128', 'OpenStack metadata'),
  ['fe80::/10', { range: 'linkLocal', what: 'link-local', guarded: true }],
];

/** Checked before ipaddr.js's classification, which lumps several of these under "reserved". */
export const IPV4_ROWS: readonly Row[] = [
  ...GUARDED.filter(([text]) => !text.includes(':')),
  ['0.0.0.0/32', { range: 'unspecified', what: 'unspecified-this-machine', never: true }],
  ['0.0.0.0/8', { range: 'unspecified', what: 'this-network', cidr: '0.0.0.0/8', never: true }],
  ['192.0.2.0/24', { range: 'documentation', what: 'documentation', cidr: '192.0.2.0/24, TEST-NET-1' }],
  ['198.51.100.0/24', { range: 'documentation', what: 'documentation', cidr: '198.51.100.0/24, TEST-NET-2' }],
  ['203.0.113.0/24', { range: 'documentation', what: 'documentation', cidr: '203.0.113.0/24, TEST-NET-3' }],
  ['198.18.0.0/15', { range: 'benchmarking', what: 'benchmarking', cidr: '198.18.0.0/15' }],
  ['192.0.0.0/24', { range: 'reserved', what: 'protocol-assignment', cidr: '192.0.0.0/24' }],
  ['192.88.99.0/24', { range: 'reserved', what: '6to4-relay', cidr: '192.88.99.0/24' }],
  ['10.0.0.0/8', { range: 'private', what: 'private', cidr: '10.0.0.0/8', privateUse: true }],
  ['172.16.0.0/12', { range: 'private', what: 'private', cidr: '172.16.0.0/12', privateUse: true }],
  ['192.168.0.0/16', { range: 'private', what: 'private', cidr: '192.168.0.0/16', privateUse: true }],
  ['255.255.255.255/32', { range: 'broadcast', what: 'broadcast', never: true }],
  ['240.0.0.0/4', { range: 'reserved', what: 'reserved', cidr: '240.0.0.0/4' }],
];

/** ipaddr.js's IPv4 range names → what they are (link-local: guarded by 169.254.0.0/16). */
const IPV4_BY_RANGE_ROWS: Record<string, Omit<Special, 'guard'>> = {
  loopback: { range: 'loopback', what: 'loopback', privateUse: true },
  private: { range: 'private', what: 'private', privateUse: true },
  carrierGradeNat: { range: 'carrierGradeNat', what: 'carrier-grade-nat', cidr: '100.64.0.0/10', privateUse: true },
  linkLocal: { range: 'linkLocal', what: 'link-local' },
  multicast: { range: 'multicast', what: 'multicast', never: true },
  broadcast: { range: 'broadcast', what: 'broadcast', never: true },
  unspecified: { range: 'unspecified', what: 'unspecified', never: true },
  reserved: { range: 'reserved', what: 'reserved' },
  as112: { range: 'as112', what: 'as112' },
  amt: { range: 'amt', what: 'amt' },
};

export const IPV6_ROWS: readonly Row[] = [
  ...GUARDED.filter(([text]) => text.includes(':')),
  ['::/128', { range: 'unspecified', what: 'unspecified-this-machine', never: true }],
  ['::1/128', { range: 'loopback', what: 'loopback', privateUse: true }],
  ['::/96', { range: 'ipv4Compatible', what: 'ipv4-compatible' }],
  ['::ffff:0:0:0/96', { range: 'rfc6145', what: 'ipv4-translated', cidr: '::ffff:0:0:0/96' }],
  ['64:ff9b:1::/48', { range: 'rfc6052', what: 'nat64-local', cidr: '64:ff9b:1::/48' }],
  ['2001::/32', { range: 'teredo', what: 'teredo', cidr: '2001::/32' }],
  ['2001:db8::/32', { range: 'documentation', what: 'documentation', cidr: '2001:db8::/32' }],
  ['3fff::/20', { range: 'documentation', what: 'documentation', cidr: '3fff::/20' }],
  ['2001:2::/48', { range: 'benchmarking', what: 'benchmarking', cidr: '2001:2::/48' }],
  ['2001:10::/28', { range: 'orchid', what: 'orchid' }],
  ['2001:20::/28', { range: 'orchid', what: 'orchid2' }],
  ['100::/64', { range: 'discard', what: 'discard', cidr: '100::/64' }],
  ['fec0::/10', { range: 'siteLocal', what: 'site-local', privateUse: true }],
  ['fc00::/7', { range: 'uniqueLocal', what: 'unique-local', privateUse: true }],
  ['ff00::/8', { range: 'multicast', what: 'multicast', never: true }],
];

const IPV6_BY_RANGE: Record<string, Special> = {
  benchmarking: { range: 'benchmarking', what: 'benchmarking' },
  amt: { range: 'amt', what: 'amt' },
  as112v6: { range: 'as112', what: 'as112' },
  deprecatedOrchid: { range: 'orchid', what: 'orchid' },
  orchid2: { range: 'orchid', what: 'orchid2' },
  droneRemoteIdProtocolEntityTags: { range: 'reserved', what: 'drone-tag' },
  segmentRouting: { range: 'reserved', what: 'segment-routing' },
  reserved: { range: 'reserved', what: 'ietf-reserved', cidr: '2001::/23' },
  discard: { range: 'discard', what: 'discard', cidr: '100::/64' },
};

/** Rows with their ranges parsed (a guarded row guards with its own range). */
function parsedRows(rows: readonly Row[]): [Cidr, Special][] {
  return rows.map(([text, { guarded, ...special }]) => {
    const net = tableCidr(text);
    return [net, guarded ? { ...special, guard: net } : special];
  });
}

/**
 * Each family's tables, built when an address of that family is first judged (a CLI `check` of
 * an IPv4 address builds no IPv6 table).
 */
let ipv4Tables: { explicit: [Cidr, Special][]; byRange: Record<string, Special> } | null = null;
let ipv6Tables: { explicit: [Cidr, Special][]; globalUnicast: Cidr; nat64WellKnown: Cidr; sixToFour: Cidr } | null = null;

function v4Tables(): NonNullable<typeof ipv4Tables> {
  if (ipv4Tables) return ipv4Tables;
  const byRange: Record<string, Special> = { ...IPV4_BY_RANGE_ROWS };
  byRange.linkLocal = { ...IPV4_BY_RANGE_ROWS.linkLocal!, guard: tableCidr('169.254.0.0/16') };
  return (ipv4Tables = { explicit: parsedRows(IPV4_ROWS), byRange });
}

function v6Tables(): NonNullable<typeof ipv6Tables> {
  return (ipv6Tables ??= {
    explicit: parsedRows(IPV6_ROWS),
    globalUnicast: tableCidr('2000::/3'),
    nat64WellKnown: tableCidr('64:ff9b::/96'),
    sixToFour: tableCidr('2002::/16'),
  });
}

function findExplicit(addr: IPv4 | IPv6, table: [Cidr, Special][]): Special | null {
  for (const [[net, bits], special] of table) {
    if (addr.kind() === net.kind() && addr.match(net, bits)) return special;
  }
  return null;
}

/** Special range of an IPv4 address, or null when it is public unicast. */
function classifyV4(addr: IPv4): Special | null {
  const tables = v4Tables();
  const explicit = findExplicit(addr, tables.explicit);
  if (explicit) return explicit;
  const range = addr.range() as string;
  if (range === 'unicast') return null;
  return tables.byRange[range] ?? { range, what: 'special-purpose', cidr: range };
}

function embeddedV4(addr: IPv6, firstByte: number): IPv4 {
  const bytes = addr.toByteArray().slice(firstByte, firstByte + 4);
  return new ipaddr.IPv4(bytes);
}

/** Is `addr` inside some allowCidrs entry that itself lies inside `guard`? */
function openedInside(addr: IPv4 | IPv6, guard: Cidr, cidrs: string[]): boolean {
  const [guardNet, guardBits] = guard;
  return cidrs.some((text) => {
    const entry = parseCidr(text);
    if (entry === null) return false;
    const [net, bits] = entry;
    return net.kind() === guardNet.kind() && net.kind() === addr.kind() && bits >= guardBits && net.match(guardNet, guardBits) && addr.match(net, bits);
  });
}

function canonical(addr: IPv4 | IPv6): string {
  return addr.kind() === 'ipv4' ? addr.toString() : (addr as IPv6).toRFC5952String();
}

const OWN_MACHINE: Special = { range: 'ownAddress', what: 'own-machine' };

/** How an IPv6 address reached the IPv4 address judged (IPv4-mapped, NAT64, 6to4). */
type Via = BlockFacts['via'];

/**
 * The decision for `addr` (the address a connection would really go to: for IPv4-mapped, NAT64 and
 * 6to4 forms, the embedded IPv4 address). `shown` is the address asked about; `via` how it led to `addr`.
 */
function decide(shown: string, via: Via, addr: IPv4 | IPv6, special: Special | null, policy: ProbePolicy): AddressDecision {
  const refuse = (s: Special, hint?: PolicyHint): AddressDecision => ({
    allowed: false,
    block: { kind: 'address', address: shown, ...(via ? { via } : {}), range: s.range, what: s.what, ...(s.cidr ? { cidr: s.cidr } : {}) },
    range: s.range,
    ...(hint ? { hint } : {}),
  });
  if (special?.never) return refuse(special);
  if (special?.guard) {
    return openedInside(addr, special.guard, policy.allowCidrs) ? { allowed: true, range: special.range } : refuse(special);
  }
  if (special && !inCidrs(addr, policy.allowCidrs) && !(special.privateUse && policy.allowPrivate)) {
    return refuse(special, special.privateUse && !policy.allowPrivate ? 'allow-private' : undefined);
  }
  if (!policy.allowPrivate && policy.ownAddresses?.().has(canonical(addr))) {
    const bits = addr.kind() === 'ipv4' ? 32 : 128;
    if (!openedInside(addr, [addr, bits], policy.allowCidrs)) return refuse(OWN_MACHINE, 'allow-private');
  }
  return { allowed: true, range: special?.range ?? 'unicast' };
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
    return { allowed: false, block: { kind: 'probing-machine', address: text }, range: 'own address' };
  }
  const kind = isIP(text);
  if (kind === 0 || text.includes('%')) {
    return { allowed: false, block: { kind: 'not-ip', address: JSON.stringify(address.slice(0, 60)) }, range: 'invalid' };
  }
  if (kind === 4) {
    // net.isIP accepts only four decimal octets (0-255, no leading zeros): the octets as they are.
    const addr = new ipaddr.IPv4(text.split('.').map(Number));
    return decide(text, undefined, addr, classifyV4(addr), policy);
  }
  const addr = parseIPv6(text);
  const shown = addr.toRFC5952String();
  const tables = v6Tables();

  // Forms that carry an IPv4 address: judge the IPv4 address.
  if (addr.isIPv4MappedAddress()) {
    const inner = addr.toIPv4Address();
    return decide(shown, { form: 'mapped', inner: inner.toString() }, inner, classifyV4(inner), policy);
  }
  if (addr.match(tables.nat64WellKnown)) {
    const inner = embeddedV4(addr, 12);
    return decide(shown, { form: 'nat64', inner: inner.toString() }, inner, classifyV4(inner), policy);
  }
  if (addr.match(tables.sixToFour)) {
    const inner = embeddedV4(addr, 2);
    return decide(shown, { form: '6to4', inner: inner.toString() }, inner, classifyV4(inner), policy);
  }

  let special = findExplicit(addr, tables.explicit);
  if (special === null) {
    const range = addr.range() as string;
    if (range !== 'unicast') special = IPV6_BY_RANGE[range] ?? { range, what: 'special-purpose', cidr: range };
    else if (!addr.match(tables.globalUnicast)) special = { range: 'reserved', what: 'outside-global-unicast', cidr: '2000::/3' };
  }
  return decide(shown, undefined, addr, special, policy);
}

/**
 * May the bot look up and check this host name? A single-label name (`intranet`, `script`,
 * `localhost`) only means something inside one network (search domains, mDNS, /etc/hosts), so it
 * is refused unless private targets are allowed. IP literals are judged by {@link checkAddress}.
 */
export function checkName(host: string, isIp: boolean, policy: ProbePolicy): NameDecision {
  if (isIp || policy.allowPrivate || host.replace(/\.$/, '').includes('.')) return { allowed: true };
  return { allowed: false, block: { kind: 'single-label', address: host }, range: 'singleLabel', hint: 'allow-private' };
}
