/**
 * FakeDiscord: an HTTP + WebSocket server on 127.0.0.1 that stands in for discord.com so the
 * real discord.js client can be driven end to end. REST lives under /api/v{n}/…, the gateway
 * at /gateway. Tests send interactions and gateway events, inject faults, and observe every
 * request the bot made.
 */
import { sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { scaled } from '../timing';
import { FakeGateway, type GatewayConnectionRecord, type IdentifyRecord, type SentDispatch } from './gateway';
import {
  CallbackType,
  type CallbackRecord,
  InteractionHandle,
  type InteractionState,
  type UploadedFile,
} from './interaction-handle';
import {
  buildChannel,
  buildEveryoneRole,
  buildGuildCreate,
  buildInteraction,
  buildMember,
  buildMessage,
  buildUser,
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_MEMBER_PERMISSIONS,
  inferOptionType,
  InteractionKind,
  type InteractionOption,
  interactionToken,
  type Json,
  OptionType,
  type PermissionInput,
  snowflake,
  type UserInput,
} from './payloads';
import { checkAutocompleteChoices, checkCommandDefinitions, checkMessageBody, type FormErrors } from './validate';

// ---------------------------------------------------------------------------------------------
// Public types

export interface FakeGuildInput {
  id: string;
  name?: string;
  /** Text channels to create (the first is the guild's default). One is made if omitted. */
  channelIds?: string[];
  ownerId?: string;
  /** The server's language (`preferred_locale`); default en-US. */
  locale?: string;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Defaults to the application id, as for most real bots. */
  botUserId?: string;
  botUsername?: string;
  guilds?: FakeGuildInput[];
  /** Close IDENTIFYs asking for GuildMembers/GuildPresences/MessageContent with 4014. */
  disallowPrivilegedIntents?: boolean;
  /** HELLO heartbeat_interval (default 41250, Discord's usual). */
  heartbeatIntervalMs?: number;
  /** Initial callbacks later than this after dispatch fail with 10062 (default 3000; 0 = never). */
  ackDeadlineMs?: number;
  /** Follow-ups/edits later than this after dispatch fail with 10015 (default 15 minutes). */
  interactionTokenTtlMs?: number;
  /** READY application.flags. */
  applicationFlags?: number;
  /** Reject bodies over Discord's documented limits with 400/50035 (default true). */
  validatePayloads?: boolean;
  /** Extra latency on every REST response, in ms (default 0). */
  restDelayMs?: number;
  /** The default user that sends interactions and messages. */
  defaultUser?: UserInput;
}

export interface RecordedRequest {
  method: string;
  /** Path below /api/v{n}, decoded, without the query (e.g. /interactions/1/tok/callback). */
  path: string;
  /** The route template that matched (e.g. POST /interactions/:id/:token/callback), or null. */
  route: string | null;
  apiVersion: string | null;
  query: Record<string, string>;
  /** JSON body, or `payload_json` of a multipart body; null when there was none. */
  body: unknown;
  files: UploadedFile[];
  /** 'bot' when a valid bot token was presented, 'invalid' for a wrong one, 'none' otherwise. */
  auth: 'bot' | 'invalid' | 'none';
  userAgent: string | null;
  /** The request's Content-Type header (Discord reads a JSON body only with application/json). */
  contentType: string | null;
  receivedAt: number;
  respondedAt?: number;
  status?: number;
  /** Description of the injected fault that answered this request, if any. */
  fault?: string;
  /** For error responses: Discord's JSON error code, message and (for 50035) the errors tree. */
  response?: { code?: number; message: string; errors?: unknown };
}

/** Matches requests: "POST /channels/:id/messages", "* /webhooks/*", or a RegExp tested against "METHOD /path". */
export type RequestPattern = string | RegExp;

export interface FaultSpec {
  match: RequestPattern;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests to fail (default 1). */
  count?: number;
  /** Hold the response this long first. */
  delayMs?: number;
}

export interface StoredMessage {
  id: string;
  channelId: string;
  /** The message object as the API returned it. */
  message: Json;
  /** The request body that created it (null for messages injected by the test). */
  body: Json | null;
  content: string;
  messageReference: Json | null;
  allowedMentions: Json | null;
  authorId: string;
  createdAt: number;
  editedAt: number | null;
  source: 'rest' | 'gateway';
}

export interface RegisteredCommand extends Json {
  id: string;
  name: string;
  type: number;
}

export interface InteractionSendOptions {
  user?: UserInput;
  memberPermissions?: PermissionInput;
  appPermissions?: PermissionInput;
  memberRoles?: string[];
  channelId?: string;
  guildId?: string;
  /** Send as a DM interaction (no guild, `user` instead of `member`). */
  dm?: boolean;
  /** The invoker's language (`locale`); default en-US. */
  locale?: string;
  /** The server's language (`guild_locale`); default en-US. */
  guildLocale?: string;
  /** Dispatch an interaction whose callback window already closed (callbacks → 10062). */
  expired?: boolean;
  /** Deliver on this shard's gateway session (several shard processes connected). */
  shard?: number;
}

export interface ChatInputOptions extends InteractionSendOptions {
  subcommand?: string;
  subcommandGroup?: string;
  /** Extra `resolved` data (users, channels, attachments…) for options that refer to them. */
  resolved?: Json;
}

export type OptionValues = Record<string, string | number | boolean> | InteractionOption[];

export interface ComponentOptions extends InteractionSendOptions {
  /** The message the component sits on: an id of a message the bot sent, or a whole message. */
  messageId?: string;
  message?: Json;
  userId?: string;
}

export interface TargetMessageInput {
  id?: string;
  content: string;
  author?: UserInput;
  embeds?: unknown[];
}

export interface UserMessageOptions {
  channelId?: string;
  guildId?: string;
  user?: UserInput;
  /** Mention the bot (puts <@id> in content and the bot in `mentions`). */
  mentionBot?: boolean;
  dm?: boolean;
  /** The id of a message this one replies to. */
  replyTo?: string;
}

export interface MessageHandle {
  message: Json;
  /** Whether the gateway delivered it (false: the client lacked the needed intents). */
  delivered: boolean;
  /** The next bot message in the channel replying to this one (message_reference). */
  waitForReply(timeoutMs?: number): Promise<StoredMessage>;
}

// ---------------------------------------------------------------------------------------------
// Internals

type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  auth: boolean;
  handler: Handler;
}

interface RequestContext {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: UploadedFile[];
  record: RecordedRequest;
}

interface Reply {
  status: number;
  body?: unknown;
  /** Raw bytes instead of a JSON body (attachments). */
  raw?: Buffer;
  headers?: Record<string, string>;
}

interface ActiveFault {
  test: (method: string, path: string) => boolean;
  spec: FaultSpec;
  remaining: number;
  description: string;
}

interface PendingWait {
  check: () => boolean;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  poll: NodeJS.Timeout;
}

interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  channelIds: string[];
  roles: Json[];
  members: Map<string, Json>;
  locale?: string;
}

const DEFAULT_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.netmedic-e2e-token';
const DEFAULT_APP_ID = '1100000000000000001';
const DEFAULT_GUILD_ID = '1200000000000000001';
const DEFAULT_CHANNEL_ID = '1300000000000000001';
const DEFAULT_USER: UserInput = { id: '1400000000000000001', username: 'tester', globalName: 'Test User' };
const MAX_BODY_BYTES = 26 * 1024 * 1024;
const MAX_WAIT_MS = 120_000;
const POLL_MS = 20;

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });
const noContent = (): Reply => ({ status: 204 });
const apiError = (status: number, code: number, message: string, errors?: FormErrors): Reply =>
  json(status, errors ? { message, code, errors } : { message, code });

