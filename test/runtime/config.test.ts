import { applicationIdOf, ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('applies documented defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.DISCORD_API_BASE).toBe('https://discord.com/api');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.PROBE_DNS_TIMEOUT_MS).toBe(3000);
    expect(c.PROBE_TCP_TIMEOUT_MS).toBe(5000);
    expect(c.PROBE_TLS_TIMEOUT_MS).toBe(5000);
    expect(c.PROBE_HTTP_TIMEOUT_MS).toBe(8000);
    expect(c.PROBE_MAX_BYTES).toBe(65536);
    expect(c.PROBE_ALLOW_PRIVATE).toBe(false);
    expect(c.AUTO_EXPLAIN_CHANNELS).toEqual([]);
    expect(c.DEPLOY_ON_START).toBe(false);
  });

  it('parses lists, booleans and numbers', () => {
    const c = loadConfig({
      AUTO_EXPLAIN_CHANNELS: '123456789012345678, 223456789012345678',
      PROBE_ALLOW_PRIVATE: 'true',
      PROBE_ALLOW_CIDRS: '192.168.1.0/24,fd00::/8',
      PROBE_TCP_TIMEOUT_MS: '1500',
      DISCORD_API_BASE: 'http://127.0.0.1:9999/api',
    });
    expect(c.AUTO_EXPLAIN_CHANNELS).toEqual(['123456789012345678', '223456789012345678']);
    expect(c.PROBE_ALLOW_PRIVATE).toBe(true);
    expect(c.PROBE_ALLOW_CIDRS).toEqual(['192.168.1.0/24', 'fd00::/8']);
    expect(c.PROBE_TCP_TIMEOUT_MS).toBe(1500);
    expect(c.DISCORD_API_BASE).toBe('http://127.0.0.1:9999/api');
  });

  it('reports one line per bad variable with name, expectation and the given value', () => {
    let error: unknown;
    try {
      loadConfig({ LOG_LEVEL: 'loud', PROBE_TCP_TIMEOUT_MS: 'soon', DISCORD_GUILD_ID: 'abc', DISCORD_API_BASE: 'not a url' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).lines;
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('LOG_LEVEL:'))).toMatch(/expected one of .*given: "loud"/);
    expect(lines.find((l) => l.startsWith('PROBE_TCP_TIMEOUT_MS:'))).toMatch(/whole number.*given: "soon"/);
    expect(lines.find((l) => l.startsWith('DISCORD_GUILD_ID:'))).toMatch(/Discord id.*given: "abc"/);
    expect(lines.find((l) => l.startsWith('DISCORD_API_BASE:'))).toMatch(/URL/);
  });

  it('never prints the token, even when it is invalid', () => {
    const secret = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.very-secret-token-value';
    const c = loadConfig({ DISCORD_TOKEN: secret });
    expect(c.DISCORD_TOKEN).toBe(secret);
    expect(() => loadConfig({ DISCORD_TOKEN: secret, LOG_LEVEL: 'nope' })).toThrow(ConfigError);
    try {
      loadConfig({ DISCORD_TOKEN: secret, LOG_LEVEL: 'nope' });
    } catch (err) {
      expect((err as ConfigError).message).not.toContain(secret);
    }
  });

  it('derives the application id from the token', () => {
    const id = '123456789012345678';
    const token = Buffer.from(id).toString('base64') + '.xxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyy';
    expect(applicationIdOf(loadConfig({ DISCORD_TOKEN: token }))).toBe(id);
    expect(applicationIdOf(loadConfig({ DISCORD_TOKEN: 'x' }))).toBeNull();
    expect(applicationIdOf(loadConfig({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '999999999999999999' }))).toBe('999999999999999999');
  });
});
