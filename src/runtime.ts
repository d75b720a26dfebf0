/**
 * Wiring for the long-running front ends: the Discord bot and console mode. Both get the same
 * services (knowledge store, check service) and the same command registry.
 */
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { buildServices, createKnowledgeStore, KnowledgeLoadError } from './app';
import { EXIT, type CliIo } from './cli/types';
import type { Config } from './config';
import { runConsole } from './console/session';
import { loadRegistry, type CommandRegistry } from './interaction/registry';
import type { Metrics, Services } from './interaction/services';
import { defaultKnowledgeDir, loadKnowledgeBase } from './knowledge/load';
import { createLogger } from './logger';
import { checkOptionsFromConfig } from './check-options';
import { runCheck } from './probe';
import { createCheckService } from './interaction/check-service';
import type { Protocol } from './probe/types';
import { connectRedis, type SharedRedis } from './shared/redis';
import { CONSOLE_VOICE, type Voice } from './render/voice';
import type { FaqService } from './faq/service';
import type { LearningService } from './learn/service';
import type { PhraseService } from './learn/phrase-service';
import type { Store } from './store/open';

export interface Runtime {
  services: Services;
  registry: CommandRegistry;
  /** The Redis connection when REDIS_URL is set (shared limits), else null. */
  redis: SharedRedis | null;
  /** Release what the runtime holds (shared leases, the Redis connection, the database). */
  close(): Promise<void>;
}

/** The database could not be opened or migrated: start-up stops with one line. */
export class DatabaseStartError extends Error {
  readonly code = 'NETMEDIC_DATABASE_START';
}

interface DataLayer {
  faqs: FaqService;
  learning: LearningService;
  phrases: PhraseService;
  close: () => Promise<void>;
}

interface OpenedData {
  withKnowledge: (knowledge: Services['knowledge']) => Promise<DataLayer>;
  close: () => Promise<void>;
}

/**
 * Open the database and apply pending migrations (refusing a newer database), beside the
 * knowledge base: `sent` settles once the database has its start (PostgreSQL: a connection is
 * open and the start script written to it; SQLite: the file is open), or has failed. The
 * runtime reads the knowledge files meanwhile and parses them after `sent`, so the database
 * server creates a brand-new schema while this process parses. `opened` is the migrated store;
 * the services over it are made once the knowledge base is there (`withKnowledge`).
 */
function openDataLayer(config: Config): { sent: Promise<void>; opened: Promise<OpenedData> } {
  let markSent = () => undefined as void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const opened = (async (): Promise<OpenedData> => {
    const { databaseTarget, describeTarget, openStore, migrateToLatest } = await import('./store/index.js');
    let target;
    try {
      target = databaseTarget(config.DATABASE_URL);
    } catch (err) {
      throw new DatabaseStartError((err as Error).message);
    }
    let store: Store | undefined;
    try {
      // Opening can fail too (an SQLite directory that cannot be made): the same one line.
      store = openStore(target);
      await store.connect();
      const migrating = migrateToLatest(store);
      // pg writes the query on a later tick of this turn: by the check phase it is on its way.
      setImmediate(markSent);
      await migrating;
    } catch (err) {
      await store?.close().catch(() => undefined);
      throw new DatabaseStartError(`${describeTarget(target)}: ${(err as Error).message}`);
    }
    const migrated = store;
    return { withKnowledge: (knowledge) => dataServices(config, knowledge, migrated), close: () => migrated.close() };
  })();
  // Settled later (awaited by the runtime, or closed when the knowledge base fails): no
  // unhandled rejection meanwhile. A failure lets the knowledge base parse at once.
  opened.catch(() => undefined).finally(markSent);
  return { sent, opened };
}

/** The FAQ, learning and phrase services over a migrated store. */
async function dataServices(config: Config, knowledge: Services['knowledge'], store: Store): Promise<DataLayer> {
  const { createFaqRepo, createGapsRepo, createPhrasesRepo } = await import('./store/index.js');
  const { createLearning } = await import('./learn/service.js');
  const { createPhraseService } = await import('./learn/phrase-service.js');
  const { createFaqService } = await import('./faq/service.js');
  // The query builder loads in the background (while the gateway logs in), not on the start's path.
  store.warm();
  const faqs = createFaqService({ repo: createFaqRepo(store), shipped: () => knowledge.current().faqs });
  const learning = createLearning(createGapsRepo(store), config.KB_GAPS_RETENTION_DAYS);
  const phrases = createPhraseService(createPhrasesRepo(store));
  const close = async () => {
    await learning.settle();
    await store.close();
  };
  return { faqs, learning, phrases, close };
}

