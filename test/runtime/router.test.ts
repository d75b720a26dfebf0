import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { createRegistry } from '../../src/interaction/registry';
import { routeInteraction } from '../../src/interaction/router';
import type { ChatInputContext, CommandModule, ComponentContext, Reply } from '../../src/interaction/types';

function logCapture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _e, cb) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      cb();
    },
  });
  return { lines, log: createLogger({ level: 'debug', destination }) };
}

function chatContext(commandName: string, log: ReturnType<typeof logCapture>['log'], acknowledged = false) {
  const sent: { how: string; reply: Reply }[] = [];
  let ack = acknowledged;
  let deferred = false;
  let edited = false;
  const ctx = {
    kind: 'chatInput',
    commandName,
    subcommand: null,
    options: {},
    requestId: 'r1',
    user: { id: '1', username: 'u' },
    guildId: null,
    channelId: null,
    memberPermissions: null,
    services: {} as never,
    log,
    get acknowledged() {
      return ack;
    },
    get awaitingEdit() {
      return deferred && !edited;
    },
    async reply(reply: Reply) {
      ack = true;
      sent.push({ how: 'reply', reply });
    },
    async defer() {
      ack = true;
      deferred = true;
    },
    async edit(reply: Reply) {
      edited = true;
      sent.push({ how: 'edit', reply });
    },
    async followUp(reply: Reply) {
      sent.push({ how: 'followUp', reply });
    },
  } satisfies ChatInputContext;
  return { ctx, sent };
}

const def = (name: string) => ({ name, description: name });

describe('router', () => {
  it('dispatches chat input to the named module', async () => {
    const { log } = logCapture();
    const seen: string[] = [];
    const registry = createRegistry([
      { definition: def('a'), chatInput: async () => void seen.push('a') },
      { definition: def('b'), chatInput: async () => void seen.push('b') },
    ]);
    const { ctx } = chatContext('b', log);
    await routeInteraction(ctx, registry, log);
    expect(seen).toEqual(['b']);
  });

  it('routes components by custom-id prefix', async () => {
    const { log } = logCapture();
    const seen: string[] = [];
    const registry = createRegistry([
      { definition: def('x'), componentPrefix: 'x', component: async (c: ComponentContext) => void seen.push(c.customId) },
    ]);
    const base = chatContext('x', log).ctx;
    const ctx = { ...base, kind: 'component' as const, customId: 'x:page:2', values: [], message: { id: 'm', interactionUserId: null }, update: async () => {}, deleteMessage: async () => {}, replyToMessage: async () => null };
    await routeInteraction(ctx as unknown as ComponentContext, registry, log);
    expect(seen).toEqual(['x:page:2']);
  });

  it('turns a handler error into an ephemeral reply with a ref that is also logged', async () => {
    const { log, lines } = logCapture();
    const registry = createRegistry([{ definition: def('boom'), chatInput: async () => { throw new Error('kaput'); } }]);
    const { ctx, sent } = chatContext('boom', log);
    const outcome = await routeInteraction(ctx, registry, log);
    expect(outcome.errorRef).toMatch(/^[0-9A-F]{8}$/);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reply.ephemeral).toBe(true);
    expect(sent[0]!.reply.content).toContain(`Something went wrong (ref ${outcome.errorRef})`);
    const logged = lines.find((l) => l.ref === outcome.errorRef);
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('kaput');
  });

  it('answers a pending deferral by editing it (a follow-up would replace it anyway)', async () => {
    const { log } = logCapture();
    const registry = createRegistry([
      { definition: def('late'), chatInput: async (c) => { await c.defer(); throw new Error('after defer'); } },
    ]);
    const { ctx, sent } = chatContext('late', log);
    await routeInteraction(ctx, registry, log);
    expect(sent.map((s) => s.how)).toEqual(['edit']);
    expect(sent[0]!.reply.content).toMatch(/Something went wrong \(ref [0-9A-F]{8}\)/);
  });

  it('uses an ephemeral follow-up once the interaction was answered', async () => {
    const { log } = logCapture();
    const registry = createRegistry([
      { definition: def('after'), chatInput: async (c) => { await c.reply({ content: 'done' }); throw new Error('after reply'); } },
    ]);
    const { ctx, sent } = chatContext('after', log);
    await routeInteraction(ctx, registry, log);
    expect(sent.map((s) => s.how)).toEqual(['reply', 'followUp']);
    expect(sent[1]!.reply.ephemeral).toBe(true);
  });

  it.each([10062, 40060])('logs and swallows Discord error %i without replying', async (code) => {
    const { log, lines } = logCapture();
    const err = Object.assign(new Error('late'), { code });
    const registry = createRegistry([{ definition: def('x'), chatInput: async () => { throw err; } }]);
    const { ctx, sent } = chatContext('x', log);
    const outcome = await routeInteraction(ctx, registry, log);
    expect(outcome.errorRef).toBeUndefined();
    expect(sent).toHaveLength(0);
    expect(lines.some((l) => l.code === code && l.level === 40)).toBe(true);
  });

  it('rejects duplicate command names and component prefixes', () => {
    const m: CommandModule = { definition: def('same') };
    expect(() => createRegistry([m, { definition: def('same') }])).toThrow(/Two command modules define "same"/);
    expect(() => createRegistry([{ definition: def('a'), componentPrefix: 'p' }, { definition: def('b'), componentPrefix: 'p' }])).toThrow(/prefix "p"/);
  });
});
