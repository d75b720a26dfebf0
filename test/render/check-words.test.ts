/**
 * The words of a check (src/render/check-words.ts): the same facts in every reader's language,
 * with every message found (no raw ids, no "undefined"), plurals by the language's rules, and
 * the English words the CLI's --json has always printed.
 */
import type { AlternativePort, CheckNote, StageResult, Verdict, VerdictFacts } from '../../src/probe/types';
import { VERDICTS } from '../../src/probe/types';
import { alternativeDetail, blockReason, noteText, stageDetail, targetProblemText, verdictSentence } from '../../src/render/check-words';
import { messagesFor, UI_LOCALES } from '../../src/render/i18n/messages';

const at = { host: 'play.example.net', port: 8080 };
const game = { kind: 'minecraft-java' };
const refusedFailure = { verdict: 'refused' as const, code: 'ECONNREFUSED', kind: 'refused' as const };

const VERDICT_SAMPLES: Record<Verdict, VerdictFacts[]> = {
  ok: [
    { verdict: 'ok', ...at, answer: { kind: 'http', status: 200, statusText: 'OK', ttfbMs: 1500 } },
    { verdict: 'ok', ...at, answer: { kind: 'http', status: 301, location: 'https://example.net/' } },
    { verdict: 'ok', ...at, answer: { kind: 'tcp', family: 6 } },
    { verdict: 'ok', ...at, answer: { kind: 'xtream' } },
    { verdict: 'ok', ...at, answer: { kind: 'game', game } },
    { verdict: 'ok', ...at, answer: { kind: 'service', service: { kind: 'banner', name: 'ssh', banner: 'SSH-2.0-OpenSSH_9.6' } } },
    { verdict: 'ok', ...at, answer: { kind: 'service', service: { kind: 'tls' }, certSubject: 'play.example.net' } },
    { verdict: 'ok', ...at, answer: { kind: 'service', service: { kind: 'http', httpStatus: 200 }, httpStatus: 200 } },
  ],
  refused: [{ verdict: 'refused', ...at, stage: 'tcp' }],
  timeout: [
    { verdict: 'timeout', ...at, stage: 'tcp', timeoutMs: 5000, deadline: false },
    { verdict: 'timeout', ...at, stage: 'http', timeoutMs: 400, deadline: false },
    { verdict: 'timeout', ...at, stage: 'tls', timeoutMs: 2500, deadline: false },
    { verdict: 'timeout', ...at, stage: 'service', timeoutMs: 20000, deadline: true },
  ],
  reset: [
    { verdict: 'reset', ...at, stage: 'tcp' },
    { verdict: 'reset', ...at, stage: 'service' },
  ],
  'host-unreachable': [{ verdict: 'host-unreachable', ...at, code: 'EHOSTUNREACH' }],
  'network-unreachable': [{ verdict: 'network-unreachable', ...at, code: 'ENETUNREACH' }],
  'dns-not-found': [{ verdict: 'dns-not-found', ...at, failure: { kind: 'no-address', code: 'ENODATA' } }],
  'dns-error': [{ verdict: 'dns-error', ...at, failure: { kind: 'timeout', code: 'ETIMEOUT', timeoutMs: 900, servers: 3 } }],
  'tls-certificate': [
    {
      verdict: 'tls-certificate',
      ...at,
      problem: 'expired',
      code: 'CERT_HAS_EXPIRED',
      certificate: { subject: 'a.test', issuer: 'CA', validFrom: '2026-01-01', validTo: '2026-02-01', daysLeft: -3, altNames: ['a.test'], problems: ['expired', 'self-signed'], host: 'a.test' },
    },
  ],
  'tls-protocol': [
    { verdict: 'tls-protocol', ...at, mismatch: 'plain-http' },
    { verdict: 'tls-protocol', ...at, failure: { verdict: 'tls-protocol', code: 'ERR_SSL_NO_SHARED_CIPHER', kind: 'no-shared-cipher' } },
  ],
  'http-status': [
    { verdict: 'http-status', ...at, protocol: 'http', status: 404, statusText: 'Not Found', path: '/live' },
    { verdict: 'http-status', ...at, protocol: 'http', status: 503, statusText: 'Service Unavailable' },
    { verdict: 'http-status', ...at, protocol: 'xtream', status: 200, xtream: { panel: false, why: 'html', status: 200 } },
  ],
  'not-http': [{ verdict: 'not-http', ...at, spoke: 'ssh', banner: 'SSH-2.0-OpenSSH_9.6' }],
  blocked: [
    { verdict: 'blocked', host: '10.0.0.1', block: { kind: 'address', address: '10.0.0.1', range: 'private', what: 'private', cidr: '10.0.0.0/8' }, privateHint: true },
    { verdict: 'blocked', host: 'nas', block: { kind: 'single-label', address: 'nas' }, privateHint: true },
  ],
  invalid: [{ verdict: 'invalid', problem: { code: 'port-range', value: '99999' } }],
  silent: [{ verdict: 'silent', ...at }],
  'closed-on-accept': [{ verdict: 'closed-on-accept', ...at }],
  'udp-refused': [{ verdict: 'udp-refused', ...at, game }],
  'udp-no-answer': [{ verdict: 'udp-no-answer', ...at, game: { kind: 'source' }, timeoutMs: 3000 }],
  'game-mismatch': [{ verdict: 'game-mismatch', ...at, game, failure: { verdict: 'game-mismatch', code: 'NETMEDIC_GAME_PROTOCOL', kind: 'protocol', problem: { code: 'packet-size', bytes: 70000 } } }],
};

