/**
 * Plain-object interaction contexts for unit tests of the command handlers: no Discord client,
 * no gateway. Each context records what the handler did (reply, defer, edit, update, form,
 * autocomplete answer…) in order, and runs through the real router and registry, so a handler
 * that throws shows up as the router's error reply.
 *
 * Services are the real ones where they are cheap: the shipped knowledge base, the recent-posts
 * memory, and (with `db: true`) the FAQ, learning and phrase services over a fresh SQLite file.
 * Checks run through the real limiter and probe engine (tests aim them at loopback only).
 */
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { buildServices } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createFaqService } from '../../src/faq/service';
import { MANAGE_MESSAGES } from '../../src/interaction/permissions';
import { loadRegistry, type CommandRegistry } from '../../src/interaction/registry';
import { routeInteraction, type AnyContext } from '../../src/interaction/router';
import type { CheckService, Services } from '../../src/interaction/services';
import type {
  AutocompleteChoice,
  AutocompleteContext,
  BaseContext,
  ChatInputContext,
  ComponentContext,
  MessageContextMenuContext,
  ModalSpec,
  ModalSubmitContext,
  OptionValue,
  Reply,
  Responder,
  TargetMessage,
  UserRef,
} from '../../src/interaction/types';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { createLearning } from '../../src/learn/service';
import { createPhraseService } from '../../src/learn/phrase-service';
import { createLogger } from '../../src/logger';
import { checkOptionsFromConfig } from '../../src/check-options';
import { runCheck } from '../../src/probe/check';
import { createCheckService } from '../../src/interaction/check-service';
import { createFaqRepo, createGapsRepo, createPhrasesRepo, databaseTarget, migrateToLatest, openStore } from '../../src/store';
import { scratchSqlite } from '../support/databases';

export const GUILD = '300000000000000001';
export const CHANNEL = '300000000000000002';
export const MOD: UserRef = { id: '300000000000000010', username: 'mod' };
export const MEMBER: UserRef = { id: '300000000000000011', username: 'member' };

/** Who acts, and where. */
export interface Actor {
  user: UserRef;
  guildId: string | null;
  channelId: string | null;
  memberPermissions: bigint | null;
  memberRoleIds?: string[];
  locale?: string;
}

export const modInGuild: Actor = { user: MOD, guildId: GUILD, channelId: CHANNEL, memberPermissions: MANAGE_MESSAGES };
export const memberInGuild: Actor = { user: MEMBER, guildId: GUILD, channelId: CHANNEL, memberPermissions: 0n };
export const inDm: Actor = { user: MEMBER, guildId: null, channelId: null, memberPermissions: null };

/** One thing a handler did, in order. */
export type Sent =
  | { how: 'reply' | 'edit' | 'followUp' | 'update'; reply: Reply }
  | { how: 'defer'; ephemeral: boolean }
  | { how: 'showModal'; modal: ModalSpec }
  | { how: 'deleteMessage' }
  | { how: 'replyToMessage'; messageId: string; reply: Reply }
  | { how: 'replyToTarget'; reply: Reply }
  | { how: 'respond'; choices: AutocompleteChoice[] };

export interface Harness {
  services: Services;
  registry: CommandRegistry;
  kb: KnowledgeBase;
  /** Handlers' log lines so far (JSON objects). */
  logLines: Record<string, unknown>[];
  log: Logger;
  /** What admit() was asked, in order. */
  checkRequests: Parameters<CheckService['admit']>[0][];
  close(): Promise<void>;
}

let shippedKb: KnowledgeBase | null = null;
function shippedKnowledge(): KnowledgeBase {
  if (!shippedKb) {
    const loaded = loadKnowledgeBaseSync();
    if (!('kb' in loaded) || !loaded.kb) throw new Error('the shipped knowledge base does not load');
    shippedKb = loaded.kb;
  }
  return shippedKb;
}

export interface HarnessOptions {
  /** FAQ, learning and phrase services over a fresh SQLite file. */
  db?: boolean;
  /** Environment for loadConfig (checks: PROBE_ALLOW_PRIVATE=true to probe loopback). */
  env?: Record<string, string>;
  /** Replace the check service (e.g. one that refuses). */
  checks?: CheckService;
}

/**
 * The two harnesses most command test files use, made before the file's tests and closed after
 * them: `db` with the FAQ, learning and phrase services over a fresh SQLite file, `plain` without.
 */
