/**
 * Sharding for large installs: discord.js's ShardingManager runs one child process per shard.
 * Each child is `netmedic start` again; discord.js's Client picks its shard ids from the
 * environment the manager sets.
 */
import { join } from 'node:path';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { packageRoot } from '../util/paths';

/** Discord's recommended shard count, asked from the configured API (not always discord.com). */
export async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN ?? '');
  const info = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, info.shards);
}

export async function runShardManager(config: Config, shards: number | 'auto', log: Logger): Promise<number> {
  const totalShards = shards === 'auto' ? await recommendedShards(config) : shards;
  const manager = new ShardingManager(join(packageRoot(), 'bin', 'netmedic.js'), {
    token: config.DISCORD_TOKEN,
    totalShards,
    shardArgs: ['start'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id, totalShards }, 'shard started'));
  const stop = async () => {
    log.info('stopping shards');
    for (const shard of manager.shards.values()) shard.kill();
    log.flush();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await manager.spawn({ amount: totalShards, timeout: 60_000 });
  return new Promise<number>(() => undefined);
}
