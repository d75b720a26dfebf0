/**
 * A local fake of Globalping's measurement API v1 on 127.0.0.1, shaped after its documentation
 * (the OpenAPI spec in jsdelivr/globalping public/v1, the generated types of jsdelivr/globalping-
 * typescript, and, for what a probe reports, jsdelivr/globalping-probe): see README, "Globalping
 * vantage points". It is strict where the API is: a request with a field the schema does not have
 * is a 400, so a client that guesses is caught.
 *
 *  - POST /v1/measurements: 202 `{ id, probesCount }` with Location, X-RateLimit-Limit / -Consumed
 *    / -Remaining / -Reset and X-Request-Cost; one test per probe; `limit` defaults to 1; a
 *    measurement id as `locations` reuses that measurement's probes in order (422 when unknown);
 *    over the limit, a token's credits pay the difference (X-Credits-Consumed / -Remaining), else
 *    429 `rate_limit_exceeded` with the same headers. The window resets X-RateLimit-Reset seconds
 *    after its first measurement.
 *  - GET /v1/measurements/:id: `in-progress` (every result `{ status, rawOutput: '' }`) until the
 *    Nth poll, then `finished`; 404 `not_found` for an unknown id; `getLimited` makes the next
 *    GETs 429 `too_many_requests` with Retry-After.
 */
import http from 'node:http';

export interface FakeProbeLocation {
  continent: string;
  region: string;
  country: string;
  state: string | null;
  city: string;
  asn: number;
  network: string;
  latitude: number;
  longitude: number;
  tags: string[];
  resolvers: string[];
}

/** What the target does as seen from one probe. */
export type TcpOutcome = { kind: 'open'; rtt: number } | { kind: 'silent' } | { kind: 'name-error'; message: string };
export type HttpOutcome =
  | { kind: 'response'; statusCode: number; statusCodeName: string; untrustedCertificate?: string }
  | { kind: 'error'; message: string };

export interface FakeProbe {
  location: FakeProbeLocation;
  tcp: TcpOutcome;
  http: HttpOutcome;
  /** When a later measurement reuses this probe it reports `offline`. */
  goesOffline?: boolean;
}

export interface FakeRequest {
  method: string;
  url: string;
  auth: string | undefined;
  body: unknown;
}

export interface FakeGlobalping {
  base: string;
  requests: FakeRequest[];
  /** Ids in creation order. */
  created: string[];
  probes: FakeProbe[];
  /** Tests per window (X-RateLimit-Limit), tests left in this window, window length in seconds. */
  limit: number;
  remaining: number;
  windowSeconds: number;
  /** The token's credits (only with an Authorization header); null: none. */
  credits: number | null;
  /** The poll on which a measurement reads `finished` (1: at once). */
  pollsUntilFinished: number;
  /** The next N GETs answer 429 with Retry-After: retryAfterSeconds. */
  getLimited: number;
  retryAfterSeconds: number;
  /** The most GETs of one measurement ever in flight at once. */
  maxConcurrentPolls: number;
  close(): Promise<void>;
}

export function fakeProbe(country: string, city: string, asn: number, tcp: TcpOutcome, httpOutcome: HttpOutcome, continent = 'EU'): FakeProbe {
  return {
    location: { continent, region: 'Western Europe', country, state: country === 'US' ? 'NY' : null, city, asn, network: `Network ${asn}`, latitude: 50.11, longitude: 8.68, tags: ['datacenter-network'], resolvers: ['private'] },
    tcp,
    http: httpOutcome,
  };
}

