/**
 * The Xtream line check against fake panels on 127.0.0.1: every user_info state, numbers sent as
 * strings, missing fields, HTML instead of JSON, a server_info that differs from what was typed,
 * category counts — and the password never anywhere but in the requests the panel received.
 */
import { runLineCheck, scrubSecrets, type LineCheckResult } from '../../src/xtream/line-check';
import { policyFromConfig } from '../../src/check-options';
import type { CheckOptions } from '../../src/probe/check';
import { lineJson, lineSentenceJson, lineStageJson } from '../../src/render/line-json';
import { lineNoteText, renderLineReply } from '../../src/render/xtream-line';
import { renderReplyText } from '../../src/render/terminal';
import { closeAfterEach } from '../support/close-after-each';
import { fakePanel, lineAnswer, type FakePanelLine } from '../support/fake-panel';
import { closedPort } from '../support/servers';

const USER = 'alice.tv';
const PASSWORD = 'Pa55-w0rd!&x=y';
const NOW = Date.parse('2025-11-30T12:00:00Z');
const DAY = 86_400;
const nowSeconds = Math.floor(NOW / 1000);

const keep = closeAfterEach();
jest.setTimeout(20000);

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'xtream',
    policy: policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] }),
    timeouts: { dnsMs: 1000, tcpMs: 1500, tlsMs: 2000, httpMs: 2000, deadlineMs: 8000 },
    maxBytes: 65536,
    ...extra,
  };
}

async function check(line: (port: number) => Omit<FakePanelLine, 'username' | 'password'>, extra: { url?: (port: number) => string; password?: string; maxBytes?: number } = {}) {
  const panel = await keep(fakePanel((port) => ({ username: USER, password: PASSWORD, ...line(port) })));
  const url = extra.url ? extra.url(panel.port) : `http://127.0.0.1:${panel.port}`;
  const result = await runLineCheck(url, { username: USER, password: extra.password ?? PASSWORD }, options(extra.maxBytes ? { maxBytes: extra.maxBytes } : {}), () => NOW);
  const reply = renderLineReply(result, null);
  const text = renderReplyText(reply, { color: false });
  // The password is in the panel's requests and nowhere else.
  const everywhere = JSON.stringify(result) + JSON.stringify(reply) + text;
  expect(everywhere).not.toContain(PASSWORD);
  expect(everywhere).not.toContain(encodeURIComponent(PASSWORD));
  expect(everywhere).not.toContain(USER);
  return { panel, result, reply, text };
}

const active = (extra: Record<string, unknown> = {}) => ({
  username: USER,
  password: PASSWORD,
  message: 'Welcome to Example TV',
  auth: 1,
  status: 'Active',
  exp_date: String(nowSeconds + 30 * DAY),
  is_trial: '0',
  active_cons: '0',
  created_at: '1700000000',
  max_connections: '2',
  allowed_output_formats: ['m3u8', 'ts'],
  ...extra,
});

