/**
 * The few REST calls HTTP mode makes after the initial response: edit or delete the original
 * response and send follow-ups (interaction webhooks, authorised by the interaction token alone),
 * and — with a bot token — post or delete channel messages and list the commands. 429s are waited out (Retry-After);
 * Discord's JSON error codes are kept on the thrown error (`code`), as discord.js does, so the
 * router recognises 10062/40060.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { ListedCommand } from '../interaction/command-ids';
import type { MessagePayload } from '../interaction/reply';

export interface InteractionRestOptions {
  /** e.g. https://discord.com/api (DISCORD_API_BASE); /v10 is added. */
  apiBase: string;
  /** For channel messages (replies to a message, deleting a posted message). */
  botToken?: string;
  log: Logger;
  /** Attempts on 429 or 5xx (default 3). */
  attempts?: number;
  /** Per-request limit (default 10000 ms). */
  timeoutMs?: number;
}

export class DiscordRestError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'DiscordRestError';
  }
}

export interface InteractionRest {
  editOriginal(appId: string, token: string, payload: Partial<MessagePayload>): Promise<unknown>;
  deleteOriginal(appId: string, token: string): Promise<void>;
  followUp(appId: string, token: string, payload: MessagePayload): Promise<unknown>;
  postChannelMessage(channelId: string, body: unknown): Promise<{ id: string }>;
  deleteChannelMessage(channelId: string, messageId: string): Promise<void>;
  /** The application's commands (a guild's with guildId), for their ids; needs the bot token. */
  listCommands(appId: string, guildId?: string): Promise<ListedCommand[]>;
}

/** Unknown Webhook: the initial response may still be on its way to Discord. */
const UNKNOWN_WEBHOOK = 10015;

export function createInteractionRest(options: InteractionRestOptions): InteractionRest {
  const base = `${options.apiBase.replace(/\/+$/, '')}/v10`;
  const attempts = options.attempts ?? 3;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(method: string, path: string, body: unknown, auth: boolean): Promise<unknown> {
    if (auth && !options.botToken) throw new DiscordRestError(0, null, 'this needs DISCORD_TOKEN (posting or deleting channel messages)');
    for (let attempt = 1; ; attempt += 1) {
      const headers: Record<string, string> = { 'user-agent': 'DiscordBot (netmedic, serve)' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (auth) headers.authorization = `Bot ${options.botToken}`;
      const res = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
      if (res.ok) return parsed;
      const code = typeof parsed?.code === 'number' ? parsed.code : null;
      const retryable = res.status === 429 || res.status >= 500 || (code === UNKNOWN_WEBHOOK && path.startsWith('/webhooks/'));
      if (retryable && attempt < attempts) {
        const retryAfter = Number(parsed?.retry_after ?? res.headers.get('retry-after') ?? 0);
        const waitMs = res.status === 429 ? Math.min(10_000, Math.max(50, retryAfter * 1000)) : 100 * attempt;
        options.log.debug({ status: res.status, code, waitMs, attempt }, 'discord REST retry');
        await sleep(waitMs);
        continue;
      }
      throw new DiscordRestError(res.status, code, `Discord answered ${res.status}${code ? ` (${code})` : ''}: ${String(parsed?.message ?? res.statusText)}`);
    }
  }

  return {
    editOriginal: (appId, token, payload) => call('PATCH', `/webhooks/${appId}/${token}/messages/@original`, payload, false),
    async deleteOriginal(appId, token) {
      await call('DELETE', `/webhooks/${appId}/${token}/messages/@original`, undefined, false);
    },
    followUp: (appId, token, payload) => call('POST', `/webhooks/${appId}/${token}`, payload, false),
    postChannelMessage: async (channelId, body) => (await call('POST', `/channels/${channelId}/messages`, body, true)) as { id: string },
    async deleteChannelMessage(channelId, messageId) {
      await call('DELETE', `/channels/${channelId}/messages/${messageId}`, undefined, true);
    },
    listCommands: async (appId, guildId) => (await call('GET', guildId ? `/applications/${appId}/guilds/${guildId}/commands` : `/applications/${appId}/commands`, undefined, true)) as ListedCommand[],
  };
}
