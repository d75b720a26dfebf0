/**
 * The address policy, as plain strings: nothing here connects anywhere.
 */
import { hostAddresses } from '../../src/probe/host-addresses';
import { checkAddress, type ProbePolicy } from '../../src/probe/policy';
import { policyFromConfig } from '../../src/check-options';
import { parseTarget } from '../../src/probe/target';
import { blockReason } from '../../src/render/check-words';
import { englishMessages } from '../../src/render/i18n/messages';

const STRICT: ProbePolicy = { allowPrivate: false, allowCidrs: [] };
const PRIVATE_OK: ProbePolicy = { allowPrivate: true, allowCidrs: [] };

function hostOf(text: string): string {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(r.problem.code);
  return r.target.host;
}

// [address, range, opened by allowPrivate]
const DENIED: [string, string, boolean][] = [
  // IPv4 loopback, private, CGNAT, link-local (link-local stays closed under allowPrivate)
  ['127.0.0.1', 'loopback', true],
  ['127.255.255.254', 'loopback', true],
  ['127.1.2.3', 'loopback', true],
  ['10.0.0.1', 'private', true],
  ['10.255.255.255', 'private', true],
  ['172.16.0.1', 'private', true],
  ['172.31.255.254', 'private', true],
  ['192.168.0.1', 'private', true],
  ['192.168.255.255', 'private', true],
  ['100.64.0.1', 'carrierGradeNat', true],
  ['100.127.255.254', 'carrierGradeNat', true],
  ['169.254.0.1', 'linkLocal', false],
  ['169.254.255.254', 'linkLocal', false],
  // Cloud metadata: never opened by allowPrivate
  ['169.254.169.254', 'cloudMetadata', false],
  ['169.254.170.2', 'cloudMetadata', false],
  ['100.100.100.200', 'cloudMetadata', false],
  ['fd00:ec2::254', 'cloudMetadata', false],
  // Unspecified, "this network", multicast, broadcast
  ['0.0.0.0', 'unspecified', false],
  ['0.1.2.3', 'unspecified', false],
  ['0.255.255.255', 'unspecified', false],
  ['224.0.0.1', 'multicast', false],
  ['239.255.255.250', 'multicast', false],
  ['255.255.255.255', 'broadcast', false],
  // Documentation, benchmarking, reserved
  ['192.0.2.1', 'documentation', false],
  ['198.51.100.7', 'documentation', false],
  ['203.0.113.200', 'documentation', false],
  ['198.18.0.1', 'benchmarking', false],
  ['198.19.255.254', 'benchmarking', false],
  ['192.0.0.8', 'reserved', false],
  ['192.88.99.1', 'reserved', false],
  ['240.0.0.1', 'reserved', false],
  ['250.1.2.3', 'reserved', false],
  ['255.255.255.254', 'reserved', false],
  ['192.175.48.1', 'as112', false],
  ['192.52.193.1', 'amt', false],
  // IPv6 basics
  ['::', 'unspecified', false],
  ['::1', 'loopback', true],
  ['0:0:0:0:0:0:0:1', 'loopback', true],
  ['fe80::1', 'linkLocal', false],
  ['febf:ffff::1', 'linkLocal', false],
  ['fc00::1', 'uniqueLocal', true],
  ['fd12:3456:789a::1', 'uniqueLocal', true],
  ['fec0::1', 'siteLocal', true],
  ['ff02::1', 'multicast', false],
  ['ff05::1:3', 'multicast', false],
  ['2001:db8::1', 'documentation', false],
  ['2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff', 'documentation', false],
  ['3fff::1', 'documentation', false],
  ['100::1', 'discard', false],
  ['2001:2::1', 'benchmarking', false],
  ['2001:10::1', 'orchid', false],
  ['2001:20::1', 'orchid', false],
  ['2001::1', 'teredo', false],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo', false],
  ['2001:1::1', 'reserved', false],
  ['4000::1', 'reserved', false],
  ['1::1', 'reserved', false],
  ['5f00::1', 'reserved', false],
  // IPv4-compatible and IPv4-translated
  ['::127.0.0.1', 'ipv4Compatible', false],
  ['::7f00:1', 'ipv4Compatible', false],
  ['::1.1.1.1', 'ipv4Compatible', false],
  ['::ffff:0:7f00:1', 'rfc6145', false],
  // IPv4-mapped: judged by the embedded IPv4 address
  ['::ffff:127.0.0.1', 'loopback', true],
  ['::ffff:7f00:1', 'loopback', true],
  ['0:0:0:0:0:ffff:7f00:1', 'loopback', true],
  ['::ffff:10.0.0.1', 'private', true],
  ['::ffff:a9fe:a9fe', 'cloudMetadata', false],
  ['::ffff:0.0.0.0', 'unspecified', false],
  ['::ffff:224.0.0.1', 'multicast', false],
  // NAT64 well-known prefix: embedded IPv4; local-use prefix refused
  ['64:ff9b::127.0.0.1', 'loopback', true],
  ['64:ff9b::7f00:1', 'loopback', true],
  ['64:ff9b::a9fe:a9fe', 'cloudMetadata', false],
  ['64:ff9b::c0a8:101', 'private', true],
  ['64:ff9b:1::1', 'rfc6052', false],
  ['64:ff9b:1:abcd::0101:0101', 'rfc6052', false],
  // 6to4: embedded IPv4
  ['2002:7f00:1::', 'loopback', true],
  ['2002:7f00:0001:0:0:0:0:1', 'loopback', true],
  ['2002:a00:1::1', 'private', true],
  ['2002:a9fe:a9fe::1', 'cloudMetadata', false],
  ['2002:c000:0201::1', 'documentation', false],
];

