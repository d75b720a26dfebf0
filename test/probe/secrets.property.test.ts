/**
 * Property: a secret pasted into a /check target — in the userinfo (user or password, holding any of
 * ? # @ : / %), in a credential query value (every listed key, the *_token/_secret/_key suffixes,
 * any letter case), in the fragment, or as USER/PASS of an Xtream path (prefixed forms with or
 * without a stream id, and the short /U/P/ID form) — appears in no reply (the embed payloads the
 * command sends and their terminal rendering), no `check --json` document, no log line (LOG_LEVEL
 * trace, as JSON and through pino-pretty) and no byte of any request the target receives.
 *
 * How the cases are split (the README says the same):
 * - 2,000 generated targets run in-process through the real /check handler (router, check service,
 *   runCheck, renderer, logger) with the default policy: each ends before any TCP connection
 *   (blocked, or a name the loopback DNS server does not know), so they are fast; DNS lookups go to
 *   the loopback test DNS server.
 * - 300 more run the same way with private targets allowed, against a real HTTP server on
 *   127.0.0.1, which records every byte it receives: these cover the connected paths (HTTP, Xtream,
 *   a TLS attempt on a plain port) and what is actually sent.
 * Secrets are runs of 7–10 letters and digits starting with g–z (so they cannot collide with hex
 * request ids), joined by special characters; every run is searched for, case-insensitively.
 */
import fc from 'fast-check';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { prettyFactory } from 'pino-pretty';
import { checkJson } from '../../src/cli/commands/check';
import { loadConfig } from '../../src/config';
import { routeInteraction } from '../../src/interaction/router';
import type { ChatInputContext, Reply } from '../../src/interaction/types';
import { createLogger, type Logger } from '../../src/logger';
import type { CheckResult } from '../../src/probe/types';
import { renderReplyText } from '../../src/render/terminal';
import { createRuntime, type Runtime } from '../../src/runtime';
import { startDnsServer, type TestDnsServer } from '../support/dns-server';

jest.setTimeout(240_000);

const IN_PROCESS_RUNS = 2000;
const LOOPBACK_RUNS = 300;
const LOOPBACK_BATCH = 20;

// ---- Generators ------------------------------------------------------------------------------

const chunk = fc.stringMatching(/^[g-zG-Z][a-zA-Z0-9]{6,9}$/);

/** A secret: 1–3 runs joined by characters from `specials`; `parts` are the runs to search for. */
function secret(specials: readonly string[]) {
  return fc.tuple(fc.array(chunk, { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...specials), { minLength: 2, maxLength: 2 })).map(([parts, seps]) => ({
    text: parts.map((p, i) => (i === 0 ? p : `${seps[(i - 1) % seps.length]}${p}`)).join(''),
    parts,
  }));
}

const PASSWORD_SPECIALS = ['?', '#', '@', ':', '/', '%', '?=', '?@', '%41', '!', '~', '*', '&', '=', '$', ';', ','];
const USER_SPECIALS = ['%', '!', '~', '-', '@', '%40'];
const QUERY_SPECIALS = ['?', '@', ':', '/', '%', '=', '+', '!', '~', '%26'];
const PATH_SPECIALS = [':', '@', '%', '!', '~', '=', '&', '+', ','];

const CREDENTIAL_KEYS = [
  'password', 'passwd', 'pass', 'pwd', 'pw', 'token', 'access_token', 'refresh_token', 'id_token', 'auth', 'api_key', 'apikey', 'key', 'secret',
  'client_secret', 'signature', 'sig', 'username', 'user', 'upload_token', 'app_secret', 'stream_key', 'x-api-key', 'accessToken', 'clientSecret',
];
const credentialKey = fc.tuple(fc.constantFrom(...CREDENTIAL_KEYS), fc.constantFrom('same', 'upper', 'title')).map(([k, c]) =>
  c === 'upper' ? k.toUpperCase() : c === 'title' ? k[0]!.toUpperCase() + k.slice(1) : k,
);

interface Case {
  input: string;
  secrets: string[];
}

