/**
 * Console mode for issue 12: /xtream asks the form's fields one line at a time (the password
 * field flagged as hidden), answers with the line's state and never prints the password; the
 * "Check my line" button of an Xtream /check reply opens the same form with the URL prefilled;
 * /check with the game protocols; and the real process with piped stdin.
 */
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { ConsoleSession } from '../../src/console/session';
import { loadRegistry } from '../../src/interaction/registry';
import { createLogger } from '../../src/logger';
import { createRuntime } from '../../src/runtime';
import { builtCliExists, runCli } from '../support/bot-process';
import { closeAfterEach } from '../support/close-after-each';
import { fakePanel, lineAnswer } from '../support/fake-panel';
import { sourceServer } from '../support/game-servers';
import { xtreamServer } from '../support/servers';

jest.setTimeout(30000);

const USER = 'dave.console';
const PASSWORD = 'console-Secret-31337';
const keep = closeAfterEach();

describe('console: /xtream and game checks', () => {
  let text = '';
  let logs = '';
  let session: ConsoleSession;

  beforeAll(async () => {
    const config = loadConfig({ PROBE_USER_COOLDOWN_SECONDS: '0', PROBE_ALLOW_PRIVATE: 'true', PROBE_TCP_TIMEOUT_MS: '1500', PROBE_DEADLINE_MS: '8000' });
    const logStream = new PassThrough();
    logStream.on('data', (d: Buffer) => (logs += d.toString()));
    const log = createLogger({ level: 'trace', destination: logStream });
    const runtime = await createRuntime(config, log);
    const output = new PassThrough();
    output.on('data', (d: Buffer) => (text += d.toString()));
    session = new ConsoleSession({ registry: loadRegistry(), services: runtime.services, log, output });
  });

  async function say(line: string): Promise<string> {
    const start = text.length;
    await session.handleLine(line);
    await new Promise((r) => setImmediate(r));
    return text.slice(start);
  }

  it('/xtream asks URL, username, password (hidden), then shows the line; the password is never printed or logged', async () => {
    const panel = await keep(fakePanel((port) => ({ username: USER, password: PASSWORD, answer: lineAnswer({ auth: 1, status: 'Expired', exp_date: String(Math.floor(Date.now() / 1000) - 2 * 86400 - 3600) }, {}, port) })));
    expect(await say('/xtream')).toMatch(/Check my IPTV line \(private\)[\s\S]*Server URL/);
    expect(await say(`http://127.0.0.1:${panel.port}`)).toContain('Username');
    const askPassword = await say(USER);
    expect(askPassword).toContain('Password');
    expect(askPassword).toContain('(not shown)');
    expect(session.wantsSecret()).toBe(true);
    const answer = await say(PASSWORD);
    expect(session.wantsSecret()).toBe(false);
    expect(answer).toContain('Line expired');
    expect(answer).toContain('2 days ago');
    expect(answer).toContain('(only you can see this)');
    expect(text).not.toContain(PASSWORD);
    expect(logs).not.toContain(PASSWORD);
    expect(logs).not.toContain(encodeURIComponent(PASSWORD));
  });

  it('/cancel leaves the form', async () => {
    await say('/xtream');
    expect(await say('/cancel')).toContain('Form cancelled.');
    expect(session.wantsSecret()).toBe(false);
  });

  it('the Check my line button on an Xtream /check reply opens the form with the URL prefilled', async () => {
    const panel = await keep(xtreamServer(0));
    const reply = await say(`/check http://127.0.0.1:${panel.port}/player_api.php`);
    const match = /\[(\d)\] Check my line/.exec(reply);
    expect(match).not.toBeNull();
    expect(await say(match![1]!)).toContain(`[http://127.0.0.1:${panel.port}/player_api.php]`);
    // An empty answer keeps the prefilled URL.
    expect(await say('')).toContain('Username');
    await say('/cancel');
  });

  it('/check protocol:source shows the game server', async () => {
    const server = await sourceServer({ name: 'Console srv', map: 'cp_badlands', folder: 'tf', game: 'TF2', players: 3, maxPlayers: 24, version: '9' });
    try {
      const out = await say(`/check target:127.0.0.1:${server.port} protocol:source`);
      expect(out).toContain('Online');
      expect(out).toContain('Players: 3/24');
    } finally {
      await server.close();
    }
  });

  it('/check with an unknown protocol says which ones exist', async () => {
    expect(await say('/check target:127.0.0.1:1 protocol:quake')).toContain('game:<id>');
  });
});

describe('console: the real process with piped stdin', () => {
  it('/xtream fields on the following lines', async () => {
    if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    const panel = await keep(fakePanel((port) => ({ username: USER, password: PASSWORD, answer: lineAnswer({ auth: 1, status: 'Disabled' }, {}, port) })));
    const proc = runCli(['console'], { PROBE_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'trace' }, ['/xtream', `http://127.0.0.1:${panel.port}`, USER, PASSWORD, '/quit'].join('\n') + '\n');
    const code = await proc.exited;
    expect(code).toBe(0);
    expect(proc.stdout()).toContain('Line disabled');
    expect(proc.stdout() + proc.stderr()).not.toContain(PASSWORD);
  });
});
