/**
 * `netmedic check --from`: usage errors, and the JSON without --from keeping every field it had,
 * in order, with only the typed facts (`facts`, `noteFacts`) after them (the fields `vantages` and
 * `consensus` appear only with --from; see test/agents for --from runs).
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/types';
import { closeAfterEach } from '../support/close-after-each';
import { tcpServer } from '../support/servers';

function memoryIo(env: Record<string, string> = {}): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: { LOG_LEVEL: 'silent', ...env } }, out: () => out, err: () => err };
}

const keep = closeAfterEach();

describe('check --from (CLI)', () => {
  it('without --from the JSON has the fields it had before, then only the typed facts', async () => {
    const server = await keep(tcpServer((s) => s.end()));
    const m = memoryIo();
    expect(await main(['check', '--json', '--allow-private', '--protocol', 'tcp', `127.0.0.1:${server.port}`], m.io)).toBe(0);
    expect(Object.keys(JSON.parse(m.out()) as object)).toEqual(['target', 'verdict', 'article', 'sentence', 'stages', 'alternatives', 'addresses', 'notes', 'ms', 'embed', 'facts', 'noteFacts']);
  });

  it('--from with agents needs REDIS_URL; a bad location is named; globalping needs GLOBALPING=on', async () => {
    const noRedis = memoryIo();
    expect(await main(['check', '--from', 'eu-1', 'example.com:443'], noRedis.io)).toBe(2);
    expect(noRedis.err()).toBe('netmedic check: --from needs REDIS_URL (the Redis the probe agents take their jobs from).\n');
    const bad = memoryIo({ REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(await main(['check', '--from', 'EU 1', 'example.com:443'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/^netmedic check: from: a location is 1–32 lowercase letters, digits and dashes \(got "eu 1"\)/);
    const gp = memoryIo();
    expect(await main(['check', '--from', 'globalping', 'example.com:443'], gp.io)).toBe(2);
    expect(gp.err()).toBe('netmedic check: --from globalping needs GLOBALPING=on.\n');
  });
});
