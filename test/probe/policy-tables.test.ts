/**
 * The policy's tables are parsed by policy.ts's own literal reader (tableCidr), not by ipaddr.js's
 * parsers: every row must give exactly the range ipaddr.parseCIDR gives for its text.
 */
import ipaddr from 'ipaddr.js';
import { checkAddress, GUARDED, IPV4_ROWS, IPV6_ROWS, tableCidr } from '../../src/probe/policy';

const parts = ([net, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]) => [net.kind(), net.toByteArray(), bits];

describe('policy tables', () => {
  const texts = [...new Set([...GUARDED, ...IPV4_ROWS, ...IPV6_ROWS].map(([text]) => text)), '169.254.0.0/16', '2000::/3', '64:ff9b::/96', '2002::/16'];

  test.each(texts)('%s reads as ipaddr.parseCIDR reads it', (text) => {
    expect(parts(tableCidr(text))).toEqual(parts(ipaddr.parseCIDR(text)));
  });

  test('full, compressed and edge forms', () => {
    for (const text of ['::/0', '::1/128', '1:2:3:4:5:6:7:8/128', '1::/16', '::ffff:0:0/96', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128', '0.0.0.0/0', '255.255.255.255/32']) {
      expect(parts(tableCidr(text))).toEqual(parts(ipaddr.parseCIDR(text)));
    }
  });

  test('IPv4 rows sit in the IPv4 table and IPv6 rows in the IPv6 one', () => {
    expect(IPV4_ROWS.every(([text]) => !text.includes(':'))).toBe(true);
    expect(IPV6_ROWS.every(([text]) => text.includes(':'))).toBe(true);
    expect(IPV4_ROWS.length + IPV6_ROWS.length).toBe(GUARDED.length + 13 + 15);
  });

  test('an address judged before any other family still gets its guarded range', () => {
    // Guards come from the rows themselves: link-local is opened only from inside its range.
    expect(checkAddress('169.254.7.7', { allowPrivate: false, allowCidrs: ['169.254.0.0/16'] })).toEqual({ allowed: true, range: 'linkLocal' });
    expect(checkAddress('169.254.169.254', { allowPrivate: true, allowCidrs: ['169.254.0.0/16'] })).toMatchObject({ allowed: false, range: 'cloudMetadata' });
    expect(checkAddress('fe80::7', { allowPrivate: false, allowCidrs: ['fe80::/16'] })).toEqual({ allowed: true, range: 'linkLocal' });
  });
});