export function harnessesForFile(): { readonly db: Harness; readonly plain: Harness } {
  let db: Harness | undefined;
  let plain: Harness | undefined;
  beforeAll(async () => {
    db = await createHarness({ db: true });
    plain = await createHarness();
  });
  afterAll(async () => {
    await db?.close();
    await plain?.close();
  });
  const ready = (x: Harness | undefined): Harness => {
    if (!x) throw new Error('harnessesForFile: used before beforeAll ran');
    return x;
  };
  return {
    get db() {
      return ready(db);
    },
    get plain() {
      return ready(plain);
    },
  };
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const config = loadConfig({ PROBE_USER_COOLDOWN_SECONDS: '0', ...options.env });
  const kb = shippedKnowledge();
  const logLines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _e, cb) {
      logLines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      cb();
    },
  });
  const log = createLogger({ level: 'debug', destination });
  const probeOptions = checkOptionsFromConfig(config);
  const realChecks = createCheckService({
    runCheck: (input, protocol, onProgress) => runCheck(input, { ...probeOptions, protocol }, onProgress),
    maxInFlight: config.PROBE_MAX_IN_FLIGHT,
    maxQueue: config.PROBE_MAX_QUEUE,
    userCooldownSeconds: config.PROBE_USER_COOLDOWN_SECONDS,
    guildPerMinute: config.PROBE_GUILD_PER_MINUTE,
    initialCheckMs: config.PROBE_TCP_TIMEOUT_MS,
  });
  const checkRequests: Harness['checkRequests'] = [];
  const chosen = options.checks ?? realChecks;
  const checks: CheckService = {
    admit: (request) => {
      checkRequests.push(request);
      return chosen.admit(request);
    },
    run: (request, onProgress) => chosen.run(request, onProgress),
  };
  const closers: (() => Promise<void> | void)[] = [() => realChecks.close()];
  let db: Pick<Services, 'faqs' | 'learning' | 'phrases'> = {};
  if (options.db) {
    const scratch = scratchSqlite();
    const store = openStore(databaseTarget(scratch.url));
    await migrateToLatest(store);
    const learning = createLearning(createGapsRepo(store), config.KB_GAPS_RETENTION_DAYS);
    db = {
      faqs: createFaqService({ repo: createFaqRepo(store), shipped: () => kb.faqs, ttlMs: 0 }),
      learning,
      phrases: createPhraseService(createPhrasesRepo(store), 0),
    };
    closers.push(async () => {
      await learning.settle();
      await store.close();
      scratch.remove();
    });
  }
  const services = buildServices(config, {
    knowledge: { current: () => kb, reload: async () => ({ ok: true, kb }) },
    checks,
    gatewayPing: () => 42,
    ...db,
  });
  const registry = loadRegistry();
  return {
    services,
    registry,
    kb,
    logLines,
    log,
    checkRequests,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}

/** The responder half of a context: records every answer and keeps Discord's acknowledgement state. */
function recorder(sent: Sent[]): Responder & { update(reply: Reply): Promise<void> } {
  let acknowledged = false;
  let awaitingEdit = false;
  return {
    get acknowledged() {
      return acknowledged;
    },
    get awaitingEdit() {
      return awaitingEdit;
    },
    async reply(reply) {
      if (acknowledged) throw Object.assign(new Error('already acknowledged'), { code: 40060 });
      acknowledged = true;
      sent.push({ how: 'reply', reply });
    },
    async defer(options) {
      if (acknowledged) throw Object.assign(new Error('already acknowledged'), { code: 40060 });
      acknowledged = true;
      awaitingEdit = true;
      sent.push({ how: 'defer', ephemeral: options?.ephemeral ?? false });
    },
    async edit(reply) {
      awaitingEdit = false;
      sent.push({ how: 'edit', reply });
    },
    async followUp(reply) {
      sent.push({ how: 'followUp', reply });
    },
    async update(reply) {
      acknowledged = true;
      sent.push({ how: 'update', reply });
    },
  };
}

function base(h: Harness, actor: Actor): BaseContext {
  return {
    requestId: 'test',
    user: actor.user,
    guildId: actor.guildId,
    channelId: actor.channelId,
    memberPermissions: actor.memberPermissions,
    memberRoleIds: actor.memberRoleIds ?? [],
    ...(actor.locale ? { locale: actor.locale } : {}),
    services: h.services,
    log: h.log,
  };
}

async function route(h: Harness, ctx: AnyContext): Promise<void> {
  await routeInteraction(ctx, h.registry, h.log);
}

