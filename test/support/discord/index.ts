/**
 * A local, Discord-compatible server for end-to-end tests and the benchmark. Point the real
 * discord.js client at it with `rest: { api: fake.apiBase }` and log in with `fake.token`.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
 *   await client.login(fake.token);
 *   const handle = fake.sendChatInput('explain', { error: 'ECONNREFUSED' });
 *   const cb = await handle.waitForCallback();
 *   …
 *   await client.destroy();
 *   await fake.close();
 */
import { FakeDiscord, type FakeDiscordOptions } from './server';

export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}

export { FakeDiscord } from './server';
export type {
  ChatInputOptions,
  ComponentOptions,
  FakeDiscordOptions,
  FakeGuildInput,
  FaultSpec,
  InteractionSendOptions,
  MessageHandle,
  OptionValues,
  RecordedRequest,
  RegisteredCommand,
  RequestPattern,
  StoredMessage,
  TargetMessageInput,
  UserMessageOptions,
} from './server';
export { CallbackType, InteractionHandle } from './interaction-handle';
export type { CallbackRecord, EditRecord, FollowUpRecord, UploadedFile } from './interaction-handle';
export { GatewayClose, Op, PRIVILEGED_INTENTS } from './gateway';
export type { GatewayConnectionRecord, IdentifyRecord, SentDispatch } from './gateway';
export * from './payloads';
