/**
 * The reply for auto mode on a port with no known protocol, and for an explicit TCP check: it
 * says "the trouble is probably between you and it" only when the service answered in its
 * protocol; "Reachable" never stands for a bare TCP connect.
 */
import type { CheckResult, PortService } from '../../../src/probe/types';
import { renderCheckReply } from '../../../src/render/check';

const target = { host: 'game.example.net', displayHost: 'game.example.net', port: 27015, portAssumed: false, protocol: 'tcp' as const, path: '/', isIp: false, hadCredentials: false, display: 'game.example.net:27015' };

function result(verdict: CheckResult['verdict'], service?: PortService): CheckResult {
  return {
    target,
    verdict,
    article: null,
    facts: verdict === 'ok' ? { verdict: 'ok', host: 'game.example.net', port: 27015, answer: service ? { kind: 'service', service } : { kind: 'tcp' } } : { verdict: 'silent', host: 'game.example.net', port: 27015 },
    stages: [{ name: 'dns', ok: true, ms: 3, facts: { kind: 'resolved', addresses: ['93.184.216.34'] } }],
    addresses: [{ address: '93.184.216.34', family: 4 }],
    alternatives: [],
    notes: [],
    ms: 10,
    ...(service ? { service } : {}),
  };
}

const fieldNames = (r: CheckResult) => (renderCheckReply(r, null).embeds![0]!.fields ?? []).map((f) => f.name);
const title = (r: CheckResult) => renderCheckReply(r, null).embeds![0]!.title!;

describe('check reply for what answered', () => {
  it.each([
    ['silent', { kind: 'silent', bannerMs: 1500 }, '❌ Open but silent — game.example.net:27015'],
    ['closed-on-accept', { kind: 'closed', bannerMs: 1500 }, '❌ Closed at once by the server — game.example.net:27015'],
    ['reset', { kind: 'reset', bannerMs: 1500 }, '❌ Connection reset — game.example.net:27015'],
  ] as const)('%s: its own headline, never "Still failing for you?"', (verdict, service, expected) => {
    const r = result(verdict, service);
    expect(title(r)).toBe(expected);
    expect(fieldNames(r)).not.toContain('Still failing for you?');
  });

  it('a service that answered in its protocol: named in the headline, and the user-side advice is given', () => {
    const r = result('ok', { kind: 'banner', name: 'ssh', banner: 'SSH-2.0-OpenSSH_9.6' });
    expect(title(r)).toBe('✅ Answers in SSH — game.example.net:27015');
    expect(fieldNames(r)).toContain('Still failing for you?');
    expect(title(result('ok', { kind: 'tls' }))).toBe('✅ Answers in TLS — game.example.net:27015');
    expect(title(result('ok', { kind: 'http', httpStatus: 200 }))).toBe('✅ Answers in HTTP — game.example.net:27015');
  });

  it('an explicit TCP check that connected: "Port open", and no blame on the user', () => {
    const r = result('ok');
    expect(title(r)).toBe('✅ Port open — game.example.net:27015');
    expect(fieldNames(r)).toContain('What this shows');
    expect(fieldNames(r)).not.toContain('Still failing for you?');
    expect(JSON.stringify(renderCheckReply(r, null))).not.toContain('Reachable');
  });
});