export async function chatInput(
  h: Harness,
  commandName: string,
  options: Record<string, OptionValue> = {},
  extra: { actor?: Actor; subcommand?: string | null; forms?: boolean } = {},
): Promise<Sent[]> {
  const sent: Sent[] = [];
  const responder = recorder(sent);
  const ctx: ChatInputContext = Object.assign(responder, base(h, extra.actor ?? modInGuild), {
    kind: 'chatInput' as const,
    commandName,
    subcommand: extra.subcommand ?? null,
    options,
    ...(extra.forms === false
      ? {}
      : {
          async showModal(modal: ModalSpec) {
            sent.push({ how: 'showModal', modal });
          },
        }),
  });
  await route(h, ctx);
  return sent;
}

export async function component(
  h: Harness,
  customId: string,
  extra: { actor?: Actor; values?: string[]; messageId?: string; replyToMessage?: 'works' | 'fails' } = {},
): Promise<Sent[]> {
  const sent: Sent[] = [];
  const responder = recorder(sent);
  const ctx: ComponentContext = Object.assign(responder, base(h, extra.actor ?? modInGuild), {
    kind: 'component' as const,
    customId,
    values: extra.values ?? [],
    message: { id: extra.messageId ?? '300000000000000099', interactionUserId: null },
    async deleteMessage() {
      sent.push({ how: 'deleteMessage' });
    },
    async replyToMessage(messageId: string, reply: Reply) {
      if (extra.replyToMessage === 'fails') throw new Error('Missing Access');
      sent.push({ how: 'replyToMessage', messageId, reply });
      return { url: `https://discord.com/channels/${GUILD}/${CHANNEL}/400000000000000001` };
    },
    async showModal(modal: ModalSpec) {
      sent.push({ how: 'showModal', modal });
    },
  });
  await route(h, ctx);
  return sent;
}

export async function modalSubmit(h: Harness, customId: string, fields: Record<string, string>, extra: { actor?: Actor } = {}): Promise<Sent[]> {
  const sent: Sent[] = [];
  const ctx: ModalSubmitContext = Object.assign(recorder(sent), base(h, extra.actor ?? modInGuild), { kind: 'modalSubmit' as const, customId, fields });
  await route(h, ctx);
  return sent;
}

export function targetMessage(content: string, author: UserRef = MEMBER): TargetMessage {
  return { id: '300000000000000050', content, author, channelId: CHANNEL, url: `https://discord.com/channels/${GUILD}/${CHANNEL}/300000000000000050` };
}

export async function messageContextMenu(
  h: Harness,
  commandName: string,
  target: TargetMessage,
  extra: { actor?: Actor; replyToTarget?: 'works' | 'fails' } = {},
): Promise<Sent[]> {
  const sent: Sent[] = [];
  const ctx: MessageContextMenuContext = Object.assign(recorder(sent), base(h, extra.actor ?? modInGuild), {
    kind: 'messageContextMenu' as const,
    commandName,
    target,
    async replyToTarget(reply: Reply) {
      if (extra.replyToTarget === 'fails') throw new Error('Missing Access');
      sent.push({ how: 'replyToTarget', reply });
      return { url: `https://discord.com/channels/${GUILD}/${CHANNEL}/400000000000000002` };
    },
  });
  await route(h, ctx);
  return sent;
}

export async function autocomplete(
  h: Harness,
  commandName: string,
  focused: { name: string; value: string },
  extra: { actor?: Actor; subcommand?: string | null; options?: Record<string, OptionValue> } = {},
): Promise<AutocompleteChoice[] | null> {
  let answered: AutocompleteChoice[] | null = null;
  const ctx: AutocompleteContext = {
    ...base(h, extra.actor ?? modInGuild),
    kind: 'autocomplete',
    commandName,
    subcommand: extra.subcommand ?? null,
    focused,
    options: extra.options ?? {},
    async respond(choices) {
      answered = choices;
    },
  };
  await route(h, ctx);
  return answered;
}

type Answer = 'reply' | 'edit' | 'followUp' | 'update';
export type SentOf<H extends Sent['how']> = H extends Answer ? { how: H; reply: Reply } : Extract<Sent, { how: H }>;

/** The only thing sent, which must be of kind `how`. */
export function only<H extends Sent['how']>(sent: Sent[], how: H): SentOf<H> {
  expect(sent.map((s) => s.how)).toEqual([how]);
  return sent[0] as SentOf<H>;
}

/** The n-th thing sent, which must be of kind `how`. */
export function nth<H extends Sent['how']>(sent: Sent[], n: number, how: H): SentOf<H> {
  expect(sent[n]?.how).toBe(how);
  return sent[n] as SentOf<H>;
}

/** Every custom id on a reply's components. */
export function customIdsOf(reply: Reply): string[] {
  return (reply.components ?? []).flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
}

/** The router's reply to a handler that threw. */
export const ERROR_REPLY = /Something went wrong \(ref [0-9A-F]{8}\)/;