const STAGES: StageResult[] = [
  { name: 'dns', ok: true, ms: 3, facts: { kind: 'resolved', addresses: ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4', '2001:db8::1'] } },
  { name: 'dns', ok: false, ms: 3, facts: { kind: 'failed', failure: { kind: 'nxdomain', code: 'ENOTFOUND' } } },
  { name: 'tcp', ok: true, ms: 4, family: 6, facts: { kind: 'connected', address: '2001:db8::1', family: 6, port: 443 } },
  { name: 'tcp', ok: false, ms: 4, family: 4, facts: { kind: 'failed', address: '192.0.2.1', family: 4, port: 443, failure: refusedFailure } },
  { name: 'tls', ok: true, ms: 9, facts: { kind: 'handshake', protocol: 'TLSv1.3', subject: 'a.test', issuer: 'CA', daysLeft: 40 } },
  { name: 'tls', ok: false, ms: 9, facts: { kind: 'plain-http', code: 'ERR_SSL_WRONG_VERSION_NUMBER' } },
  { name: 'http', ok: true, ms: 12, facts: { kind: 'answer', status: 200, statusText: 'OK', ttfbMs: 12, server: 'nginx', stoppedAtBytes: 65536 } },
  { name: 'http', ok: false, ms: 400, facts: { kind: 'failed', failure: { verdict: 'timeout', code: 'NETMEDIC_TIMEOUT', kind: 'http-no-answer', timeoutMs: 400 } } },
  { name: 'xtream', ok: true, ms: 20, facts: { kind: 'answer', ttfbMs: 20, answer: { panel: true, auth: '0', denied: true, truncated: false } } },
  { name: 'service', ok: false, ms: 500, facts: { kind: 'service', service: { kind: 'silent', bannerMs: 500 } } },
  { name: 'game', ok: true, ms: 30, facts: { kind: 'answer', game, transport: 'tcp', address: '192.0.2.1', port: 25565, latencyMs: 28, players: 3, maxPlayers: 20, version: '1.21' } },
  { name: 'game', ok: false, ms: 600, facts: { kind: 'failed', game: { kind: 'minecraft-bedrock' }, transport: 'udp', port: 19132, failure: { verdict: 'udp-no-answer', code: 'NETMEDIC_TIMEOUT', kind: 'udp-no-answer', timeoutMs: 600 } } },
  { name: 'http', ok: true, ms: 40, facts: { kind: 'globalping', test: 'http', step: 'http', status: 200 } },
];

const NOTES: CheckNote[] = [
  { kind: 'credentials-removed' },
  { kind: 'international-name', displayHost: 'bücher.example', host: 'xn--bcher-kva.example' },
  { kind: 'port-assumed', port: 443, scheme: 'https' },
  { kind: 'family-fails', failing: 6, working: 4, failure: refusedFailure },
  { kind: 'redirect', location: 'https://example.net/' },
  { kind: 'no-xtream-panel' },
  { kind: 'game-no-answer', game: { kind: 'minecraft-bedrock' }, transport: 'udp', failure: { verdict: 'udp-refused', code: 'ECONNREFUSED', kind: 'udp-port-unreachable' } },
];

const ALTERNATIVES: AlternativePort[] = [
  { port: 80, open: false, facts: { kind: 'refused' } },
  { port: 443, open: true, facts: { kind: 'open', answer: 'tls' } },
  { port: 8080, open: true, facts: { kind: 'open', answer: 'http', status: 200 } },
];

/** A message id left in the text, or an unfilled variable. */
const LEFTOVER = /\bcheck-[a-z0-9-]+|undefined|NaN|\[object|\{ ?\$/;

describe('check words in every language', () => {
  it.each(UI_LOCALES)('%s: every verdict, stage line, note and other port is worded', (locale) => {
    const t = messagesFor(locale);
    for (const verdict of VERDICTS) {
      for (const facts of VERDICT_SAMPLES[verdict]) {
        for (const audience of ['chat', 'cli'] as const) {
          const s = verdictSentence(t, facts, audience);
          expect(s).not.toMatch(LEFTOVER);
          expect(s.length).toBeGreaterThan(20);
        }
      }
    }
    for (const stage of STAGES) expect(stageDetail(t, stage)).not.toMatch(LEFTOVER);
    for (const note of NOTES) expect(noteText(t, note)).not.toMatch(LEFTOVER);
    for (const a of ALTERNATIVES) expect(alternativeDetail(t, a)).not.toMatch(LEFTOVER);
  });

  it('the same facts read differently per language, numbers and names unchanged', () => {
    const facts = VERDICT_SAMPLES.refused[0]!;
    const en = verdictSentence(messagesFor('en'), facts);
    const de = verdictSentence(messagesFor('de'), facts);
    const ru = verdictSentence(messagesFor('ru'), facts);
    expect(en).toBe('Port 8080 on play.example.net refused the connection: nothing is listening there, or a firewall rejects it.');
    expect(de).toBe('Port 8080 auf play.example.net hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.');
    for (const s of [de, ru, verdictSentence(messagesFor('tr'), facts)]) {
      expect(s).not.toBe(en);
      expect(s).toContain('8080');
      expect(s).toContain('play.example.net');
    }
  });

  it('ports and statuses are never grouped like amounts (8080, not 8,080 or 8.080)', () => {
    for (const locale of UI_LOCALES) {
      const s = verdictSentence(messagesFor(locale), { verdict: 'http-status', host: 'h.example', port: 25461, protocol: 'http', status: 503 });
      expect(s).toContain('25461');
    }
  });

  it('plurals follow the language: Russian one / few / many', () => {
    const ru = messagesFor('ru');
    const expired = (days: number) =>
      verdictSentence(ru, {
        ...VERDICT_SAMPLES['tls-certificate'][0]!,
        certificate: { subject: 'a.test', issuer: 'CA', validFrom: '2026-01-01', validTo: '2026-02-01', daysLeft: -days, altNames: [], problems: ['expired'], host: 'a.test' },
      } as VerdictFacts);
    expect(expired(1)).toContain('1 день назад');
    expect(expired(3)).toContain('3 дня назад');
    expect(expired(5)).toContain('5 дней назад');
    expect(verdictSentence(messagesFor('en'), VERDICT_SAMPLES['tls-certificate'][0]!)).toContain('certificate expired 3 days ago (2026-02-01); also the certificate is self-signed');
  });

  it('a blocked check names the switch for its reader: chat or CLI', () => {
    const fr = messagesFor('fr');
    const blocked = VERDICT_SAMPLES.blocked[0]!;
    expect(verdictSentence(fr, blocked, 'cli')).toContain('--allow-private');
    expect(verdictSentence(fr, blocked, 'chat')).toContain("netmedic check --allow-private");
    expect(verdictSentence(fr, blocked, 'chat')).toMatch(/^Je ne vérifierai pas 10\.0\.0\.1 : 10\.0\.0\.1 est une adresse privée \(10\.0\.0\.0\/8\)\./);
    expect(blockReason(messagesFor('en'), { kind: 'address', address: '::ffff:a00:1', via: { form: 'mapped', inner: '10.0.0.1' }, range: 'private', what: 'private', cidr: '10.0.0.0/8' })).toBe(
      '::ffff:a00:1 maps to 10.0.0.1, which is a private address (10.0.0.0/8)',
    );
  });

  it('a problem that might quote a secret names only what it is, in the reader\'s language', () => {
    expect(targetProblemText(messagesFor('en'), { code: 'host-characters', subject: 'host' })).toMatch(/^The host isn't a valid hostname/);
    expect(targetProblemText(messagesFor('es-ES'), { code: 'host-characters', subject: 'host' })).toMatch(/^El host no es un nombre de host válido/);
    expect(targetProblemText(messagesFor('es-MX'), { code: 'port-not-number', subject: 'value' })).toBe('El puerto debe ser un número de 1 a 65535, se recibió otra cosa.');
  });
});
