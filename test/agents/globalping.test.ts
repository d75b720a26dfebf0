/**
 * Globalping's public probes as extra rows, against a local fake of its measurement API on
 * 127.0.0.1: the measurement request (TCP ping of the target's host and port, a token when set),
 * polling until finished, rows with measurement ids, the note on what they can and cannot tell,
 * and its rate limit respected (a 429 pauses further measurements).
 */
import http from 'node:http';
import { createGlobalping, verdictFromHttpError, type GlobalpingVantage } from '../../src/agents/globalping';
import { runMultiCheck } from '../../src/agents/multi';
import { createLogger } from '../../src/logger';
import { parseTarget } from '../../src/probe/target';
import type { CheckResult } from '../../src/probe/types';
import { consensusSentence, withVantages, GLOBALPING_HTTP_NOTE, GLOBALPING_NOTE } from '../../src/render/vantages';
import { detailOf } from '../support/check-words';

interface FakeApi {
  base: string;
  requests: { method: string; url: string; auth: string | undefined; body: unknown }[];
  rateLimited: boolean;
  /** Sent as X-RateLimit-Remaining on a created measurement (Globalping counts probes). */
  remaining: number;
  /** X-RateLimit-Reset (seconds) on every measurement response; Retry-After only when set. */
  resetSeconds: number;
  retryAfter: string | null;
  close(): Promise<void>;
}

const probe = (country: string, city: string, asn: number) => ({ continent: 'EU', region: 'Western Europe', country, state: null, city, asn, longitude: 0, latitude: 0, network: `net-${asn}`, tags: [], resolvers: ['private'] });
const PROBES = [probe('DE', 'Frankfurt', 1), probe('US', 'New York', 2), probe('BR', 'São Paulo', 3)];

/** HTTP results as Globalping reports them: finished with a status and timings, or failed with the error text. */
function httpResults(finished: boolean) {
  const running = { status: 'in-progress', rawOutput: '' };
  if (!finished) return PROBES.map((p) => ({ probe: p, result: running }));
  const ok = (statusCode: number, statusCodeName: string) => ({
    status: 'finished',
    resolvedAddress: '203.0.113.7',
    headers: { server: 'nginx' },
    rawHeaders: 'server: nginx',
    rawBody: null,
    rawOutput: `HTTP/1.1 ${statusCode}\nserver: nginx`,
    truncated: false,
    statusCode,
    statusCodeName,
    timings: { total: 45.6, dns: 3.1, tcp: 12.4, tls: 20.2, firstByte: 40.1, download: 1.2 },
    tls: null,
  });
  return [
    { probe: PROBES[0], result: ok(200, 'OK') },
    { probe: PROBES[1], result: ok(503, 'Service Unavailable') },
    { probe: PROBES[2], result: { status: 'failed', rawOutput: "Timeout awaiting 'request' for 10000ms", rawHeaders: null, rawBody: null, statusCode: null, timings: { total: null } } },
  ];
}

function pingResults(finished: boolean) {
  const status = finished ? 'finished' : 'in-progress';
  return [
    { probe: PROBES[0], result: { status, rawOutput: '', resolvedAddress: '203.0.113.7', stats: { min: 11.4, avg: 12, max: 13, total: 3, rcv: 3, drop: 0, loss: 0 }, timings: [] } },
    { probe: PROBES[1], result: { status, rawOutput: '', resolvedAddress: '203.0.113.7', stats: { min: 80.2, avg: 81, max: 82, total: 3, rcv: 3, drop: 0, loss: 0 }, timings: [] } },
    { probe: PROBES[2], result: { status, rawOutput: '', resolvedAddress: '203.0.113.7', stats: { min: null, avg: null, max: null, total: 3, rcv: 0, drop: 3, loss: 100 }, timings: [] } },
  ];
}

/**
 * A fake of Globalping's measurement API: POST /v1/measurements (202 with the id and a Location
 * header, rate-limit headers), GET /v1/measurements/:id (in progress on the first poll, then
 * finished), 429 with its headers when rate limited.
 */