function compilePattern(pattern: RequestPattern): { test: (method: string, path: string) => boolean; description: string } {
  if (pattern instanceof RegExp) return { test: (m, p) => pattern.test(`${m} ${p}`), description: pattern.toString() };
  const trimmed = pattern.trim();
  const space = trimmed.indexOf(' ');
  const method = space === -1 ? '*' : trimmed.slice(0, space).toUpperCase();
  const path = space === -1 ? trimmed : trimmed.slice(space + 1).trim();
  const source = path
    .split('/')
    .map((seg) => (seg === '*' || seg.startsWith(':') ? '[^/]+' : seg === '**' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  const regex = new RegExp(`^${source.replace(/\/\.\*$/, '(?:/.*)?')}$`);
  return { test: (m, p) => (method === '*' || method === m) && regex.test(p), description: `${method} ${path}` };
}

function asJson(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

// ---------------------------------------------------------------------------------------------

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  /** The first guild and its first text channel. */
  readonly guildId: string;
  readonly channelId: string;
  readonly defaultUser: UserInput;

  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Interaction states by id. */
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly commands = new Map<string, RegisteredCommand[]>(); // key: 'global' or guild id
  private readonly messages = new Map<string, StoredMessage[]>(); // by channel id
  private readonly channels = new Map<string, Json>();
  private readonly guilds = new Map<string, GuildState>();
  private readonly users = new Map<string, Json>();
  private readonly faults: ActiveFault[] = [];
  private readonly attachments = new Map<string, { name: string; data: Buffer; contentType: string }>();
  private readonly waits = new Set<PendingWait>();
  private readonly routes: Route[] = [];
  private readonly gateway: FakeGateway;
  private readonly server: Server;
  private readonly opts: Required<Pick<FakeDiscordOptions, 'ackDeadlineMs' | 'interactionTokenTtlMs' | 'validatePayloads' | 'restDelayMs' | 'applicationFlags'>> & {
    disallowPrivilegedIntents: boolean;
  };
  private port = 0;
  private closed = false;
  private endpoint: { url: string; privateKey: KeyObject } | null = null;
  private commandVersion = 0n;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.applicationId = options.applicationId ?? DEFAULT_APP_ID;
    this.botUserId = options.botUserId ?? this.applicationId;
    this.defaultUser = options.defaultUser ?? DEFAULT_USER;
    this.opts = {
      // Discord's 3 s, lengthened on a loaded machine (the bot's real latency is a benchmark's business).
      ackDeadlineMs: options.ackDeadlineMs ?? scaled(3000),
      interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
      validatePayloads: options.validatePayloads ?? true,
      restDelayMs: options.restDelayMs ?? 0,
      applicationFlags: options.applicationFlags ?? (1 << 19) /* GatewayMessageContentLimited */,
      disallowPrivilegedIntents: options.disallowPrivilegedIntents ?? false,
    };

    const botUser = buildUser({ id: this.botUserId, username: options.botUsername ?? 'netmedic', bot: true });
    this.users.set(this.botUserId, botUser);
    this.users.set(this.defaultUser.id, buildUser(this.defaultUser));

    const guildInputs = options.guilds && options.guilds.length > 0 ? options.guilds : [{ id: DEFAULT_GUILD_ID, channelIds: [DEFAULT_CHANNEL_ID] }];
    for (const g of guildInputs) this.addGuild(g);
    const first = this.guilds.get(guildInputs[0]!.id)!;
    this.guildId = first.id;
    this.channelId = first.channelIds[0]!;

    this.gateway = new FakeGateway({
      token: () => this.token,
      readyUser: () => ({ ...botUser, verified: true, mfa_enabled: false, email: null, flags: 0 }),
      application: () => ({ id: this.applicationId, flags: this.opts.applicationFlags }),
      guildCreates: () => [...this.guilds.values()].map((g) => this.guildCreatePayload(g)),
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      disallowPrivilegedIntents: () => this.opts.disallowPrivilegedIntents,
      baseUrl: () => `ws://127.0.0.1:${this.port}`,
      onChange: () => this.notify(),
    });

    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => this.gateway.handleUpgrade(req, socket, head));
    this.server.keepAliveTimeout = 5000;
    this.registerRoutes();
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => {
        fake.server.off('error', reject);
        resolve();
      });
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  // -------------------------------------------------------------------------------------------
  // Addresses and settings

  /** Pass as discord.js `rest.api` (no version: @discordjs/rest appends /v10). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return this.gateway.gatewayUrl();
  }

  /** The TCP port on 127.0.0.1. */
  get httpPort(): number {
    return this.port;
  }

  /** Toggle the privileged-intents refusal for later IDENTIFYs. */
  setDisallowPrivilegedIntents(value: boolean): void {
    this.opts.disallowPrivilegedIntents = value;
  }

  /** Changes the initial-callback deadline for interactions dispatched from now on (0 = none). */
  setAckDeadlineMs(ms: number): void {
    this.opts.ackDeadlineMs = Math.max(0, ms);
  }

  setRestDelay(ms: number): void {
    this.opts.restDelayMs = Math.max(0, Math.min(ms, 60_000));
  }

  // -------------------------------------------------------------------------------------------
  // Gateway observation and control

  get identifyCount(): number {
    return this.gateway.identifyCount;
  }

  get resumeCount(): number {
    return this.gateway.resumeCount;
  }

  get heartbeatCount(): number {
    return this.gateway.heartbeatCount;
  }

  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }

  get gatewayConnections(): readonly GatewayConnectionRecord[] {
    return this.gateway.connections;
  }

  get dispatches(): readonly SentDispatch[] {
    return this.gateway.dispatches;
  }

  /** Gateway payloads the client sent that need no answer (op 3 presence, op 8 …). */
  get otherGatewayPayloads(): readonly { op: number; d: unknown; at: number }[] {
    return this.gateway.otherPayloads;
  }

  get gatewayConnected(): boolean {
    return this.gateway.connected;
  }

  /** Sends any dispatch (e.g. MESSAGE_CREATE) to the client; returns its sequence number. */
  dispatch(eventName: string, data: unknown): number {
    if (eventName === 'MESSAGE_CREATE') this.storeGatewayMessage(asJson(data));
    return this.gateway.dispatch(eventName, data);
  }

  /**
   * Sends op 7 RECONNECT. Resolves once the client has RESUMEd (or rejects after timeoutMs);
   * resumeCount goes up by one and identifyCount stays the same if the client resumed.
   */
  async requestReconnect(timeoutMs = 10_000): Promise<void> {
    const before = this.gateway.resumeCount;
    this.gateway.requestReconnect();
    await this.waitFor(() => this.gateway.resumeCount > before, timeoutMs, 'RESUME after op 7');
  }

  /** Closes the gateway socket from the server side (e.g. 4000 → the client resumes). */
  closeGateway(code = 4000, reason = ''): void {
    this.gateway.closeCurrent(code, reason);
  }

  /** Sends op 9 INVALID_SESSION. */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSession(resumable);
  }

  // -------------------------------------------------------------------------------------------
  // Faults

  /** Adds a fault rule; returns a function that removes it. */
  addFault(spec: FaultSpec): () => void {
    const compiled = compilePattern(spec.match);
    const fault: ActiveFault = { test: compiled.test, spec, remaining: spec.count ?? 1, description: `${spec.status} on ${compiled.description}` };
    this.faults.push(fault);
    return () => {
      const i = this.faults.indexOf(fault);
      if (i !== -1) this.faults.splice(i, 1);
    };
  }

  /** The next `count` interaction callbacks get 429 with Retry-After (seconds). */
  failNextCallbackWith429(retryAfterSeconds = 0.2, options: { count?: number; global?: boolean } = {}): void {
    this.failNextRequestWith429('POST /interactions/:id/:token/callback', retryAfterSeconds, options);
  }

  /** The next `count` matching requests get 429 with Retry-After and X-RateLimit-* headers. */
  failNextRequestWith429(pattern: RequestPattern, retryAfterSeconds = 0.2, options: { count?: number; global?: boolean; scope?: 'user' | 'shared' | 'global' } = {}): void {
    const global = options.global ?? false;
    const headers: Record<string, string> = {
      'Retry-After': String(retryAfterSeconds),
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': ((Date.now() + retryAfterSeconds * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': retryAfterSeconds.toFixed(3),
      'X-RateLimit-Bucket': 'fakebucket0000000000000000000000',
      'X-RateLimit-Scope': options.scope ?? (global ? 'global' : 'user'),
    };
    if (global) headers['X-RateLimit-Global'] = 'true';
    this.addFault({
      match: pattern,
      status: 429,
      count: options.count ?? 1,
      headers,
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global },
    });
  }

  /**
   * The next `count` matching requests get 500. @discordjs/rest retries 5xx (3 retries by
   * default, so 4 attempts): count 1 is retried away; count ≥ 4 surfaces an HTTPError.
   */
  failNextRequestWith500(pattern: RequestPattern, count = 1): void {
    this.addFault({ match: pattern, status: 500, count, body: { message: '500: Internal Server Error', code: 0 } });
  }

  /** Holds the next `count` matching requests for `ms` before answering normally. */
  delayNextRequest(pattern: RequestPattern, ms: number, count = 1): void {
    this.addFault({ match: pattern, status: 0, count, delayMs: Math.min(ms, 60_000) });
  }

  /** Makes every later callback for this interaction fail with 10062. */
  expireInteraction(id: string): void {
    const state = this.interactions.get(id);
    if (!state) throw new Error(`fake discord: unknown interaction ${id}`);
    state.expired = true;
  }

  // -------------------------------------------------------------------------------------------
  // Observation

  /** Requests that matched no route (answered 404 "404: Not Found"). */
  get unknownRoutes(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === null);
  }

  /** Requests answered with an error status by the server itself (not by an injected fault). */
  get rejectedRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.status !== undefined && r.status >= 400 && r.fault === undefined);
  }

  requestsMatching(pattern: RequestPattern): RecordedRequest[] {
    const { test } = compilePattern(pattern);
    return this.requests.filter((r) => test(r.method, r.path));
  }

  /** Commands as stored by the last bulk overwrite / creates (global when guildId is omitted). */
  registeredCommands(guildId?: string): RegisteredCommand[] {
    return [...(this.commands.get(guildId ?? 'global') ?? [])];
  }

  /** Messages currently in a channel (sent by the bot over REST or injected by the test). */
  channelMessages(channelId: string = this.channelId): StoredMessage[] {
    return [...(this.messages.get(channelId) ?? [])];
  }

  interaction(id: string): InteractionHandle | undefined {
    const state = this.interactions.get(id);
    return state ? this.handleFor(state) : undefined;
  }

  /**
   * Resolves when `predicate` holds — checked now, after every request and gateway event, and
   * every 20 ms (for predicates over the test's own state).
   * Rejects after timeoutMs (default 5000) or when the server closes.
   */
  async waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    await this.waitUntil(() => (predicate() ? true : undefined), timeoutMs, what);
  }

  /** Every wait of the test server; its limit is scaled for the machine's load (test/support/timing.ts). */
  private waitUntil<T>(check: () => T | undefined, unscaledMs: number, what: string): Promise<T> {
    const timeoutMs = scaled(unscaledMs);
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    if (this.closed) return Promise.reject(new Error(`fake discord closed while waiting for ${what}`));
    return new Promise<T>((resolve, reject) => {
      const wait: PendingWait = {
        check: () => {
          let value: T | undefined;
          try {
            value = check();
          } catch (error) {
            done();
            reject(error as Error);
            return true;
          }
          if (value === undefined) return false;
          done();
          resolve(value);
          return true;
        },
        reject: (error) => {
          done();
          reject(error);
        },
        timer: setTimeout(() => {
          done();
          reject(new Error(`fake discord: timed out after ${timeoutMs}ms waiting for ${what}`));
        }, Math.min(Math.max(timeoutMs, 0), MAX_WAIT_MS)),
        // Predicates may also read the test's own state, which changes without telling us.
        poll: setInterval(() => wait.check(), POLL_MS),
      };
      const done = () => {
        clearTimeout(wait.timer);
        clearInterval(wait.poll);
        this.waits.delete(wait);
      };
      this.waits.add(wait);
    });
  }

  private notify(): void {
    for (const wait of [...this.waits]) wait.check();
  }

  // -------------------------------------------------------------------------------------------
  // Interactions

  sendChatInput(name: string, options: OptionValues = {}, opts: ChatInputOptions = {}): InteractionHandle {
    const guildId = opts.dm ? null : (opts.guildId ?? this.guildId);
    const command = this.findCommand(name, 1, guildId);
    let built = this.buildOptions(options, command ? this.optionDefs(command, opts.subcommandGroup, opts.subcommand) : []);
    if (opts.subcommand) {
      built = [{ name: opts.subcommand, type: OptionType.SubCommand, options: built }];
      if (opts.subcommandGroup) built = [{ name: opts.subcommandGroup, type: OptionType.SubCommandGroup, options: built }];
    }
    const data: Json = { id: command?.id ?? snowflake(), name, type: 1, options: built };
    if (command && guildId && command.guild_id) data.guild_id = guildId;
    if (opts.resolved) data.resolved = opts.resolved;
    return this.sendInteraction(InteractionKind.ApplicationCommand, data, opts);
  }

  /** An autocomplete interaction with `focusedName` focused (its value is the text typed so far). */
  sendAutocomplete(name: string, options: OptionValues, focusedName: string, opts: ChatInputOptions = {}): InteractionHandle {
    const guildId = opts.dm ? null : (opts.guildId ?? this.guildId);
    const command = this.findCommand(name, 1, guildId);
    let built = this.buildOptions(options, command ? this.optionDefs(command, opts.subcommandGroup, opts.subcommand) : [], true);
    let focusedFound = false;
    built = built.map((o) => {
      if (o.name !== focusedName) return o;
      focusedFound = true;
      // Autocomplete values arrive as the raw typed text.
      return { ...o, value: String(o.value ?? ''), focused: true };
    });
    if (!focusedFound) built.push({ name: focusedName, type: OptionType.String, value: '', focused: true });
    if (opts.subcommand) {
      built = [{ name: opts.subcommand, type: OptionType.SubCommand, options: built }];
      if (opts.subcommandGroup) built = [{ name: opts.subcommandGroup, type: OptionType.SubCommandGroup, options: built }];
    }
    const data: Json = { id: command?.id ?? snowflake(), name, type: 1, options: built };
    return this.sendInteraction(InteractionKind.Autocomplete, data, opts);
  }

  /** A message context-menu command on `target` (stored in the channel if it has no id yet). */
  sendMessageContextMenu(name: string, target: TargetMessageInput, opts: InteractionSendOptions = {}): InteractionHandle {
    const guildId = opts.dm ? null : (opts.guildId ?? this.guildId);
    const channelId = this.channelFor(opts);
    const authorInput = target.author ?? this.defaultUser;
    const author = buildUser(authorInput);
    this.users.set(authorInput.id, author);
    const existing = target.id ? this.findStoredMessage(channelId, target.id) : undefined;
    const message =
      existing?.message ??
      buildMessage({ id: target.id, channelId, guildId, author, content: target.content, embeds: target.embeds });
    if (!existing) this.storeGatewayMessage(message);
    const command = this.findCommand(name, 3, guildId);
    const data: Json = {
      id: command?.id ?? snowflake(),
      name,
      type: 3,
      target_id: message.id,
      resolved: { messages: { [message.id as string]: message } },
    };
    return this.sendInteraction(InteractionKind.ApplicationCommand, data, opts);
  }

  /** A user context-menu command on `target`. */
  sendUserContextMenu(name: string, target: UserInput, opts: InteractionSendOptions = {}): InteractionHandle {
    const guildId = opts.dm ? null : (opts.guildId ?? this.guildId);
    const user = buildUser(target);
    const command = this.findCommand(name, 2, guildId);
    const resolved: Json = { users: { [target.id]: user } };
    if (guildId) resolved.members = { [target.id]: { ...buildMember({ user, permissions: DEFAULT_MEMBER_PERMISSIONS }), user: undefined } };
    const data: Json = { id: command?.id ?? snowflake(), name, type: 2, target_id: target.id, resolved };
    return this.sendInteraction(InteractionKind.ApplicationCommand, data, opts);
  }

  sendButton(customId: string, opts: ComponentOptions = {}): InteractionHandle {
    return this.sendComponent({ custom_id: customId, component_type: 2 }, opts);
  }

  /** A string select (component type 3) with the chosen values. */
  sendSelect(customId: string, values: string[], opts: ComponentOptions = {}): InteractionHandle {
    return this.sendComponent({ custom_id: customId, component_type: 3, values }, opts);
  }

  /**
   * Host a file as Discord's CDN would (GET http://127.0.0.1:port/attachments/<id>/<name>) and
   * return the attachment object; pass `{ attachments: { [id]: it } }` as `resolved` and its id
   * as the option value.
   */
  hostAttachment(name: string, data: Buffer, contentType = 'application/octet-stream'): Json & { id: string; url: string } {
    const id = snowflake();
    this.attachments.set(id, { name, data, contentType });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(name)}`;
    return { id, filename: name, size: data.length, content_type: contentType, url, proxy_url: url };
  }

  /** A modal submission: `fields` maps text-input custom ids to their values. */
  sendModalSubmit(customId: string, fields: Record<string, string>, opts: ComponentOptions = {}): InteractionHandle {
    const components = Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
    const extra: Json = {};
    const message = opts.message ?? (opts.messageId ? this.findStoredMessage(this.channelFor(opts), opts.messageId)?.message : undefined);
    if (message) extra.message = message;
    return this.sendInteraction(InteractionKind.ModalSubmit, { custom_id: customId, components }, opts, extra);
  }

  private sendComponent(data: Json, opts: ComponentOptions): InteractionHandle {
    const channelId = this.channelFor(opts);
    const guildId = opts.dm ? null : (opts.guildId ?? this.guildId);
    let message = opts.message;
    if (!message && opts.messageId) {
      message = this.findStoredMessage(channelId, opts.messageId)?.message ?? this.findInteractionMessage(opts.messageId);
    }
    message ??= buildMessage({
      id: opts.messageId,
      channelId,
      guildId,
      author: this.users.get(this.botUserId)!,
      content: '',
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: data.custom_id, label: 'Button' }] }],
    });
    const sendOpts: InteractionSendOptions = { ...opts };
    if (opts.userId && !opts.user) sendOpts.user = { id: opts.userId };
    return this.sendInteraction(InteractionKind.MessageComponent, data, sendOpts, { message });
  }

  /** Builds and dispatches an interaction of any type (the other send* methods use this). */
  sendInteraction(type: number, data: Json | undefined, opts: InteractionSendOptions = {}, extra: Json = {}): InteractionHandle {
    const id = snowflake();
    const token = interactionToken();
    const userInput = opts.user ?? this.defaultUser;
    const known = this.users.get(userInput.id);
    const user = opts.user || !known ? buildUser(userInput) : known;
    this.users.set(userInput.id, user);
    const guildId = opts.dm ? null : (opts.guildId ?? this.guildId);
    const channel = opts.dm ? this.dmChannelFor(user) : this.channelObject(this.channelFor(opts));
    const payload = buildInteraction(
      {
        id,
        token,
        applicationId: this.applicationId,
        user,
        guildId,
        channel,
        memberPermissions: opts.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS,
        appPermissions: opts.appPermissions ?? DEFAULT_APP_PERMISSIONS,
        memberRoles: opts.memberRoles,
        locale: opts.locale,
        guildLocale: opts.guildLocale,
      },
      type,
      data,
      extra,
    );
    const state: InteractionState = {
      id,
      token,
      type,
      payload,
      dispatchedAt: 0,
      dispatchedAtNs: 0n,
      expired: opts.expired ?? false,
      ackDeadlineMs: this.opts.ackDeadlineMs,
      callback: null,
      original: type === InteractionKind.MessageComponent ? asJson(extra.message) : null,
      originalDeleted: false,
      edits: [],
      followUps: [],
      deletedMessageIds: [],
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    state.dispatchedAt = performance.now();
    state.dispatchedAtNs = process.hrtime.bigint();
    if (this.endpoint) void this.deliverOverHttp(state, payload, this.endpoint);
    else if (opts.shard !== undefined) this.gateway.dispatchToShard(opts.shard, 'INTERACTION_CREATE', payload);
    else this.gateway.dispatch('INTERACTION_CREATE', payload);
    return this.handleFor(state);
  }

  /**
   * HTTP interactions (the application's Interactions Endpoint URL): from now on interactions are
   * POSTed to `url`, signed with `privateKey` (ed25519) as Discord does, instead of being sent on
   * the gateway; the HTTP response is taken as the initial callback. `null` goes back to the gateway.
   */
  setInteractionsEndpoint(url: string | null, privateKey?: KeyObject): void {
    if (url && !privateKey) throw new Error('fake discord: an interactions endpoint needs the private key to sign with');
    this.endpoint = url && privateKey ? { url, privateKey } : null;
  }

  private async deliverOverHttp(state: InteractionState, payload: Json, endpoint: { url: string; privateKey: KeyObject }): Promise<void> {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), endpoint.privateKey).toString('hex');
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
        body,
      });
      const text = await res.text();
      state.http = { status: res.status, body: text };
      if (res.ok) {
        const reply = this.onCallback({
          params: { id: state.id, token: state.token },
          query: {},
          body: JSON.parse(text) as unknown,
          files: [],
          record: { method: 'POST', path: `/interactions/${state.id}/${state.token}/callback`, route: null, apiVersion: null, query: {}, body: null, files: [], auth: 'none', userAgent: null, contentType: 'application/json', receivedAt: performance.now() },
        });
        if (reply.status >= 400) state.http.callbackError = reply.body;
      }
    } catch (err) {
      state.http = { status: 0, body: String(err) };
    }
    this.notify();
  }

  private handleFor(state: InteractionState): InteractionHandle {
    return new InteractionHandle(state, (check, timeoutMs, what) => this.waitUntil(check, timeoutMs, what), () => {
      state.expired = true;
    });
  }

  private findCommand(name: string, type: number, guildId: string | null): RegisteredCommand | undefined {
    const pools = guildId ? [this.commands.get(guildId), this.commands.get('global')] : [this.commands.get('global')];
    for (const pool of pools) {
      const found = pool?.find((c) => c.name === name && c.type === type);
      if (found) return found;
    }
    return undefined;
  }

  private optionDefs(command: RegisteredCommand, group?: string, sub?: string): Json[] {
    let defs = (command.options as Json[] | undefined) ?? [];
    if (group) defs = (defs.find((o) => o.name === group)?.options as Json[] | undefined) ?? [];
    if (sub) defs = (defs.find((o) => o.name === sub)?.options as Json[] | undefined) ?? [];
    return defs;
  }

  private buildOptions(values: OptionValues, defs: Json[], lenient = false): InteractionOption[] {
    if (Array.isArray(values)) return values.map((o) => ({ ...o }));
    return Object.entries(values).map(([name, value]) => {
      const def = defs.find((d) => d.name === name);
      let type = typeof def?.type === 'number' ? def.type : inferOptionType(value);
      if (lenient && typeof value === 'string' && (type === OptionType.Integer || type === OptionType.Number)) type = OptionType.String;
      return { name, type, value };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Gateway messages from users

  /**
   * A user posts a message: dispatches MESSAGE_CREATE as Discord would for the client's intents
   * (nothing without GuildMessages/DirectMessages; empty content without MessageContent unless
   * the bot is mentioned or it is a DM) and stores it in the channel.
   */
  sendUserMessage(content: string, opts: UserMessageOptions = {}): MessageHandle {
    const userInput = opts.user ?? this.defaultUser;
    const author = buildUser(userInput);
    this.users.set(userInput.id, author);
    const dm = opts.dm ?? false;
    const channelId = dm ? (this.dmChannelFor(author).id as string) : this.channelFor(opts);
    const guildId = dm ? null : (opts.guildId ?? this.guildId);
    const text = opts.mentionBot ? `<@${this.botUserId}> ${content}` : content;
    const reference = opts.replyTo ? { message_id: opts.replyTo, channel_id: channelId, guild_id: guildId ?? undefined, type: 0 } : undefined;
    const message = buildMessage({
      channelId,
      guildId,
      author,
      content: text,
      messageReference: reference,
      referencedMessage: opts.replyTo ? (this.findStoredMessage(channelId, opts.replyTo)?.message ?? null) : undefined,
      member: guildId ? { ...buildMember({ user: author }), user: undefined } : undefined,
    });
    if (opts.mentionBot) message.mentions = [this.users.get(this.botUserId)];
    this.storeGatewayMessage(message);

    const intents = this.gateway.identifies.filter((i) => i.accepted).at(-1)?.intents ?? 0;
    const needed = dm ? 1 << 12 : 1 << 9;
    const delivered = (intents & needed) !== 0;
    if (delivered) {
      const hasContentIntent = (intents & (1 << 15)) !== 0;
      const visible = dm || opts.mentionBot || hasContentIntent;
      const wire = visible ? message : { ...message, content: '', embeds: [], attachments: [], components: [] };
      this.gateway.dispatch('MESSAGE_CREATE', wire);
    }
    const id = message.id as string;
    return {
      message,
      delivered,
      waitForReply: (timeoutMs = 5000) =>
        this.waitUntil(
          () => this.channelMessages(channelId).find((m) => m.source === 'rest' && m.messageReference?.message_id === id),
          timeoutMs,
          `reply to message ${id}`,
        ),
    };
  }

  // -------------------------------------------------------------------------------------------
  // State helpers

  private addGuild(input: FakeGuildInput): void {
    const channelIds = input.channelIds && input.channelIds.length > 0 ? input.channelIds : [snowflake()];
    const ownerId = input.ownerId ?? this.defaultUser.id;
    const guild: GuildState = {
      id: input.id,
      name: input.name ?? 'netmedic test server',
      ownerId,
      channelIds,
      locale: input.locale,
      roles: [buildEveryoneRole(input.id)],
      members: new Map(),
    };
    channelIds.forEach((cid, i) => {
      this.channels.set(cid, buildChannel({ id: cid, guildId: input.id, name: i === 0 ? 'general' : `channel-${i + 1}`, position: i }));
    });
    guild.members.set(this.botUserId, buildMember({ user: this.users.get(this.botUserId)! }));
    const owner = this.users.get(ownerId) ?? buildUser({ id: ownerId });
    this.users.set(ownerId, owner);
    guild.members.set(ownerId, buildMember({ user: owner }));
    this.guilds.set(input.id, guild);
  }

  private guildCreatePayload(g: GuildState): Json {
    const channels = g.channelIds.map((id) => {
      const { guild_id: _omit, ...rest } = this.channels.get(id)!;
      return rest;
    });
    return buildGuildCreate({ id: g.id, name: g.name, ownerId: g.ownerId, channels, members: [...g.members.values()], roles: g.roles, preferredLocale: g.locale });
  }

  private channelFor(opts: { channelId?: string }): string {
    return opts.channelId ?? this.channelId;
  }

  private channelObject(channelId: string): Json {
    const known = this.channels.get(channelId);
    if (known) return known;
    const created = buildChannel({ id: channelId, guildId: this.guildId });
    this.channels.set(channelId, created);
    return created;
  }

  private dmChannelFor(user: Json): Json {
    for (const c of this.channels.values()) {
      if (c.type === 1 && (c.recipients as Json[]).some((r) => r.id === user.id)) return c;
    }
    const channel: Json = { ...buildChannel({ id: snowflake(), type: 1 }), recipients: [user] };
    this.channels.set(channel.id as string, channel);
    return channel;
  }

  private findStoredMessage(channelId: string, messageId: string): StoredMessage | undefined {
    return this.messages.get(channelId)?.find((m) => m.id === messageId);
  }

  private findInteractionMessage(messageId: string): Json | undefined {
    for (const s of this.interactions.values()) {
      if (s.original?.id === messageId) return s.original;
      const f = s.followUps.find((x) => x.message.id === messageId);
      if (f) return f.message;
    }
    return undefined;
  }

  private storeGatewayMessage(message: Json): void {
    const channelId = String(message.channel_id);
    const author = asJson(message.author);
    this.pushMessage({
      id: String(message.id),
      channelId,
      message,
      body: null,
      content: typeof message.content === 'string' ? message.content : '',
      messageReference: (message.message_reference as Json | undefined) ?? null,
      allowedMentions: null,
      authorId: String(author.id),
      createdAt: performance.now(),
      editedAt: null,
      source: 'gateway',
    });
  }

  private pushMessage(stored: StoredMessage): void {
    const list = this.messages.get(stored.channelId) ?? [];
    const i = list.findIndex((m) => m.id === stored.id);
    if (i === -1) list.push(stored);
    else list[i] = stored;
    this.messages.set(stored.channelId, list);
  }

  // -------------------------------------------------------------------------------------------
  // HTTP plumbing

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    const rawPath = match?.[2] ?? url.pathname;
    let path: string;
    try {
      path = rawPath
        .split('/')
        .map((s) => decodeURIComponent(s))
        .join('/');
    } catch {
      path = rawPath;
    }
    const authHeader = req.headers.authorization;
    const record: RecordedRequest = {
      method,
      path,
      route: null,
      apiVersion: match?.[1] ?? null,
      query: Object.fromEntries(url.searchParams.entries()),
      body: null,
      files: [],
      auth: authHeader === undefined ? 'none' : authHeader === `Bot ${this.token}` ? 'bot' : 'invalid',
      userAgent: req.headers['user-agent'] ?? null,
      contentType: req.headers['content-type'] ?? null,
      receivedAt,
    };
    this.requests.push(record);

    let reply: Reply;
    const hosted = !match ? /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname) : null;
    if (hosted) {
      const file = this.attachments.get(hosted[1]!);
      reply = file && method === 'GET' ? { status: 200, raw: file.data, headers: { 'Content-Type': file.contentType } } : { status: 404, body: { message: 'Not Found' } };
      this.respond(res, reply);
      record.status = reply.status;
      record.respondedAt = performance.now();
      return;
    }
    try {
      const raw = await readBody(req);
      const parsed = await parseBody(raw, req.headers['content-type']);
      record.body = parsed.body;
      record.files = parsed.files;
      reply = await this.route(record, parsed, match !== null);
    } catch (error) {
      reply = error instanceof BodyError ? apiError(error.status, 50109, error.message) : json(500, { message: '500: Internal Server Error', code: 0 });
      if (!(error instanceof BodyError)) console.error('fake discord: handler crashed', error);
    }
    if (this.opts.restDelayMs > 0 && !this.closed) await sleep(this.opts.restDelayMs);
    this.respond(res, reply);
    record.status = reply.status;
    if (reply.status >= 400) {
      const code = asJson(reply.body).code;
      record.response = { code: typeof code === 'number' ? code : undefined, message: String(asJson(reply.body).message ?? ''), errors: asJson(reply.body).errors };
    }
    record.respondedAt = performance.now();
    this.notify();
  }

  private async route(record: RecordedRequest, parsed: ParsedBody, underApi: boolean): Promise<Reply> {
    let found: { route: Route; params: Record<string, string> } | null = null;
    if (underApi) {
      for (const route of this.routes) {
        if (route.method !== record.method) continue;
        const m = route.regex.exec(record.path);
        if (!m) continue;
        found = { route, params: m.groups ?? {} };
        record.route = `${route.method} ${route.template}`;
        break;
      }
    }
    const fault = this.faults.find((f) => f.remaining > 0 && f.test(record.method, record.path));
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.spec.delayMs) await sleep(fault.spec.delayMs);
      if (fault.spec.status !== 0) {
        record.fault = fault.description;
        return { status: fault.spec.status, body: fault.spec.body, headers: fault.spec.headers };
      }
    }
    if (!found) return apiError(404, 0, '404: Not Found');
    if (found.route.auth && record.auth !== 'bot') return apiError(401, 0, '401: Unauthorized');
    return found.route.handler({ params: found.params, query: record.query, body: parsed.body, files: parsed.files, record });
  }

  private respond(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { via: 'fake-discord', ...reply.headers };
    if (reply.raw) {
      res.writeHead(reply.status, { 'Content-Type': 'application/octet-stream', ...headers, 'Content-Length': String(reply.raw.length) });
      res.end(reply.raw);
      return;
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
    res.end(text);
  }

  private on(method: string, template: string, handler: Handler, auth = true): void {
    const source = template
      .split('/')
      .map((seg) => (seg.startsWith(':') ? `(?<${seg.slice(1)}>[^/]+)` : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    this.routes.push({ method, template, regex: new RegExp(`^${source}/?$`), auth, handler });
  }

  // -------------------------------------------------------------------------------------------
  // Routes

  private registerRoutes(): void {
    const botUser = () => this.users.get(this.botUserId)!;

    this.on('GET', '/gateway', () => json(200, { url: this.gateway.gatewayUrl() }), false);
    this.on('GET', '/gateway/bot', () =>
      json(200, {
        url: this.gateway.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );

    this.on('GET', '/users/@me', () => json(200, { ...botUser(), verified: true, mfa_enabled: false, locale: 'en-US', email: null }));
    this.on('GET', '/users/:userId', ({ params }) => {
      const u = this.users.get(params.userId!);
      return u ? json(200, u) : apiError(404, 10013, 'Unknown User');
    });
    this.on('POST', '/users/@me/channels', ({ body }) => {
      const recipient = String(asJson(body).recipient_id ?? '');
      const user = this.users.get(recipient) ?? buildUser({ id: recipient });
      return json(200, this.dmChannelFor(user));
    });

    this.on('GET', '/applications/@me', () =>
      json(200, {
        id: this.applicationId,
        name: botUser().username,
        icon: null,
        description: '',
        summary: '',
        type: null,
        bot: botUser(),
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: this.opts.applicationFlags,
        owner: buildUser(this.defaultUser),
        team: null,
        approximate_guild_count: this.guilds.size,
        install_params: null,
        integration_types_config: { '0': {} },
        tags: [],
      }),
    );

    // Application commands, global and per guild.
    const scopeKey = (params: Record<string, string>) => params.guildId ?? 'global';
    const checkApp = (params: Record<string, string>): Reply | null => {
      if (params.appId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
      if (params.guildId && !this.guilds.has(params.guildId)) return apiError(404, 10004, 'Unknown Guild');
      return null;
    };
    for (const base of ['/applications/:appId/commands', '/applications/:appId/guilds/:guildId/commands']) {
      this.on('GET', base, ({ params }) => checkApp(params) ?? json(200, this.registeredCommands(params.guildId)));
      this.on('PUT', base, ({ params, body }) => checkApp(params) ?? this.bulkOverwrite(scopeKey(params), params.guildId, body));
      this.on('POST', base, ({ params, body }) => checkApp(params) ?? this.createCommand(scopeKey(params), params.guildId, asJson(body)));
      this.on('GET', `${base}/:commandId`, ({ params }) => {
        const c = this.commands.get(scopeKey(params))?.find((x) => x.id === params.commandId);
        return checkApp(params) ?? (c ? json(200, c) : apiError(404, 10063, 'Unknown application command'));
      });
      this.on('PATCH', `${base}/:commandId`, ({ params, body }) => checkApp(params) ?? this.editCommand(scopeKey(params), params.commandId!, asJson(body)));
      this.on('DELETE', `${base}/:commandId`, ({ params }) => {
        const err = checkApp(params);
        if (err) return err;
        const list = this.commands.get(scopeKey(params)) ?? [];
        const i = list.findIndex((x) => x.id === params.commandId);
        if (i === -1) return apiError(404, 10063, 'Unknown application command');
        list.splice(i, 1);
        return noContent();
      });
    }

    // Interactions.
    this.on('POST', '/interactions/:id/:token/callback', (ctx) => this.onCallback(ctx), false);
    this.on('POST', '/webhooks/:appId/:token', (ctx) => this.onFollowUp(ctx), false);
    this.on('GET', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.onWebhookMessage(ctx, 'GET'), false);
    this.on('PATCH', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.onWebhookMessage(ctx, 'PATCH'), false);
    this.on('DELETE', '/webhooks/:appId/:token/messages/:messageId', (ctx) => this.onWebhookMessage(ctx, 'DELETE'), false);

    // Channels and messages.
    const channelOr404 = (id: string): Json | Reply => this.channels.get(id) ?? apiError(404, 10003, 'Unknown Channel');
    const isReply = (x: Json | Reply): x is Reply => typeof (x as Reply).status === 'number' && !('type' in x);
    this.on('GET', '/channels/:channelId', ({ params }) => {
      const c = channelOr404(params.channelId!);
      return isReply(c) ? c : json(200, c);
    });
    this.on('POST', '/channels/:channelId/messages', (ctx) => {
      const c = channelOr404(ctx.params.channelId!);
      return isReply(c) ? c : this.createChannelMessage(c, ctx);
    });
    this.on('GET', '/channels/:channelId/messages', ({ params, query }) => {
      const c = channelOr404(params.channelId!);
      if (isReply(c)) return c;
      const limit = Math.min(Math.max(Number(query.limit ?? 50) || 50, 1), 100);
      return json(200, this.channelMessages(params.channelId).map((m) => m.message).reverse().slice(0, limit));
    });
    this.on('GET', '/channels/:channelId/messages/:messageId', ({ params }) => {
      const m = this.findStoredMessage(params.channelId!, params.messageId!);
      return m ? json(200, m.message) : apiError(404, 10008, 'Unknown Message');
    });
    this.on('PATCH', '/channels/:channelId/messages/:messageId', ({ params, body, files }) => {
      const m = this.findStoredMessage(params.channelId!, params.messageId!);
      if (!m) return apiError(404, 10008, 'Unknown Message');
      if (m.authorId !== this.botUserId) return apiError(403, 50005, 'Cannot edit a message authored by another user');
      const b = asJson(body);
      const invalid = this.validateMessage(b, false, files.length);
      if (invalid) return invalid;
      m.message = this.applyEdit(m.message, b);
      m.content = String(m.message.content ?? '');
      m.editedAt = performance.now();
      return json(200, m.message);
    });
    this.on('DELETE', '/channels/:channelId/messages/:messageId', ({ params }) => {
      const list = this.messages.get(params.channelId!) ?? [];
      const i = list.findIndex((m) => m.id === params.messageId);
      if (i === -1) return apiError(404, 10008, 'Unknown Message');
      list.splice(i, 1);
      return noContent();
    });
    this.on('POST', '/channels/:channelId/typing', ({ params }) => {
      const c = channelOr404(params.channelId!);
      return isReply(c) ? c : noContent();
    });
    this.on('PUT', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', ({ params }) =>
      this.findStoredMessage(params.channelId!, params.messageId!) ? noContent() : apiError(404, 10008, 'Unknown Message'),
    );

    // Guilds.
    const guildOr404 = (id: string): GuildState | Reply => this.guilds.get(id) ?? apiError(404, 10004, 'Unknown Guild');
    const isGuild = (x: GuildState | Reply): x is GuildState => 'members' in x;
    this.on('GET', '/guilds/:guildId', ({ params }) => {
      const g = guildOr404(params.guildId!);
      if (!isGuild(g)) return g;
      const full = this.guildCreatePayload(g);
      for (const k of ['joined_at', 'large', 'unavailable', 'member_count', 'voice_states', 'members', 'channels', 'threads', 'presences', 'stage_instances', 'guild_scheduled_events', 'soundboard_sounds']) {
        delete full[k];
      }
      return json(200, full);
    });
    this.on('GET', '/guilds/:guildId/channels', ({ params }) => {
      const g = guildOr404(params.guildId!);
      return isGuild(g) ? json(200, g.channelIds.map((id) => this.channels.get(id))) : g;
    });
    this.on('GET', '/guilds/:guildId/roles', ({ params }) => {
      const g = guildOr404(params.guildId!);
      return isGuild(g) ? json(200, g.roles) : g;
    });
    this.on('GET', '/guilds/:guildId/members/:userId', ({ params }) => {
      const g = guildOr404(params.guildId!);
      if (!isGuild(g)) return g;
      const m = g.members.get(params.userId!);
      return m ? json(200, m) : apiError(404, 10007, 'Unknown Member');
    });
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  private normaliseCommand(def: Json, guildId: string | undefined, existing: RegisteredCommand | undefined): RegisteredCommand {
    this.commandVersion += 1n;
    const type = typeof def.type === 'number' ? def.type : 1;
    return {
      name_localizations: null,
      description_localizations: null,
      options: [],
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      ...def,
      description: type === 1 ? (def.description ?? '') : '',
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      type,
      name: String(def.name),
      version: (BigInt(snowflake()) + this.commandVersion).toString(),
    };
  }

  private bulkOverwrite(key: string, guildId: string | undefined, body: unknown): Reply {
    if (!Array.isArray(body)) return apiError(400, 50035, 'Invalid Form Body', { _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
    const errors = this.opts.validatePayloads ? checkCommandDefinitions(body) : null;
    if (errors) return apiError(400, 50035, 'Invalid Form Body', errors);
    const previous = this.commands.get(key) ?? [];
    const next = body.map((raw) => {
      const def = asJson(raw);
      const type = typeof def.type === 'number' ? def.type : 1;
      return this.normaliseCommand(def, guildId, previous.find((c) => c.name === def.name && c.type === type));
    });
    this.commands.set(key, next);
    return json(200, next);
  }

  private createCommand(key: string, guildId: string | undefined, def: Json): Reply {
    const errors = this.opts.validatePayloads ? checkCommandDefinitions([def]) : null;
    if (errors) return apiError(400, 50035, 'Invalid Form Body', errors);
    const list = this.commands.get(key) ?? [];
    const type = typeof def.type === 'number' ? def.type : 1;
    const i = list.findIndex((c) => c.name === def.name && c.type === type);
    const cmd = this.normaliseCommand(def, guildId, list[i]);
    if (i === -1) list.push(cmd);
    else list[i] = cmd;
    this.commands.set(key, list);
    return json(i === -1 ? 201 : 200, cmd);
  }

  private editCommand(key: string, id: string, patch: Json): Reply {
    const list = this.commands.get(key) ?? [];
    const i = list.findIndex((c) => c.id === id);
    if (i === -1) return apiError(404, 10063, 'Unknown application command');
    const merged = this.normaliseCommand({ ...list[i], ...patch }, list[i]!.guild_id as string | undefined, list[i]);
    list[i] = merged;
    return json(200, merged);
  }

  // -------------------------------------------------------------------------------------------
  // Messages

  private validateMessage(body: Json, requireSomething: boolean, fileCount: number): Reply | null {
    if (!this.opts.validatePayloads) return null;
    const problem = checkMessageBody(body, { requireSomething, fileCount });
    return problem ? apiError(400, problem.code, problem.message, problem.errors) : null;
  }

  private createChannelMessage(channel: Json, ctx: RequestContext): Reply {
    const body = asJson(ctx.body);
    const invalid = this.validateMessage(body, true, ctx.files.length);
    if (invalid) return invalid;
    const channelId = String(channel.id);
    const ref = body.message_reference ? asJson(body.message_reference) : null;
    let referenced: Json | null | undefined;
    if (ref && (ref.type ?? 0) === 0) {
      const target = ref.message_id ? this.findStoredMessage(String(ref.channel_id ?? channelId), String(ref.message_id)) : undefined;
      if (!target && ref.fail_if_not_exists !== false) {
        return apiError(400, 50035, 'Invalid Form Body', { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } });
      }
      referenced = target?.message ?? null;
    }
    const message = buildMessage({
      channelId,
      guildId: (channel.guild_id as string | undefined) ?? null,
      author: this.users.get(this.botUserId)!,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: (body.embeds as unknown[] | undefined) ?? [],
      components: (body.components as unknown[] | undefined) ?? [],
      attachments: ctx.files.map((f, i) => ({ id: String(i), filename: f.name, size: f.size, content_type: f.contentType, url: `https://cdn.invalid/${f.name}`, proxy_url: `https://cdn.invalid/${f.name}` })),
      flags: typeof body.flags === 'number' ? body.flags : 0,
      messageReference: ref ? { type: 0, channel_id: channelId, guild_id: channel.guild_id, ...ref } : undefined,
      referencedMessage: referenced,
    });
    this.pushMessage({
      id: String(message.id),
      channelId,
      message,
      body,
      content: String(message.content),
      messageReference: ref,
      allowedMentions: body.allowed_mentions ? asJson(body.allowed_mentions) : null,
      authorId: this.botUserId,
      createdAt: performance.now(),
      editedAt: null,
      source: 'rest',
    });
    return json(200, message);
  }

  /** Applies a message edit body to a message object. */
  private applyEdit(message: Json, body: Json): Json {
    const next: Json = { ...message, edited_timestamp: new Date().toISOString() };
    for (const key of ['content', 'embeds', 'components', 'attachments', 'poll'] as const) {
      if (key in body) next[key] = body[key] ?? (key === 'content' ? '' : []);
    }
    if (typeof body.flags === 'number') next.flags = ((Number(next.flags) || 0) & 64) | body.flags;
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // Interaction responses

  private interactionMessage(state: InteractionState, body: Json, flags: number): Json {
    const channel = asJson(state.payload.channel);
    const user = asJson(asJson(state.payload.member).user ?? state.payload.user);
    return buildMessage({
      channelId: String(channel.id),
      guildId: (state.payload.guild_id as string | undefined) ?? null,
      author: this.users.get(this.botUserId)!,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: (body.embeds as unknown[] | undefined) ?? [],
      components: (body.components as unknown[] | undefined) ?? [],
      flags,
      type: state.type === InteractionKind.ApplicationCommand ? 20 : 0,
      webhookId: this.applicationId,
      applicationId: this.applicationId,
      interactionMetadata: { id: state.id, type: state.type, user, authorizing_integration_owners: state.payload.authorizing_integration_owners },
    });
  }

  private onCallback(ctx: RequestContext): Reply {
    const state = this.interactions.get(ctx.params.id!);
    if (!state || state.token !== ctx.params.token) return apiError(404, 10062, 'Unknown interaction');
    const late = state.ackDeadlineMs > 0 && performance.now() - state.dispatchedAt > state.ackDeadlineMs;
    if (state.expired || late) {
      state.expired = true;
      return apiError(404, 10062, 'Unknown interaction');
    }
    if (state.callback) return apiError(400, 40060, 'Interaction has already been acknowledged.');

    const body = asJson(ctx.body);
    const type = typeof body.type === 'number' ? body.type : -1;
    const data = asJson(body.data);
    const allowed: Record<number, number[]> = {
      [InteractionKind.ApplicationCommand]: [4, 5, 9],
      [InteractionKind.MessageComponent]: [4, 5, 6, 7, 9],
      [InteractionKind.Autocomplete]: [8],
      [InteractionKind.ModalSubmit]: [4, 5, 6, 7],
    };
    if (!(allowed[state.type] ?? []).includes(type)) {
      return apiError(400, 50035, 'Invalid Form Body', { type: { _errors: [{ code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: `Callback type ${type} is not valid for interaction type ${state.type}` }] } });
    }
    if (type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage) {
      const invalid = this.validateMessage(data, type === CallbackType.ChannelMessageWithSource, ctx.files.length);
      if (invalid) return invalid;
    }
    if (type === CallbackType.ApplicationCommandAutocompleteResult && this.opts.validatePayloads) {
      const errors = checkAutocompleteChoices(data);
      if (errors) return apiError(400, 50035, 'Invalid Form Body', errors);
    }
    if (type === CallbackType.Modal && this.opts.validatePayloads && (typeof data.custom_id !== 'string' || typeof data.title !== 'string')) {
      return apiError(400, 50035, 'Invalid Form Body', { data: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'custom_id and title are required' }] } });
    }

    const receivedAt = performance.now();
    const record: CallbackRecord = { type, data, receivedAt, latencyMs: receivedAt - state.dispatchedAt, files: ctx.files };
    state.callback = record;
    const ephemeral = (Number(data.flags) || 0) & 64;
    switch (type) {
      case CallbackType.ChannelMessageWithSource:
        state.original = this.interactionMessage(state, data, Number(data.flags) || 0);
        break;
      case CallbackType.DeferredChannelMessageWithSource:
        state.original = this.interactionMessage(state, {}, ephemeral | 128 /* Loading */);
        break;
      case CallbackType.UpdateMessage:
        if (state.original) state.original = this.applyEdit(state.original, data);
        this.syncStoredMessage(state.original);
        break;
      default:
        break;
    }

    if (ctx.query.with_response !== 'true') return noContent();
    const message = state.original && (type === 4 || type === 5 || type === 7) ? state.original : undefined;
    return json(200, {
      interaction: {
        id: state.id,
        type: state.type,
        activity_instance_id: undefined,
        response_message_id: message?.id,
        response_message_loading: type === 5,
        response_message_ephemeral: Boolean(ephemeral),
      },
      resource: message ? { type, message } : { type },
    });
  }

  /** Keeps a channel copy of a component message in step with updates to it. */
  private syncStoredMessage(message: Json | null): void {
    if (!message) return;
    const stored = this.findStoredMessage(String(message.channel_id), String(message.id));
    if (stored) {
      stored.message = message;
      stored.content = String(message.content ?? '');
      stored.editedAt = performance.now();
    }
  }

  private webhookState(ctx: RequestContext): InteractionState | Reply {
    if (ctx.params.appId !== this.applicationId) return apiError(404, 10015, 'Unknown Webhook');
    const state = this.interactionsByToken.get(ctx.params.token!);
    if (!state) return apiError(404, 10015, 'Unknown Webhook');
    if (performance.now() - state.dispatchedAt > this.opts.interactionTokenTtlMs) return apiError(401, 50027, 'Invalid Webhook Token');
    // Before the initial response the interaction webhook does not exist yet.
    if (!state.callback) return apiError(404, 10015, 'Unknown Webhook');
    return state;
  }

  private onFollowUp(ctx: RequestContext): Reply {
    const state = this.webhookState(ctx);
    if (!('token' in state)) return state;
    const body = asJson(ctx.body);
    const invalid = this.validateMessage(body, true, ctx.files.length);
    if (invalid) return invalid;
    const message = this.interactionMessage(state, body, Number(body.flags) || 0);
    state.followUps.push({ message, body, receivedAt: performance.now(), files: ctx.files });
    return ctx.query.wait === 'false' ? noContent() : json(200, message);
  }

  private onWebhookMessage(ctx: RequestContext, method: 'GET' | 'PATCH' | 'DELETE'): Reply {
    const state = this.webhookState(ctx);
    if (!('token' in state)) return state;
    const messageId = ctx.params.messageId!;
    const isOriginal = messageId === '@original' || (state.original !== null && messageId === state.original.id);
    const followUp = isOriginal ? undefined : state.followUps.find((f) => f.message.id === messageId);
    const current = isOriginal ? (state.originalDeleted ? null : state.original) : (followUp?.message ?? null);
    if (!current || state.deletedMessageIds.includes(String(current.id))) return apiError(404, 10008, 'Unknown Message');

    if (method === 'GET') return json(200, current);
    if (method === 'DELETE') {
      state.deletedMessageIds.push(String(current.id));
      if (isOriginal) state.originalDeleted = true;
      return noContent();
    }
    const body = asJson(ctx.body);
    const invalid = this.validateMessage(body, false, ctx.files.length);
    if (invalid) return invalid;
    const edited = this.applyEdit(current, body);
    // The first edit of a deferred response replaces the loading state.
    edited.flags = (Number(edited.flags) || 0) & ~128;
    if (isOriginal) {
      state.original = edited;
      this.syncStoredMessage(edited);
    } else if (followUp) followUp.message = edited;
    state.edits.push({ messageId: isOriginal ? '@original' : messageId, body, receivedAt: performance.now(), files: ctx.files });
    return json(200, edited);
  }

  // -------------------------------------------------------------------------------------------

  /** Closes sockets, the HTTP server and pending waits. Destroy the client first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const wait of [...this.waits]) wait.reject(new Error('fake discord closed'));
    await this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Body parsing

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyError(413, 'Request entity too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: null, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': contentType! }, body: raw }).formData();
    const files: UploadedFile[] = [];
    let body: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
      } else {
        files.push({ field, name: value.name, size: value.size, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'The request body contains invalid JSON.');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
