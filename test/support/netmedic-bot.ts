/**
 * Runs the real netmedic bot in the test process: the real command registry, services and
 * discord.js Client, pointed at the local Discord-compatible server. Tests read its logs.
 */
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config';
import { startBot, type RunningBot } from '../../src/discord/bot';
import { createAutoExplain } from '../../src/discord/auto-explain';
import { createRegistry, loadCommandModules } from '../../src/interaction/registry';
import type { CommandModule } from '../../src/interaction/types';
import { createLogger } from '../../src/logger';
import { createRuntime, type Runtime } from '../../src/runtime';
import { scratchSqlite } from './databases';
import type { FakeDiscord } from './discord';

export interface TestBot {
  bot: RunningBot;
  runtime: Runtime;
  config: Config;
  /** Parsed JSON log lines, in order. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  /** Extra command modules (e.g. one that throws) added to the real ones. */
  extraCommands?: CommandModule[];
  /** Log level of the captured logs (default debug). */
  logLevel?: 'debug' | 'trace';
}

export async function startTestBot(fake: FakeDiscord, options: TestBotOptions = {}): Promise<TestBot> {
  const scratch = options.env?.DATABASE_URL ? null : scratchSqlite();
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: 'debug',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const log = createLogger({ level: options.logLevel ?? 'debug', destination });
  let ping = (): number | null => null;
  const base = await createRuntime(config, log, { gatewayPing: () => ping() });
  const registry = options.extraCommands ? createRegistry([...loadCommandModules(), ...options.extraCommands]) : base.registry;
  const runtime = { ...base, registry };
  const bot = await startBot({
    config,
    log,
    services: runtime.services,
    registry,
    onMessage: config.AUTO_EXPLAIN_CHANNELS.length ? createAutoExplain(runtime.services) : undefined,
  });
  ping = () => bot.client.ws.ping;
  return {
    bot,
    runtime,
    config,
    logs,
    async stop() {
      await bot.stop();
      await base.close();
      scratch?.remove();
    },
  };
}

/** Register the real commands (as `netmedic deploy --guild` would) so interactions carry typed options. */
export async function deployToFake(fake: FakeDiscord, runtime: Runtime): Promise<void> {
  const { deployCommands } = await import('../../src/discord/deploy.js');
  await deployCommands(runtime.services.config, runtime.registry.definitions(), fake.guildId, fake.applicationId);
}