const TOP = new Set(['type', 'target', 'inProgressUpdates', 'locations', 'limit', 'measurementOptions']);
const LOCATION = new Set(['continent', 'region', 'country', 'state', 'city', 'asn', 'network', 'tags', 'magic', 'limit']);
const OPTIONS: Record<string, Set<string>> = {
  ping: new Set(['packets', 'protocol', 'port', 'ipVersion']),
  http: new Set(['request', 'resolver', 'port', 'protocol', 'ipVersion']),
};
const REQUEST = new Set(['host', 'path', 'query', 'method', 'headers']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** The documented schema's checks that matter here; returns `params` for a 400, or null. */
function validate(body: unknown): Record<string, string> | null {
  const bad: Record<string, string> = {};
  if (!isObject(body)) return { body: '"body" must be an object' };
  for (const key of Object.keys(body)) if (!TOP.has(key)) bad[key] = `"${key}" is not allowed`;
  if (body.type !== 'ping' && body.type !== 'http') bad.type = '"type" must be one of [ping, http] in this fake';
  if (typeof body.target !== 'string' || body.target === '') bad.target = '"target" is required';
  if (body.limit !== undefined && !intIn(body.limit, 1, 500)) bad.limit = '"limit" must be 1-500';
  if (body.locations !== undefined && typeof body.locations !== 'string') {
    if (!Array.isArray(body.locations)) bad.locations = '"locations" must be an array or a measurement id';
    else
      body.locations.forEach((loc: unknown, i) => {
        if (!isObject(loc)) bad[`locations[${i}]`] = 'must be an object';
        else for (const key of Object.keys(loc)) if (!LOCATION.has(key)) bad[`locations[${i}].${key}`] = `"${key}" is not allowed`;
        if (isObject(loc) && loc.limit !== undefined && body.limit !== undefined) bad.limit = '"limit" and a location "limit" are mutually exclusive';
      });
  }
  const options = body.measurementOptions;
  if (options !== undefined && typeof body.type === 'string' && OPTIONS[body.type]) {
    if (!isObject(options)) bad.measurementOptions = 'must be an object';
    else {
      for (const key of Object.keys(options)) if (!OPTIONS[body.type]!.has(key)) bad[`measurementOptions.${key}`] = `"${key}" is not allowed`;
      if (options.port !== undefined && !intIn(options.port, 0, 65535)) bad['measurementOptions.port'] = 'must be 0-65535';
      if (body.type === 'ping') {
        if (options.protocol !== undefined && options.protocol !== 'ICMP' && options.protocol !== 'TCP') bad['measurementOptions.protocol'] = 'must be ICMP or TCP';
        if (options.packets !== undefined && !intIn(options.packets, 1, 16)) bad['measurementOptions.packets'] = 'must be 1-16';
      } else {
        if (options.protocol !== undefined && !['HTTP', 'HTTPS', 'HTTP2'].includes(options.protocol as string)) bad['measurementOptions.protocol'] = 'must be HTTP, HTTPS or HTTP2';
        const request = options.request;
        if (request !== undefined) {
          if (!isObject(request)) bad['measurementOptions.request'] = 'must be an object';
          else {
            for (const key of Object.keys(request)) if (!REQUEST.has(key)) bad[`measurementOptions.request.${key}`] = `"${key}" is not allowed`;
            if (request.method !== undefined && !['HEAD', 'GET', 'OPTIONS'].includes(request.method as string)) bad['measurementOptions.request.method'] = 'must be HEAD, GET or OPTIONS';
          }
        }
      }
    }
  }
  return Object.keys(bad).length > 0 ? bad : null;
}

interface Measurement {
  id: string;
  type: 'ping' | 'http';
  target: string;
  body: Record<string, unknown>;
  probes: { probe: FakeProbe; offline: boolean }[];
  createdAt: string;
  polls: number;
  inflight: number;
}

function pingResult(m: Measurement, probe: FakeProbe): object {
  const options = (m.body.measurementOptions ?? {}) as { port?: number; packets?: number; protocol?: string };
  const packets = options.packets ?? 3;
  const port = options.port ?? 80;
  const address = '203.0.113.7';
  if (probe.tcp.kind === 'name-error') return { status: 'failed', rawOutput: probe.tcp.message };
  const open = probe.tcp.kind === 'open';
  const rtts = open ? Array.from({ length: packets }, (_, i) => (probe.tcp as { rtt: number }).rtt + i * 0.5) : [];
  const lines = [`PING ${m.target} (${address}) on port ${port}.`, ...Array.from({ length: packets }, (_, i) => (open ? `Reply from ${m.target} (${address}) on port ${port}: tcp_conn=${i + 1} time=${rtts[i]!.toFixed(2)} ms` : `No reply from ${m.target} (${address}) on port ${port}: tcp_conn=${i + 1}`))];
  const min = open ? Math.min(...rtts) : null;
  const max = open ? Math.max(...rtts) : null;
  const avg = open ? rtts.reduce((a, b) => a + b, 0) / rtts.length : null;
  return {
    status: 'finished',
    rawOutput: `${lines.join('\n')}\n\n--- ${m.target} (${address}) ping statistics ---\n${packets} packets transmitted, ${rtts.length} received, ${open ? 0 : 100}% packet loss, time 2004 ms`,
    resolvedAddress: address,
    resolvedHostname: m.target,
    timings: rtts.map((rtt) => (options.protocol === 'TCP' ? { rtt } : { rtt, ttl: 57 })),
    stats: { min, avg, max, total: packets, rcv: rtts.length, drop: packets - rtts.length, loss: open ? 0 : 100 },
  };
}

function httpResult(m: Measurement, probe: FakeProbe): object {
  const outcome = probe.http;
  if (outcome.kind === 'error') return { status: 'failed', rawOutput: outcome.message };
  const options = (m.body.measurementOptions ?? {}) as { protocol?: string };
  const tls = (options.protocol ?? 'HTTPS') !== 'HTTP';
  const rawHeaders = 'server: nginx\ncontent-type: text/html';
  return {
    status: 'finished',
    rawOutput: `HTTP/1.1 ${outcome.statusCode}\n${rawHeaders}`,
    rawHeaders,
    rawBody: null,
    truncated: false,
    headers: { server: 'nginx', 'content-type': 'text/html' },
    statusCode: outcome.statusCode,
    statusCodeName: outcome.statusCodeName,
    resolvedAddress: '203.0.113.7',
    timings: { total: 46, dns: 3, tcp: 12, tls: tls ? 20 : null, firstByte: 10, download: 1 },
    tls: tls
      ? {
          protocol: 'TLSv1.3',
          cipherName: 'TLS_AES_256_GCM_SHA384',
          authorized: outcome.untrustedCertificate === undefined,
          ...(outcome.untrustedCertificate !== undefined ? { error: outcome.untrustedCertificate } : {}),
          createdAt: '2026-01-01T00:00:00.000Z',
          expiresAt: '2027-01-01T00:00:00.000Z',
          subject: { CN: m.target },
          issuer: { C: 'US', O: 'Example CA', CN: 'Example CA R1' },
          keyType: 'EC',
          keyBits: 256,
          serialNumber: '01:02:03',
          fingerprint256: 'AA:BB:CC',
          publicKey: '04:AA:BB',
        }
      : null,
  };
}

function send(res: http.ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function fakeGlobalping(probes: FakeProbe[]): Promise<FakeGlobalping> {
  const measurements = new Map<string, Measurement>();
  let windowStart = 0;
  const api = {
    base: '',
    requests: [] as FakeRequest[],
    created: [] as string[],
    probes,
    limit: 250,
    remaining: 250,
    windowSeconds: 3600,
    credits: null as number | null,
    pollsUntilFinished: 2,
    getLimited: 0,
    retryAfterSeconds: 1,
    maxConcurrentPolls: 0,
    close: async () => {},
  };
  const limitHeaders = (consumed: number, cost: number): Record<string, string> => ({
    'x-ratelimit-limit': String(api.limit),
    'x-ratelimit-consumed': String(consumed),
    'x-ratelimit-remaining': String(api.remaining),
    'x-ratelimit-reset': String(windowStart === 0 ? 0 : Math.max(0, Math.ceil((windowStart + api.windowSeconds * 1000 - Date.now()) / 1000))),
    'x-request-cost': String(cost),
  });

  function post(body: unknown, auth: string | undefined, res: http.ServerResponse): void {
    const bad = validate(body);
    if (bad) return send(res, 400, {}, { error: { type: 'validation_error', message: 'Parameter validation failed.', params: bad } });
    const b = body as Record<string, unknown>;
    let chosen: Measurement['probes'];
    if (typeof b.locations === 'string') {
      const previous = measurements.get(b.locations);
      if (!previous) return send(res, 422, {}, { error: { type: 'no_probes_found', message: 'No suitable probes found.' } });
      chosen = previous.probes.map((p) => ({ probe: p.probe, offline: p.probe.goesOffline === true }));
    } else {
      const wanted = typeof b.limit === 'number' ? b.limit : 1;
      chosen = api.probes.slice(0, wanted).map((probe) => ({ probe, offline: false }));
    }
    if (chosen.length === 0) return send(res, 422, {}, { error: { type: 'no_probes_found', message: 'No suitable probes found.' } });
    if (windowStart !== 0 && Date.now() >= windowStart + api.windowSeconds * 1000) {
      windowStart = 0;
      api.remaining = api.limit;
    }
    if (windowStart === 0) windowStart = Date.now();
    const cost = chosen.length;
    const credit: Record<string, string> = {};
    if (api.remaining >= cost) api.remaining -= cost;
    else {
      const needed = cost - api.remaining;
      if (auth !== undefined && api.credits !== null && api.credits >= needed) {
        api.credits -= needed;
        api.remaining = 0;
        Object.assign(credit, { 'x-credits-consumed': String(needed), 'x-credits-remaining': String(api.credits) });
      } else {
        const credits: Record<string, string> = auth !== undefined && api.credits !== null ? { 'x-credits-consumed': '0', 'x-credits-remaining': String(api.credits) } : {};
        return send(res, 429, { ...limitHeaders(0, cost), ...credits }, { error: { type: 'rate_limit_exceeded', message: 'API rate limit exceeded.' } });
      }
    }
    const id = `Fk${String(api.created.length + 1).padStart(14, '0')}`;
    api.created.push(id);
    measurements.set(id, { id, type: b.type as 'ping' | 'http', target: b.target as string, body: b, probes: chosen, createdAt: new Date().toISOString(), polls: 0, inflight: 0 });
    send(res, 202, { location: `${api.base}/v1/measurements/${id}`, ...limitHeaders(cost, cost), ...credit }, { id, probesCount: chosen.length });
  }

  function get(id: string, res: http.ServerResponse): void {
    if (api.getLimited > 0) {
      api.getLimited -= 1;
      return send(res, 429, { 'retry-after': String(api.retryAfterSeconds) }, { error: { type: 'too_many_requests', message: `Too many requests. Please retry in ${api.retryAfterSeconds} seconds.` } });
    }
    const m = measurements.get(id);
    if (!m) return send(res, 404, {}, { error: { type: 'not_found', message: "Couldn't find the requested item." } });
    m.polls += 1;
    const finished = m.polls >= api.pollsUntilFinished;
    const results = m.probes.map(({ probe, offline }) => ({
      probe: { ...probe.location },
      result: offline ? { status: 'offline', rawOutput: '' } : !finished ? { status: 'in-progress', rawOutput: '' } : m.type === 'ping' ? pingResult(m, probe) : httpResult(m, probe),
    }));
    const { type, target, locations, limit, measurementOptions } = m.body;
    send(res, 200, {}, {
      id,
      type,
      target,
      status: finished ? 'finished' : 'in-progress',
      createdAt: m.createdAt,
      updatedAt: new Date().toISOString(),
      probesCount: m.probes.length,
      ...(Array.isArray(locations) ? { locations } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(measurementOptions !== undefined ? { measurementOptions } : {}),
      results,
    });
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        return send(res, 400, {}, { error: { type: 'invalid_json', message: 'Invalid JSON body.' } });
      }
      api.requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
      if (req.method === 'POST' && req.url === '/v1/measurements') return post(body, req.headers.authorization, res);
      const m = /^\/v1\/measurements\/([A-Za-z0-9]+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && m) {
        // Answer a little later, so that a client polling twice at once would be seen doing it.
        const measurement = measurements.get(m[1]!);
        if (measurement) {
          measurement.inflight += 1;
          api.maxConcurrentPolls = Math.max(api.maxConcurrentPolls, measurement.inflight);
        }
        setTimeout(() => {
          if (measurement) measurement.inflight -= 1;
          get(m[1]!, res);
        }, 5);
        return;
      }
      send(res, 404, {}, { error: { type: 'not_found', message: "Couldn't find the requested item." } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  api.base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}