describe('checkAddress: refused ranges', () => {
  test(`the table is large (${DENIED.length} addresses)`, () => {
    expect(DENIED.length).toBeGreaterThanOrEqual(60);
  });

  test.each(DENIED)('%s is refused as %s', (address, range) => {
    const decision = checkAddress(address, STRICT);
    expect(decision).toMatchObject({ allowed: false, range });
    if (!decision.allowed) expect(blockReason(englishMessages(), decision.block).length).toBeGreaterThan(10);
  });

  test.each(DENIED)('%s with allowPrivate (range %s) is allowed: %s', (address, _range, opened) => {
    expect(checkAddress(address, PRIVATE_OK).allowed).toBe(opened);
  });
});

describe('checkAddress: the same addresses in other notations, through parseTarget', () => {
  test.each([
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0x7f.0.0.1', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['127.0.1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[0:0:0:0:0:0:0:1]', 'loopback'],
    ['0', 'unspecified'],
    ['0x0', 'unspecified'],
    ['[::]', 'unspecified'],
    ['2852039166', 'cloudMetadata'],
    ['0xa9fea9fe', 'cloudMetadata'],
    ['0251.0376.0251.0376', 'cloudMetadata'],
    ['169.254.43518', 'cloudMetadata'],
    ['[::ffff:169.254.169.254]', 'cloudMetadata'],
    ['167772161', 'private'],
    ['10.1', 'private'],
    ['0xc0.0xa8.1.1', 'private'],
    ['[FE80::0001]', 'linkLocal'],
    ['[fc00:0000::1]', 'uniqueLocal'],
  ])('%s → %s', (input, range) => {
    const host = hostOf(`${input}:8080`);
    expect(checkAddress(host, STRICT)).toMatchObject({ allowed: false, range });
  });
});

describe('checkAddress: public unicast is allowed', () => {
  test.each([
    '1.1.1.1',
    '8.8.8.8',
    '9.9.9.9',
    '93.184.216.34',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.167.255.255',
    '192.169.0.1',
    '198.17.255.255',
    '198.20.0.1',
    '223.255.255.254',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '2a00:1450:4001:80b::200e',
    '2001:200::1',
    '::ffff:1.1.1.1',
    '64:ff9b::808:808',
    '2002:101:101::1',
  ])('%s', (address) => {
    expect(checkAddress(address, STRICT)).toEqual({ allowed: true, range: 'unicast' });
  });
});

