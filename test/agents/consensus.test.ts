/**
 * The pure parts of multi-location checks: the consensus (data), its words and table, `from:`
 * parsing, the credential-free job input; and the bot side when Redis cannot be reached.
 */
import { createAgentClient, summarise } from '../../src/agents/client';
import { consensusOf, type Vantage } from '../../src/agents/consensus';
import { parseFrom, runMultiCheck } from '../../src/agents/multi';
import { jobInputFor } from '../../src/agents/protocol';
import { createLogger } from '../../src/logger';
import { parseTarget } from '../../src/probe/target';
import type { CheckResult, Verdict } from '../../src/probe/types';
import { consensusSentence, vantageTable } from '../../src/render/vantages';
import { closedPort } from '../support/servers';

function row(location: string, verdict: Verdict | null, status: Vantage['status'] = verdict ? 'answered' : 'no-answer'): Vantage {
  const connected = verdict !== null && ['ok', 'http-status'].includes(verdict);
  return { location, status, verdict, article: null, stages: connected ? [{ name: 'tcp', ok: true, ms: 7, facts: { kind: 'connected', address: '192.0.2.1', family: 4, port: 443 } }] : [], ms: verdict ? 10 : null, connectMs: connected ? 7 : null };
}

describe('consensus (data)', () => {
  it.each([
    [[row('bot', 'ok'), row('a', 'ok'), row('b', 'http-status')], 'answers-everywhere', ['bot', 'a', 'b'], []],
    [[row('bot', 'refused'), row('a', 'refused')], 'refused-everywhere', [], ['bot', 'a']],
    [[row('bot', 'timeout'), row('a', 'timeout')], 'silent-everywhere', [], ['bot', 'a']],
    [[row('bot', 'dns-not-found'), row('a', 'dns-not-found')], 'dns-everywhere', [], ['bot', 'a']],
    [[row('bot', 'ok'), row('a', 'ok'), row('b', 'timeout')], 'partial', ['bot', 'a'], ['b']],
    [[row('bot', 'refused'), row('a', 'timeout')], 'fails-everywhere', [], ['bot', 'a']],
    [[row('bot', 'ok'), row('a', null)], 'answers-where-reported', ['bot'], []],
  ] as const)('%#: %s', (vantages, kind, reachable, failing) => {
    const c = consensusOf([...vantages]);
    expect(c.kind).toBe(kind);
    expect(c.reachable).toEqual(reachable);
    expect(c.failing.map((f) => f.location)).toEqual(failing);
    expect(c.total).toBe(vantages.length);
  });
});

describe('consensus (words) and the table', () => {
  it('says the issue’s three sentences', () => {
    expect(consensusSentence(consensusOf([row('bot', 'refused'), row('a', 'refused'), row('b', 'refused')]))).toBe('refused from every network: the service is down or not listening');
    expect(consensusSentence(consensusOf([row('bot', 'ok'), row('a', 'ok'), row('eu-1', 'timeout')]))).toBe(
      'open from 2 of 3 networks, no answer from eu-1: a firewall, geo-block or ISP route affects some networks',
    );
    expect(consensusSentence(consensusOf([row('bot', 'ok'), row('a', 'ok')]))).toBe('answers everywhere: if it fails for you, the block is on your side');
  });

  it('names late agents and unavailable agents', () => {
    expect(consensusSentence(consensusOf([row('bot', 'ok'), row('a', 'refused'), row('b', null)]))).toBe(
      'open from 1 of 3 networks, refused from a; no answer from b by the deadline: a firewall, geo-block or ISP route affects some networks',
    );
    expect(consensusSentence(consensusOf([row('bot', 'ok'), row('agents', null, 'unavailable')]))).toBe(
      'answers from every network that reported (agents unavailable): if it fails for you, the block is probably on your side',
    );
  });

  it('a table with location, verdict and connect time', () => {
    const table = vantageTable([row('bot', 'ok'), row('eu-1', 'timeout'), row('b', null)], true);
    expect(table.split('\n')).toEqual(['```', 'location  verdict            connect', 'bot       ok                 7 ms', 'eu-1      timeout            —', 'b         no answer (agent)  —', '```']);
    expect(vantageTable([row('b', null)], false)).toContain('b         …');
  });
});

