import type { APIEmbed } from 'discord-api-types/v10';
import type { Article, KnowledgeBase } from '../../../src/knowledge/types';
import type { CheckResult, StageResult, Target, VerdictFacts } from '../../../src/probe/types';
import { CHECK_FOOTER, articleButtonId, renderCheckReply, verdictColor } from '../../../src/render/check';
import { embedLength, LIMITS } from '../../../src/render/limits';
import { renderReplyText } from '../../../src/render/terminal';

function article(id: string, server: string[], fix: string[]): Article {
  return {
    id,
    title: id,
    summary: `${id} summary`,
    category: 'connection',
    codes: [],
    phrases: [],
    related: [],
    sections: { meaning: '', causes: { server, client: ['client cause'] }, fix, test: { windows: '', macos: '', linux: '' } },
    file: `${id}.md`,
  };
}

function kbOf(...articles: Article[]): KnowledgeBase {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return { articles, faqs: [], article: (id) => byId.get(id), faq: () => undefined };
}

const TARGET: Target = {
  host: 'play.example.net',
  displayHost: 'play.example.net',
  port: 25461,
  portAssumed: false,
  protocol: 'xtream',
  path: '/player_api.php',
  isIp: false,
  hadCredentials: true,
  display: 'http://play.example.net:25461/player_api.php?username=…&password=…',
  tls: false,
};

function result(extra: Partial<CheckResult>): CheckResult {
  return {
    target: TARGET,
    verdict: 'ok',
    article: null,
    facts: { verdict: 'ok', host: 'play.example.net', port: 25461, answer: { kind: 'xtream' } },
    stages: [],
    addresses: [{ address: '93.184.216.34', family: 4 }],
    alternatives: [],
    notes: [],
    ms: 120,
    ...extra,
  };
}

const REFUSED: VerdictFacts = { verdict: 'refused', host: 'play.example.net', port: 25461, stage: 'tcp' };
const REFUSED_STAGES: StageResult[] = [
  { name: 'dns', ok: true, ms: 12, facts: { kind: 'resolved', addresses: ['93.184.216.34'] } },
  { name: 'tcp', ok: false, ms: 30, family: 4, facts: { kind: 'failed', address: '93.184.216.34', family: 4, port: 25461, failure: { verdict: 'refused', code: 'ECONNREFUSED', kind: 'refused' } } },
];

const KB = kbOf(
  article('connection-refused', ['Service stopped.', 'Bound to localhost.', 'Another port configured.', 'Firewall rejects.'], ['Check the port.', 'Test from elsewhere.', 'Start it.', 'Fourth step.']),
  article('host-unreachable', ['Server down.'], ['Ping it.']),
);

function embedOf(reply: ReturnType<typeof renderCheckReply>): APIEmbed {
  return reply.embeds![0]!;
}

