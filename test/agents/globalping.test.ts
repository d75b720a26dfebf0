/**
 * Globalping's public probes as extra rows, against a local fake of its measurement API on
 * 127.0.0.1: the measurement request (TCP ping of the target's host and port, a token when set),
 * polling until finished, rows with measurement ids, the note on what they can and cannot tell,
 * and its rate limit respected (a 429 pauses further measurements).
 */
import http from 'node:http';
import { createGlobalping } from '../../src/agents/globalping';
import { runMultiCheck } from '../../src/agents/multi';
import { createLogger } from '../../src/logger';
import { parseTarget } from '../../src/probe/target';
import type { CheckResult } from '../../src/probe/types';
import { consensusSentence, withVantages, GLOBALPING_NOTE } from '../../src/render/vantages';

interface FakeApi {
  base: string;
  requests: { method: string; url: string; auth: string | undefined; body: unknown }[];
  rateLimited: boolean;
  close(): Promise<void>;
}

async function fakeGlobalping(): Promise<FakeApi> {
  const requests: FakeApi['requests'] = [];
  let polls = 0;
  const state = { rateLimited: false };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body: raw ? JSON.parse(raw) : null });
      if (state.rateLimited) {
        res.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' });
        return res.end('{"error":{"type":"rate_limit_exceeded"}}');
      }
      if (req.method === 'POST' && req.url === '/v1/measurements') {
        res.writeHead(202, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ id: 'mEaSuRe1', probesCount: 3 }));
      }
      if (req.method === 'GET' && req.url === '/v1/measurements/mEaSuRe1') {
        polls += 1;
        const finished = polls >= 2;
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({
            id: 'mEaSuRe1',
            status: finished ? 'finished' : 'in-progress',
            results: [
              { probe: { country: 'DE', city: 'Frankfurt', asn: 1 }, result: { status: finished ? 'finished' : 'in-progress', stats: { min: 11.4, avg: 12, rcv: 3, loss: 0 } } },
              { probe: { country: 'US', city: 'New York', asn: 2 }, result: { status: finished ? 'finished' : 'in-progress', stats: { min: 80.2, avg: 81, rcv: 3, loss: 0 } } },
              { probe: { country: 'BR', city: 'São Paulo', asn: 3 }, result: { status: finished ? 'finished' : 'in-progress', stats: { min: null, avg: null, rcv: 0, loss: 100 } } },
            ],
          }),
        );
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const api = {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests,
    get rateLimited() {
      return state.rateLimited;
    },
    set rateLimited(v: boolean) {
      state.rateLimited = v;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return api;
}

const local: CheckResult = {
  target: null,
  verdict: 'ok',
  article: null,
  sentence: 'ok',
  stages: [{ name: 'tcp', ok: true, ms: 3, detail: '' }],
  addresses: [],
  alternatives: [],
  notes: [],
  ms: 5,
};

describe('Globalping (GLOBALPING=on) against a local fake of its API', () => {
  let api: FakeApi;
  beforeEach(async () => {
    api = await fakeGlobalping();
  });
  afterEach(async () => {
    await api.close();
  });

  it('adds one row per probe, keeps the measurement id, and says what the rows can tell', async () => {
    const gp = createGlobalping({ apiBase: api.base, token: 'gp-token-123', probes: 3, log: createLogger({ level: 'silent' }) });
    const out = await runMultiCheck({ input: 'panel.example.net:8080', protocol: 'tcp', from: { all: false, locations: [], globalping: true }, agents: null, globalping: gp, deadlineMs: 5000, runLocal: async () => local });
    expect(out.vantages.map((v) => [v.location, v.verdict, v.connectMs])).toEqual([
      ['bot', 'ok', 3],
      ['gp:de-frankfurt', 'ok', 11],
      ['gp:us-new-york', 'ok', 80],
      ['gp:br-sao-paulo', 'timeout', null],
    ]);
    expect(out.vantages.slice(1).every((v) => (v as { measurementId?: string }).measurementId === 'mEaSuRe1')).toBe(true);
    expect(consensusSentence(out.consensus)).toBe('open from 3 of 4 networks, no answer from gp:br-sao-paulo: a firewall, geo-block or ISP route affects some networks');
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(post.auth).toBe('Bearer gp-token-123');
    expect(post.body).toEqual({ type: 'ping', target: 'panel.example.net', measurementOptions: { protocol: 'TCP', port: 8080, packets: 3 }, locations: [{ magic: 'world' }], limit: 3 });
    expect(api.requests.filter((r) => r.method === 'GET').length).toBeGreaterThanOrEqual(2);
    const reply = withVantages({ embeds: [{ title: 't', fields: [] }] }, out.vantages, out.consensus);
    expect(reply.embeds![0]!.fields!.map((f) => f.name)).toEqual(['From 4 networks', 'About the gp: rows']);
    expect(reply.embeds![0]!.fields![1]!.value).toBe(GLOBALPING_NOTE);
  });

  it('respects its rate limit: after a 429 no request is made until the reset', async () => {
    const gp = createGlobalping({ apiBase: api.base, log: createLogger({ level: 'silent' }) });
    const parsed = parseTarget('panel.example.net:8080', 'tcp');
    if (!parsed.ok) throw new Error(parsed.error);
    api.rateLimited = true;
    const first = await gp.check(parsed.target, 2000);
    expect(first.every((v) => v.status === 'no-answer')).toBe(true);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.auth).toBeUndefined();
    api.rateLimited = false;
    const second = await gp.check(parsed.target, 2000);
    expect(second.every((v) => v.status === 'no-answer')).toBe(true);
    expect(api.requests).toHaveLength(1); // paused: nothing sent
  });
});