async function fakeGlobalping(): Promise<FakeApi> {
  const requests: FakeApi['requests'] = [];
  const polls = new Map<string, number>();
  const state = { rateLimited: false, remaining: 250, resetSeconds: 30, retryAfter: '30' as string | null };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as { type?: string }) : null;
      requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      const limits = { 'x-ratelimit-limit': '250', 'x-ratelimit-consumed': String(250 - state.remaining), 'x-ratelimit-remaining': String(state.remaining), 'x-ratelimit-reset': String(state.resetSeconds) };
      if (state.rateLimited) {
        res.writeHead(429, { ...limits, 'x-ratelimit-remaining': '0', ...(state.retryAfter !== null ? { 'retry-after': state.retryAfter } : {}), 'content-type': 'application/json' });
        return res.end('{"error":{"type":"rate_limit_exceeded","message":"API rate limit exceeded."}}');
      }
      if (req.method === 'POST' && req.url === '/v1/measurements') {
        const id = body?.type === 'http' ? 'mEaSuRe2' : 'mEaSuRe1';
        res.writeHead(202, { ...limits, location: `/v1/measurements/${id}`, 'content-type': 'application/json' });
        return res.end(JSON.stringify({ id, probesCount: 3 }));
      }
      const m = /^\/v1\/measurements\/(mEaSuRe[12])$/.exec(req.url ?? '');
      if (req.method === 'GET' && m) {
        const id = m[1]!;
        polls.set(id, (polls.get(id) ?? 0) + 1);
        const finished = polls.get(id)! >= 2;
        const isHttp = id === 'mEaSuRe2';
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({
            id,
            type: isHttp ? 'http' : 'ping',
            status: finished ? 'finished' : 'in-progress',
            createdAt: new Date().toISOString(),
            updatedAt: new Date().toISOString(),
            target: 'panel.example.net',
            probesCount: 3,
            results: isHttp ? httpResults(finished) : pingResults(finished),
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
    get remaining() {
      return state.remaining;
    },
    set remaining(v: number) {
      state.remaining = v;
    },
    get resetSeconds() {
      return state.resetSeconds;
    },
    set resetSeconds(v: number) {
      state.resetSeconds = v;
    },
    get retryAfter() {
      return state.retryAfter;
    },
    set retryAfter(v: string | null) {
      state.retryAfter = v;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return api;
}

const local: CheckResult = {
  target: null,
  verdict: 'ok',
  article: null,
  facts: { verdict: 'ok', host: '192.0.2.1', port: 443, answer: { kind: 'tcp', family: 4 } },
  stages: [{ name: 'tcp', ok: true, ms: 3, facts: { kind: 'connected', address: '192.0.2.1', family: 4, port: 443 } }],
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
    const gp = createGlobalping({ apiBase: api.base, token: 'gp-token-123', probes: 3, log: createLogger({ level: 'silent' }), pollMs: 50 });
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
    const gp = createGlobalping({ apiBase: api.base, log: createLogger({ level: 'silent' }), pollMs: 50 });
    const parsed = parseTarget('panel.example.net:8080', 'tcp');
    if (!parsed.ok) throw new Error(parsed.problem.code);
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

  it('adds an HTTP measurement from the same probes for an https target: status, timings, the error text as a verdict', async () => {
    const gp = createGlobalping({ apiBase: api.base, probes: 3, log: createLogger({ level: 'silent' }), pollMs: 50 });
    const out = await runMultiCheck({ input: 'https://panel.example.net:8443/status?token=abc', protocol: 'https', from: { all: false, locations: [], globalping: true }, agents: null, globalping: gp, deadlineMs: 5000, runLocal: async () => local });
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.body)).toEqual([
      { type: 'ping', target: 'panel.example.net', measurementOptions: { protocol: 'TCP', port: 8443, packets: 3 }, locations: [{ magic: 'world' }], limit: 3 },
      // The same probes as the ping (its id as locations), a HEAD of the path without its query.
      { type: 'http', target: 'panel.example.net', measurementOptions: { protocol: 'HTTPS', port: 8443, request: { method: 'HEAD', path: '/status' } }, locations: 'mEaSuRe1' },
    ]);
    expect(out.vantages.map((v) => [v.location, v.verdict, v.connectMs, (v as GlobalpingVantage).measurementId ?? null])).toEqual([
      ['bot', 'ok', 3, null],
      ['gp:de-frankfurt', 'ok', 11, 'mEaSuRe1'],
      ['gp:us-new-york', 'ok', 80, 'mEaSuRe1'],
      ['gp:br-sao-paulo', 'timeout', null, 'mEaSuRe1'],
      ['gp:de-frankfurt/http', 'ok', 12, 'mEaSuRe2'],
      ['gp:us-new-york/http', 'http-status', 12, 'mEaSuRe2'],
      ['gp:br-sao-paulo/http', 'timeout', null, 'mEaSuRe2'],
    ]);
    const de = out.vantages[4]!;
    expect(de.stages.map((st) => [st.name, st.ok, st.ms])).toEqual([
      ['dns', true, 3],
      ['tcp', true, 12],
      ['tls', true, 20],
      ['http', true, 40],
    ]);
    const failed = out.vantages[6]!.stages[0]!;
    expect(failed.facts).toMatchObject({ kind: 'globalping', test: 'http', step: 'http', error: expect.stringContaining("Timeout awaiting 'request'") });
    expect(detailOf(failed)).toContain("Timeout awaiting 'request'");
    // Each probe counts once: its HTTP row stands for it.
    expect(out.consensus.total).toBe(4);
    expect(consensusSentence(out.consensus)).toBe('open from 3 of 4 networks, no answer from gp:br-sao-paulo/http: a firewall, geo-block or ISP route affects some networks');
    const reply = withVantages({ embeds: [{ title: 't', fields: [] }] }, out.vantages, out.consensus);
    expect(reply.embeds![0]!.fields![0]!.value).toContain('http-status (503)');
    expect(reply.embeds![0]!.fields![1]!.value).toBe(`${GLOBALPING_NOTE}\n${GLOBALPING_HTTP_NOTE}`);
  });

  it('a plain tcp target gets no HTTP measurement', async () => {
    const gp = createGlobalping({ apiBase: api.base, log: createLogger({ level: 'silent' }), pollMs: 50 });
    const parsed = parseTarget('panel.example.net:25565', 'tcp');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const rows = await gp.check(parsed.target, 3000);
    expect(rows.every((r) => r.measurement === 'tcp')).toBe(true);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reads the failed probe error text as a verdict', () => {
    expect(verdictFromHttpError('connect ECONNREFUSED 203.0.113.7:443').verdict).toBe('refused');
    expect(verdictFromHttpError('getaddrinfo ENOTFOUND panel.example.net').verdict).toBe('dns-not-found');
    expect(verdictFromHttpError('certificate has expired').verdict).toBe('tls-certificate');
    expect(verdictFromHttpError('read ECONNRESET').verdict).toBe('reset');
    expect(verdictFromHttpError("Timeout awaiting 'request' for 10000ms").verdict).toBe('timeout');
  });

  it('when a response says fewer tests are left than a measurement needs, the HTTP one is skipped and nothing is sent until X-RateLimit-Reset', async () => {
    const gp = createGlobalping({ apiBase: api.base, probes: 3, log: createLogger({ level: 'silent' }), pollMs: 50 });
    const parsed = parseTarget('http://panel.example.net:8080/', 'http');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    api.remaining = 2;
    api.resetSeconds = 1;
    const first = await gp.check(parsed.target, 3000);
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { type: string }).type)).toEqual(['ping']);
    expect(first.filter((r) => r.measurement === 'tcp' && r.status === 'answered')).toHaveLength(3);
    expect(first.filter((r) => r.measurement === 'http').every((r) => r.status === 'no-answer' && r.measurementId === null)).toBe(true);
    const before = api.requests.length;
    await gp.check(parsed.target, 1000);
    expect(api.requests.length).toBe(before); // paused
    api.remaining = 250;
    await new Promise((r) => setTimeout(r, 1100)); // the reset it named
    await gp.check(parsed.target, 3000);
    expect(api.requests.filter((r) => r.method === 'POST').length).toBe(3); // ping again, and the HTTP one
  });

  it('a 429 without Retry-After pauses for X-RateLimit-Reset seconds, then measurements resume', async () => {
    const gp = createGlobalping({ apiBase: api.base, log: createLogger({ level: 'silent' }), pollMs: 50 });
    const parsed = parseTarget('panel.example.net:8080', 'tcp');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    api.rateLimited = true;
    api.retryAfter = null;
    api.resetSeconds = 1;
    await gp.check(parsed.target, 1000);
    api.rateLimited = false;
    await gp.check(parsed.target, 1000);
    expect(api.requests).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    const rows = await gp.check(parsed.target, 3000);
    expect(rows.map((r) => r.verdict)).toEqual(['ok', 'ok', 'timeout']);
    expect(api.requests.length).toBeGreaterThan(1);
  });
});
