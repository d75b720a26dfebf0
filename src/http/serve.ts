/**
 * `netmedic serve`: the composition root of HTTP mode. Builds the shared runtime (knowledge,
 * check service with Redis limits when REDIS_URL is set), the metrics, the REST client and the
 * HTTP server, and stops cleanly on SIGINT/SIGTERM.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import { applicationIdOf, type Config } from '../config';
import { createPrometheusMetrics } from '../metrics/prometheus';
import { createRuntime, type Runtime } from '../runtime';
import { createReplayGuard } from './replay';
import { readCommandIds } from '../interaction/command-ids';
import { createInteractionRest, type InteractionRest } from './rest';
import { createHttpServer, listen } from './server';
import { publicKeyFromHex } from './signature';

export interface ServeOptions {
  config: Config;
  log: Logger;
  port: number;
  host: string;
  /** Signed timestamps further than this from now are refused (default 300 s). */
  maxAgeSeconds?: number;
}

export interface RunningServer {
  port: number;
  server: http.Server;
  runtime: Runtime;
  stop(): Promise<void>;
}

export async function startServe(options: ServeOptions): Promise<RunningServer> {
  const { config, log } = options;
  if (!config.DISCORD_PUBLIC_KEY) throw new Error('DISCORD_PUBLIC_KEY is not set: copy the "Public Key" from the Developer Portal (General Information).');
  const publicKey = publicKeyFromHex(config.DISCORD_PUBLIC_KEY);
  const metrics = createPrometheusMetrics();
  const runtime = await createRuntime(config, log, { metrics });
  const maxAgeSeconds = options.maxAgeSeconds ?? 300;
  const rest = createInteractionRest({ apiBase: config.DISCORD_API_BASE, botToken: config.DISCORD_TOKEN, log });
  void learnCommandIds(rest, runtime, config, log);
  const server = createHttpServer({
    log,
    version: runtime.services.version,
    metrics,
    interactions: {
      publicKey,
      services: runtime.services,
      registry: runtime.registry,
      rest,
      log,
      maxAgeSeconds,
      replay: createReplayGuard({
        windowMs: maxAgeSeconds * 2 * 1000,
        redis: runtime.redis ? { client: runtime.redis.client, prefix: runtime.redis.prefix } : undefined,
      }),
    },
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  const port = await listen(server, options.port, options.host);
  log.info({ port, host: options.host, redis: Boolean(runtime.redis) }, 'serving interactions over HTTP');
  return {
    port,
    server,
    runtime,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await runtime.close();
    },
  };
}

/** With a bot token, read the commands' ids once at start; without one, each is learnt when first used. */
async function learnCommandIds(rest: InteractionRest, runtime: Runtime, config: Config, log: Logger): Promise<void> {
  const book = runtime.services.commandIds;
  const applicationId = applicationIdOf(config);
  if (!book || !config.DISCORD_TOKEN || !applicationId) return;
  await readCommandIds(book, (guild) => rest.listCommands(applicationId, guild), config.DISCORD_GUILD_ID, log);
}
