/**
 * Console mode: the slash commands typed (or piped) into `netmedic start` without a token, answered
 * by the same handlers and router as in Discord. First the real process with piped stdin, then
 * ConsoleSession in-process for the cases that need a custom command.
 */
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { ConsoleSession } from '../../src/console/session';
import { createRegistry, loadCommandModules } from '../../src/interaction/registry';
import type { CommandModule } from '../../src/interaction/types';
import { createLogger } from '../../src/logger';
import { createRuntime, type Runtime } from '../../src/runtime';
import { scratchSqlite } from '../support/databases';
import { builtCliExists, runCli, type RunningProcess } from '../support/bot-process';
import { closedPort } from '../support/servers';
import { scaled } from '../support/timing';

const CONSOLE_BANNER = 'No DISCORD_TOKEN set: starting console mode.';

async function finished(proc: RunningProcess, unscaledMs = 20_000): Promise<{ code: number; out: string; err: string }> {
  const ms = scaled(unscaledMs);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      proc.child.kill('SIGKILL');
      reject(new Error(`console did not exit within ${ms} ms:\n${proc.stdout()}\n${proc.stderr()}`));
    }, ms);
  });
  try {
    const code = await Promise.race([proc.exited, timeout]);
    return { code, out: proc.stdout(), err: proc.stderr() };
  } finally {
    clearTimeout(timer);
  }
}