describe('line states', () => {
  it('Active: numbers as strings, expiry and days left, connections, formats, category counts', async () => {
    const { panel, result, reply, text } = await check((port) => ({
      answer: lineAnswer(active(), {}, port),
      categories: { get_live_categories: [{ category_id: '1' }, { category_id: '2' }, { category_id: '3' }], get_vod_categories: [{ category_id: '9' }], get_series_categories: [] },
    }));
    expect(result.verdict).toBe('ok');
    expect(result.state).toBe('active');
    expect(result.article).toBeNull();
    expect(result.account).toEqual(expect.objectContaining({ auth: true, status: 'Active', daysLeft: 30, activeConnections: 0, maxConnections: 2, trial: false, formats: ['m3u8', 'ts'] }));
    expect(result.account!.expiresAt).toBe(new Date((nowSeconds + 30 * DAY) * 1000).toISOString());
    expect(result.serverDifferences).toEqual([]);
    expect(result.categories.map((c) => [c.kind, c.ok, c.count])).toEqual([
      ['live', true, 3],
      ['vod', true, 1],
      ['series', true, 0],
    ]);
    // The panel saw the credentials (four requests: the line and three lists), sent nowhere else.
    expect(panel.urls).toHaveLength(4);
    expect(panel.urls.every((u) => u.includes(`password=${encodeURIComponent(PASSWORD)}`))).toBe(true);
    expect(reply.ephemeral).toBe(true);
    expect(text).toContain('Line active');
    expect(text).toContain('Expires: 2025-12-30 (30 days left)');
    expect(text).toContain('Connections: 0 of 2 in use');
    expect(text).toContain('Allowed formats: m3u8, ts');
    expect(text).toContain('Live TV: 3 categories');
    expect(text).toContain('Series: 0 categories (empty');
    expect(text).toContain('Time zone: Europe/Paris');
  });

  it('Expired (status) → renew, with the article', async () => {
    const { result, text } = await check((port) => ({ answer: lineAnswer(active({ status: 'Expired', exp_date: String(nowSeconds - 3 * DAY) }), {}, port) }));
    expect(result.state).toBe('expired');
    expect(result.article).toBe('iptv-account');
    expect(text).toContain('Line expired');
    expect(text).toContain('3 days ago');
    expect(text).toContain('renew it with your provider');
  });

  it('Expired by date while the panel still says Active', async () => {
    const { result } = await check((port) => ({ answer: lineAnswer(active({ exp_date: nowSeconds - 60 }), {}, port) }));
    expect(result.state).toBe('expired');
  });

  it.each([
    ['Banned', 'banned', 'Line banned'],
    ['Disabled', 'disabled', 'Line disabled'],
  ])('%s', async (status, state, headline) => {
    const { result, text } = await check((port) => ({ answer: lineAnswer(active({ status }), {}, port) }));
    expect(result.state).toBe(state);
    expect(result.article).toBe('iptv-account');
    expect(text).toContain(headline);
    expect(text).toContain('Contact the provider');
  });

  it('Trial line (is_trial "1")', async () => {
    const { result, text } = await check((port) => ({ answer: lineAnswer(active({ is_trial: '1' }), {}, port) }));
    expect(result.state).toBe('trial');
    expect(result.account!.trial).toBe(true);
    expect(text).toContain('Trial line');
    expect(text).toContain('Status: Active (trial)');
  });

  it('connection limit reached: close the app on another device', async () => {
    const { result, text } = await check((port) => ({ answer: lineAnswer(active({ active_cons: '2', max_connections: 2 }), {}, port) }));
    expect(result.state).toBe('limit-reached');
    expect(text).toContain('Connections: 2 of 2 in use — ⚠️ limit reached: close the app on another device');
  });

  it('wrong password: auth 0, no category requests, no password echoed', async () => {
    const { panel, result, text } = await check(() => ({ answer: {} }), { password: 'not-the-password' });
    expect(result.state).toBe('wrong-login');
    expect(result.article).toBe('iptv-account');
    expect(panel.urls).toHaveLength(1);
    expect(text).toContain('Wrong username or password');
    expect(text).not.toContain('not-the-password');
  });

  it('missing fields and a never-expiring line (exp_date null)', async () => {
    const { result, text } = await check((port) => ({ answer: lineAnswer({ auth: '1', status: 'Active', exp_date: null }, null, port) }));
    expect(result.state).toBe('active');
    expect(result.account).toEqual(expect.objectContaining({ unlimited: true, expiresAt: null, activeConnections: null, maxConnections: null, formats: [] }));
    expect(result.server).toBeNull();
    expect(text).toContain('Expires: never');
  });

  it('an unknown status word is reported as such', async () => {
    const { result, text } = await check((port) => ({ answer: lineAnswer(active({ status: 'Paused' }), {}, port) }));
    expect(result.state).toBe('unknown');
    expect(text).toContain('Status: Paused');
  });
});