/** How long the knowledge base waits, at most, for the database to have its start before parsing. */
const DATA_HEAD_START_MS = 2000;

export interface RuntimeOptions {
  gatewayPing?: () => number | null;
  /** Counters for /metrics (serve, or the bot with METRICS_PORT). */
  metrics?: Metrics;
  /** Whose words the replies use (default: Discord's). */
  voice?: Voice;
}

/** Everything both front ends need. Throws KnowledgeLoadError when the knowledge base is invalid. */
export async function createRuntime(config: Config, log: Logger, options: RuntimeOptions = {}): Promise<Runtime> {
  const data = openDataLayer(config);
  // The knowledge files are read while the database connects; parsing waits until the database
  // has its start (at most a moment: a server that does not answer yet must not delay a
  // knowledge-base problem being reported).
  const parseAfter = Promise.race([data.sent, new Promise((resolve) => setTimeout(resolve, DATA_HEAD_START_MS).unref())]);
  let knowledge: Services['knowledge'];
  try {
    knowledge = await createKnowledgeStore(config.KNOWLEDGE_DIR ?? defaultKnowledgeDir(), (dir) => loadKnowledgeBase(dir, { parseAfter }), log);
  } catch (err) {
    // A knowledge-base problem is the one reported (as before the database opened beside it).
    await data.opened.then((opened) => opened.close()).catch(() => undefined);
    throw err;
  }
  const checkOptions = checkOptionsFromConfig(config);
  const redis = config.REDIS_URL ? connectRedis({ url: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, log }) : null;
  // Start with shared limits when Redis answers soon; if not, local limits until it does.
  if (redis) await redis.waitReady(2000);
  const checks = createCheckService({
    runCheck: async (input: string, protocol: Protocol, onProgress) => {
      const result = await runCheck(input, { ...checkOptions, protocol }, onProgress);
      options.metrics?.check(result.verdict, result.ms / 1000);
      return result;
    },
    shared: redis ? { client: redis.client, prefix: redis.prefix } : undefined,
    maxInFlight: config.PROBE_MAX_IN_FLIGHT,
    maxQueue: config.PROBE_MAX_QUEUE,
    userCooldownSeconds: config.PROBE_USER_COOLDOWN_SECONDS,
    guildPerMinute: config.PROBE_GUILD_PER_MINUTE,
    // Until real checks have been timed, assume one lasts as long as the TCP timeout: a busy
    // checker is usually a checker waiting on silent hosts.
    initialCheckMs: config.PROBE_TCP_TIMEOUT_MS,
  });
  const db = await (await data.opened).withKnowledge(knowledge);
  // Probe agents share the Redis (BullMQ loads only when REDIS_URL is set).
  const agents = config.REDIS_URL
    ? (await import('./agents/client.js')).createAgentClient({ redisUrl: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, log, maxQueuedPerLocation: config.AGENTS_MAX_QUEUED })
    : undefined;
  const globalping =
    config.GLOBALPING === 'on'
      ? (await import('./agents/globalping.js')).createGlobalping({ apiBase: config.GLOBALPING_API_BASE, token: config.GLOBALPING_TOKEN, probes: config.GLOBALPING_PROBES, log })
      : undefined;
  const services = buildServices(config, {
    knowledge,
    checks,
    faqs: db.faqs,
    learning: db.learning,
    phrases: db.phrases,
    gatewayPing: options.gatewayPing,
    metrics: options.metrics,
    agents,
    globalping,
    voice: options.voice,
  });
  return {
    services,
    registry: loadRegistry(),
    redis,
    async close() {
      checks.close();
      await agents?.close();
      await redis?.close();
      await db.close();
    },
  };
}

/**
 * Start-up problems the operator must fix, as one message and an exit code: knowledge-base
 * problems exit 1 (EXIT.failure, as for every CLI command), a database that cannot be opened or
 * is newer than the code exits 2 (configuration). Anything else: null (rethrown).
 */
function reportStartProblem(err: unknown, io: CliIo): number | null {
  if (err instanceof DatabaseStartError) {
    io.stderr.write(`netmedic: cannot start: ${err.message}\n`);
    return EXIT.usage;
  }
  if (!(err instanceof KnowledgeLoadError)) return null;
  io.stderr.write(`netmedic: cannot start: ${err.message}\nFix these (\`npx netmedic kb lint\` shows them too) and start again.\n`);
  return EXIT.failure;
}

