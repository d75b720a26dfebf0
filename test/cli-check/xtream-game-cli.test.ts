/**
 * The CLI side of issue 12: `netmedic xtream URL --user U` (password from standard input, never
 * from argv; --json; exit codes) run as a real process against a fake panel on 127.0.0.1, and
 * `netmedic check --protocol minecraft|source|game:<id>` against local game servers.
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/types';
import { builtCliExists, runCli } from '../support/bot-process';
import { closeAfterEach } from '../support/close-after-each';
import { fakePanel, lineAnswer } from '../support/fake-panel';
import { minecraftJavaServer, sourceServer, type UdpTestServer } from '../support/game-servers';

jest.setTimeout(30000);

const USER = 'carol.cli';
const PASSWORD = 'cli-Pa$$word-9000';
const ENV = { LOG_LEVEL: 'trace', PROBE_TCP_TIMEOUT_MS: '1500', PROBE_DEADLINE_MS: '8000', NO_COLOR: '1' };
const keep = closeAfterEach();

function memoryIo(stdinText: string | null): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  if (stdinText !== null) stdin.end(stdinText);
  return { io: { stdout, stderr, stdin, env: { ...ENV, LOG_LEVEL: 'silent' } }, out: () => out, err: () => err };
}

async function finished(proc: ReturnType<typeof runCli>): Promise<{ code: number; out: string; err: string }> {
  const code = await proc.exited;
  return { code, out: proc.stdout(), err: proc.stderr() };
}

describe('netmedic xtream', () => {
  beforeAll(() => {
    if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  });

  it('real process: password on stdin, --json, exit 0; the password only reaches the panel', async () => {
    const panel = await keep(
      fakePanel((port) => ({
        username: USER,
        password: PASSWORD,
        answer: lineAnswer({ auth: 1, status: 'Active', exp_date: String(Math.floor(Date.now() / 1000) + 5 * 86400 + 3600), is_trial: '1', active_cons: '0', max_connections: '1', username: USER, password: PASSWORD }, {}, port),
        categories: { get_live_categories: [{ category_id: '1' }] },
      })),
    );
    const proc = runCli(['xtream', '--json', '--allow-private', '--user', USER, `http://127.0.0.1:${panel.port}`], ENV, `${PASSWORD}\n`);
    const { code, out, err } = await finished(proc);
    expect({ code, err: err.includes(PASSWORD) }).toEqual({ code: 0, err: false });
    expect(out).not.toContain(PASSWORD);
    expect(out).not.toContain(encodeURIComponent(PASSWORD));
    const json = JSON.parse(out) as { verdict: string; state: string; article: string; account: { daysLeft: number; trial: boolean }; categories: { kind: string; count: number }[]; embed: { title: string } };
    expect(json.verdict).toBe('ok');
    expect(json.state).toBe('trial');
    expect(json.article).toBe('iptv-account');
    expect(json.account.daysLeft).toBe(5);
    expect(json.categories.find((c) => c.kind === 'live')!.count).toBe(1);
    expect(json.embed.title).toMatch(/^🧪 Trial line/);
    // The document's fields and their order, and the English words render/line-json.ts gives it.
    const doc = JSON.parse(out) as Record<string, unknown> & { sentence: string; stages: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(['target', 'verdict', 'state', 'article', 'sentence', 'account', 'server', 'serverDifferences', 'categories', 'stages', 'httpStatus', 'notes', 'noteFacts', 'ms', 'embed']);
    expect(doc.sentence).toBe('');
    expect(doc.stages.map((st) => Object.keys(st).join(','))).toEqual(['name,ok,ms,detail,facts', 'name,ok,ms,detail,family,facts', ...Array(4).fill('name,ok,ms,detail,facts')]);
    expect(doc.stages.map((st) => String(st.detail).replace(/\d+ ms/, 'N ms').replace(`:${panel.port} `, ':PORT '))).toEqual([
      '127.0.0.1 (an IP address, no lookup needed)',
      'connected to 127.0.0.1:PORT (IPv4) in N ms',
      'the panel answered about the line in N ms',
      'live categories: 1',
      'vod categories: 0',
      'series categories: 0',
    ]);
    expect(panel.urls.some((u) => u.includes(encodeURIComponent(PASSWORD)))).toBe(true);
  });

  it('real process, text output: the state and what to do, no password', async () => {
    const panel = await keep(fakePanel((port) => ({ username: USER, password: PASSWORD, answer: lineAnswer({ auth: 1, status: 'Banned' }, {}, port) })));
    const { code, out, err } = await finished(runCli(['xtream', '--allow-private', '-u', USER, `http://127.0.0.1:${panel.port}`], ENV, PASSWORD));
    expect(code).toBe(0);
    expect(out).toContain('Line banned');
    expect(out).toContain('Contact the provider');
    expect(out + err).not.toContain(PASSWORD);
  });

  it('a password given as an option is refused without being repeated (exit 2)', async () => {
    const { code, out, err } = await finished(runCli(['xtream', '--user', USER, '--password', 'argv-secret-123', 'http://127.0.0.1:1'], ENV, ''));
    expect(code).toBe(2);
    expect(out + err).not.toContain('argv-secret-123');
    expect(err).toContain("Unknown option '--password'");
  });

  it('usage errors: no --user, no password on stdin, two URLs', async () => {
    const noUser = memoryIo('x\n');
    expect(await main(['xtream', 'http://127.0.0.1:1'], noUser.io)).toBe(2);
    expect(noUser.err()).toContain('--user NAME is required');
    const empty = memoryIo('');
    expect(await main(['xtream', '--user', USER, 'http://127.0.0.1:1'], empty.io)).toBe(2);
    expect(empty.err()).toContain('The password is empty. Pipe it in');
    const two = memoryIo('pw\n');
    expect(await main(['xtream', '--user', USER, 'http://a.example', 'extra-word'], two.io)).toBe(2);
    expect(two.err()).toContain('give exactly one URL (got 2)');
    expect(two.err()).not.toContain('extra-word');
  });

  it('a loopback panel without --allow-private is blocked (exit 2), nothing sent', async () => {
    const panel = await keep(fakePanel(() => ({ username: USER, password: PASSWORD, answer: {} })));
    const m = memoryIo(`${PASSWORD}\n`);
    expect(await main(['xtream', '--json', '--user', USER, `http://127.0.0.1:${panel.port}`], m.io)).toBe(2);
    expect((JSON.parse(m.out()) as { verdict: string }).verdict).toBe('blocked');
    expect(panel.accepted()).toBe(0);
  });
});

describe('netmedic check with game protocols', () => {
  const udp: UdpTestServer[] = [];
  afterEach(async () => {
    await Promise.all(udp.splice(0).map((s) => s.close()));
  });

  it('--protocol minecraft --json: verdict ok and the game fields', async () => {
    const server = await keep(minecraftJavaServer({ version: { name: '1.21.4' }, players: { online: 0, max: 10 }, description: 'A server' }));
    const m = memoryIo(null);
    expect(await main(['check', '--json', '--allow-private', '--protocol', 'minecraft', `127.0.0.1:${server.port}`], m.io)).toBe(0);
    const json = JSON.parse(m.out()) as { verdict: string; game: { kind: string; players: number; maxPlayers: number; motd: string } };
    expect(json.verdict).toBe('ok');
    expect(json.game).toEqual(expect.objectContaining({ kind: 'minecraft-java', players: 0, maxPlayers: 10, motd: 'A server' }));
  });

  it('--protocol game:counterstrike2 through GameDig, text output', async () => {
    const server = await sourceServer({ name: 'CLI test', map: 'de_inferno', folder: 'cs2', game: 'CS2', players: 1, maxPlayers: 10, version: '1.0' });
    udp.push(server);
    const m = memoryIo(null);
    expect(await main(['check', '--allow-private', '--protocol', 'game:counterstrike2', `127.0.0.1:${server.port}`], m.io)).toBe(0);
    expect(m.out()).toContain('Online');
    expect(m.out()).toContain('Map: de_inferno');
  });

  it('a bad --protocol is a usage error naming the choices', async () => {
    const m = memoryIo(null);
    expect(await main(['check', '--protocol', 'quake', '127.0.0.1:1'], m.io)).toBe(2);
    expect(m.err()).toContain('minecraft, source or game:<id>');
  });
});