describe('from: and job inputs', () => {
  it('parses all, lists, and refuses bad names', () => {
    expect(parseFrom('all')).toEqual({ ok: true, from: { all: true } });
    expect(parseFrom(' eu-1, us-2 ,eu-1')).toEqual({ ok: true, from: { all: false, locations: ['eu-1', 'us-2'] } });
    expect(parseFrom('bot')).toMatchObject({ ok: false, error: 'from: "bot" is reserved' });
    expect(parseFrom('EU 1!')).toMatchObject({ ok: false });
    expect(parseFrom(',')).toMatchObject({ ok: false });
  });

  it('rebuilds the target without credentials', () => {
    const cases: [string, string][] = [
      ['http://bob:hunter2@panel.example.net:8080/player_api.php?username=bob&password=hunter2', 'http://panel.example.net:8080/player_api.php'],
      ['https://panel.example.net/get.php?username=bob&password=hunter2&type=m3u', 'https://panel.example.net:443/get.php'],
      ['[2001:db8::1]:25461', 'http://[2001:db8::1]:25461/'],
      ['http://panel.example.net:8080/live/bob/hunter2/123.ts', 'http://panel.example.net:8080/player_api.php'],
      ['tcp.example.net:5000', 'tcp.example.net:5000'],
    ];
    for (const [input, expected] of cases) {
      const parsed = parseTarget(input, input.startsWith('tcp.') ? 'tcp' : 'auto');
      if (!parsed.ok) throw new Error(parsed.problem.code);
      const job = jobInputFor(parsed.target);
      expect(job.input.startsWith(expected)).toBe(true);
      expect(job.input).not.toMatch(/hunter2|bob/);
    }
  });

  it('summarises heartbeats per location, dropping stale ones', () => {
    const now = 1_000_000;
    const beat = (location: string, agentId: string, active: number, seenAt: number) => ({ location, agentId, version: '1.0.0', active, concurrency: 4, startedAt: 0, seenAt });
    expect(summarise([beat('eu-1', 'x', 1, now - 5000), beat('eu-1', 'y', 2, now - 1000), beat('us-1', 'z', 0, now - 61_000)], now)).toEqual([
      { location: 'eu-1', agents: 2, versions: ['1.0.0'], active: 3, concurrency: 8, seenAt: now - 1000 },
    ]);
  });
});

describe('Redis unreachable', () => {
  it('from: answers "agents unavailable" next to the local result, without throwing', async () => {
    const port = await closedPort();
    const agents = createAgentClient({ redisUrl: `redis://127.0.0.1:${port}`, prefix: 'unused:', log: createLogger({ level: 'silent' }) });
    try {
      await expect(agents.liveLocations()).rejects.toThrow(/agents unavailable/);
      const local: CheckResult = { target: null, verdict: 'ok', article: null, facts: null, stages: [], addresses: [], alternatives: [], notes: [], ms: 1 };
      const named = await runMultiCheck({ input: 'example.com:443', protocol: 'tcp', from: { all: false, locations: ['eu-1'] }, agents, deadlineMs: 1000, runLocal: async () => local });
      expect(named.vantages.map((v) => [v.location, v.status])).toEqual([['bot', 'answered'], ['eu-1', 'unavailable']]);
      const all = await runMultiCheck({ input: 'example.com:443', protocol: 'tcp', from: { all: true }, agents, deadlineMs: 1000, runLocal: async () => local });
      expect(all.vantages.map((v) => [v.location, v.status])).toEqual([['bot', 'answered'], ['agents', 'unavailable']]);
      expect(consensusSentence(all.consensus)).toMatch(/agents unavailable/);
    } finally {
      await agents.close();
    }
  });
});
