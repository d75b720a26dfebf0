/**
 * What console mode prints on a terminal (colours on): a rule between one reply and the next,
 * and each reply's buttons once — as the numbered row the user types from.
 */
import { PassThrough } from 'node:stream';
import { createRuntime, type Runtime } from '../../src/runtime';
import { loadConfig } from '../../src/config';
import { ConsoleSession } from '../../src/console/session';
import { createLogger } from '../../src/logger';
import { CONSOLE_VOICE } from '../../src/render/voice';

const RULE = '─'.repeat(60);
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

let runtime: Runtime;
let session: ConsoleSession;
let text = '';

beforeAll(async () => {
  const log = createLogger({ level: 'silent', destination: new PassThrough() });
  runtime = await createRuntime(loadConfig({ PROBE_USER_COOLDOWN_SECONDS: '0' }), log, { voice: CONSOLE_VOICE });
  const output = new PassThrough();
  output.on('data', (d: Buffer) => (text += d.toString()));
  session = new ConsoleSession({ registry: runtime.registry, services: runtime.services, log, output, color: true });
});

async function say(line: string): Promise<string> {
  const start = text.length;
  await session.handleLine(line);
  await new Promise((r) => setImmediate(r));
  return text.slice(start);
}

it('each button row is printed once, numbered, even with colours', async () => {
  const printed = plain(await say('/explain connect ECONNREFUSED 10.0.0.5:5432'));
  expect(printed.match(/Full article/g)).toHaveLength(1);
  expect(printed).toMatch(/^\[1\] Full article/m);
  expect(printed).not.toContain('[Full article]');
});

it('a rule separates one reply from the next (and does not come before the first)', async () => {
  const first = text.indexOf('Connection refused');
  expect(first).toBeGreaterThanOrEqual(0);
  expect(plain(text.slice(0, first))).not.toContain(RULE);
  const second = plain(await say('/about'));
  expect(second.startsWith(RULE + '\n')).toBe(true);
  const third = plain(await say('1'));
  expect(third.startsWith(RULE + '\n')).toBe(true);
  expect(plain(text).split(RULE)).toHaveLength(3);
});