export async function runConsoleMode(config: Config, io: CliIo, locale?: string): Promise<number> {
  // Logs go to stderr at warn and above so they never mix with the rendered replies.
  const log = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: 'json', destination: process.stderr });
  let runtime: Runtime;
  try {
    // One person at a terminal: no per-user cooldown (the in-flight cap still applies).
    runtime = await createRuntime({ ...config, PROBE_USER_COOLDOWN_SECONDS: 0 }, log, { voice: CONSOLE_VOICE });
  } catch (err) {
    const exit = reportStartProblem(err, io);
    if (exit !== null) return exit;
    throw err;
  }
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
  const interactive = io.stdin.isTTY === true;
  try {
    return await runConsole({ ...runtime, log, output: io.stdout, input: io.stdin, interactive, color: interactive, locale });
  } finally {
    await runtime.close();
  }
}

export async function runBot(config: Config, log: Logger, io: CliIo): Promise<number> {
  const { startBot } = await import('./discord/bot.js');
  const { StartupError } = await import('./discord/errors.js');
  let ping: () => number | null = () => null;
  let runtime: Runtime;
  // METRICS_PORT: Prometheus metrics for the gateway bot too (prom-client loads only then).
  const metrics = config.METRICS_PORT ? (await import('./metrics/prometheus.js')).createPrometheusMetrics() : undefined;
  try {
    runtime = await createRuntime(config, log, { gatewayPing: () => ping(), metrics });
  } catch (err) {
    const exit = reportStartProblem(err, io);
    if (exit !== null) return exit;
    throw err;
  }
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  let bot;
  try {
    bot = await startBot({ config, log, ...runtime, onMessage: await autoExplainHandler(runtime) });
  } catch (err) {
    if (err instanceof StartupError) {
      log.error({ code: err.code }, err.message);
      io.stderr.write(`netmedic: ${err.message}\n`);
      log.flush();
      return err.exitCode;
    }
    throw err;
  }
  const client = bot.client;
  ping = () => (client.ws.ping >= 0 ? client.ws.ping : null);
  let metricsServer: Server | null = null;
  if (metrics && config.METRICS_PORT) {
    const { startMetricsServer } = await import('./http/metrics-server.js');
    metricsServer = await startMetricsServer(log, runtime.services.version, metricsPortFor(config.METRICS_PORT, process.env.SHARDS), metrics).catch((err: unknown) => {
      log.error({ err, port: config.METRICS_PORT }, 'could not open the metrics port; running without /metrics');
      return null;
    });
  }

  if (config.DEPLOY_ON_START) {
    const { deployCommands } = await import('./discord/deploy.js');
    await deployCommands(config, runtime.registry.definitions(), config.DISCORD_GUILD_ID, client.application?.id ?? null)
      .then((deployed) => {
        runtime.services.commandIds?.learnAll(deployed, config.DISCORD_GUILD_ID);
        log.info({ commands: deployed.length, guild: config.DISCORD_GUILD_ID ?? 'global' }, 'commands deployed on start');
      })
      .catch((err: unknown) => log.error({ err }, 'deploy on start failed'));
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping');
      bot
        .stop()
        .then(() => {
          metricsServer?.close();
          return runtime.close();
        })
        .catch((err: unknown) => log.error({ err }, 'error while stopping'))
        .then(() => runtime.close())
        .catch((err: unknown) => log.error({ err }, 'error while closing the database'))
        .finally(() => {
          log.info('stopped');
          log.flush();
          resolve(0);
        });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

/**
 * Under the ShardingManager every shard process gets the same METRICS_PORT: shard N listens on
 * METRICS_PORT + N (its first shard id, from the SHARDS variable the manager sets).
 */
export function metricsPortFor(base: number, shards: string | undefined): number {
  const first = Number(shards?.split(',')[0]);
  return Number.isInteger(first) && first >= 0 ? base + first : base;
}

/** The auto-explain message handler, when the feature is configured (see commands/explain). */
async function autoExplainHandler(runtime: Runtime) {
  if (runtime.services.config.AUTO_EXPLAIN_CHANNELS.length === 0) return undefined;
  const { createAutoExplain } = await import('./discord/auto-explain.js');
  return createAutoExplain(runtime.services);
}
