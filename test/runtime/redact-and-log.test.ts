import { Writable } from 'node:stream';
import pino from 'pino';
import { createLogger } from '../../src/logger';
import { redactSecrets } from '../../src/util/redact';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GhIjKl.abcdefghijklmnopqrstuvwxyz0123';

describe('redactSecrets', () => {
  it.each([
    [`token is ${TOKEN}`, TOKEN],
    ['http://alice:hunter2@panel.example:8080/get.php', 'hunter2'],
    ['http://x.example/player_api.php?username=alice&password=hunter2', 'hunter2'],
    ['Authorization: Bot abc.def.ghi', 'abc.def.ghi'],
    ['{"password": "hunter2"}', 'hunter2'],
  ])('removes the secret from %s', (text, secret) => {
    expect(redactSecrets(text)).not.toContain(secret);
    expect(redactSecrets(text)).toContain('[redacted]');
  });

  it('leaves ordinary error text alone', () => {
    const text = 'connect ECONNREFUSED 127.0.0.1:5432 at TCPConnectWrap.afterConnect';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('logger', () => {
  function capture() {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    return { lines, log: createLogger({ level: 'info', destination }) };
  }

  it('writes JSON lines and redacts tokens in fields, messages and errors', () => {
    const { lines, log } = capture();
    log.info({ token: TOKEN, config: { DISCORD_TOKEN: TOKEN }, url: 'http://bob:pw123456@x.example/' }, `login with ${TOKEN}`);
    log.error({ err: new Error(`bad token ${TOKEN}`) }, 'failed');
    const all = lines.join('');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('pw123456');
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first.msg).toContain('[redacted]');
    expect(first.token).toBe('[redacted]');
  });

  it('censors secret fields by name at the top, one level down, and in child bindings', () => {
    const { lines, log } = capture();
    log.info(
      {
        password: 'hunter2-top',
        DISCORD_TOKEN: 'top-discord',
        headers: { authorization: 'Bot top-header', accept: 'json' },
        config: { DISCORD_TOKEN: 'cfg-discord', LOG_LEVEL: 'info' },
        panel: { token: 'nested-token', password: 'nested-password', host: 'panel.example' },
        req: { headers: { authorization: 'Bearer nested-header' } },
        list: [1, 2],
        count: 3,
      },
      'fields',
    );
    log.child({ req: 'r1', token: 'child-token' }).info({ n: 1 }, 'child');
    const all = lines.join('');
    for (const secret of ['hunter2-top', 'top-discord', 'top-header', 'cfg-discord', 'nested-token', 'nested-password', 'nested-header', 'child-token']) expect(all).not.toContain(secret);
    const first = JSON.parse(lines[0]!) as Record<string, Record<string, unknown>>;
    expect(first).toMatchObject({
      password: '[redacted]',
      DISCORD_TOKEN: '[redacted]',
      headers: { authorization: '[redacted]', accept: 'json' },
      config: { DISCORD_TOKEN: '[redacted]', LOG_LEVEL: 'info' },
      panel: { token: '[redacted]', password: '[redacted]', host: 'panel.example' },
      req: { headers: { authorization: '[redacted]' } },
      list: [1, 2],
      count: 3,
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ req: 'r1', token: '[redacted]', n: 1, msg: 'child' });
  });

  it('censors every secret field name inside headers, not only authorization', () => {
    const { lines, log } = capture();
    log.info({ headers: { authorization: 'Bot h-auth', token: 'h-token', password: 'h-password', accept: 'json' } }, 'headers');
    expect(lines.join('')).not.toMatch(/h-auth|h-token|h-password/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ headers: { authorization: '[redacted]', token: '[redacted]', password: '[redacted]', accept: 'json' } });
  });

  it('censors child bindings on a terminal (pretty) logger too', () => {
    const log = createLogger({ level: 'info', format: 'pretty' });
    try {
      expect(log.child({ token: 'pretty-child-token', req: 'r2' }).bindings()).toMatchObject({ token: '[redacted]', req: 'r2' });
    } finally {
      (log as unknown as Record<symbol, { end(): void } | undefined>)[pino.symbols.streamSym]?.end();
    }
  });

  it('passes a line with nothing secret on unchanged', () => {
    const { lines, log } = capture();
    const fields = { kind: 'chatInput', name: 'explain', nested: { a: 'b' } };
    log.child({ req: 'abcd1234', user: '42' }).info(fields, 'interaction');
    expect(JSON.parse(lines[0]!)).toMatchObject({ req: 'abcd1234', user: '42', kind: 'chatInput', name: 'explain', nested: { a: 'b' }, msg: 'interaction' });
    expect(fields).toEqual({ kind: 'chatInput', name: 'explain', nested: { a: 'b' } });
  });

  it('child loggers carry the request id', () => {
    const { lines, log } = capture();
    log.child({ req: 'abcd1234' }).info('hello');
    expect(JSON.parse(lines[0]!)).toMatchObject({ req: 'abcd1234', msg: 'hello' });
  });
});