describe('console mode through the real CLI (piped stdin)', () => {
  beforeAll(() => {
    if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  });

  it('without DISCORD_TOKEN, says it is console mode, answers /explain and exits 0 at EOF', async () => {
    const { code, out, err } = await finished(runCli(['start'], {}, '/explain ECONNREFUSED\n'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.startsWith(CONSOLE_BANNER)).toBe(true);
    expect(out).toMatch(/^Connection refused$/m);
    expect(out).toContain('Matched code ECONNREFUSED');
    expect(out).toContain('[1] Full article');
  });

  it('keeps going after an unknown command, presses numbered buttons, stops at /quit before later lines', async () => {
    const input = ['/bogus', '/explain ECONNREFUSED', '1', '/quit', '/about'].join('\n') + '\n';
    const { code, out, err } = await finished(runCli(['start'], {}, input));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const unknownAt = out.indexOf('Unknown command /bogus. Type /help for the list.');
    const answerAt = out.indexOf('Matched code ECONNREFUSED');
    const articleAt = out.indexOf('What it means');
    expect(unknownAt).toBeGreaterThan(0);
    expect(answerAt).toBeGreaterThan(unknownAt); // the session carried on after the unknown command
    expect(articleAt).toBeGreaterThan(answerAt); // "1" pressed Full article
    expect(out.slice(articleAt)).toContain('Article connection-refused · page 1 of');
    expect(out).toContain('(only you can see this)');
    // /about after /quit never ran.
    expect(out).not.toContain('Knowledge base');
    expect(out).not.toMatch(/^netmedic$/m);
  });

  it('/check on a closed loopback port shows the refused verdict', async () => {
    const port = await closedPort();
    const env = { PROBE_ALLOW_PRIVATE: 'true', PROBE_TCP_TIMEOUT_MS: '800', PROBE_HTTP_TIMEOUT_MS: '800', PROBE_DEADLINE_MS: '4000' };
    const { code, out, err } = await finished(runCli(['start'], env, `/check 127.0.0.1:${port}\n`));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(`❌ Connection refused — 127.0.0.1:${port}`);
    expect(out).toContain('[1] Full article');
    // Only the final state is printed, not the progress.
    expect(out).not.toContain('Checking 127.0.0.1');
  });

  it('/check on a private address without PROBE_ALLOW_PRIVATE is not probed', async () => {
    const port = await closedPort();
    const { code, out } = await finished(runCli(['start'], {}, `/check 127.0.0.1:${port}\n`));
    expect(code).toBe(0);
    expect(out).not.toContain('Connection refused — 127.0.0.1');
    expect(out).toContain(`⛔ Not checked — 127.0.0.1:${port}`);
    expect(out).toContain('loopback');
  });
});

describe('ConsoleSession in-process', () => {
  let runtime: Runtime;
  let output: PassThrough;
  let text: string;
  let session: ConsoleSession;

  const boom: CommandModule = {
    definition: { name: 'boom', description: 'Always fails (test only)', type: 1 },
    async chatInput() {
      throw new Error('kaboom in console');
    },
  };

  beforeAll(async () => {
    const config = loadConfig({ PROBE_USER_COOLDOWN_SECONDS: '0', DATABASE_URL: scratch.url });
    const log = createLogger({ level: 'silent', destination: new PassThrough() });
    runtime = await createRuntime(config, log);
    output = new PassThrough();
    text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    session = new ConsoleSession({ registry: createRegistry([...loadCommandModules(), boom]), services: runtime.services, log, output });
  });

  const scratch = scratchSqlite();
  afterAll(async () => {
    await runtime.close();
    scratch.remove();
  });

  async function say(line: string): Promise<{ keepGoing: boolean; printed: string }> {
    const start = text.length;
    const keepGoing = await session.handleLine(line);
    await new Promise((r) => setImmediate(r));
    return { keepGoing, printed: text.slice(start) };
  }

  it('/quit and /exit end the session; blank lines do nothing', async () => {
    expect(await say('/quit')).toEqual({ keepGoing: false, printed: '' });
    expect(await say('/exit')).toEqual({ keepGoing: false, printed: '' });
    expect(await say('   ')).toEqual({ keepGoing: true, printed: '' });
  });

  it('/help lists the chat commands (not the context menus)', async () => {
    const { keepGoing, printed } = await say('/help');
    expect(keepGoing).toBe(true);
    for (const name of ['/about', '/check', '/explain', '/faq', '/kb']) expect(printed).toContain(name);
    expect(printed).not.toContain('Explain this error');
    expect(printed).toContain('/quit');
  });

  it('a number with no buttons on screen says so', async () => {
    const fresh = new ConsoleSession({ registry: runtime.registry, services: runtime.services, log: createLogger({ level: 'silent', destination: new PassThrough() }), output });
    const start = text.length;
    expect(await fresh.handleLine('3')).toBe(true);
    expect(text.slice(start)).toContain('There are no buttons to press.');
  });

  it('a handler error prints "Something went wrong (ref X)" and the session goes on', async () => {
    const { keepGoing, printed } = await say('/boom');
    expect(keepGoing).toBe(true);
    expect(printed).toMatch(/Something went wrong \(ref [0-9A-F]{8}\)/);
    expect((await say('/about')).printed).toContain('Knowledge base');
  });

  it('buttons are numbered; pressing one past the end names the valid range', async () => {
    const answer = await say('/explain connect ECONNREFUSED 10.0.0.5:5432');
    expect(answer.printed).toMatch(/\[1\] Full article/);
    const wrong = await say('7');
    expect(wrong.printed).toMatch(/There is no button 7; pick 1–\d+\./);
    const pressed = await say('1');
    expect(pressed.printed).toContain('What it means');
    expect(pressed.printed).toContain('(only you can see this)');
  });

  it('--locale de / ru: console mode\'s own words, parse errors and the private-reply marker are translated', async () => {
    const sessionIn = (locale: string) => {
      let out = '';
      const stream = new PassThrough();
      stream.on('data', (d: Buffer) => (out += d.toString()));
      const s = new ConsoleSession({ registry: runtime.registry, services: runtime.services, log: createLogger({ level: 'silent', destination: new PassThrough() }), output: stream, locale });
      return async (line: string) => {
        const start = out.length;
        await s.handleLine(line);
        await new Promise((r) => setImmediate(r));
        return out.slice(start);
      };
    };
    const de = sessionIn('de');
    expect(await de('3')).toContain('Es gibt keine Buttons zum Drücken.');
    expect(await de('/bogus')).toContain('Unbekannter Befehl /bogus. Gib /help ein, um die Liste zu sehen.');
    expect(await de('/check')).toContain('Es fehlt: target. Verwendung: /check target:<Text>');
    const help = await de('/help');
    expect(help).toContain('Befehle (so eingeben wie in Discord):');
    expect(help).toContain('/quit  — Konsolenmodus beenden');
    const answer = await de('/explain connect ECONNREFUSED 10.0.0.5:5432');
    expect(answer).toMatch(/\[1\] Ganzer Artikel/);
    expect(await de('7')).toMatch(/Es gibt keinen Button 7; wähle 1–\d+\./);
    const pressed = await de('1');
    expect(pressed).toContain('(nur du siehst das)');
    expect(pressed).not.toContain('only you can see this');
    const ru = sessionIn('ru');
    expect(await ru('/check x.com public:maybe')).toContain('Параметр public принимает true или false, а не «maybe».');
  });
});
