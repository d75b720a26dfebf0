/**
 * Issue 7 item 3: link-local and cloud metadata addresses stay closed under PROBE_ALLOW_PRIVATE
 * (only an exact PROBE_ALLOW_CIDRS entry opens one), the bot host's own addresses are refused by
 * default, single-label names are "not a full domain name", and every refusal that
 * PROBE_ALLOW_PRIVATE would lift says how (for the CLI: --allow-private).
 */
import { networkInterfaces } from 'node:os';
import { addressesOf, canonicalAddress, hostAddresses } from '../../src/probe/host-addresses';
import { checkAddress, checkName, type ProbePolicy } from '../../src/probe/policy';
import { policyFromConfig } from '../../src/check-options';
import { blockReason, verdictSentence } from '../../src/render/check-words';
import { englishMessages } from '../../src/render/i18n/messages';

const EN = englishMessages();

const STRICT: ProbePolicy = { allowPrivate: false, allowCidrs: [] };
const PRIVATE_OK: ProbePolicy = { allowPrivate: true, allowCidrs: [] };

const METADATA = [
  '169.254.169.254', // AWS, GCP, Azure IMDS, Oracle, DigitalOcean, OpenStack
  '169.254.170.2', // AWS ECS container credentials
  '169.254.170.23', // AWS EKS Pod Identity
  '169.254.0.23', // Tencent Cloud
  '168.63.129.16', // Azure WireServer (a public address otherwise)
  '100.100.100.200', // Alibaba Cloud
  '192.0.0.192', // Oracle Cloud
  'fd00:ec2::254', // AWS IMDS IPv6
  'fd00:ec2::23', // AWS EKS Pod Identity IPv6
  'fd00:ec2::253', // AWS IPv6 service block (DNS)
  'fd20:ce::254', // GCP IPv6
  'fd00:c1::a9fe:a9fe', // Oracle Cloud IPv6
  'fe80::a9fe:a9fe', // OpenStack IPv6
];

describe('cloud metadata addresses', () => {
  test.each(METADATA)('%s is refused by default, under allowPrivate and under broad CIDRs', (address) => {
    const broad = { allowPrivate: true, allowCidrs: ['0.0.0.0/0', '::/0', '169.254.0.0/16', '168.63.0.0/16', '100.64.0.0/10', '192.0.0.0/24', 'fd00::/8', 'fe80::/10'] };
    for (const policy of [STRICT, PRIVATE_OK, broad]) {
      const decision = checkAddress(address, policy);
      expect(decision).toMatchObject({ allowed: false, range: 'cloudMetadata', block: { kind: 'address', address, what: 'cloud-metadata' } });
      expect(!decision.allowed && blockReason(EN, decision.block)).toBe(`${address} is a cloud metadata address`);
    }
    expect(checkAddress(address, STRICT)).not.toHaveProperty('hint');
  });

  test.each(METADATA)('%s opens only for its own exact entry', (address) => {
    const exact = address.includes(':') ? `${address}/128` : `${address}/32`;
    expect(checkAddress(address, { allowPrivate: false, allowCidrs: [exact] })).toEqual({ allowed: true, range: 'cloudMetadata' });
  });

  test('embedded forms are judged by the IPv4 address they carry', () => {
    for (const form of ['::ffff:169.254.170.23', '64:ff9b::a9fe:17', '2002:a9fe:17::1', '::ffff:168.63.129.16']) {
      expect(checkAddress(form, PRIVATE_OK)).toMatchObject({ allowed: false, range: 'cloudMetadata' });
    }
  });
});

describe('link-local', () => {
  test.each(['169.254.0.1', '169.254.42.42', 'fe80::1', 'febf::1'])('%s stays closed under allowPrivate', (address) => {
    expect(checkAddress(address, PRIVATE_OK)).toMatchObject({ allowed: false, range: 'linkLocal' });
    expect(checkAddress(address, { allowPrivate: true, allowCidrs: ['0.0.0.0/0', '::/0', '128.0.0.0/1', 'fe00::/7'] })).toMatchObject({ allowed: false });
  });

  test('an entry inside the link-local range opens it (but not the metadata addresses in it)', () => {
    const policy = { allowPrivate: false, allowCidrs: ['169.254.0.0/16', 'fe80::/64'] };
    expect(checkAddress('169.254.7.7', policy)).toEqual({ allowed: true, range: 'linkLocal' });
    expect(checkAddress('fe80::7', policy)).toEqual({ allowed: true, range: 'linkLocal' });
    expect(checkAddress('fe80:1::7', policy)).toMatchObject({ allowed: false });
    expect(checkAddress('169.254.169.254', policy)).toMatchObject({ allowed: false, range: 'cloudMetadata' });
  });
});

