/**
 * An invalid knowledge base stops start-up (bot and console mode) with the lint-style problems,
 * exit code 1 (as for every CLI command, see the README's exit codes), before anything connects
 * to Discord.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/bot-process';
import { startFakeDiscord, type FakeDiscord } from '../support/discord';

let dir: string;
let fake: FakeDiscord;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'netmedic-kb-'));
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
  const file = join(dir, 'connection-timeout.md');
  // Break one field: codes must be a list of strings.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^codes:\n/m, 'codes: 12\nold_codes:\n'));
  fake = await startFakeDiscord();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await fake.close();
});

it('the bot refuses to start and names the file, line and field', async () => {
  const bot = runCli(['start'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, KNOWLEDGE_DIR: dir });
  expect(await bot.exited).toBe(1);
  expect(bot.stderr()).toMatch(/knowledge base has \d+ problem/);
  expect(bot.stderr()).toMatch(/connection-timeout\.md:\d+ codes: /);
  expect(bot.stderr()).not.toMatch(/\n\s+at /);
  expect(fake.identifyCount).toBe(0);
});

it('console mode refuses to start the same way', async () => {
  const run = runCli(['start'], { KNOWLEDGE_DIR: dir }, '/explain ECONNREFUSED\n');
  expect(await run.exited).toBe(1);
  expect(run.stderr()).toMatch(/connection-timeout\.md:\d+ codes: /);
});
