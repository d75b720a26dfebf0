/**
 * Globalping's public probes as extra rows, against a local fake of its measurement API v1 on
 * 127.0.0.1 (test/support/fake-globalping.ts, shaped after Globalping's documentation and strict
 * about the request): the documented requests (TCP ping, then an HTTP test from the same probes),
 * polling while in progress, rows with measurement ids and probe names, what the rows can tell,
 * and its limits respected (POST 429 and X-RateLimit-* pause measurements until the reset; credits
 * count; a 429 on polling only delays polling).
 */
import { createGlobalping, probeNames, resetSeconds, testsLeft, verdictFromProbeError, type GlobalpingVantage } from '../../src/agents/globalping';
import { runMultiCheck } from '../../src/agents/multi';
import { createLogger } from '../../src/logger';
import { parseTarget } from '../../src/probe/target';
import type { CheckResult, Target } from '../../src/probe/types';
import { consensusSentence, withVantages, GLOBALPING_HTTP_NOTE, GLOBALPING_NOTE } from '../../src/render/vantages';
import { fakeGlobalping, fakeProbe, type FakeGlobalping, type FakeProbe } from '../support/fake-globalping';
import { scaled } from '../support/timing';
import { detailOf } from '../support/check-words';

const standardProbes = (): FakeProbe[] => [
  fakeProbe('DE', 'Frankfurt', 1, { kind: 'open', rtt: 11.4 }, { kind: 'response', statusCode: 200, statusCodeName: 'OK' }),
  fakeProbe('US', 'New York', 2, { kind: 'open', rtt: 80.2 }, { kind: 'response', statusCode: 503, statusCodeName: 'Service Unavailable' }, 'NA'),
  fakeProbe('BR', 'São Paulo', 3, { kind: 'silent' }, { kind: 'error', message: 'Request timeout.' }, 'SA'),
];

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

const silent = () => createLogger({ level: 'silent' });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function target(input: string, protocol: 'tcp' | 'http' | 'https'): Target {
  const parsed = parseTarget(input, protocol);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.target;
}

const posts = (api: FakeGlobalping) => api.requests.filter((r) => r.method === 'POST');
const gets = (api: FakeGlobalping, id: string) => api.requests.filter((r) => r.method === 'GET' && r.url === `/v1/measurements/${id}`);

