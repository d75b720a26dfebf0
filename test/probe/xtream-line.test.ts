/** interpretLineAnswer and friends (pure): the shapes real panels send. */
import { countCategories, interpretLineAnswer, lineState, looseInt, readAccount, serverInfoDifferences } from '../../src/probe/xtream-line';

const NOW = Date.parse('2025-11-30T12:00:00Z');
const json = (v: unknown) => JSON.stringify(v);

describe('interpretLineAnswer', () => {
  it('keeps only the listed fields: the echoed username and password are dropped', () => {
    const a = interpretLineAnswer('application/json', json({ user_info: { username: 'u-secret', password: 'p-secret', auth: 1, status: 'Active', exp_date: null } }), NOW);
    expect(JSON.stringify(a)).not.toMatch(/u-secret|p-secret/);
    expect(a).toEqual(expect.objectContaining({ kind: 'line', state: 'active' }));
  });

  it.each([
    [json([]), 'wrong-login'],
    [json({}), 'wrong-login'],
    [json({ user_info: { auth: 0 } }), 'wrong-login'],
    [json({ user_info: { auth: false } }), 'wrong-login'],
    [json({ user_info: { auth: '1', status: 'Active', active_cons: 3, max_connections: '3' } }), 'limit-reached'],
    [json({ user_info: { auth: 1, status: 'Active', active_cons: '1', max_connections: '0' } }), 'active'],
    [json({ user_info: { auth: 1, status: 'Trial' } }), 'trial'],
    [json({ user_info: { auth: 1 } }), 'active'],
  ])('%s → %s', (body, state) => {
    const a = interpretLineAnswer('application/json', body, NOW);
    expect(a.kind === 'line' && a.state).toBe(state);
  });

  it.each([
    ['text/html', '<html><body>x</body></html>', 'html'],
    ['text/plain', '<!doctype html><p>x', 'html'],
    ['application/json', '{"user_info": ', 'not-json'],
    ['application/json', '   ', 'empty'],
    ['application/json', json({ error: 'x' }), 'no-user-info'],
  ])('%s %j → not a panel (%s)', (type, body, why) => {
    expect(interpretLineAnswer(type, body, NOW)).toEqual({ kind: 'not-panel', why });
  });
});

describe('fields', () => {
  it('numbers as strings or numbers; junk is null', () => {
    expect([looseInt('12'), looseInt(12.7), looseInt(' 3 '), looseInt('1e3'), looseInt(null), looseInt('')]).toEqual([12, 12, 3, null, null, null]);
  });

  it('exp_date: null, "", "0" mean never; a past date is expired even when status says Active', () => {
    for (const exp of [null, '', '0', 0]) expect(readAccount({ auth: 1, exp_date: exp }, NOW)).toEqual(expect.objectContaining({ unlimited: true, expiresAt: null, daysLeft: null }));
    const past = readAccount({ auth: 1, status: 'Active', exp_date: String(NOW / 1000 - 10) }, NOW);
    expect(lineState(past, NOW)).toBe('expired');
    expect(past.daysLeft).toBe(0);
    expect(readAccount({ auth: 1 }, NOW).unlimited).toBe(false); // not said at all: unknown, not "never"
  });

  it('server_info differences: host, then the port of the scheme used', () => {
    const server = { url: 'Panel.Example.net', port: 8080, httpsPort: 8443, protocol: 'http', timezone: null, time: null };
    expect(serverInfoDifferences({ host: 'panel.example.net', displayHost: 'panel.example.net', port: 8080, tls: false }, server)).toEqual([]);
    expect(serverInfoDifferences({ host: 'panel.example.net', displayHost: 'panel.example.net', port: 443, tls: true }, server)).toEqual([{ field: 'https_port', typed: '443', panel: '8443' }]);
    expect(serverInfoDifferences({ host: 'old.example.net', displayHost: 'old.example.net', port: 80, tls: false }, { ...server, url: 'http://panel.example.net:8080/' })).toEqual([
      { field: 'url', typed: 'old.example.net', panel: 'panel.example.net' },
      { field: 'port', typed: '80', panel: '8080' },
    ]);
  });

  it('category lists', () => {
    expect(countCategories('live', 200, 'application/json', '[{"category_id":"1"}]', false)).toEqual({ kind: 'live', ok: true, count: 1, atLeast: false, problem: null });
    expect(countCategories('vod', 200, 'application/json', '{"a":1}', false).problem).toBe('not-a-list');
    expect(countCategories('series', 404, 'text/html', '', false).problem).toBe('http-404');
    expect(countCategories('live', 200, 'application/json', '[{"category_id":"1"},{"category_id":"2"},{"categ', true)).toEqual({ kind: 'live', ok: true, count: 2, atLeast: true, problem: null });
  });
});
