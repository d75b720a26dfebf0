/**
 * The real CLI as a child process (`node bin/netmedic.js …`, compiled by `npm run build`):
 * start/stop against the local Discord-compatible server, the operator-facing startup failures
 * (exit code 2, one sentence, no stack trace, no token), deploy, and the help texts.
 */
import { startFakeDiscord, type FakeDiscord } from '../support/discord';
import { builtCliExists, runCli, type RunningProcess } from '../support/bot-process';
import { scaled } from '../support/timing';

/** A stack frame, printed as-is or inside a JSON log line ("stack":"…\\n    at …"). */
const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)|^\s+at .+:\d+:\d+$|\\n\s+at |"stack":/m;
const SUBCOMMANDS = ['start', 'console', 'explain', 'check', 'faq', 'kb', 'db', 'deploy', 'xtream'];

/** Resolves with the exit code, or rejects if the process is still running after `ms`. */
async function exitWithin(proc: RunningProcess, unscaledMs: number): Promise<number> {
  const ms = scaled(unscaledMs);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      proc.child.kill('SIGKILL');
      reject(new Error(`process still running after ${ms} ms:\n${proc.stdout()}\n${proc.stderr()}`));
    }, ms);
  });
  try {
    return await Promise.race([proc.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Non-empty lines of a stream's text. */
function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

beforeAll(() => {
  if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

describe('netmedic start (child process) against the local Discord-compatible server', () => {
  let fake: FakeDiscord;
  const running: RunningProcess[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });

  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    // Wait for them to be gone: nothing this suite started outlives it.
    await Promise.all(running.map((p) => p.exited));
    await fake?.close();
  });

  it('logs in, answers /about, and exits 0 on SIGTERM within a few seconds', async () => {
    const proc = runCli(['start'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'info' });
    running.push(proc);
    await proc.waitForOutput(/"msg":"logged in"/, 20_000);

    const handle = fake.sendChatInput('about');
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(4);
    expect(cb.data.flags).toBe(64);

    proc.child.kill('SIGTERM');
    const code = await exitWithin(proc, 5000);
    expect({ code, stderr: proc.stderr() }).toEqual({ code: 0, stderr: '' });
    const msgs = lines(proc.stdout()).map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toEqual(expect.arrayContaining(['logged in', 'stopping', 'stopped']));
    expect(proc.stdout()).not.toContain(fake.token);
  });

  it('a wrong token: exit 2, one sentence naming DISCORD_TOKEN, the token never printed, no stack trace', async () => {
    const wrong = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.wrong0.not-the-fake-token-SeCrEt-value';
    const proc = runCli(['start'], { DISCORD_TOKEN: wrong, DISCORD_API_BASE: fake.apiBase });
    running.push(proc);
    const code = await exitWithin(proc, 20_000);
    const err = proc.stderr();
    expect({ code, err }).toEqual({ code: 2, err: expect.stringContaining('DISCORD_TOKEN') as string });
    expect(lines(err)).toHaveLength(1);
    expect(err).toMatch(/^netmedic: Discord rejected DISCORD_TOKEN/);
    for (const text of [proc.stdout(), err]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain('SeCrEt');
      expect(text).not.toMatch(STACK_TRACE);
    }
    // The fake saw a request with the wrong token and refused it.
    expect(fake.requests.some((r) => r.auth === 'invalid' && r.status === 401)).toBe(true);
  });

  it('no access to a privileged intent (close 4014): exit 2 with the Message Content sentence', async () => {
    const strict = await startFakeDiscord({ disallowPrivilegedIntents: true });
    try {
      const proc = runCli(['start'], { DISCORD_TOKEN: strict.token, DISCORD_API_BASE: strict.apiBase, AUTO_EXPLAIN_CHANNELS: strict.channelId });
      running.push(proc);
      const code = await exitWithin(proc, 20_000);
      const err = proc.stderr();
      expect({ code, err }).toEqual({ code: 2, err: expect.stringContaining('Message Content intent') as string });
      expect(err).toContain('4014');
      expect(lines(err)).toHaveLength(1);
      expect(proc.stdout() + err).not.toMatch(STACK_TRACE);
      expect(proc.stdout() + err).not.toContain(strict.token);
      // The log keeps what discord.js said, without its stack.
      expect(proc.stdout()).toContain('"error":"Used disallowed intents","msg":"gateway connection error"');
      expect(strict.identifies.at(-1)).toMatchObject({ accepted: false, closeCode: 4014 });
    } finally {
      await strict.close();
    }
  });

  it('deploy --guild registers every command on the server and exits 0', async () => {
    const proc = runCli(['deploy', '--guild', fake.guildId], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    const code = await exitWithin(proc, 20_000);
    expect({ code, stderr: proc.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(proc.stdout()).toContain(`Deployed 11 commands to server ${fake.guildId}`);
    const registered = fake.registeredCommands(fake.guildId);
    expect(registered.map((c) => c.name).sort()).toEqual(['Answer with FAQ', 'Explain this error', 'about', 'check', 'explain', 'faq', 'faqs', 'kb', 'netmedic', 'Teach netmedic', 'xtream'].sort());
    expect(fake.registeredCommands()).toEqual([]); // nothing global
  });

  it('deploys on start only when DEPLOY_ON_START=true (to DISCORD_GUILD_ID)', async () => {
    const other = await startFakeDiscord();
    try {
      const env = { DISCORD_TOKEN: other.token, DISCORD_API_BASE: other.apiBase, LOG_LEVEL: 'info' };
      const plain = runCli(['start'], env);
      running.push(plain);
      await plain.waitForOutput(/"msg":"logged in"/, 20_000);
      plain.child.kill('SIGTERM');
      expect(await exitWithin(plain, 5000)).toBe(0);
      expect(other.registeredCommands(other.guildId)).toEqual([]);

      const deploying = runCli(['start'], { ...env, DEPLOY_ON_START: 'true', DISCORD_GUILD_ID: other.guildId });
      running.push(deploying);
      await deploying.waitForOutput(/"msg":"commands deployed on start"/, 20_000);
      expect(other.registeredCommands(other.guildId)).toHaveLength(11);
      deploying.child.kill('SIGTERM');
      expect(await exitWithin(deploying, 5000)).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('netmedic CLI without Discord', () => {
  it('bad configuration: exit 2, one line per bad variable, no stack trace', async () => {
    const proc = runCli(['start'], { LOG_LEVEL: 'loud', PROBE_TCP_TIMEOUT_MS: 'abc' });
    const code = await exitWithin(proc, 15_000);
    const err = proc.stderr();
    expect(code).toBe(2);
    const errLines = lines(err);
    expect(errLines[0]).toBe('netmedic: bad configuration:');
    expect(errLines.slice(1)).toHaveLength(2);
    expect(errLines.filter((l) => l.trim().startsWith('LOG_LEVEL:'))).toHaveLength(1);
    expect(errLines.filter((l) => l.trim().startsWith('PROBE_TCP_TIMEOUT_MS:'))).toHaveLength(1);
    expect(err).toContain('"loud"');
    expect(err).toContain('"abc"');
    expect(err).not.toMatch(STACK_TRACE);
    expect(proc.stdout()).toBe(''); // did not fall into console mode
  });

  it('deploy --dry-run prints every command as JSON without a token', async () => {
    const proc = runCli(['deploy', '--dry-run'], {});
    const code = await exitWithin(proc, 15_000);
    expect({ code, stderr: proc.stderr() }).toEqual({ code: 0, stderr: '' });
    const defs = JSON.parse(proc.stdout()) as { name: string; type: number }[];
    expect(defs.map((d) => [d.name, d.type]).sort()).toEqual(
      [
        ['Answer with FAQ', 3],
        ['Explain this error', 3],
        ['about', 1],
        ['check', 1],
        ['explain', 1],
        ['faq', 1],
        ['faqs', 1],
        ['kb', 1],
        ['xtream', 1],
        ['netmedic', 1],
        ['Teach netmedic', 3],
      ].sort(),
    );
  });

  it('--help lists the subcommands; each subcommand has --help; an unknown one exits 2', async () => {
    const top = runCli(['--help'], {});
    const subs = SUBCOMMANDS.map((name) => ({ name, proc: runCli([name, '--help'], {}) }));
    const unknown = runCli(['frobnicate'], {});

    expect(await exitWithin(top, 15_000)).toBe(0);
    for (const name of SUBCOMMANDS) expect(top.stdout()).toMatch(new RegExp(`^\\s+${name}\\s+\\S`, 'm'));

    for (const { name, proc } of subs) {
      const code = await exitWithin(proc, 15_000);
      expect({ name, code, stderr: proc.stderr() }).toEqual({ name, code: 0, stderr: '' });
      expect({ name, usage: /Usage: netmedic/.test(proc.stdout()) && proc.stdout().includes(name) }).toEqual({ name, usage: true });
    }

    expect(await exitWithin(unknown, 15_000)).toBe(2);
    expect(unknown.stderr()).toContain('unknown command "frobnicate"');
    expect(unknown.stdout()).toBe('');
  });
});
