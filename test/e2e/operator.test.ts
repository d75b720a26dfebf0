/**
 * An operator's first hour, through the built CLI as a child process: KNOWLEDGE_DIR reaches
 * every command, a broken knowledge base exits 1 everywhere, a token that cannot be one is
 * refused at once, an unreachable Discord is one sentence (never "refused"), the CLI speaks for
 * this machine and in `netmedic` commands, and `netmedic invite` prints the invite link.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { ROOT, builtCliExists, runCli, type RunningProcess } from '../support/bot-process';
import { startFakeDiscord, type FakeDiscord } from '../support/discord';
import { closeAfterEach } from '../support/close-after-each';
import { closedPort, tcpServer } from '../support/servers';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30_000));

const keep = closeAfterEach();
const TITLE_MARK = 'Connection refused (from KNOWLEDGE_DIR)';
const STEP_MARK = 'Step written only in the KNOWLEDGE_DIR copy.';
const FAQ_MARK = 'only-in-knowledge-dir';

let good: string;
let broken: string;
const running: RunningProcess[] = [];

/** Runs the CLI to the end (killed if it outlives its limit) and returns what it printed. */
async function cli(args: string[], env: Record<string, string> = {}, input?: string): Promise<{ code: number; out: string; err: string }> {
  const proc = runCli(args, { LOG_LEVEL: 'silent', ...env }, input);
  running.push(proc);
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), scaled(20_000));
  try {
    const code = await proc.exited;
    return { code, out: proc.stdout(), err: proc.stderr() };
  } finally {
    clearTimeout(timer);
  }
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

beforeAll(() => {
  if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  // A copy of the shipped knowledge base with marks only it has…
  good = mkdtempSync(join(tmpdir(), 'netmedic-kbdir-'));
  cpSync(join(ROOT, 'knowledge'), good, { recursive: true });
  const article = join(good, 'connection-refused.md');
  writeFileSync(
    article,
    readFileSync(article, 'utf8')
      .replace(/^title: Connection refused$/m, `title: ${TITLE_MARK}`)
      .replace(/^## How to fix\n\n1\. /m, `## How to fix\n\n1. ${STEP_MARK} `),
  );
  writeFileSync(join(good, 'faq', `${FAQ_MARK}.md`), `---\nid: ${FAQ_MARK}\ntitle: An entry only the copy has\naliases: [copy]\n---\n\nThis entry exists only in the KNOWLEDGE_DIR copy.\n`);
  // …and one with a broken field.
  broken = mkdtempSync(join(tmpdir(), 'netmedic-kbbad-'));
  cpSync(join(ROOT, 'knowledge'), broken, { recursive: true });
  const timeout = join(broken, 'connection-timeout.md');
  writeFileSync(timeout, readFileSync(timeout, 'utf8').replace(/^codes:\n/m, 'codes: 12\nold_codes:\n'));
});

afterAll(async () => {
  for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await Promise.all(running.map((p) => p.exited));
  rmSync(good, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
});

describe('KNOWLEDGE_DIR is honoured by every command', () => {
  it('explain', async () => {
    const r = await cli(['explain', '--json', 'connect ECONNREFUSED 10.0.0.5:5432'], { KNOWLEDGE_DIR: good });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { match: { title: string } }).match.title).toBe(TITLE_MARK);
  });

  it('faq (list and one entry)', async () => {
    const list = await cli(['faq'], { KNOWLEDGE_DIR: good });
    expect(list.code).toBe(0);
    expect(list.out).toContain(FAQ_MARK);
    const one = await cli(['faq', FAQ_MARK], { KNOWLEDGE_DIR: good });
    expect(one.code).toBe(0);
    expect(one.out).toContain('This entry exists only in the KNOWLEDGE_DIR copy.');
  });

  it('kb list and kb lint', async () => {
    const list = await cli(['kb', 'list', '--json'], { KNOWLEDGE_DIR: good });
    expect(list.code).toBe(0);
    expect((JSON.parse(list.out) as { faqs: { id: string }[] }).faqs.map((f) => f.id)).toContain(FAQ_MARK);
    const lint = await cli(['kb', 'lint'], { KNOWLEDGE_DIR: broken });
    expect(lint.code).toBe(1);
    expect(lint.out).toMatch(/connection-timeout\.md:\d+ codes: /);
  });

  it("check's article (first steps come from the KNOWLEDGE_DIR copy)", async () => {
    const port = await closedPort();
    const r = await cli(['check', '--json', '--allow-private', '--protocol', 'tcp', `127.0.0.1:${port}`], { KNOWLEDGE_DIR: good });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { verdict: string; embed: { fields: { name: string; value: string }[] } };
    expect(json.verdict).toBe('refused');
    expect(json.embed.fields.find((f) => f.name === 'First steps')?.value).toContain(STEP_MARK);
  });

  it('console mode', async () => {
    const r = await cli(['console'], { KNOWLEDGE_DIR: good }, '/explain connect ECONNREFUSED 10.0.0.5:5432\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain(TITLE_MARK);
  });

  it('--kb DIR still wins over KNOWLEDGE_DIR', async () => {
    const r = await cli(['explain', '--json', '--kb', join(ROOT, 'knowledge'), 'ECONNREFUSED'], { KNOWLEDGE_DIR: broken });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { match: { title: string } }).match.title).toBe('Connection refused');
  });
});

