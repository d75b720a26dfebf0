/**
 * `netmedic check` through the CLI entry point with in-memory streams; targets are loopback
 * servers (with --allow-private) or loopback without it (blocked: exit 2, no connection).
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/types';
import { closedPort, statusServer, tcpServer } from '../support/servers';
import { closeAfterEach } from '../support/close-after-each';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30000));

function memoryIo(env: Record<string, string> = {}): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const stdin = new PassThrough();
  return {
    io: { stdout, stderr, stdin, env: { LOG_LEVEL: 'silent', PROBE_TCP_TIMEOUT_MS: '1500', PROBE_DEADLINE_MS: '8000', ...env } },
    out: () => out,
    err: () => err,
  };
}

const keep = closeAfterEach();

interface Json {
  target: { display: string; port: number } | null;
  verdict: string;
  article: string | null;
  stages: { name: string; ok: boolean; ms: number; detail: string }[];
  alternatives: unknown[];
  embed: { title: string; description: string; fields: { name: string; value: string }[]; footer: { text: string } };
}

describe('netmedic check', () => {
  it('--json on an open HTTP port: contract fields, exit 0', async () => {
    const server = await keep(statusServer(200, 'ok'));
    const m = memoryIo();
    const code = await main(['check', '--json', '--allow-private', `http://127.0.0.1:${server.port}/`], m.io);
    expect(m.err()).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(m.out()) as Json;
    expect(Object.keys(json).slice(0, 3)).toEqual(['target', 'verdict', 'article']);
    expect(json).toMatchObject({ verdict: 'ok', article: null, alternatives: [] });
    expect(json.target?.port).toBe(server.port);
    for (const s of json.stages) expect(Object.keys(s)).toEqual(expect.arrayContaining(['name', 'ok', 'ms', 'detail']));
    expect(json.stages.map((s) => s.name)).toEqual(['dns', 'tcp', 'http']);
    expect(json.embed.title).toContain('Reachable');
    // The CLI speaks for this machine, not for a bot.
    expect(json.embed.footer.text).toMatch(/^Checked from this machine/);
  });

  it('--json on a refused port: verdict refused, article connection-refused, exit 0', async () => {
    const port = await closedPort();
    const m = memoryIo();
    const code = await main(['check', '--json', '--allow-private', '--protocol', 'tcp', `127.0.0.1:${port}`], m.io);
    expect(code).toBe(0);
    const json = JSON.parse(m.out()) as Json;
    expect(json).toMatchObject({ verdict: 'refused', article: 'connection-refused' });
    // The knowledge base is wired: the embed carries causes and fix steps from the article.
    const names = json.embed.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Likely causes', 'First steps']));
  });

  it('--json adds the typed facts next to the English words: the verdict, each stage, each note, each other port', async () => {
    const port = await closedPort();
    const m = memoryIo();
    const code = await main(['check', '--json', '--allow-private', '--locale', 'de', `http://bob:hunter2@127.0.0.1:${port}/`], m.io);
    expect(code).toBe(0);
    const json = JSON.parse(m.out()) as Json & {
      sentence: string;
      notes: string[];
      noteFacts: unknown[];
      facts: unknown;
      stages: { facts: unknown }[];
    };
    expect(json.facts).toEqual({ verdict: 'refused', host: '127.0.0.1', port, stage: 'tcp' });
    // The contract's words stay English whatever --locale says; the embed is in the reader's language.
    expect(json.sentence).toBe(`Port ${port} on 127.0.0.1 refused the connection: nothing is listening there, or a firewall rejects it.`);
    expect(json.embed.title).toMatch(/^❌ Verbindung abgelehnt/);
    expect(json.stages[1]).toEqual({
      name: 'tcp',
      ok: false,
      ms: expect.any(Number),
      family: 4,
      detail: `127.0.0.1:${port} (IPv4): refused (ECONNREFUSED)`,
      facts: { kind: 'failed', address: '127.0.0.1', family: 4, port, failure: { verdict: 'refused', code: 'ECONNREFUSED', kind: 'refused' } },
    });
    expect(json.stages[0]).toMatchObject({ name: 'dns', detail: '127.0.0.1 (an IP address, no lookup needed)', facts: { kind: 'ip-literal', address: '127.0.0.1' } });
    expect(json.noteFacts).toEqual([{ kind: 'credentials-removed' }]);
    expect(json.notes).toEqual(["Don't paste passwords in a channel — I removed them and checked without them."]);
    // Other ports (the usual ones, on loopback): each has its English detail and its facts.
    for (const a of json.alternatives as { detail: string; facts: { kind: string } }[]) {
      expect(typeof a.detail).toBe('string');
      expect(['refused', 'no-answer', 'failed', 'open']).toContain(a.facts.kind);
    }
    expect(m.out()).not.toContain('hunter2');
  });

  it('human output is the rendered reply', async () => {
    const port = await closedPort();
    const m = memoryIo();
    const code = await main(['check', '--allow-private', '--protocol', 'tcp', `127.0.0.1:${port}`], m.io);
    expect(code).toBe(0);
    expect(m.out()).toContain(`Port ${port} on 127.0.0.1 refused the connection`);
    expect(m.out()).toContain('[Full article]');
    expect(m.out()).not.toContain('\u001b[');
  });

  it('blocked without --allow-private: exit 2 and no connection', async () => {
    const server = await keep(tcpServer());
    const m = memoryIo();
    const code = await main(['check', '--json', `127.0.0.1:${server.port}`], m.io);
    expect(code).toBe(2);
    const json = JSON.parse(m.out()) as Json;
    expect(json.verdict).toBe('blocked');
    await new Promise((r) => setTimeout(r, 50));
    expect(server.accepted()).toBe(0);
  });

  it('invalid target: exit 2 with verdict invalid', async () => {
    const m = memoryIo();
    const code = await main(['check', '--json', 'ht!tp://'], m.io);
    expect(code).toBe(2);
    expect((JSON.parse(m.out()) as Json).verdict).toBe('invalid');
  });

  it('usage errors: exit 2', async () => {
    const a = memoryIo();
    expect(await main(['check'], a.io)).toBe(2);
    expect(a.err()).toContain('Usage: netmedic check');
    const b = memoryIo();
    expect(await main(['check', '--protocol', 'gopher', 'x:1'], b.io)).toBe(2);
    const c = memoryIo();
    expect(await main(['check', '--bogus', 'x:1'], c.io)).toBe(2);
  });

  it('--help', async () => {
    const m = memoryIo();
    expect(await main(['check', '--help'], m.io)).toBe(0);
    expect(m.out()).toContain('--allow-private');
  });

  it('bad configuration: exit 2', async () => {
    const m = memoryIo({ PROBE_TCP_TIMEOUT_MS: 'soon' });
    expect(await main(['check', '127.0.0.1:1'], m.io)).toBe(2);
    expect(m.err()).toContain('PROBE_TCP_TIMEOUT_MS');
  });
});