describe('panel quirks', () => {
  it('HTML instead of JSON → no panel here (iptv-xtream)', async () => {
    const { result, text } = await check(() => ({ answer: '<!DOCTYPE html><html><body>Welcome to nginx!</body></html>', contentType: 'text/html' }));
    expect(result.verdict).toBe('http-status');
    expect(result.notPanel).toBe('html');
    expect(result.article).toBe('iptv-xtream');
    expect(result.state).toBeNull();
    expect(text).toContain('Line not checked');
  });

  it('non-JSON text → not-json', async () => {
    const { result } = await check(() => ({ answer: 'OK', contentType: 'text/plain' }));
    expect(result.notPanel).toBe('not-json');
  });

  it('server_info differs from what was typed → warning with both values', async () => {
    const { result, text } = await check(() => ({ answer: lineAnswer(active(), { url: 'new-panel.example.org', port: '2095' }, 0) }));
    expect(result.serverDifferences).toEqual([
      { field: 'url', typed: '127.0.0.1', panel: 'new-panel.example.org' },
      { field: 'port', typed: expect.any(String), panel: '2095' },
    ]);
    expect(text).toContain('The panel moved?');
    expect(text).toMatch(/You typed host 127\.0\.0\.1, the panel says new-panel\.example\.org/);
  });

  it('category lists that fail (HTML) and a list cut at the byte limit (counted as "at least")', async () => {
    const big = Array.from({ length: 400 }, (_, i) => ({ category_id: String(i), category_name: `Category number ${i} with a long name`, parent_id: 0 }));
    const { result, text } = await check(
      (port) => ({ answer: lineAnswer(active(), {}, port), categories: { get_live_categories: big, get_vod_categories: '<html><body>error</body></html>' } }),
      { maxBytes: 8192 },
    );
    const live = result.categories.find((c) => c.kind === 'live')!;
    expect(live.ok).toBe(true);
    expect(live.atLeast).toBe(true);
    expect(live.count).toBeGreaterThan(50);
    expect(live.count).toBeLessThan(400);
    expect(result.categories.find((c) => c.kind === 'vod')).toEqual(expect.objectContaining({ ok: false, problem: 'html' }));
    expect(text).toMatch(/Live TV: at least \d+ categories/);
    expect(text).toContain('Movies (VOD): did not load (html)');
  });

  it('credentials pasted in the URL are ignored (only the form fields are used)', async () => {
    const { panel, result } = await check((port) => ({ answer: lineAnswer(active(), {}, port) }), { url: (port) => `http://127.0.0.1:${port}/get.php?username=other&password=leaked-secret&type=m3u` });
    expect(result.state).toBe('active');
    expect(panel.urls.some((u) => u.includes('leaked-secret'))).toBe(false);
    expect(JSON.stringify(result)).not.toContain('leaked-secret');
    expect(result.notes).toEqual([{ kind: 'credentials-in-url' }]);
    expect(lineNoteText(result.notes[0]!)).toContain('ignored them');
  });
});