describe('a knowledge base with problems: exit 1 everywhere, with file:line field', () => {
  const PROBLEM = /connection-timeout\.md:\d+ codes: /;

  it.each([
    ['explain', ['explain', 'ECONNREFUSED']],
    ['faq', ['faq']],
    ['kb list', ['kb', 'list']],
  ])('%s', async (_name, args) => {
    const r = await cli(args, { KNOWLEDGE_DIR: broken });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the knowledge base has problems/);
    expect(r.err).toMatch(PROBLEM);
    expect(r.out).toBe('');
  });

  it('check: stops before probing anything', async () => {
    const server = await keep(tcpServer((s) => s.end()));
    const r = await cli(['check', '--allow-private', `127.0.0.1:${server.port}`], { KNOWLEDGE_DIR: broken });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(PROBLEM);
    expect(server.accepted()).toBe(0);
  });

  it('console mode and start (bot) give the same code', async () => {
    const fake = await startFakeDiscord();
    try {
      const consoleRun = await cli(['console'], { KNOWLEDGE_DIR: broken }, '/about\n');
      const bot = await cli(['start'], { KNOWLEDGE_DIR: broken, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
      expect([consoleRun.code, bot.code]).toEqual([1, 1]);
      expect(consoleRun.err).toMatch(PROBLEM);
      expect(bot.err).toMatch(PROBLEM);
      expect(fake.identifyCount).toBe(0);
    } finally {
      await fake.close();
    }
  });
});

describe('a token that is not three dot-separated parts', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(() => fake.close());

  it.each([
    ['start', 'no dots', ['start'], 'notatokenatall-SeCrEt'],
    ['start', '2 parts', ['start'], 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.SeCrEt'],
    ['start --shards 2', 'spaces or quotes', ['start', '--shards', '2'], 'Bot MTEwMDAwMDAwMDAwMDAwMDAwMQ.abc.SeCrEt'],
    ['deploy', '4 parts', ['deploy', '--guild', '123456789012345678'], 'a.b.c.SeCrEt'],
  ])('%s, a token with %s: one line, exit 2, nothing sent to Discord', async (_name, what, args, token) => {
    const before = fake.requests.length;
    const r = await cli(args, { DISCORD_TOKEN: token, DISCORD_API_BASE: fake.apiBase });
    expect(r.code).toBe(2);
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).toMatch(/DISCORD_TOKEN does not look like a bot token \(three parts separated by dots; /);
    expect(r.err).toContain(what);
    expect(r.out + r.err).not.toContain('SeCrEt');
    expect(fake.requests.length).toBe(before);
    expect(fake.gatewayConnections.length).toBe(0);
  });
});

describe('Discord cannot be reached (nothing listens on the API port)', () => {
  it.each([
    ['start', ['start'], 'netmedic: '],
    ['deploy', ['deploy', '--guild', '123456789012345678'], 'netmedic deploy: '],
  ])('%s: "Could not reach Discord" once on stderr, exit 1, never "refused"', async (_name, args, prefix) => {
    const port = await closedPort();
    const base = `http://127.0.0.1:${port}/api`;
    const r = await cli(args, { DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.netmedic-e2e-token', DISCORD_API_BASE: base, LOG_LEVEL: 'info' });
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([`${prefix}Could not reach Discord at ${base} (ECONNREFUSED). Check this machine's network, DNS and firewall, or DISCORD_API_BASE.`]);
    expect(r.out + r.err).not.toMatch(/\brefused\b/i);
    // The JSON log (stdout) has it at most once too: no retry loop, no repeated error lines.
    expect(lines(r.out).filter((l) => l.includes('Could not reach')).length).toBeLessThanOrEqual(1);
  });
});

describe('the CLI speaks CLI', () => {
  it('check: "this machine", never "the bot"', async () => {
    const port = await closedPort();
    const r = await cli(['check', '--allow-private', '--protocol', 'tcp', `127.0.0.1:${port}`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Checked from this machine');
    expect(r.out).not.toMatch(/the bot\b|bot's network/);
  });

  it('explain without a match points at `netmedic faq`, not /faq', async () => {
    const r = await cli(['explain', 'TypeError: x is not a function']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('`netmedic faq`');
    expect(r.out).not.toContain('/faq');
  });

  it('faq list: "netmedic faq <id> shows one"', async () => {
    const r = await cli(['faq']);
    expect(r.out).toContain('netmedic faq <id> shows one');
    expect(r.out).not.toContain('/faq');
  });

  it('console mode: slash commands, but checks run from "this machine"', async () => {
    const port = await closedPort();
    const r = await cli(['console'], { PROBE_ALLOW_PRIVATE: 'true' }, `/check 127.0.0.1:${port} protocol:tcp\n/explain TypeError: x is not a function\n`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Checked from this machine');
    expect(r.out).not.toMatch(/bot's network/);
    expect(r.out).toContain('`/faq`');
  });
});

describe('netmedic invite', () => {
  const EXPECTED =
    PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;

  it('--json: the OAuth2 URL with both scopes and the permission integer', async () => {
    const r = await cli(['invite', '--json', '--app', '123456789012345678']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { url: string; permissions: string; scopes: string[]; permissionNames: string[] };
    expect(json.permissions).toBe(EXPECTED.toString());
    expect(json.permissions).toBe('274877991936');
    expect(json.scopes).toEqual(['bot', 'applications.commands']);
    const url = new URL(json.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://discord.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: '123456789012345678', scope: 'bot applications.commands', permissions: '274877991936' });
  });

  it('reads the application id from the token, and prints each permission with its reason', async () => {
    const r = await cli(['invite'], { DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.netmedic-e2e-token' });
    expect(r.code).toBe(0);
    expect(lines(r.out)[0]).toBe('https://discord.com/oauth2/authorize?client_id=1100000000000000001&scope=bot+applications.commands&permissions=274877991936');
    for (const name of ['ViewChannel', 'SendMessages', 'SendMessagesInThreads', 'EmbedLinks', 'ReadMessageHistory']) expect(r.out).toMatch(new RegExp(`^  ${name}\\s+\\S`, 'm'));
  });

  it('without any application id: one clear line, exit 2', async () => {
    const r = await cli(['invite']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no application id: pass --app ID, or set DISCORD_APPLICATION_ID/);
  });
});
