import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { command as explain } from '../../src/cli/commands/explain';
import { command as faq } from '../../src/cli/commands/faq';
import { command as kb } from '../../src/cli/commands/kb';
import type { CliCommand, CliIo } from '../../src/cli/types';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'knowledge', 'fixtures', 'valid');

async function run(cmd: CliCommand, args: string[], stdin = '', tty = false): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const input = Readable.from(stdin ? [Buffer.from(stdin)] : []) as Readable & { isTTY?: boolean };
  if (tty) input.isTTY = true;
  const io: CliIo = { stdout, stderr, stdin: input, env: {} };
  const code = await cmd.run(args, io);
  return { code, out, err };
}

describe('netmedic explain', () => {
  it('prints the rendered reply for TEXT', async () => {
    const r = await run(explain, ['curl:', '(7)', 'Failed', 'to', 'connect', 'to', 'localhost', 'port', '1080:', 'Connection', 'refused']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Connection refused');
    expect(r.out).toContain('[Full article]');
    expect(r.out).toMatch(/confidence 0\.\d+/);
  });

  it('prints JSON with match, alternatives, context and embed', async () => {
    const r = await run(explain, ['--json', 'Error: connect ECONNREFUSED 127.0.0.1:5432']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.match).toMatchObject({ id: 'connection-refused', title: 'Connection refused' });
    expect(typeof j.match.confidence).toBe('number');
    expect(Array.isArray(j.alternatives)).toBe(true);
    expect(j.context).toMatchObject({ host: '127.0.0.1', port: 5432 });
    expect(j.embed.title).toBe('Connection refused');
  });

  it('reads stdin with no args or "-"', async () => {
    const a = await run(explain, ['--json'], 'fatal: unable to access: Could not resolve host: github.com');
    expect(JSON.parse(a.out).match.id).toBe('dns-failure');
    const b = await run(explain, ['--json', '-'], 'NET::ERR_CERT_DATE_INVALID');
    expect(JSON.parse(b.out).match.id).toBe('tls-certificate');
  });

  it('answers null for text that is not a network error', async () => {
    const r = await run(explain, ['--json', "TypeError: Cannot read properties of undefined (reading 'x')"]);
    expect(JSON.parse(r.out).match).toBeNull();
  });

  it('batch mode writes one line per input and survives bad lines', async () => {
    const input = ['{"id":"a","text":"read ECONNRESET"}', 'not json', '{"id":"c"}', '', '{"id":"d","text":"hello"}', '[1]'].join('\n');
    const r = await run(explain, ['--batch'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a', match: 'connection-reset' });
    expect(typeof lines[0].confidence).toBe('number');
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[1].error).toMatch(/bad JSON line/);
    expect(lines[2]).toMatchObject({ id: 'c', error: '"text" must be a string' });
    expect(lines[3]).toMatchObject({ id: 'd', match: null });
    expect(lines[4].error).toBeDefined();
  });

  it('rejects bad usage with exit 2 and no stack trace', async () => {
    for (const args of [['--nope'], ['--batch', 'text'], ['--batch', '--json']]) {
      const r = await run(explain, args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^netmedic explain: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const tty = await run(explain, [], '', true);
    expect(tty.code).toBe(2);
    expect((await run(explain, ['   '])).code).toBe(2);
  });

  it('reports a broken knowledge base with exit 1', async () => {
    const r = await run(explain, ['--kb', '/nonexistent/kb', 'ECONNREFUSED']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/knowledge base has problems/);
  });
});

describe('netmedic faq', () => {
  it('lists entries and shows one by id or alias', async () => {
    const list = await run(faq, []);
    expect(list.code).toBe(0);
    expect(list.out).toContain('test-a-port');
    const one = await run(faq, ['test-a-port']);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/How to test whether a port is open/);
    const alias = await run(faq, ['--kb', FIXTURE, 'asking']);
    expect(alias.out).toContain('How to ask for help');
  });

  it('suggests the nearest ids for an unknown one, exit 2', async () => {
    const r = await run(faq, ['port-tset']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no FAQ entry "port-tset"\. Did you mean: test-a-port/);
  });
});

describe('netmedic kb', () => {
  it('gaps and stats check --guild, --locale and their range the same way, before any database', async () => {
    const cases: [string[], string][] = [
      [['gaps'], 'netmedic kb: kb gaps needs --guild ID (a server id, or console)\n'],
      [['stats', '--guild', 'x'], 'netmedic kb: kb stats needs --guild ID (a server id, or console)\n'],
      [['gaps', '--guild', 'console', '--days', '366'], 'netmedic kb: --days must be a whole number 1–365, got "366"\n'],
      [['gaps', '--guild', 'console', '--days', '2.5'], 'netmedic kb: --days must be a whole number 1–365, got "2.5"\n'],
      [['stats', '--guild', 'console', '--weeks', '0'], 'netmedic kb: --weeks must be a whole number 1–25, got "0"\n'],
      [['stats', '--guild', 'console', '--days', '3'], 'netmedic kb: --days is for "kb gaps"; kb stats takes --weeks\n'],
    ];
    for (const [args, first] of cases) {
      const r = await run(kb, args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`${first}Run \`netmedic kb --help\` for usage.\n`);
    }
    const badLocale = await run(kb, ['stats', '--guild', 'console', '--locale', 'zz']);
    expect(badLocale.code).toBe(2);
    expect(badLocale.err).toMatch(/^netmedic kb: .*zz/);
  });

  it('gaps and stats name their subcommand when the database cannot be reached', async () => {
    for (const sub of ['gaps', 'stats']) {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      let err = '';
      stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await kb.run([sub, '--guild', 'console'], { stdout, stderr, stdin: Readable.from([]), env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^netmedic kb ${sub}: PostgreSQL 127\\.0\\.0\\.1:1/none: .*ECONNREFUSED`));
    }
  });

  it('lint: OK summary on the shipped knowledge base', async () => {
    const r = await run(kb, ['lint']);
    expect(r.out).toMatch(/^knowledge base OK: \d+ articles, \d+ FAQ entries\n$/);
    expect(r.code).toBe(0);
  });

  it('lint: prints problems as file:line field: message, exit 1', async () => {
    const r = await run(kb, ['lint', '--kb', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('valid/connection-refused.md: required article "connection-refused" is missing');
  });

  it('list: a table, or JSON', async () => {
    const r = await run(kb, ['list', '--kb', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/port-closed\s+connection\s+3\s+2\s+Port closed/);
    const j = JSON.parse((await run(kb, ['list', '--json', '--kb', FIXTURE])).out);
    expect(j.faqs[0].id).toBe('ask-well');
  });

  it('usage errors exit 2', async () => {
    expect((await run(kb, [])).code).toBe(2);
    expect((await run(kb, ['frobnicate'])).code).toBe(2);
    expect((await run(kb, ['lint', 'extra'])).code).toBe(2);
  });

  it('every command has --help text', () => {
    for (const c of [explain, faq, kb]) expect(c.help).toMatch(/^Usage: netmedic /);
  });
});

describe('built CLI', () => {
  it('runs `node bin/netmedic.js explain --json ECONNREFUSED` (built by the jest global setup)', () => {
    expect(existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))).toBe(true);
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'netmedic.js'), 'explain', '--json', 'ECONNREFUSED'], { cwd: ROOT, encoding: 'utf8' });
    const j = JSON.parse(out);
    expect(j.match.id).toBe('connection-refused');
  });
});