describe('Globalping (GLOBALPING=on) against a local fake of its API', () => {
  let api: FakeGlobalping;
  beforeEach(async () => {
    api = await fakeGlobalping(standardProbes());
  });
  afterEach(async () => {
    await api.close();
  });

  it('sends the documented TCP ping request with the token, adds one row per probe with the measurement id, and says what the rows can tell', async () => {
    const gp = createGlobalping({ apiBase: api.base, token: 'gp-token-123', probes: 3, log: silent(), pollMs: 50 });
    const out = await runMultiCheck({ input: 'panel.example.net:8080', protocol: 'tcp', from: { all: false, locations: [], globalping: true }, agents: null, globalping: gp, deadlineMs: 5000, runLocal: async () => local });
    expect(out.vantages.map((v) => [v.location, v.verdict, v.connectMs])).toEqual([
      ['bot', 'ok', 3],
      ['gp:de-frankfurt', 'ok', 11],
      ['gp:us-new-york', 'ok', 80],
      ['gp:br-sao-paulo', 'timeout', null],
    ]);
    expect(api.created).toHaveLength(1);
    expect(out.vantages.slice(1).every((v) => (v as GlobalpingVantage).measurementId === api.created[0])).toBe(true);
    expect(consensusSentence(out.consensus)).toBe('open from 3 of 4 networks, no answer from gp:br-sao-paulo: a firewall, geo-block or ISP route affects some networks');
    const [post] = posts(api);
    expect(post!.auth).toBe('Bearer gp-token-123');
    // No `locations`: the API picks `limit` probes around the world (the fake would answer 400 to an undocumented field).
    expect(post!.body).toEqual({ type: 'ping', target: 'panel.example.net', measurementOptions: { protocol: 'TCP', port: 8080, packets: 3 }, limit: 3 });
    expect(gets(api, api.created[0]!).every((g) => g.auth === 'Bearer gp-token-123')).toBe(true);
    const reply = withVantages({ embeds: [{ title: 't', fields: [] }] }, out.vantages, out.consensus);
    expect(reply.embeds![0]!.fields!.map((f) => f.name)).toEqual(['From 4 networks', 'About the gp: rows']);
    expect(reply.embeds![0]!.fields![1]!.value).toBe(GLOBALPING_NOTE);
  });

  it('polls while the measurement is in progress, one request at a time, until it is finished', async () => {
    api.pollsUntilFinished = 4;
    const gp = createGlobalping({ apiBase: api.base, log: silent(), pollMs: 30 });
    const rows = await gp.check(target('panel.example.net:8080', 'tcp'), 5000);
    expect(rows.map((r) => [r.location, r.status, r.verdict])).toEqual([
      ['gp:de-frankfurt', 'answered', 'ok'],
      ['gp:us-new-york', 'answered', 'ok'],
      ['gp:br-sao-paulo', 'answered', 'timeout'],
    ]);
    expect(gets(api, api.created[0]!)).toHaveLength(4); // three in progress, then finished; none after
    expect(api.maxConcurrentPolls).toBe(1);
  });

  it('still in progress at the deadline: the probes are named, without an answer, with the measurement id', async () => {
    api.pollsUntilFinished = 1_000_000;
    const gp = createGlobalping({ apiBase: api.base, log: silent(), pollMs: 30 });
    // Long enough for at least one poll to come back on a busy machine; the fake never finishes.
    const rows = await gp.check(target('panel.example.net:8080', 'tcp'), scaled(1000));
    expect(rows.map((r) => [r.location, r.status, r.measurementId])).toEqual([
      ['gp:de-frankfurt', 'no-answer', api.created[0]],
      ['gp:us-new-york', 'no-answer', api.created[0]],
      ['gp:br-sao-paulo', 'no-answer', api.created[0]],
    ]);
  });

  it('adds an HTTP test from the same probes for an https target: status, timings, the error text as a verdict', async () => {
    const gp = createGlobalping({ apiBase: api.base, probes: 3, log: silent(), pollMs: 50 });
    const out = await runMultiCheck({ input: 'https://panel.example.net:8443/status?token=abc', protocol: 'https', from: { all: false, locations: [], globalping: true }, agents: null, globalping: gp, deadlineMs: 5000, runLocal: async () => local });
    const [pingId, httpId] = api.created;
    expect(posts(api).map((p) => p.body)).toEqual([
      { type: 'ping', target: 'panel.example.net', measurementOptions: { protocol: 'TCP', port: 8443, packets: 3 }, limit: 3 },
      // The ping's probes (its id as locations), a HEAD of the path without its query.
      { type: 'http', target: 'panel.example.net', measurementOptions: { protocol: 'HTTPS', port: 8443, request: { method: 'HEAD', path: '/status' } }, locations: pingId },
    ]);
    expect(out.vantages.map((v) => [v.location, v.verdict, v.connectMs, (v as GlobalpingVantage).measurementId ?? null])).toEqual([
      ['bot', 'ok', 3, null],
      ['gp:de-frankfurt', 'ok', 11, pingId],
      ['gp:us-new-york', 'ok', 80, pingId],
      ['gp:br-sao-paulo', 'timeout', null, pingId],
      ['gp:de-frankfurt/http', 'ok', 12, httpId],
      ['gp:us-new-york/http', 'http-status', 12, httpId],
      ['gp:br-sao-paulo/http', 'timeout', null, httpId],
    ]);
    expect(out.vantages[4]!.stages.map((st) => [st.name, st.ok, st.ms])).toEqual([
      ['dns', true, 3],
      ['tcp', true, 12],
      ['tls', true, 20],
      ['http', true, 10],
    ]);
    const failed = out.vantages[6]!.stages[0]!;
    expect(failed.facts).toMatchObject({ kind: 'globalping', test: 'http', step: 'http', error: 'Request timeout.' });
    expect(detailOf(failed)).toBe('Request timeout. (Globalping HTTP)');
    // Each probe counts once: its HTTP row stands for it.
    expect(out.consensus.total).toBe(4);
    expect(consensusSentence(out.consensus)).toBe('open from 3 of 4 networks, no answer from gp:br-sao-paulo/http: a firewall, geo-block or ISP route affects some networks');
    const reply = withVantages({ embeds: [{ title: 't', fields: [] }] }, out.vantages, out.consensus);
    expect(reply.embeds![0]!.fields![0]!.value).toContain('http-status (503)');
    expect(reply.embeds![0]!.fields![1]!.value).toBe(`${GLOBALPING_NOTE}\n${GLOBALPING_HTTP_NOTE}`);
  });

  it('an untrusted certificate (the probe goes on and reports tls.authorized false) is a tls-certificate row that reached the server', async () => {
    api.probes = [fakeProbe('DE', 'Frankfurt', 1, { kind: 'open', rtt: 9 }, { kind: 'response', statusCode: 200, statusCodeName: 'OK', untrustedCertificate: 'certificate has expired' })];
    const gp = createGlobalping({ apiBase: api.base, probes: 1, log: silent(), pollMs: 30 });
    const rows = await gp.check(target('https://panel.example.net/', 'https'), 5000);
    const row = rows.find((r) => r.measurement === 'http')!;
    expect([row.location, row.verdict, row.article, row.httpStatus]).toEqual(['gp:de-frankfurt/http', 'tls-certificate', 'tls-certificate', 200]);
    const tls = row.stages.find((s) => s.name === 'tls')!;
    expect(tls).toMatchObject({ ok: false, facts: { kind: 'globalping', test: 'http', step: 'tls', error: 'certificate has expired' } });
    expect(detailOf(tls)).toBe('certificate not trusted: certificate has expired (Globalping HTTP)');
  });

  it('a plain http target gets an HTTP test without TLS; a plain tcp target gets no HTTP test', async () => {
    const gp = createGlobalping({ apiBase: api.base, log: silent(), pollMs: 30 });
    const rows = await gp.check(target('http://panel.example.net:8080/', 'http'), 5000);
    expect((posts(api)[1]!.body as { measurementOptions: unknown }).measurementOptions).toEqual({ protocol: 'HTTP', port: 8080, request: { method: 'HEAD', path: '/' } });
    expect(rows.find((r) => r.location === 'gp:de-frankfurt/http')!.stages.map((s) => s.name)).toEqual(['dns', 'tcp', 'http']);
    const before = posts(api).length;
    const tcpRows = await gp.check(target('panel.example.net:25565', 'tcp'), 3000);
    expect(tcpRows.every((r) => r.measurement === 'tcp')).toBe(true);
    expect(posts(api).length).toBe(before + 1);
  });

  it('a TCP ping that failed (the probe could not resolve the name) is a dns-not-found row; a probe offline for the reuse has no answer', async () => {
    const offline = fakeProbe('US', 'New York', 2, { kind: 'open', rtt: 70 }, { kind: 'response', statusCode: 200, statusCodeName: 'OK' });
    offline.goesOffline = true;
    api.probes = [fakeProbe('DE', 'Frankfurt', 1, { kind: 'name-error', message: 'getaddrinfo ENOTFOUND panel.example.net' }, { kind: 'error', message: 'getaddrinfo ENOTFOUND panel.example.net' }), offline];
    const gp = createGlobalping({ apiBase: api.base, probes: 2, log: silent(), pollMs: 30 });
    const rows = await gp.check(target('https://panel.example.net/', 'https'), 5000);
    expect(rows.map((r) => [r.location, r.status, r.verdict, r.stages[0]?.name ?? null])).toEqual([
      ['gp:de-frankfurt', 'answered', 'dns-not-found', 'dns'],
      ['gp:us-new-york', 'answered', 'ok', 'tcp'],
      ['gp:de-frankfurt/http', 'answered', 'dns-not-found', 'http'],
      ['gp:us-new-york/http', 'no-answer', null, null],
    ]);
  });

  it('names probes gp:<country>-<city>, and by ASN where two share a city, the same in both measurements', async () => {
    api.probes = [
      fakeProbe('DE', 'Frankfurt', 3320, { kind: 'open', rtt: 5 }, { kind: 'response', statusCode: 200, statusCodeName: 'OK' }),
      fakeProbe('DE', 'Frankfurt', 24940, { kind: 'open', rtt: 6 }, { kind: 'response', statusCode: 200, statusCodeName: 'OK' }),
      fakeProbe('BR', 'São Paulo', 3, { kind: 'open', rtt: 7 }, { kind: 'response', statusCode: 200, statusCodeName: 'OK' }),
    ];
    const gp = createGlobalping({ apiBase: api.base, probes: 3, log: silent(), pollMs: 30 });
    const rows = await gp.check(target('https://panel.example.net/', 'https'), 5000);
    expect(rows.map((r) => r.location)).toEqual([
      'gp:de-frankfurt-as3320',
      'gp:de-frankfurt-as24940',
      'gp:br-sao-paulo',
      'gp:de-frankfurt-as3320/http',
      'gp:de-frankfurt-as24940/http',
      'gp:br-sao-paulo/http',
    ]);
    expect(probeNames([{ country: 'US', city: 'New York', asn: 1 }, { country: 'US', city: 'New York', asn: 1 }, {}])).toEqual(['gp:us-new-york-as1', 'gp:us-new-york-as1-2', 'gp:probe']);
  });

  it('a 429 on creating a measurement pauses measurements until X-RateLimit-Reset, then they resume', async () => {
    api.remaining = 0;
    api.windowSeconds = 1;
    const gp = createGlobalping({ apiBase: api.base, log: silent(), pollMs: 30 });
    const t = target('panel.example.net:8080', 'tcp');
    const first = await gp.check(t, 2000);
    expect(first.every((v) => v.status === 'no-answer' && v.measurementId === null)).toBe(true);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.auth).toBeUndefined();
    await gp.check(t, 1000);
    expect(api.requests).toHaveLength(1); // paused: nothing sent
    await wait(1100); // the reset the 429 named
    const rows = await gp.check(t, 3000);
    expect(rows.map((r) => r.verdict)).toEqual(['ok', 'ok', 'timeout']);
    expect(posts(api)).toHaveLength(2);
  });

  it('when a 202 says fewer tests are left than a measurement needs, the HTTP one is skipped and nothing is sent until the reset', async () => {
    api.remaining = 5; // the ping costs 3 (one per probe): 2 left
    api.windowSeconds = 1;
    const gp = createGlobalping({ apiBase: api.base, probes: 3, log: silent(), pollMs: 30 });
    const t = target('http://panel.example.net:8080/', 'http');
    const first = await gp.check(t, 3000);
    expect(posts(api).map((r) => (r.body as { type: string }).type)).toEqual(['ping']);
    expect(first.filter((r) => r.measurement === 'tcp' && r.status === 'answered')).toHaveLength(3);
    expect(first.filter((r) => r.measurement === 'http').every((r) => r.status === 'no-answer' && r.measurementId === null)).toBe(true);
    await gp.check(t, 1000);
    expect(posts(api)).toHaveLength(1); // paused
    await wait(1100);
    await gp.check(t, 3000);
    expect(posts(api).map((r) => (r.body as { type: string }).type)).toEqual(['ping', 'ping', 'http']);
  });

  it("a token's credits count as tests left: over the hourly limit, the HTTP test is still created", async () => {
    api.remaining = 2;
    api.credits = 100;
    const gp = createGlobalping({ apiBase: api.base, token: 'gp-token-123', probes: 3, log: silent(), pollMs: 30 });
    const rows = await gp.check(target('http://panel.example.net:8080/', 'http'), 5000);
    expect(api.created).toHaveLength(2);
    expect(rows.filter((r) => r.measurement === 'http').map((r) => r.verdict)).toEqual(['ok', 'http-status', 'timeout']);
    expect(api.credits).toBe(100 - 1 - 3);
  });

  it('a 429 while polling waits Retry-After and polls again; it does not pause new measurements', async () => {
    api.getLimited = 1;
    api.retryAfterSeconds = 1;
    const gp = createGlobalping({ apiBase: api.base, log: silent(), pollMs: 30 });
    const t = target('panel.example.net:8080', 'tcp');
    const rows = await gp.check(t, 5000);
    expect(rows.map((r) => r.verdict)).toEqual(['ok', 'ok', 'timeout']);
    expect(gets(api, api.created[0]!).length).toBeGreaterThanOrEqual(3); // the 429, then in progress, then finished
    await gp.check(t, 3000);
    expect(posts(api)).toHaveLength(2);
  });

  it('no suitable probes (422) gives rows without an answer and pauses nothing', async () => {
    api.probes = [];
    const gp = createGlobalping({ apiBase: api.base, log: silent(), pollMs: 30 });
    const t = target('panel.example.net:8080', 'tcp');
    const rows = await gp.check(t, 2000);
    expect(rows.map((r) => [r.location, r.status])).toEqual([
      ['gp:probe-1', 'no-answer'],
      ['gp:probe-2', 'no-answer'],
      ['gp:probe-3', 'no-answer'],
    ]);
    await gp.check(t, 2000);
    expect(posts(api)).toHaveLength(2);
  });
});

