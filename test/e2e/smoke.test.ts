import { startFakeDiscord, type FakeDiscord } from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';

describe('netmedic bot against the local Discord-compatible server', () => {
  let fake: FakeDiscord;
  let bot: TestBot;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startTestBot(fake);
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('logs in and answers /about directly, ephemerally', async () => {
    const handle = fake.sendChatInput('about');
    const callback = await handle.waitForCallback();
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(64);
    const embeds = callback.data.embeds as { title: string; fields: { name: string; value: string }[] }[];
    expect(embeds[0]!.title).toBe('netmedic');
    expect(embeds[0]!.fields.find((f) => f.name === 'Knowledge base')!.value).toMatch(/\d+ articles, \d+ FAQ entries/);
    expect(callback.data.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
  });
});