describe("the bot host's own addresses", () => {
  const own = (extra: Partial<ProbePolicy> = {}): ProbePolicy => ({
    allowPrivate: false,
    allowCidrs: [],
    ownAddresses: () => new Set(['11.22.33.44', '2a01:4f8:ffff::44', '10.9.8.7', '127.0.0.1']),
    ...extra,
  });

  test('a public own address is refused by default, in every notation', () => {
    for (const form of ['11.22.33.44', '::ffff:11.22.33.44', '64:ff9b::b16:212c', '2a01:4f8:ffff::44', '2a01:04f8:ffff:0:0:0:0:44']) {
      const decision = checkAddress(form, own());
      expect(decision).toMatchObject({ allowed: false, range: 'ownAddress', hint: 'allow-private' });
      expect(!decision.allowed && decision.block).toMatchObject({ kind: 'address', range: 'ownAddress', what: 'own-machine' });
      expect(!decision.allowed && blockReason(EN, decision.block)).toMatch(/that is the bot's own machine$/);
    }
    expect(checkAddress('11.22.33.45', own())).toEqual({ allowed: true, range: 'unicast' });
  });

  test('PROBE_ALLOW_PRIVATE opens them (loopback reaches the same machine anyway)', () => {
    expect(checkAddress('11.22.33.44', own({ allowPrivate: true }))).toEqual({ allowed: true, range: 'unicast' });
    expect(checkAddress('10.9.8.7', own({ allowPrivate: true }))).toEqual({ allowed: true, range: 'private' });
    expect(checkAddress('127.0.0.1', own({ allowPrivate: true }))).toEqual({ allowed: true, range: 'loopback' });
  });

  test('a range in PROBE_ALLOW_CIDRS does not open the host itself; an exact entry does', () => {
    expect(checkAddress('10.9.8.7', own({ allowCidrs: ['10.0.0.0/8'] }))).toMatchObject({ allowed: false, range: 'ownAddress' });
    expect(checkAddress('10.9.8.6', own({ allowCidrs: ['10.0.0.0/8'] }))).toEqual({ allowed: true, range: 'private' });
    expect(checkAddress('10.9.8.7', own({ allowCidrs: ['10.9.8.7/32'] }))).toEqual({ allowed: true, range: 'private' });
    expect(checkAddress('11.22.33.44', own({ allowCidrs: ['11.22.33.44/32'] }))).toEqual({ allowed: true, range: 'unicast' });
  });

  test('loopback keeps its own reason without allowPrivate', () => {
    const decision = checkAddress('127.0.0.1', own());
    expect(decision).toMatchObject({ allowed: false, range: 'loopback', block: { what: 'loopback' }, hint: 'allow-private' });
    expect(!decision.allowed && blockReason(EN, decision.block)).toBe('127.0.0.1 is a loopback address');
  });

  test('hostAddresses lists every interface address of this machine, canonical', () => {
    const listed = hostAddresses();
    expect(listed.has('127.0.0.1')).toBe(true);
    for (const list of Object.values(networkInterfaces())) {
      for (const entry of list ?? []) expect(listed.has(canonicalAddress(entry.address)!)).toBe(true);
    }
    expect(policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] }).ownAddresses).toBe(hostAddresses);
  });

  test('addressesOf canonicalises what os.networkInterfaces() reports', () => {
    const set = addressesOf({ eth0: [{ address: '203.0.113.9' }, { address: '2001:DB8:0:0::9' }, { address: 'fe80::1%eth0' }, { address: 'bogus' }], lo: undefined });
    expect([...set]).toEqual(['203.0.113.9', '2001:db8::9', 'fe80::1']);
  });
});

describe('single-label names', () => {
  test.each(['script', 'intranet', 'localhost', 'nas.'])('%s is not a full domain name', (name) => {
    const decision = checkName(name, false, STRICT);
    expect(decision).toMatchObject({ allowed: false, range: 'singleLabel', hint: 'allow-private' });
    expect(!decision.allowed && decision.block).toEqual({ kind: 'single-label', address: name });
    expect(!decision.allowed && blockReason(EN, decision.block)).toMatch(/is not a full domain name/);
    expect(checkName(name, false, PRIVATE_OK)).toEqual({ allowed: true });
  });

  test('dotted names and IP literals pass', () => {
    expect(checkName('example.com', false, STRICT)).toEqual({ allowed: true });
    expect(checkName('2130706433', true, STRICT)).toEqual({ allowed: true });
  });
});

describe('the blocked sentence names the switch that would allow it', () => {
  const base = {
    verdict: 'blocked' as const,
    host: '10.0.0.1',
    block: { kind: 'address' as const, address: '10.0.0.1', range: 'private', what: 'private', cidr: '10.0.0.0/8' },
  };
  test('chat (Discord, console): both the CLI flag and the operator setting', () => {
    const s = verdictSentence(EN, { ...base, privateHint: true }, 'chat');
    expect(s).toContain("I won't check 10.0.0.1: 10.0.0.1 is a private address (10.0.0.0/8).");
    expect(s).toContain('netmedic check --allow-private');
    expect(s).toContain('PROBE_ALLOW_PRIVATE=true');
  });
  test('CLI: the flag', () => {
    expect(verdictSentence(EN, { ...base, privateHint: true }, 'cli')).toMatch(/Run it again with --allow-private/);
  });
  test('no hint where PROBE_ALLOW_PRIVATE would not help', () => {
    expect(verdictSentence(EN, { ...base, privateHint: false }, 'chat')).not.toMatch(/allow-private|ALLOW_PRIVATE/i);
    expect(verdictSentence(EN, { ...base, privateHint: false }, 'cli')).not.toMatch(/allow-private|ALLOW_PRIVATE/i);
  });
});
