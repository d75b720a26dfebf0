/**
 * Self-tests of the fake Discord server, driven by a plain discord.js Client (not the bot):
 * if discord.js is happy with the fake, the bot's end-to-end tests can trust it.
 */
import {
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  DiscordjsError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  ActionRowBuilder,
  type TextChannel,
} from 'discord.js';
import { constants as zlibConstants, createInflate } from 'node:zlib';
import { WebSocket } from 'ws';
import { CallbackType, type FakeDiscord, startFakeDiscord } from '../support/discord';
import { scaled } from '../support/timing';

type InteractionHandler = (interaction: Interaction) => Promise<void>;

function newClient(fake: FakeDiscord, intents: GatewayIntentBits[] = [GatewayIntentBits.Guilds]): Client {
  return new Client({ intents, rest: { api: fake.apiBase } });
}

async function loginAndWaitReady(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
}

describe('fake Discord server with a logged-in discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let onInteraction: InteractionHandler = async () => {};
  const handlerErrors: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: scaled(1000) });
    client = newClient(fake);
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => handlerErrors.push(error));
    });
    await loginAndWaitReady(client, fake.token);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  afterEach(() => {
    onInteraction = async () => {};
  });

  test('login reaches ready with the guild and its channel cached', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.roles.everyone.id).toBe(fake.guildId);
    expect(guild?.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
    expect(fake.identifyCount).toBe(1);
    expect(fake.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
    expect(fake.gatewayConnections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    // The client heartbeats (interval 1s here) and gets acks.
    await fake.waitFor(() => fake.heartbeatCount >= 1, 3000, 'a heartbeat');
    expect(fake.requestsMatching('GET /gateway/bot')[0]?.status).toBe(200);
  });

  test('bulk overwrite of guild commands is stored with ids and returned', async () => {
    const defs = [
      { name: 'explain', description: 'Explain an error', options: [{ type: 3, name: 'error', description: 'The error', required: true, autocomplete: true }] },
      { name: 'Explain this error', type: 3 },
    ];
    const result = await client.application!.commands.set(defs, fake.guildId);
    expect(result.size).toBe(2);
    const stored = fake.registeredCommands(fake.guildId);
    expect(stored.map((c) => c.name).sort()).toEqual(['Explain this error', 'explain']);
    expect(stored.every((c) => /^\d{17,20}$/.test(c.id))).toBe(true);
    expect([...result.keys()].sort()).toEqual(stored.map((c) => c.id).sort());
    // A second overwrite keeps ids of unchanged names, as Discord does.
    const again = await client.application!.commands.set(defs, fake.guildId);
    expect([...again.keys()].sort()).toEqual(stored.map((c) => c.id).sort());
    expect(fake.registeredCommands()).toEqual([]);
  });

  test('an invalid command definition is rejected with 50035', async () => {
    await expect(client.application!.commands.set([{ name: 'Bad Name', description: 'x' }], fake.guildId)).rejects.toMatchObject({ code: 50035 });
  });

  test('reply arrives as callback type 4 with the content', async () => {
    onInteraction = async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: `got ${i.options.getString('error')}` });
    };
    const handle = fake.sendChatInput('explain', { error: 'ECONNREFUSED' });
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(cb.data.content).toBe('got ECONNREFUSED');
    expect(cb.latencyMs).toBeGreaterThanOrEqual(0);
    expect(handle.originalContent).toBe('got ECONNREFUSED');
    const req = fake.requestsMatching('POST /interactions/:id/:token/callback').at(-1);
    expect(req?.query).toEqual({ with_response: 'false' });
    expect(req?.status).toBe(204);
  });

  test('chat input with subcommand, integer option typed from the registered definition, in a DM', async () => {
    await client.application!.commands.set([
      {
        name: 'check',
        description: 'Check things',
        options: [{ type: 1, name: 'port', description: 'Check a port', options: [{ type: 4, name: 'number', description: 'Port', required: true }] }],
      },
    ]);
    const seen: unknown[] = [];
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      seen.push(i.options.getSubcommand(), i.options.getInteger('number'), i.inGuild(), i.user.id);
      await i.reply({ content: 'ok', flags: 64 });
    };
    const handle = fake.sendChatInput('check', { number: 443 }, { subcommand: 'port', dm: true, user: { id: '1500000000000000001', username: 'dmuser' } });
    const cb = await handle.waitForCallback();
    expect(cb.data.flags).toBe(64);
    expect(seen).toEqual(['port', 443, false, '1500000000000000001']);
    await client.application!.commands.set([]);
  });

  test('deferReply then editReply: type 5, then PATCH @original; follow-up and delete work', async () => {
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      const edited = await i.editReply({ content: 'done' });
      expect(edited.content).toBe('done');
      const follow = await i.followUp({ content: 'more' });
      await i.webhook.editMessage(follow.id, { content: 'more, edited' });
      await i.deleteReply();
    };
    const handle = fake.sendChatInput('explain', { error: 'ETIMEDOUT' });
    expect((await handle.waitForCallback()).type).toBe(CallbackType.DeferredChannelMessageWithSource);
    const edit = await handle.waitForEdit();
    expect(edit).toMatchObject({ messageId: '@original', body: { content: 'done' } });
    const follow = await handle.waitForFollowUp();
    expect(follow.message.content).toBe('more');
    const second = await handle.waitForEdit();
    expect(second.body.content).toBe('more, edited');
    expect(handle.followUps[0]?.message.content).toBe('more, edited');
    await fake.waitFor(() => handle.originalDeleted, 3000, 'delete of @original');
    const patch = fake.requestsMatching('PATCH /webhooks/:app/:token/messages/:id').find((r) => r.path.endsWith('@original'));
    expect(patch?.status).toBe(200);
    expect(handlerErrors).toEqual([]);
  });

  test('waitForVisibleResponse measures time to the first visible answer', async () => {
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await new Promise((r) => setTimeout(r, 50));
      await i.editReply('later');
    };
    const handle = fake.sendChatInput('explain', { error: 'EHOSTUNREACH' });
    const visible = await handle.waitForVisibleResponse();
    expect(visible.content).toBe('later');
    expect(visible.latencyMs).toBeGreaterThanOrEqual(45);
  });

  test('autocomplete respond arrives as type 8 with choices', async () => {
    onInteraction = async (i) => {
      if (!i.isAutocomplete()) return;
      const focused = i.options.getFocused(true);
      await i.respond([{ name: `${focused.name}: ${focused.value}…`, value: 'ECONNREFUSED' }]);
    };
    const handle = fake.sendAutocomplete('explain', { error: 'ECONN' }, 'error');
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.ApplicationCommandAutocompleteResult);
    expect(cb.data.choices).toEqual([{ name: 'error: ECONN…', value: 'ECONNREFUSED' }]);
  });

  test('message context menu carries the target message', async () => {
    let target: string | undefined;
    onInteraction = async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      target = i.targetMessage.content;
      await i.reply({ content: 'explained', flags: 64 });
    };
    const handle = fake.sendMessageContextMenu('Explain this error', { content: 'connect ECONNREFUSED 127.0.0.1:5432', author: { id: '1600000000000000001' } });
    await handle.waitForCallback();
    expect(target).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });

  test("a button's interaction.update is callback type 7 and updates the message", async () => {
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary));
    const sent = await channel.send({ content: 'first page', components: [row] });
    onInteraction = async (i) => {
      if (i.isButton()) await i.update({ content: `page 2 (from ${i.customId})`, components: [] });
    };
    const handle = fake.sendButton('more', { messageId: sent.id });
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.UpdateMessage);
    expect(handle.originalContent).toBe('page 2 (from more)');
    expect(fake.channelMessages(fake.channelId).find((m) => m.id === sent.id)?.content).toBe('page 2 (from more)');
  });

  test('select menus and modal submits reach the client', async () => {
    const got: unknown[] = [];
    onInteraction = async (i) => {
      if (i.isStringSelectMenu()) {
        got.push(i.values);
        await i.deferUpdate();
      } else if (i.isModalSubmit()) {
        got.push(i.fields.getTextInputValue('host'));
        await i.reply({ content: 'thanks', flags: 64 });
      }
    };
    const select = fake.sendSelect('pick', ['a', 'b']);
    expect((await select.waitForCallback()).type).toBe(CallbackType.DeferredUpdateMessage);
    const modal = fake.sendModalSubmit('form', { host: 'example.org' });
    expect((await modal.waitForCallback()).type).toBe(CallbackType.ChannelMessageWithSource);
    expect(got).toEqual([['a', 'b'], 'example.org']);
  });

  test('a 429 with Retry-After on a callback is retried by @discordjs/rest and succeeds', async () => {
    fake.failNextCallbackWith429(0.2);
    onInteraction = async (i) => {
      if (i.isChatInputCommand()) await i.reply('after the limit');
    };
    const before = fake.requestsMatching('POST /interactions/*/*/callback').length;
    const handle = fake.sendChatInput('explain', { error: 'x' });
    const cb = await handle.waitForCallback();
    expect(cb.data.content).toBe('after the limit');
    const attempts = fake.requestsMatching('POST /interactions/*/*/callback').slice(before);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.receivedAt - attempts[0]!.receivedAt).toBeGreaterThanOrEqual(190);
  });

  test('500s: one is retried away; four (1 try + 3 retries) surface as HTTPError', async () => {
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    fake.failNextRequestWith500('POST /channels/:id/messages', 1);
    const ok = await channel.send('survives one 500');
    expect(fake.channelMessages().some((m) => m.id === ok.id)).toBe(true);

    fake.failNextRequestWith500('POST /channels/:id/messages', 4);
    const error = await channel.send('never stored').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    expect(fake.channelMessages().some((m) => m.content === 'never stored')).toBe(false);
  });

  test('channel messages keep message_reference and allowed_mentions; delete removes them', async () => {
    const channel = client.channels.cache.get(fake.channelId) as TextChannel;
    const user = fake.sendUserMessage('is my server down?');
    expect(user.delivered).toBe(false); // no GuildMessages intent on this client
    await channel.send({ content: 'replying', reply: { messageReference: user.message.id as string }, allowedMentions: { repliedUser: false } });
    const reply = await user.waitForReply();
    expect(reply.messageReference?.message_id).toBe(user.message.id);
    expect(reply.allowedMentions).toMatchObject({ replied_user: false });
    await channel.messages.delete(reply.id);
    expect(fake.channelMessages().some((m) => m.id === reply.id)).toBe(false);
  });

  test('acknowledging an expired interaction fails with DiscordAPIError 10062; a second ack with 40060', async () => {
    const errors: unknown[] = [];
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('too late').catch((e: unknown) => errors.push(e));
    };
    const late = fake.sendChatInput('explain', { error: 'x' }, { expired: true });
    await fake.waitFor(() => errors.length === 1, 3000, 'the rejected reply');
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
    expect((errors[0] as DiscordAPIError).status).toBe(404);
    expect(late.callback).toBeNull();

    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('one');
      // discord.js guards against a second reply itself, so go around it.
      await client.rest.post(`/interactions/${i.id}/${i.token}/callback`, { body: { type: 4, data: { content: 'two' } }, auth: false }).catch((e: unknown) => errors.push(e));
    };
    fake.sendChatInput('explain', { error: 'y' });
    await fake.waitFor(() => errors.length === 2, 3000, 'the second ack');
    expect((errors[1] as DiscordAPIError).code).toBe(40060);
  });

  test('an ack after the deadline (3 s by default) fails with 10062', async () => {
    fake.setAckDeadlineMs(100);
    const errors: unknown[] = [];
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      await new Promise((r) => setTimeout(r, 200));
      await i.reply('slow').catch((e: unknown) => errors.push(e));
    };
    fake.sendChatInput('explain', { error: 'slow' });
    fake.setAckDeadlineMs(scaled(3000));
    await fake.waitFor(() => errors.length === 1, 3000, 'the late reply');
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
  });

  test('reply withResponse gets the callback resource; files arrive as multipart', async () => {
    let messageId: string | undefined;
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      const res = await i.reply({ content: 'with file', files: [{ attachment: Buffer.from('hello'), name: 'report.txt' }], withResponse: true });
      messageId = res.resource?.message?.id;
    };
    const handle = fake.sendChatInput('explain', { error: 'files' });
    const cb = await handle.waitForCallback();
    expect(cb.data.content).toBe('with file');
    expect(cb.files).toEqual([expect.objectContaining({ name: 'report.txt', size: 5 })]);
    await fake.waitFor(() => messageId !== undefined, 3000, 'the callback response');
    expect(messageId).toBe(handle.original?.id);
  });

  test('unknown routes answer 404 and are recorded; missing auth answers 401', async () => {
    const res = await fetch(`${fake.apiBase}/v10/no/such/route`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.unknownRoutes.map((r) => r.path)).toEqual(['/no/such/route']);
    const unauth = await fetch(`${fake.apiBase}/v10/users/@me`);
    expect(unauth.status).toBe(401);
    expect(await unauth.json()).toEqual({ message: '401: Unauthorized', code: 0 });
  });

  test('op 7 RECONNECT makes the client RESUME, not IDENTIFY, and missed events are replayed', async () => {
    const identifies = fake.identifyCount;
    const resumes = fake.resumeCount;
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    onInteraction = async (i) => {
      if (i.isChatInputCommand()) await i.reply(`still here: ${i.options.getString('error')}`);
    };
    const reconnect = fake.requestReconnect();
    await fake.waitFor(() => !fake.gatewayConnected, 3000, 'the client to drop the socket');
    // Sent while no socket is attached: queued, then replayed after RESUME.
    const missed = fake.sendChatInput('explain', { error: 'missed' });
    expect(fake.dispatches.at(-1)).toMatchObject({ t: 'INTERACTION_CREATE', delivered: false });
    await reconnect;
    await resumed;
    // At least this RESUME: on a loaded machine a late heartbeat ack can make discord.js resume
    // once more on its own (a zombie connection), which is a resume too, never an IDENTIFY.
    expect(fake.resumeCount).toBeGreaterThan(resumes);
    expect(fake.identifyCount).toBe(identifies);
    expect(fake.gatewayConnections.at(-1)?.path).toBe('/gateway/resume');
    expect((await missed.waitForCallback()).data.content).toBe('still here: missed');

    // The connection still works afterwards.
    expect((await fake.sendChatInput('explain', { error: 'z' }).waitForCallback()).data.content).toBe('still here: z');
  });

  test('no request hit an unknown route and none was rejected unexpectedly', () => {
    const fromClient = (r: { userAgent: string | null }) => r.userAgent?.includes('discord.js') ?? false;
    expect(fake.unknownRoutes.filter(fromClient)).toEqual([]);
    // The rejections this suite provoked on purpose, and nothing else.
    expect(new Set(fake.rejectedRequests.filter(fromClient).map((r) => r.response?.code))).toEqual(new Set([50035, 10062, 40060]));
    expect(fake.requests.filter((r) => r.fault).map((r) => r.status)).toEqual([429, 500, 500, 500, 500, 500]);
  });
});

