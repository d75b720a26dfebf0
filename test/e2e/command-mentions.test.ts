/**
 * Replies mention commands clickably (`</kb gaps:id>`), end to end: the real bot (discord.js)
 * against the local Discord-compatible server. A bot learns each command's id from the first
 * interaction of that command, and every id at start when the commands are already registered;
 * until then it names the command as text, in the reader's language.
 */
import { startFakeDiscord, type FakeDiscord } from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { embedsOf } from '../support/replies';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30_000));

const GUILD = '1200000000000000095';
const CHANNEL = '1300000000000000095';

describe('clickable command mentions', () => {
  let fake: FakeDiscord;
  let bot: TestBot | undefined;

  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, channelIds: [CHANNEL] }] });
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  afterEach(() => {
    expect(fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
  });

  const idOf = (name: string) => fake.registeredCommands(GUILD).find((c) => c.name === name)!.id;
  const aboutText = async (locale: string) => embedsOf((await fake.sendChatInput('about', {}, { locale }).waitForCallback()).data)[0]!.description!;

  it('names commands as text until their ids are known, then mentions each one used', async () => {
    bot = await startTestBot(fake, { env: { DISCORD_GUILD_ID: GUILD } });
    const started = bot;
    await fake.waitFor(() => started.logs.some((l) => l.msg === 'command ids read'), scaled(5000), 'the start-up read of the command ids');
    await deployToFake(fake, bot.runtime);
    expect(await aboutText('de')).toBe('Ich erkläre Netzwerkfehler (`/erklären`) und prüfe Server aus meinem Netz (`/prüfen`). Helfer können FAQ-Einträge mit `/faq` verlinken.');

    // An empty /explain carries the command's id: from then on replies mention it.
    const empty = await fake.sendChatInput('explain', { text: ' ' }, { locale: 'de' }).waitForCallback();
    expect(String(empty.data.content)).toContain(`</explain:${idOf('explain')}>`);
    const about = await aboutText('de');
    expect(about).toContain(`(</explain:${idOf('explain')}>)`);
    expect(about).toContain('(`/prüfen`)');
  });

  it('a bot started when the commands are registered mentions all of them from the start', async () => {
    await bot?.stop();
    bot = await startTestBot(fake, { env: { DISCORD_GUILD_ID: GUILD } });
    const book = bot.runtime.services.commandIds!;
    await fake.waitFor(() => book.forGuild(GUILD).get('faq') !== undefined, scaled(5000), 'the command ids read at start');
    expect(await aboutText('ru')).toMatch(new RegExp(`^Я объясняю сетевые ошибки \\(</explain:${idOf('explain')}>\\) и проверяю серверы из своей сети \\(</check:${idOf('check')}>\\)\\.`));
    const about = await aboutText('fr');
    for (const name of ['explain', 'check', 'faq']) expect(about).toContain(`</${name}:${idOf(name)}>`);
    expect(about).not.toContain('`/');
  });
});
