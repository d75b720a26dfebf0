/**
 * The set-up the learning-loop e2e suites share: a database of one engine, the test Discord
 * server with two guilds (commands deployed to both, so scoping can be tried from the second),
 * and the real bot on that database.
 */
import { createTestDatabase, type EngineName, type TestDatabase } from './databases';
import { startFakeDiscord, type FakeDiscord } from './discord';
import { deployToFake, startTestBot, type TestBot } from './netmedic-bot';

export interface TwoGuildBot {
  tdb: TestDatabase;
  fake: FakeDiscord;
  bot: TestBot;
}

export async function startTwoGuildBot(engine: EngineName, guildA: string, guildB: string): Promise<TwoGuildBot> {
  const tdb = await createTestDatabase(engine);
  const fake = await startFakeDiscord({ guilds: [{ id: guildA }, { id: guildB }] });
  const bot = await startTestBot(fake, { env: { DATABASE_URL: tdb.url } });
  await deployToFake(fake, bot.runtime);
  const { deployCommands } = await import('../../src/discord/deploy.js');
  await deployCommands(bot.runtime.services.config, bot.runtime.registry.definitions(), guildB, fake.applicationId);
  return { tdb, fake, bot };
}

export async function stopTwoGuildBot(setup: Partial<TwoGuildBot>): Promise<void> {
  await setup.bot?.stop();
  await setup.fake?.close();
  await setup.tdb?.drop();
}
