/**
 * /check with plain fake contexts: options read from the definition (protocol, public, from),
 * bad protocol and bad `from:` answered before anything runs, a limiter refusal, and a real
 * check of a closed loopback port (deferred, then the final embed). Autocomplete of both options.
 */
import type { CheckService } from '../../src/interaction/services';
import { BASIC_PROTOCOLS } from '../../src/probe/protocols';
import { autocomplete, chatInput, createHarness, ERROR_REPLY, only, type Harness } from './fake-context';
import { closedPort as pickClosedPort } from '../support/servers';

let h: Harness;
let closedPort: number;
beforeAll(async () => {
  h = await createHarness({ env: { PROBE_ALLOW_PRIVATE: 'true' } });
  closedPort = await pickClosedPort();
});
afterAll(() => h.close());

test('a closed loopback port: deferred publicly at once, then edited with the verdict', async () => {
  const before = h.checkRequests.length;
  const sent = await chatInput(h, 'check', { target: `127.0.0.1:${closedPort}`, protocol: ' TCP ' });
  expect(sent[0]).toEqual({ how: 'defer', ephemeral: false });
  expect(sent.slice(1).every((s) => s.how === 'edit')).toBe(true);
  const final = sent.at(-1) as { reply: { embeds?: { title?: string }[] } };
  expect(final.reply.embeds?.length).toBeGreaterThan(0);
  expect(h.checkRequests.slice(before)).toEqual([{ input: `127.0.0.1:${closedPort}`, protocol: 'tcp', userId: expect.any(String), guildId: expect.any(String) }]);
});

test('public:false defers privately; no protocol means auto', async () => {
  const before = h.checkRequests.length;
  const sent = await chatInput(h, 'check', { target: `127.0.0.1:${closedPort}`, public: false });
  expect(sent[0]).toEqual({ how: 'defer', ephemeral: true });
  expect(h.checkRequests[before]?.protocol).toBe('auto');
});

test('an unknown protocol is answered privately, naming the ones there are, and nothing runs', async () => {
  const before = h.checkRequests.length;
  const { reply } = only(await chatInput(h, 'check', { target: 'example.org', protocol: 'gopher' }), 'reply');
  expect(reply.ephemeral).toBe(true);
  for (const p of BASIC_PROTOCOLS) expect(reply.content).toContain(p);
  expect(h.checkRequests.length).toBe(before);
});

test('a bad from: is answered privately before anything runs', async () => {
  const before = h.checkRequests.length;
  const { reply } = only(await chatInput(h, 'check', { target: 'example.org', from: 'a,,b!' }), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(h.checkRequests.length).toBe(before);
});

test('a limiter refusal goes only to the asker, and nothing is deferred', async () => {
  const refusing: CheckService = {
    admit: async () => ({ refused: true, reason: 'guild-rate', retryAfterSeconds: 30, perMinute: 6 }),
    run: async () => ({ refused: true, reason: 'guild-rate', retryAfterSeconds: 30, perMinute: 6 }),
  };
  const busy = await createHarness({ checks: refusing });
  try {
    const { reply } = only(await chatInput(busy, 'check', { target: 'example.org' }), 'reply');
    expect(reply).toEqual({ content: 'This server has used its 6 checks for this minute, try again in 30 s.', ephemeral: true });
  } finally {
    await busy.close();
  }
});

test('options of the wrong type are an adapter bug: the router answers with a reference', async () => {
  const { reply } = only(await chatInput(h, 'check', { target: 'example.org', public: 'no' }), 'reply');
  expect(reply.content).toMatch(ERROR_REPLY);
});

describe('autocomplete', () => {
  test('protocol: the list from src/probe/protocols.ts, filtered by what was typed', async () => {
    const all = await autocomplete(h, 'check', { name: 'protocol', value: '' });
    expect(all?.map((c) => c.value)).toEqual([...BASIC_PROTOCOLS, 'game:']);
    const typed = await autocomplete(h, 'check', { name: 'protocol', value: 'HT' });
    expect(typed?.map((c) => c.value)).toEqual(['http', 'https']);
  });

  test('protocol: GameDig ids once game: is typed', async () => {
    const games = await autocomplete(h, 'check', { name: 'protocol', value: 'game:teamsp' });
    expect(games?.map((c) => c.value)).toContain('game:teamspeak3');
  });

  test('from: all, with no agents online', async () => {
    const choices = await autocomplete(h, 'check', { name: 'from', value: '' });
    expect(choices?.map((c) => c.value)).toEqual(['all']);
  });

  test('another option: no choices', async () => {
    expect(await autocomplete(h, 'check', { name: 'target', value: 'x' })).toEqual([]);
  });
});
