/**
 * `netmedic start --shards N|auto` runs discord.js's ShardingManager: one child process per shard,
 * each identifying with its own shard id, all answering, and a clean stop on SIGTERM.
 */
import { runCli } from '../support/bot-process';
import { startFakeDiscord, type FakeDiscord } from '../support/discord';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(60_000));

describe('sharding', () => {
  let fake: FakeDiscord;

  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
  });

  async function runShards(shards: string, expected: number[][]) {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'info' };
    const deploy = runCli(['deploy', '--guild', fake.guildId], env);
    expect(await deploy.exited).toBe(0);
    const bot = runCli(['start', '--shards', shards], env);
    try {
      await fake.waitFor(() => fake.identifies.length >= expected.length && (bot.stdout().match(/logged in/g) ?? []).length >= expected.length, 40_000, 'every shard logged in');
      const shardsSeen = fake.identifies.map((i) => i.shard).sort((a, b) => (a?.[0] ?? 0) - (b?.[0] ?? 0));
      expect(shardsSeen).toEqual(expected);
      const callback = await fake.sendChatInput('about').waitForCallback(10_000);
      expect(callback.type).toBe(4);
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
  }

  it('--shards 2 starts two shards that identify as [0,2] and [1,2]', async () => {
    await runShards('2', [
      [0, 2],
      [1, 2],
    ]);
  });

  it('--shards auto uses the count the API recommends', async () => {
    await runShards('auto', [[0, 1]]);
  });

  it('rejects a bad shard count with a clear message', async () => {
    const bad = runCli(['start', '--shards', 'many'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toMatch(/--shards takes "auto" or a whole number/);
  });
});