describe('Globalping pure parts', () => {
  it('reads a failed probe error text as a verdict', () => {
    expect(verdictFromProbeError('connect ECONNREFUSED 203.0.113.7:443').verdict).toBe('refused');
    expect(verdictFromProbeError('getaddrinfo ENOTFOUND panel.example.net').verdict).toBe('dns-not-found');
    expect(verdictFromProbeError('read ECONNRESET').verdict).toBe('reset');
    expect(verdictFromProbeError('Request timeout.')).toEqual({ verdict: 'timeout', article: 'connection-timeout' });
  });

  it('reads the limit headers: Retry-After before X-RateLimit-Reset, credits added to what is left', () => {
    expect(resetSeconds(new Headers({ 'retry-after': '4', 'x-ratelimit-reset': '1800' }))).toBe(4);
    expect(resetSeconds(new Headers({ 'x-ratelimit-reset': '1800' }))).toBe(1800);
    expect(resetSeconds(new Headers({ 'retry-after': '' }), 7)).toBe(7);
    expect(testsLeft(new Headers({ 'x-ratelimit-remaining': '2' }))).toBe(2);
    expect(testsLeft(new Headers({ 'x-ratelimit-remaining': '0', 'x-credits-remaining': '40' }))).toBe(40);
    expect(testsLeft(new Headers({}))).toBeNull();
  });
});
