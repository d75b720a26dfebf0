import type { APIEmbed } from 'discord-api-types/v10';
import type { Article, KnowledgeBase } from '../../../src/knowledge/types';
import type { CheckResult, Target } from '../../../src/probe/types';
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
    sentence: 'A sentence.',
    stages: [],
    addresses: [{ address: '93.184.216.34', family: 4 }],
    alternatives: [],
    notes: [],
    ms: 120,
    ...extra,
  };
}

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
        sentence: 'Port 25461 on play.example.net refused the connection: nothing is listening there, or a firewall rejects it.',
        stages: [
          { name: 'dns', ok: true, ms: 12, detail: '93.184.216.34 in 12 ms' },
          { name: 'tcp', ok: false, ms: 30, family: 4, detail: '93.184.216.34:25461 (IPv4): refused (ECONNREFUSED)' },
        ],
        alternatives: [
          { port: 80, open: false, detail: 'refused' },
          { port: 8080, open: true, detail: 'answers (HTTP 200)' },
        ],
        notes: ["Don't paste passwords in a channel — I removed them and checked without them."],
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
    const reply = renderCheckReply(result({ stages: [{ name: 'dns', ok: true, ms: 5, detail: '93.184.216.34 in 5 ms' }] }), KB, { final: false });
    const embed = embedOf(reply);
    expect(embed.title).toMatch(/^⏳ Checking http:\/\/play\.example\.net:25461/);
    const steps = embed.fields!.find((f) => f.name === 'Steps')!.value;
    expect(steps.split('\n')).toEqual(['✅ **DNS** 93.184.216.34 in 5 ms', '⏳ **TCP**', '⏳ **Xtream**']);
    expect(reply.components).toBeUndefined();
    expect(embed.fields!.some((f) => f.name === 'Likely causes')).toBe(false);
  });

  it('falls back to host-unreachable when the knowledge base has no network-unreachable article', () => {
    const reply = renderCheckReply(result({ verdict: 'network-unreachable', article: 'network-unreachable' }), KB);
    expect(reply.components?.[0]?.components[0]).toMatchObject({ custom_id: 'explain:article:host-unreachable:1' });
    expect(embedOf(reply).color).toBe(verdictColor('network-unreachable'));
  });

  it('works without a knowledge base (no causes from articles, no button)', () => {
    const reply = renderCheckReply(result({ verdict: 'refused', article: 'connection-refused' }), null);
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
        sentence: long + long,
        target: { ...TARGET, display: 'http://' + 'a'.repeat(400) },
        stages: Array.from({ length: 30 }, () => ({ name: 'tcp' as const, ok: false, ms: 1, detail: long })),
        notes: Array.from({ length: 40 }, () => long),
        alternatives: Array.from({ length: 40 }, (_, i) => ({ port: 1000 + i, open: false, detail: long })),
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
          certificate: { subject: 'a.test', issuer: 'CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2026-02-01T00:00:00.000Z', daysLeft: -5, protocol: 'TLSv1.3', altNames: ['a.test'], problem: 'expired' },
        }),
        null,
      ),
    );
    const cert = embed.fields!.find((f) => f.name === 'Certificate')!.value;
    expect(cert).toContain('Valid: 2026-01-01 → 2026-02-01 (expired 5 days ago)');
    expect(embed.fields!.find((f) => f.name === 'Likely causes')!.value).toContain('expired');
  });
});