function target(hosts: readonly string[]): fc.Arbitrary<Case> {
  const userinfo = fc.option(fc.record({ user: secret(USER_SPECIALS), pass: fc.option(secret(PASSWORD_SPECIALS), { nil: undefined }) }), { nil: undefined });
  const stream = fc.record({ prefix: fc.constantFrom('live', 'movie', 'series', 'timeshift', 'LIVE', 'short'), user: secret(PATH_SPECIALS), pass: secret(PATH_SPECIALS), id: fc.option(fc.constantFrom('1', '123.ts', '77.m3u8', '9.mkv', '5.mp4', ''), { nil: undefined }) });
  const path = fc.oneof(
    fc.constantFrom('', '/', '/player_api.php', '/get.php', '/panel/status'),
    stream.map((s) => ({ s })),
  );
  const query = fc.array(fc.oneof(fc.record({ key: credentialKey, value: secret(QUERY_SPECIALS) }), fc.constantFrom('type=m3u_plus', 'output=ts', 'action=get_live_streams', 'a=1')), { maxLength: 4 });
  const fragment = fc.option(secret(PASSWORD_SPECIALS), { nil: undefined });
  return fc.record({ scheme: fc.constantFrom('http://', 'https://', ''), host: fc.constantFrom(...hosts), userinfo, path, query, fragment }).map((t) => {
    const secrets: string[] = [];
    let text = t.scheme;
    if (t.userinfo) {
      secrets.push(...t.userinfo.user.parts);
      text += t.userinfo.user.text;
      if (t.userinfo.pass) {
        secrets.push(...t.userinfo.pass.parts);
        text += `:${t.userinfo.pass.text}`;
      }
      text += '@';
    }
    text += t.host;
    if (typeof t.path === 'string') text += t.path;
    else {
      const s = t.path.s;
      secrets.push(...s.user.parts, ...s.pass.parts);
      const id = s.prefix === 'short' ? (s.id || '42') : s.id;
      text += `${s.prefix === 'short' ? '' : `/${s.prefix}`}/${s.user.text}/${s.pass.text}${id === undefined ? '' : `/${id}`}`;
    }
    const pairs = t.query.map((q) => {
      if (typeof q === 'string') return q;
      secrets.push(...q.value.parts);
      return `${q.key}=${q.value.text}`;
    });
    if (pairs.length > 0) text += `${text.endsWith(t.host) && !t.scheme ? '/' : ''}?${pairs.join('&')}`;
    if (t.fragment) {
      secrets.push(...t.fragment.parts);
      text += `#${t.fragment.text}`;
    }
    return { input: text, secrets };
  });
}

// ---- The harness: the real /check handler, a trace logger, captured replies -----------------

interface Harness {
  runtime: Runtime;
  log: Logger;
  logLines: string[];
  results: CheckResult[];
}

async function harness(env: Record<string, string>): Promise<Harness> {
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  const log = createLogger({ level: 'trace', format: 'json', destination });
  const config = loadConfig({ PROBE_USER_COOLDOWN_SECONDS: '0', PROBE_MAX_IN_FLIGHT: '64', PROBE_MAX_QUEUE: '64', PROBE_DEADLINE_MS: '6000', PROBE_TCP_TIMEOUT_MS: '2000', PROBE_HTTP_TIMEOUT_MS: '2000', PROBE_TLS_TIMEOUT_MS: '2000', LOG_LEVEL: 'trace', ...env });
  const runtime = await createRuntime(config, log);
  // Keep every result the check service hands out (the CLI prints it as --json).
  const results: CheckResult[] = [];
  const admit = runtime.services.checks.admit.bind(runtime.services.checks);
  runtime.services.checks.admit = async (request) => {
    const admission = await admit(request);
    if (admission.refused) return admission;
    return {
      ...admission,
      run: async (onProgress) => {
        const outcome = await admission.run(onProgress);
        if (!('refused' in outcome)) results.push(outcome);
        return outcome;
      },
    };
  };
  return { runtime, log, logLines, results };
}

const pretty = prettyFactory({ colorize: false, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' });

/** Run /check as Discord would deliver it; return every text a person or a log could see. */
async function check(h: Harness, input: string): Promise<string[]> {
  const replies: Reply[] = [];
  const logStart = h.logLines.length;
  const resultStart = h.results.length;
  let acknowledged = false;
  let deferred = false;
  const requestId = Math.random().toString(16).slice(2, 10);
  const ctx: ChatInputContext = {
    kind: 'chatInput',
    commandName: 'check',
    subcommand: null,
    options: { target: input },
    requestId,
    user: { id: '1000', username: 'tester' },
    guildId: null,
    channelId: '2000',
    memberPermissions: null,
    services: h.runtime.services,
    log: h.log.child({ req: requestId }),
    get acknowledged() {
      return acknowledged;
    },
    get awaitingEdit() {
      return deferred && replies.length === 0;
    },
    async reply(r) {
      acknowledged = true;
      replies.push(r);
    },
    async defer() {
      acknowledged = true;
      deferred = true;
    },
    async edit(r) {
      replies.push(r);
    },
    async followUp(r) {
      replies.push(r);
    },
  };
  await routeInteraction(ctx, h.runtime.registry, ctx.log);
  const results = h.results.slice(resultStart);
  const lines = h.logLines.slice(logStart);
  const seen = [
    ...replies.map((r) => JSON.stringify(r)),
    ...replies.map((r) => renderReplyText(r, { color: false })),
    ...results.map((r) => JSON.stringify(checkJson(r, replies.at(-1)?.embeds?.[0] ?? null))),
    ...lines,
    ...lines.map((l) => pretty(l)),
  ];
  if (replies.length === 0) throw new Error(`no reply for ${input}`);
  return seen;
}

function leaks(seen: string[], secrets: string[]): string[] {
  const all = seen.join('\n').toLowerCase();
  return secrets.filter((s) => all.includes(s.toLowerCase()));
}

// ---- The properties --------------------------------------------------------------------------

let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer({ 'panel.netmedic.test': { A: ['127.0.0.1'] }, 'private.netmedic.test': { A: ['10.1.2.3'] } });
});
afterAll(() => dns.close());