describe('network and policy', () => {
  it('refused port → refused verdict and sentence, no password anywhere', async () => {
    const port = await closedPort();
    const result: LineCheckResult = await runLineCheck(`http://127.0.0.1:${port}`, { username: USER, password: PASSWORD }, options(), () => NOW);
    expect(result.verdict).toBe('refused');
    expect(result.article).toBe('connection-refused');
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });

  it('refused port: the reply words the facts in the reader\'s language; the JSON fields stay English', async () => {
    const port = await closedPort();
    const result = await runLineCheck(`http://127.0.0.1:${port}`, { username: USER, password: PASSWORD }, options(), () => NOW);
    expect(result.facts).toEqual({ verdict: 'refused', host: '127.0.0.1', port, stage: 'tcp' });
    const json = lineJson(result, null) as { sentence: string; stages: Record<string, unknown>[] };
    expect(json.sentence).toBe(`Port ${port} on 127.0.0.1 refused the connection: nothing is listening there, or a firewall rejects it.`);
    expect(json.stages.map((s) => s.detail)).toEqual(['127.0.0.1 (an IP address, no lookup needed)', `127.0.0.1:${port} (IPv4): refused (ECONNREFUSED)`]);
    // The JSON's stage fields in the order they always had: detail before family, facts last.
    expect(json.stages.map((s) => Object.keys(s))).toEqual([
      ['name', 'ok', 'ms', 'detail', 'facts'],
      ['name', 'ok', 'ms', 'detail', 'family', 'facts'],
    ]);
    expect(result.stages.map((s) => s.facts.kind)).toEqual(['stage', 'stage']);
    // The line check's result is facts only: the English is the JSON renderer's.
    expect(JSON.stringify(result)).not.toMatch(/refused the connection|no lookup needed/);

    const en = renderLineReply(result, null).embeds![0]!;
    expect(en.description).toBe(json.sentence);
    const de = renderLineReply(result, null, 'de').embeds![0]!;
    expect(de.description).toBe(`Port ${port} auf 127.0.0.1 hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.`);
    expect(de.fields!.find((f) => f.name === 'Schritte')!.value).toBe(`✅ 127.0.0.1 (eine IP-Adresse, keine Abfrage nötig)\n❌ 127.0.0.1:${port} (IPv4): abgelehnt (ECONNREFUSED)`);
    const ru = renderLineReply(result, null, 'ru').embeds![0]!;
    expect(ru.description).toBe(`Порт ${port} на 127.0.0.1 отклонил соединение: там ничего не слушает, или его отвергает межсетевой экран.`);
    expect(ru.fields!.find((f) => f.name === 'Шаги')!.value).toContain(`127.0.0.1:${port} (IPv4): отклонено (ECONNREFUSED)`);
  });

  it('a page that is not a panel: the line check\'s own step in English (JSON) and in German (reply)', async () => {
    const { result } = await check(() => ({ answer: '<!DOCTYPE html><html><body>Welcome to nginx!</body></html>', contentType: 'text/html' }));
    const step = result.stages.at(-1)!;
    expect(step.facts).toEqual({ kind: 'not-panel', status: 200, why: 'html' });
    expect(lineStageJson(step).detail).toBe('HTTP 200, but no panel answer (html)');
    expect(result.facts).toEqual(expect.objectContaining({ verdict: 'http-status', status: 200 }));
    const de = renderLineReply(result, null, 'de').embeds![0]!;
    expect(de.fields!.find((f) => f.name === 'Schritte')!.value).toContain('❌ HTTP 200, aber keine Panel-Antwort (html)');
    expect(de.description).not.toBe(lineSentenceJson(result));
    expect(lineSentenceJson(result)).toMatch(/^HTTP 200|200/);
  });

  it('a private address under the default policy is blocked: nothing is sent', async () => {
    const panel = await keep(fakePanel(() => ({ username: USER, password: PASSWORD, answer: {} })));
    const result = await runLineCheck(`http://127.0.0.1:${panel.port}`, { username: USER, password: PASSWORD }, options({ policy: policyFromConfig({ PROBE_ALLOW_PRIVATE: false, PROBE_ALLOW_CIDRS: [] }) }));
    expect(result.verdict).toBe('blocked');
    expect(panel.accepted()).toBe(0);
  });

  it('empty or control-character credentials are refused without repeating them', async () => {
    const result = await runLineCheck('http://127.0.0.1:1', { username: USER, password: 'abc\ndef' }, options());
    expect(result.verdict).toBe('invalid');
    expect(lineSentenceJson(result)).toContain('control characters');
    expect(lineSentenceJson(result)).not.toContain('abc');
    expect(result.credential).toEqual({ field: 'password', kind: 'control' });
    const empty = await runLineCheck('http://127.0.0.1:1', { username: '', password: PASSWORD }, options());
    expect(empty.credential).toEqual({ field: 'username', kind: 'empty' });
  });

  it('scrubSecrets replaces raw and URL-encoded secrets in nested strings', () => {
    expect(scrubSecrets({ a: ['x Pa55-w0rd!&x=y y', `q=${encodeURIComponent(PASSWORD)}`] }, [PASSWORD])).toEqual({ a: ['x … y', 'q=…'] });
  });
});
