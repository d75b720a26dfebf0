/**
 * `netmedic start [--shards auto|N]`: run the bot when DISCORD_TOKEN is set, console mode when not.
 */
import { parseArgs } from 'node:util';
import { tokenShapeProblem } from '../../config';
import { createLogger } from '../../logger';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';

const help = `Usage: netmedic start [--shards auto|N]

With DISCORD_TOKEN set: logs in and answers interactions until SIGINT/SIGTERM.
Without it: starts console mode (type the slash commands in the terminal; /quit or EOF to leave).

Options:
  --shards auto|N   run N shards (or Discord's recommendation) as child processes with
                    discord.js's ShardingManager. Needed from about 2,500 servers on; bots in
                    fewer servers should run one process (the default).`;

export const command: CliCommand = {
  name: 'start',
  summary: 'Run the bot (or console mode when DISCORD_TOKEN is not set)',
  help,
  async run(args, io) {
    let shards: string | undefined;
    try {
      shards = parseArgs({ args, options: { shards: { type: 'string' } }, allowPositionals: false }).values.shards;
    } catch (err) {
      io.stderr.write(`netmedic start: ${(err as Error).message}\n${help}\n`);
      return EXIT.usage;
    }
    if (shards !== undefined && shards !== 'auto' && !/^[1-9]\d{0,4}$/.test(shards)) {
      io.stderr.write(`netmedic start: --shards takes "auto" or a whole number of shards, got "${shards}".\n`);
      return EXIT.usage;
    }
    const config = configOrExit(io);
    if (!config) return EXIT.usage;

    if (!config.DISCORD_TOKEN) {
      io.stdout.write('No DISCORD_TOKEN set: starting console mode. Type /help for the commands, /quit to leave.\n');
      const { runConsoleMode } = await import('../../runtime.js');
      const { localeFromEnv } = await import('../locale.js');
      return runConsoleMode(config, io, localeFromEnv(io.env));
    }
    // A token that cannot be one is refused at once, before discord.js is even loaded.
    const shape = tokenShapeProblem(config.DISCORD_TOKEN);
    if (shape) {
      io.stderr.write(`netmedic: ${shape}\n`);
      return EXIT.usage;
    }
    const log = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
    if (shards !== undefined && !io.env.SHARDING_MANAGER) {
      const { runShardManager } = await import('../../discord/shards.js');
      return runShardManager(config, shards === 'auto' ? 'auto' : Number(shards), log);
    }
    const { runBot } = await import('../../runtime.js');
    return runBot(config, log, io);
  },
};