describe('fake Discord server: user messages and intents', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = newClient(fake, [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    await loginAndWaitReady(client, fake.token);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  test('without MessageContent the content is blank unless the bot is mentioned', async () => {
    const seen: string[] = [];
    client.on(Events.MessageCreate, (m) => {
      seen.push(m.content);
    });
    expect(fake.sendUserMessage('hidden').delivered).toBe(true);
    fake.sendUserMessage('what is ECONNRESET?', { mentionBot: true });
    await fake.waitFor(() => seen.length === 2, 3000, 'two messageCreate events');
    expect(seen).toEqual(['', `<@${fake.botUserId}> what is ECONNRESET?`]);
  });
});

describe('fake Discord server: raw gateway protocol', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 5000 });
  });

  afterAll(async () => {
    await fake?.close();
  });

  /** Opens a gateway socket with zlib-stream compression and decodes the frames. */
  function openCompressed(): { ws: WebSocket; next: () => Promise<{ op: number; t: string | null; d: Record<string, unknown> }>; closed: Promise<number> } {
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = createInflate();
    const queue: { op: number; t: string | null; d: Record<string, unknown> }[] = [];
    let buffered = '';
    ws.on('message', (data: Buffer) => {
      inflate.write(data);
      inflate.flush(zlibConstants.Z_SYNC_FLUSH);
    });
    inflate.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      // Each flush ends a whole payload.
      try {
        queue.push(JSON.parse(buffered) as { op: number; t: string | null; d: Record<string, unknown> });
        buffered = '';
      } catch {
        // Partial: wait for more.
      }
    });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    const next = async () => {
      await fake.waitFor(() => queue.length > 0, 3000, 'a gateway frame');
      return queue.shift()!;
    };
    return { ws, next, closed };
  }

  test('zlib-stream frames decode; a wrong token at IDENTIFY closes 4004; the right one gets READY and GUILD_CREATE', async () => {
    const bad = openCompressed();
    expect((await bad.next()).op).toBe(10);
    bad.ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
    expect(await bad.closed).toBe(4004);

    const good = openCompressed();
    expect((await good.next()).d).toEqual({ heartbeat_interval: 5000 });
    good.ws.send(JSON.stringify({ op: 1, d: null }));
    expect((await good.next()).op).toBe(11);
    good.ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, shard: [0, 1] } }));
    const ready = await good.next();
    expect(ready.t).toBe('READY');
    expect(ready.d).toMatchObject({ v: 10, shard: [0, 1], user: { id: fake.botUserId, bot: true, discriminator: '0' }, guilds: [{ id: fake.guildId, unavailable: true }] });
    const guild = await good.next();
    expect(guild).toMatchObject({ t: 'GUILD_CREATE', d: { id: fake.guildId } });
    // A RESUME with an unknown session is answered with op 9 (not resumable).
    const third = openCompressed();
    await third.next();
    third.ws.send(JSON.stringify({ op: 6, d: { token: fake.token, session_id: 'nope', seq: 1 } }));
    expect(await third.next()).toMatchObject({ op: 9, d: false });
    good.ws.close();
    third.ws.close();
    await Promise.all([good.closed, third.closed]);
  });
});