describe('renderCheckReply', () => {
  it('refused on 25461 with 8080 open: wrong-port cause first, article causes, first 3 steps, button', () => {
    const reply = renderCheckReply(
      result({
        verdict: 'refused',
        article: 'connection-refused',
        facts: REFUSED,
        stages: REFUSED_STAGES,
        alternatives: [
          { port: 80, open: false, facts: { kind: 'refused' } },
          { port: 8080, open: true, facts: { kind: 'open', answer: 'http', status: 200 } },
        ],
        notes: [{ kind: 'credentials-removed' }],
      }),
      KB,
    );
    const embed = embedOf(reply);
    expect(embed.title).toBe('❌ Connection refused — http://play.example.net:25461/player_api.php?username=…&password=…');
    expect(embed.description).toContain('refused the connection');
    expect(embed.color).toBe(verdictColor('refused'));
    expect(embed.footer?.text).toBe(CHECK_FOOTER);
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Addresses']).toBe('`93.184.216.34` (IPv4)');
    expect(fields['Steps (120 ms in all)']).toBe(
      '✅ **DNS** 93.184.216.34 in 12 ms\n❌ **TCP** 93.184.216.34:25461 (IPv4): refused (ECONNREFUSED) · 30 ms',
    );
    expect(fields['Likely causes']!.split('\n')[0]).toMatch(/^• \*\*Wrong port\*\*: nothing on 25461, but 8080 answers \(HTTP 200\)/);
    expect(fields['Likely causes']!.split('\n')).toHaveLength(4);
    expect(fields['First steps']).toBe('1. Check the port.\n2. Test from elsewhere.\n3. Start it.');
    expect(fields['Other ports on the same server']).toBe('❌ 80: refused\n✅ 8080: answers (HTTP 200)');
    expect(fields['Notes']).toContain("Don't paste passwords in a channel");
    expect(reply.components?.[0]?.components[0]).toMatchObject({ custom_id: articleButtonId('connection-refused'), label: 'Full article' });
    expect(articleButtonId('connection-refused')).toBe('explain:article:connection-refused:1');
  });

  it('while running: pending stages as ⏳, no verdict, no button', () => {
    const reply = renderCheckReply(result({ facts: null, stages: [{ name: 'dns', ok: true, ms: 5, facts: { kind: 'resolved', addresses: ['93.184.216.34'] } }] }), KB, { final: false });
    const embed = embedOf(reply);
    expect(embed.title).toMatch(/^⏳ Checking http:\/\/play\.example\.net:25461/);
    const steps = embed.fields!.find((f) => f.name === 'Steps')!.value;
    expect(steps.split('\n')).toEqual(['✅ **DNS** 93.184.216.34 in 5 ms', '⏳ **TCP**', '⏳ **Xtream**']);
    expect(reply.components).toBeUndefined();
    expect(embed.fields!.some((f) => f.name === 'Likely causes')).toBe(false);
  });

  it('falls back to host-unreachable when the knowledge base has no network-unreachable article', () => {
    const reply = renderCheckReply(result({ verdict: 'network-unreachable', article: 'network-unreachable', facts: { verdict: 'network-unreachable', host: 'play.example.net', port: 25461, code: 'ENETUNREACH' } }), KB);
    expect(reply.components?.[0]?.components[0]).toMatchObject({ custom_id: 'explain:article:host-unreachable:1' });
    expect(embedOf(reply).color).toBe(verdictColor('network-unreachable'));
  });

  it('works without a knowledge base (no causes from articles, no button)', () => {
    const reply = renderCheckReply(result({ verdict: 'refused', article: 'connection-refused', facts: REFUSED }), null);
    expect(reply.components).toBeUndefined();
    expect(renderReplyText(reply)).toContain(CHECK_FOOTER);
  });

  it('colours by verdict', () => {
    expect(verdictColor('ok')).not.toBe(verdictColor('refused'));
    expect(verdictColor('refused')).toBe(verdictColor('reset'));
    expect(verdictColor('timeout')).toBe(verdictColor('host-unreachable'));
  });

  it('ok: says what to try when it still fails for the user', () => {
    const embed = embedOf(renderCheckReply(result({ verdict: 'ok' }), KB));
    expect(embed.title).toMatch(/^✅ Xtream panel answers/);
    expect(embed.fields!.map((f) => f.name)).toContain('Still failing for you?');
  });

  it('fits Discord limits with huge inputs', () => {
    const long = 'x'.repeat(3000);
    const reply = renderCheckReply(
      result({
        verdict: 'refused',
        article: 'connection-refused',
        facts: { verdict: 'not-http', host: long, port: 25461, spoke: 'other', banner: long },
        target: { ...TARGET, display: 'http://' + 'a'.repeat(400) },
        stages: Array.from({ length: 30 }, () => ({ name: 'tcp' as const, ok: false, ms: 1, facts: { kind: 'failed' as const, address: long, family: 4 as const, port: 1, failure: { verdict: 'refused' as const, code: long, kind: 'unrecognised' as const, message: long } } })),
        notes: Array.from({ length: 40 }, () => ({ kind: 'redirect' as const, location: long })),
        alternatives: Array.from({ length: 40 }, (_, i) => ({ port: 1000 + i, open: false, facts: { kind: 'failed' as const, failure: { verdict: 'refused' as const, code: long, kind: 'unrecognised' as const, message: long } } })),
      }),
      KB,
    );
    const embed = embedOf(reply);
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.totalPerMessage);
  });

  it('shows the certificate', () => {
    const embed = embedOf(
      renderCheckReply(
        result({
          verdict: 'tls-certificate',
          article: 'tls-certificate',
          facts: { verdict: 'tls-certificate', host: 'a.test', port: 443, problem: 'expired', code: 'CERT_HAS_EXPIRED' },
          certificate: { subject: 'a.test', issuer: 'CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2026-02-01T00:00:00.000Z', daysLeft: -5, protocol: 'TLSv1.3', altNames: ['a.test'], problem: 'expired' },
        }),
        null,
      ),
    );
    const cert = embed.fields!.find((f) => f.name === 'Certificate')!.value;
    expect(cert).toContain('Valid: 2026-01-01 → 2026-02-01 (expired 5 days ago)');
    expect(embed.fields!.find((f) => f.name === 'Likely causes')!.value).toContain('expired');
  });

  it('speaks the reader\'s language: a German reply of the same facts', () => {
    const de = renderCheckReply(
      result({
        verdict: 'refused',
        article: 'connection-refused',
        facts: REFUSED,
        stages: REFUSED_STAGES,
        alternatives: [{ port: 8080, open: true, facts: { kind: 'open', answer: 'http', status: 200 } }],
        notes: [{ kind: 'credentials-removed' }],
      }),
      null,
      { final: true, locale: 'de' },
    );
    const embed = embedOf(de);
    expect(embed.title).toBe('❌ Verbindung abgelehnt — http://play.example.net:25461/player_api.php?username=…&password=…');
    expect(embed.description).toBe('Port 25461 auf play.example.net hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.');
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Schritte (120 ms insgesamt)']).toBe('✅ **DNS** 93.184.216.34 (12 ms)\n❌ **TCP** 93.184.216.34:25461 (IPv4): abgelehnt (ECONNREFUSED) · 30 ms');
    expect(fields['Andere Ports auf demselben Server']).toBe('✅ 8080: antwortet (HTTP 200)');
    expect(fields['Hinweise']).toContain('Füge keine Passwörter in einen Kanal ein');
    expect(embed.footer?.text).toMatch(/^Geprüft vom Netzwerk des Bots/);
    // The facts are the same whatever the language: only the words differ.
    expect(embedOf(renderCheckReply(result({ verdict: 'refused', facts: REFUSED, stages: REFUSED_STAGES }), null, { final: true, locale: 'en' })).description).toBe(
      'Port 25461 on play.example.net refused the connection: nothing is listening there, or a firewall rejects it.',
    );
  });
});