describe('secrets never leave the parser', () => {
  it(`${IN_PROCESS_RUNS} generated targets, in-process (no connection): no reply, JSON or log line holds a secret`, async () => {
    const h = await harness({ PROBE_DNS_SERVERS: dns.servers.join(',') });
    const hosts = ['127.0.0.1', '127.0.0.1:8080', '10.0.0.1:25461', '[::1]:8000', 'panel.netmedic.test', 'panel.netmedic.test:8080', 'private.netmedic.test:80', 'gone.netmedic.test:8080', 'intranet:8080', '169.254.169.254'];
    // Four properties side by side (the handler waits on timers, not the CPU); each case is checked
    // against everything seen while it ran, its neighbours' output included.
    const seed = Number(process.env.PROPERTY_SEED ?? 7);
    await Promise.all(
      [0, 1, 2, 3].map((i) =>
        fc.assert(
          fc.asyncProperty(target(hosts), async (c) => {
            const seen = await check(h, c.input);
            expect({ input: c.input, leaked: leaks(seen, c.secrets) }).toEqual({ input: c.input, leaked: [] });
          }),
          { numRuns: IN_PROCESS_RUNS / 4, seed: seed + i },
        ),
      ),
    );
    expect(h.results.length).toBeGreaterThanOrEqual(IN_PROCESS_RUNS * 0.5);
    expect(h.logLines.length).toBeGreaterThan(IN_PROCESS_RUNS);
  });

  it(`${LOOPBACK_RUNS} generated targets against a real loopback server: nothing secret is received, shown or logged`, async () => {
    const received: Buffer[] = [];
    const server = http.createServer((req, res) => {
      req.resume();
      const body = req.url?.startsWith('/player_api.php') ? '{"user_info":{"auth":0}}' : 'ok';
      res.writeHead(200, { 'content-type': req.url?.startsWith('/player_api.php') ? 'application/json' : 'text/plain' });
      res.end(body);
    });
    server.on('connection', (socket) => socket.on('data', (d: Buffer) => received.push(d)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const h = await harness({ PROBE_DNS_SERVERS: dns.servers.join(','), PROBE_ALLOW_PRIVATE: 'true' });
      const cases = fc.sample(target([`127.0.0.1:${port}`, `panel.netmedic.test:${port}`]), { numRuns: LOOPBACK_RUNS, seed: Number(process.env.PROPERTY_SEED ?? 11) });
      let connected = 0;
      for (let i = 0; i < cases.length; i += LOOPBACK_BATCH) {
        const batch = cases.slice(i, i + LOOPBACK_BATCH);
        received.length = 0;
        const seen = await Promise.all(batch.map((c) => check(h, c.input)));
        const wire = Buffer.concat(received).toString('latin1');
        if (wire.length > 0) connected++;
        batch.forEach((c, j) => {
          expect({ input: c.input, leaked: leaks(seen[j]!, c.secrets), sent: leaks([wire], c.secrets) }).toEqual({ input: c.input, leaked: [], sent: [] });
        });
      }
      // The server really was talked to: requests with paths and queries arrived.
      expect(connected).toBe(Math.ceil(LOOPBACK_RUNS / LOOPBACK_BATCH));
      expect(h.results.filter((r) => r.stages.some((s) => s.name === 'http' || s.name === 'xtream')).length).toBeGreaterThan(LOOPBACK_RUNS / 3);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('the generator really puts secrets where the parser must find them (sanity)', () => {
    const samples = fc.sample(target(['example.com']), { numRuns: 500, seed: 3 });
    const inputs = samples.map((s) => s.input);
    for (const needle of ['?', '#', '@', '/live/', '/movie/', '/timeshift/', 'password=', '_token=', 'ACCESS_TOKEN=']) {
      expect(inputs.some((i) => i.includes(needle))).toBe(true);
    }
    expect(samples.filter((s) => s.secrets.length > 0).length).toBeGreaterThan(400);
  });
});