describe('fake Discord server: login failures', () => {
  let fake: FakeDiscord;
  let client: Client | undefined;

  afterEach(async () => {
    await client?.destroy();
    client = undefined;
    await fake?.close();
  });

  test('a bad token: GET /gateway/bot answers 401 and login rejects with TokenInvalid', async () => {
    fake = await startFakeDiscord();
    client = newClient(fake);
    const error = await client.login('not-the-token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordjsError);
    expect((error as DiscordjsError).code).toBe('TokenInvalid');
    const req = fake.requestsMatching('GET /gateway/bot')[0];
    expect(req?.status).toBe(401);
    expect(req?.auth).toBe('invalid');
    expect(fake.identifyCount).toBe(0);
  });

  test('disallowed privileged intents: close 4014, shardDisconnect + shardError, login rejects', async () => {
    fake = await startFakeDiscord({ disallowPrivilegedIntents: true });
    client = newClient(fake, [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]);
    const disconnects: number[] = [];
    const shardErrors: string[] = [];
    client.on(Events.ShardDisconnect, (event) => disconnects.push(event.code));
    client.on(Events.ShardError, (error) => shardErrors.push(error.message));
    const error = await client.login(fake.token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Used disallowed intents');
    expect(fake.identifies[0]).toMatchObject({ accepted: false, closeCode: 4014 });
    expect(disconnects).toEqual([4014]);
    expect(shardErrors).toEqual(['Used disallowed intents']);
    // No retry loop: one connection, one IDENTIFY.
    await new Promise((r) => setTimeout(r, 700));
    expect(fake.gatewayConnections).toHaveLength(1);
  });
});
