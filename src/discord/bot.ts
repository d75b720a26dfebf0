/**
 * The bot runtime: a discord.js Client with the minimum intents, every interaction routed through
 * the shared router, and a clean stop. Only this module (and deploy/sharding) loads discord.js.
 */
import { Client, Events, GatewayIntentBits, Options, type Interaction, type Message } from 'discord.js';
import type { Logger } from 'pino';
import { tokenShapeProblem, type Config } from '../config';
import { shortId } from '../interaction/ids';
import type { CommandRegistry } from '../interaction/registry';
import { routeInteraction, type AnyContext } from '../interaction/router';
import type { Services } from '../interaction/services';
import { autocompleteContext, chatInputContext, componentContext, messageContextMenuContext, modalSubmitContext } from './contexts';
import { closeCodeError, FATAL_CLOSE_CODES, loginError, StartupError } from './errors';
import { learnCommandIds } from './command-ids';
import { discordUnreachable } from './reach';

export interface BotOptions {
  config: Config;
  services: Services;
  registry: CommandRegistry;
  log: Logger;
  /** Called for new guild messages when the MessageContent feature is on (auto-explain). */
  onMessage?: (message: Message, log: Logger) => Promise<void>;
  /** Shard ids and count when run under the ShardingManager (discord.js reads env otherwise). */
  readyTimeoutMs?: number;
}

export interface RunningBot {
  client: Client;
  /** Stop taking interactions, wait for the ones in flight (bounded), destroy the client. */
  stop(): Promise<void>;
}

export function intentsFor(config: Config): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds];
  if (config.AUTO_EXPLAIN_CHANNELS.length > 0) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  return intents;
}

function contextFor(interaction: Interaction, services: Services, log: Logger, requestId: string): AnyContext | null {
  if (interaction.isChatInputCommand()) return chatInputContext(interaction, services, log, requestId);
  if (interaction.isAutocomplete()) return autocompleteContext(interaction, services, log, requestId);
  if (interaction.isMessageContextMenuCommand()) return messageContextMenuContext(interaction, services, log, requestId);
  if (interaction.isButton() || interaction.isAnySelectMenu()) return componentContext(interaction, services, log, requestId);
  if (interaction.isModalSubmit()) return modalSubmitContext(interaction, services, log, requestId);
  return null;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, services, registry, log } = options;
  if (!config.DISCORD_TOKEN) throw new StartupError('DISCORD_TOKEN is not set.', 2);
  const shape = tokenShapeProblem(config.DISCORD_TOKEN);
  if (shape) throw new StartupError(shape, 2);
  // One quick question first, so an unreachable Discord is one sentence within seconds.
  const unreachable = await discordUnreachable(config.DISCORD_API_BASE);
  if (unreachable) throw unreachable;

  const client = new Client({
    intents: intentsFor(config),
    rest: { api: config.DISCORD_API_BASE },
    allowedMentions: { parse: [], repliedUser: false },
    // The bot answers interactions and never looks members, users or messages up again: keep
    // those caches small (less memory per server, less garbage per interaction).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      ThreadMemberManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      VoiceStateManager: 0,
    }),
  });

  let accepting = true;
  const inFlight = new Set<Promise<unknown>>();

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const requestId = shortId();
    const ilog = log.child({ req: requestId, user: interaction.user.id, guild: interaction.guildId ?? undefined });
    const ctx = contextFor(interaction, services, ilog, requestId);
    if (!ctx) {
      ilog.debug({ type: interaction.type }, 'ignored interaction type');
      return;
    }
    const task = routeInteraction(ctx, registry, ilog).finally(() => inFlight.delete(task));
    inFlight.add(task);
    // Logged once the handler has had its turn (an immediate reply is on the wire by then): the
    // line's serialisation and write are not on the way to the acknowledgement.
    // Names only: never option or form values (a form may hold a password).
    setImmediate(() => ilog.info({ kind: ctx.kind, name: ctx.kind === 'component' || ctx.kind === 'modalSubmit' ? ctx.customId : ctx.commandName }, 'interaction'));
  });

  if (options.onMessage && config.AUTO_EXPLAIN_CHANNELS.length > 0) {
    const onMessage = options.onMessage;
    client.on(Events.MessageCreate, (message) => {
      if (!accepting || message.author.bot || !config.AUTO_EXPLAIN_CHANNELS.includes(message.channelId)) return;
      const mlog = log.child({ req: shortId(), channel: message.channelId, user: message.author.id });
      onMessage(message, mlog).catch((err: unknown) => mlog.error({ err }, 'auto-explain failed'));
    });
  }

  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  // The operator gets the message; the stack (never useful to them, e.g. on a refused intent) only at debug.
  client.on(Events.ShardError, (err, shardId) => {
    log.warn({ shardId, error: err.message }, 'gateway connection error');
    log.debug({ err, shardId }, 'gateway connection error details');
  });
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord.js warning'));

  // discord.js rejects login() with a plain Error on unrecoverable close codes; the code itself
  // arrives through shardDisconnect, so remember it to give the operator the right sentence.
  let fatalClose: number | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, (event, shardId) => {
      log.warn({ shardId, code: event.code }, 'gateway closed');
      if (FATAL_CLOSE_CODES.has(event.code)) {
        fatalClose = event.code;
        reject(closeCodeError(event.code));
      }
    });
  });
  ready.catch(() => undefined);

  try {
    await client.login(config.DISCORD_TOKEN);
    await withTimeout(ready, options.readyTimeoutMs ?? 60_000, 'Timed out waiting for the gateway to become ready.');
  } catch (err) {
    await client.destroy().catch(() => undefined);
    throw fatalClose !== null ? closeCodeError(fatalClose) : loginError(err, config.DISCORD_API_BASE);
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, commands: registry.modules.length }, 'logged in');
  // With DEPLOY_ON_START the deploy's own answer (the complete list) teaches the ids (runtime.ts):
  // a list read here as well could arrive after it and put back ids the deploy replaced.
  if (services.commandIds && !config.DEPLOY_ON_START) void learnCommandIds(client, services.commandIds, config.DISCORD_GUILD_ID, log);

  return {
    client,
    async stop() {
      accepting = false;
      await withTimeout(Promise.allSettled([...inFlight]), 5000, '').catch(() => log.warn({ pending: inFlight.size }, 'stopping with interactions still in flight'));
      await client.destroy();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupError(message, 1)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