describe('checkAddress: reasons', () => {
  test.each([
    ['127.0.0.1', '127.0.0.1 is a loopback address'],
    ['10.0.0.1', '10.0.0.1 is a private address (10.0.0.0/8)'],
    ['172.20.1.1', '172.20.1.1 is a private address (172.16.0.0/12)'],
    ['192.168.1.1', '192.168.1.1 is a private address (192.168.0.0/16)'],
    ['169.254.169.254', '169.254.169.254 is a cloud metadata address'],
    ['100.64.0.1', '100.64.0.1 is a carrier-grade NAT address (100.64.0.0/10)'],
    ['0.0.0.0', '0.0.0.0 is the unspecified address (it reaches this machine)'],
    ['224.0.0.1', '224.0.0.1 is a multicast address'],
    ['::1', '::1 is a loopback address'],
    ['::ffff:127.0.0.1', '::ffff:7f00:1 maps to 127.0.0.1, which is a loopback address'],
    ['64:ff9b::a00:1', '64:ff9b::a00:1 is NAT64 for 10.0.0.1, which is a private address (10.0.0.0/8)'],
    ['2002:a9fe:a9fe::', '2002:a9fe:a9fe:: is 6to4 for 169.254.169.254, which is a cloud metadata address'],
    ['2001:db8::5', '2001:db8::5 is a documentation address (2001:db8::/32)'],
    ['fd00::1', 'fd00::1 is a unique-local (private) address'],
  ])('%s', (address, reason) => {
    const decision = checkAddress(address, STRICT);
    expect(decision).toMatchObject({ allowed: false, block: { kind: 'address' } });
    expect(!decision.allowed && blockReason(englishMessages(), decision.block)).toBe(reason);
  });

  test.each(['', 'localhost', '1.2.3', '::1%lo', '999.1.1.1', ' ', 'fe80::1%eth0'])('%j is not an IP address', (text) => {
    expect(checkAddress(text, PRIVATE_OK)).toMatchObject({ allowed: false, range: 'invalid' });
  });
});

describe('allowCidrs', () => {
  const policy: ProbePolicy = { allowPrivate: false, allowCidrs: ['10.20.0.0/16', 'fd00:1234::/32', '169.254.169.254/32', '192.0.2.0/24', '224.0.0.0/4', '0.0.0.0/8'] };

  test('allows exactly the listed ranges', () => {
    expect(checkAddress('10.20.3.4', policy).allowed).toBe(true);
    expect(checkAddress('10.21.0.1', policy).allowed).toBe(false);
    expect(checkAddress('10.19.255.255', policy).allowed).toBe(false);
    expect(checkAddress('fd00:1234::5', policy).allowed).toBe(true);
    expect(checkAddress('fd00:1235::5', policy).allowed).toBe(false);
    expect(checkAddress('192.0.2.55', policy).allowed).toBe(true);
    expect(checkAddress('127.0.0.1', policy).allowed).toBe(false);
  });

  test('covers embedded IPv4 forms of a listed range', () => {
    expect(checkAddress('::ffff:10.20.0.1', policy).allowed).toBe(true);
    expect(checkAddress('64:ff9b::a14:1', policy).allowed).toBe(true);
  });

  test('an explicitly listed metadata address is allowed (the operator asked for it)', () => {
    expect(checkAddress('169.254.169.254', policy).allowed).toBe(true);
    expect(checkAddress('169.254.169.253', policy).allowed).toBe(false);
  });

  test('unspecified, multicast and broadcast stay refused whatever is listed', () => {
    expect(checkAddress('224.0.0.1', policy)).toMatchObject({ allowed: false, range: 'multicast' });
    expect(checkAddress('0.0.0.0', policy)).toMatchObject({ allowed: false, range: 'unspecified' });
    expect(checkAddress('0.1.2.3', policy)).toMatchObject({ allowed: false, range: 'unspecified' });
    expect(checkAddress('255.255.255.255', { allowPrivate: true, allowCidrs: ['255.255.255.255/32'] })).toMatchObject({ allowed: false, range: 'broadcast' });
    expect(checkAddress('::', { allowPrivate: true, allowCidrs: ['::/0'] })).toMatchObject({ allowed: false, range: 'unspecified' });
    expect(checkAddress('ff02::1', { allowPrivate: true, allowCidrs: ['::/0'] })).toMatchObject({ allowed: false, range: 'multicast' });
  });

  test('invalid CIDRs are ignored by checkAddress and rejected by policyFromConfig', () => {
    expect(checkAddress('10.0.0.1', { allowPrivate: false, allowCidrs: ['10.0.0.0/99', 'nonsense'] }).allowed).toBe(false);
    expect(() => policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: ['999.1.1.1/8'] })).toThrow(/PROBE_ALLOW_CIDRS: "999.1.1.1\/8" is not a valid CIDR/);
  });
});

describe('policyFromConfig', () => {
  test('maps the settings', () => {
    expect(policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: ['10.0.0.0/8'] })).toEqual({ allowPrivate: true, allowCidrs: ['10.0.0.0/8'], ownAddresses: hostAddresses });
    expect(policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] })).toEqual({ ...STRICT, ownAddresses: hostAddresses });
  });
});
