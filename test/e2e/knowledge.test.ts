/**
 * The knowledge features end to end: the real bot in-process against the local Discord-compatible
 * server, with its knowledge base in a temporary copy of knowledge/ (plus a long article, so the
 * full-article view needs several pages, and a FAQ entry whose body tries to ping @everyone).
 *
 * Covers /explain (public/ephemeral, no match, alternatives, full article paging, autocomplete),
 * "Explain this error", /faq (pings, repeat guard, Delete button), "Answer with FAQ", /kb reload
 * and auto-explain. Every body the bot sent must pass the server's Discord-limit validation.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKnowledgeDir } from '../../src/knowledge/load';
import { renderArticlePages } from '../../src/render/explain';
import {
  buildUser,
  DEFAULT_MEMBER_PERMISSIONS,
  Permission,
  startFakeDiscord,
  type CallbackRecord,
  type FakeDiscord,
  type InteractionHandle,
  type Json,
  type UserInput,
} from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { buttonsOf, embedsOf, isEphemeral, type Embed } from '../support/replies';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30_000));

const GUILD_ID = '1200000000000000001';
const CHANNEL_A = '1300000000000000001';
const CHANNEL_B = '1300000000000000002';
const ASKER: UserInput = { id: '1400000000000000002', username: 'asker' };
const MOD: UserInput = { id: '1400000000000000003', username: 'moderator' };
const MOD2: UserInput = { id: '1400000000000000004', username: 'moderator2' };
const OTHER: UserInput = { id: '1400000000000000005', username: 'bystander' };
const MOD_PERMS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;

const CURL_REFUSED = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';

/** The message id the bot's initial response created (the fake builds it from the callback). */
const responseId = (handle: InteractionHandle): string => String(handle.original!.id);

function writeFixtures(dir: string): void {
  // Long enough that the full article splits over several pages (the real articles fit on one).
  const steps = Array.from(
    { length: 36 },
    (_v, i) => `${i + 1}. Paging fixture step ${i + 1}: check the fixture value, write down what you saw, compare it with the previous step and only then move on; ${'details '.repeat(14).trim()}.`,
  );
  writeFileSync(
    join(dir, 'paging-fixture.md'),
    [
      '---',
      'id: paging-fixture',
      'title: Paging fixture article',
      'summary: A deliberately long article so that the full-article view needs several pages.',
      'category: local',
      'codes:',
      '  - EPAGINGFIXTURE',
      'phrases:',
      "  - 'paging fixture marker'",
      '---',
      '',
      '## What it means',
      '',
      'This article only exists in the end-to-end tests.',
      '',
      '## Common causes',
      '',
      '### Server side',
      '',
      '- The fixture is long on purpose.',
      '',
      '### Client side',
      '',
      '- Nothing on your side.',
      '',
      '## How to fix',
      '',
      ...steps,
      '',
      '## Test it',
      '',
      '### Linux',
      '',
      '```sh',
      'echo paging',
      '```',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'faq', 'mention-test.md'),
    ['---', 'id: mention-test', 'title: Mention safety fixture', 'aliases: [mention fixture]', '---', '', '@everyone @here <@&1500000000000000001> please restart your router first.', ''].join('\n'),
  );
}

describe('knowledge features through Discord', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let tmp: string;
  let kbDir: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'netmedic-e2e-kb-'));
    kbDir = join(tmp, 'knowledge');
    cpSync(defaultKnowledgeDir(), kbDir, { recursive: true });
    writeFixtures(kbDir);
    fake = await startFakeDiscord({ guilds: [{ id: GUILD_ID, channelIds: [CHANNEL_A, CHANNEL_B] }] });
    bot = await startTestBot(fake, { env: { KNOWLEDGE_DIR: kbDir, AUTO_EXPLAIN_CHANNELS: CHANNEL_A } });
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  afterEach(() => {
    // Every body the bot sent was within Discord's limits and otherwise valid.
    expect(fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.response)}`)).toEqual([]);
  });

  describe('/explain', () => {
    it('answers a pasted error publicly with causes, fixes, test commands, how it matched and a Full article button', async () => {
      const cb = await fake.sendChatInput('explain', { text: CURL_REFUSED }).waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(false);
      const [embed] = embedsOf(cb.data);
      expect(embed!.title).toBe('Connection refused');
      const fields = Object.fromEntries((embed!.fields ?? []).map((f) => [f.name, f.value]));
      expect(fields['Likely causes']).toMatch(/Server side/);
      expect(fields['First steps']).toMatch(/^1\. /);
      // The test commands carry the user's host and port.
      expect(fields['Test it']).toContain('127.0.0.1');
      expect(fields['Test it']).toContain('8080');
      expect(embed!.footer!.text).toMatch(/^Matched .+ · confidence \d\.\d\d/);
      expect(buttonsOf(cb.data)).toEqual([
        expect.objectContaining({ label: 'Full article', custom_id: 'explain:article:connection-refused:1' }),
        expect.objectContaining({ label: 'Helpful', custom_id: 'explain:vote:yes:connection-refused' }),
        expect.objectContaining({ label: 'Not helpful', custom_id: 'explain:vote:no:connection-refused' }),
      ]);
      expect(cb.data.allowed_mentions).toMatchObject({ parse: [], users: [] });
    });

    it('public:false answers ephemerally', async () => {
      const cb = await fake.sendChatInput('explain', { text: CURL_REFUSED, public: false }).waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      expect(embedsOf(cb.data)[0]!.title).toBe('Connection refused');
    });

    it('text that is not a network error gets an ephemeral "No confident match"', async () => {
      const cb = await fake.sendChatInput('explain', { text: "TypeError: Cannot read properties of undefined (reading 'map')" }).waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      expect(embedsOf(cb.data)[0]!.title).toBe('No confident match');
      expect(buttonsOf(cb.data).map((b) => b.label)).not.toContain('Full article');
    });

    it('an ambiguous error offers alternative buttons; pressing one shows that article ephemerally', async () => {
      const handle = fake.sendChatInput('explain', { text: 'ECONNRESET ETIMEDOUT' });
      const cb = await handle.waitForCallback();
      expect(cb.type).toBe(4);
      const [embed] = embedsOf(cb.data);
      expect(embed!.fields!.map((f) => f.name)).toContain('Could also be');
      const alternatives = buttonsOf(cb.data).filter((b) => b.custom_id?.startsWith('explain:show:'));
      expect(alternatives.length).toBeGreaterThan(0);
      const alt = alternatives[0]!;
      const altId = alt.custom_id!.split(':')[2]!;
      const matchedId = buttonsOf(cb.data).find((b) => b.label === 'Full article')!.custom_id!.split(':')[2];
      expect(altId).not.toBe(matchedId);

      const press = await fake.sendButton(alt.custom_id!, { messageId: responseId(handle) }).waitForCallback();
      expect(press.type).toBe(4);
      expect(isEphemeral(press.data)).toBe(true);
      const shown = embedsOf(press.data)[0]!;
      expect(shown.title).toBe(bot.runtime.services.knowledge.current().article(altId)!.title);
      expect(shown.footer!.text).toBe(`Article ${altId}`);
    });

    it('Full article opens page 1 ephemerally; Previous/Next update that message through every page of the longest article', async () => {
      const kb = bot.runtime.services.knowledge.current();
      const longest = [...kb.articles].sort((a, b) => renderArticlePages(b).length - renderArticlePages(a).length)[0]!;
      const total = renderArticlePages(longest).length;
      expect(total).toBeGreaterThan(2);

      const explain = fake.sendChatInput('explain', { text: longest.id });
      const first = await explain.waitForCallback();
      const full = buttonsOf(first.data).find((b) => b.label === 'Full article')!;
      const open = fake.sendButton(full.custom_id!, { messageId: responseId(explain) });
      let cb: CallbackRecord = await open.waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      const messageId = responseId(open);
      const footer = (c: CallbackRecord) => embedsOf(c.data)[0]!.footer!.text;
      const button = (c: CallbackRecord, label: RegExp) => buttonsOf(c.data).find((b) => label.test(b.label ?? ''))!;
      expect(footer(cb)).toBe(`Article ${longest.id} · page 1 of ${total}`);
      expect(button(cb, /Previous/).disabled).toBe(true);

      // Follow the buttons the bot rendered: each press updates the same message (type 7).
      for (let page = 2; page <= total; page++) {
        const next = button(cb, /Next/);
        expect(next.disabled).toBeFalsy();
        cb = await fake.sendButton(next.custom_id!, { messageId }).waitForCallback();
        expect(cb.type).toBe(7);
        expect(footer(cb)).toBe(`Article ${longest.id} · page ${page} of ${total}`);
        expect(embedsOf(cb.data)[0]!.title).toBe(`${longest.title} (${page}/${total})`);
      }
      expect(button(cb, /Next/).disabled).toBe(true);
      cb = await fake.sendButton(button(cb, /Previous/).custom_id!, { messageId }).waitForCallback();
      expect(cb.type).toBe(7);
      expect(footer(cb)).toBe(`Article ${longest.id} · page ${total - 1} of ${total}`);
    });
  });

  describe('autocomplete', () => {
    it('a typed code ranks its article first', async () => {
      const cb = await fake.sendAutocomplete('explain', { text: 'ERR_NAME_NOT' }, 'text').waitForCallback();
      expect(cb.type).toBe(8);
      const choices = cb.data.choices as { name: string; value: string }[];
      expect(choices[0]!.value).toBe('dns-failure');
    });

    it('pasted error text puts "Best match" first', async () => {
      const cb = await fake.sendAutocomplete('explain', { text: CURL_REFUSED }, 'text').waitForCallback();
      const choices = cb.data.choices as { name: string; value: string }[];
      expect(choices[0]!.name).toMatch(/^Best match: Connection refused/);
      expect(choices.length).toBeLessThanOrEqual(25);
    });
  });

  describe('"Explain this error"', () => {
    it('replies to the target message, pinging only its author', async () => {
      const target = { content: 'my app says: Error: connect ECONNREFUSED 10.0.0.5:5432', author: ASKER };
      const handle = fake.sendMessageContextMenu('Explain this error', target, { user: OTHER });
      const cb = await handle.waitForCallback();
      expect(cb.type).toBe(5);
      expect(isEphemeral(cb.data)).toBe(true);
      const targetId = String((handle.payload.data as Json).target_id);
      const reply = await fake.waitFor(() => fake.channelMessages(CHANNEL_A).some((m) => m.messageReference?.message_id === targetId), 5000).then(
        () => fake.channelMessages(CHANNEL_A).find((m) => m.messageReference?.message_id === targetId)!,
      );
      expect(reply.source).toBe('rest');
      expect(reply.content).toBe(`<@${ASKER.id}>`);
      expect(reply.allowedMentions).toMatchObject({ parse: [], users: [ASKER.id] });
      expect((reply.message.embeds as Embed[])[0]!.title).toBe('Connection refused');
      const edit = await handle.waitForEdit();
      expect(edit.body.content).toMatch(/^Explained: https:\/\/discord\.com\/channels\//);
    });

    it('a message without a known error gets an ephemeral "No known error found"', async () => {
      const before = fake.channelMessages(CHANNEL_A).filter((m) => m.source === 'rest').length;
      const cb = await fake.sendMessageContextMenu('Explain this error', { content: 'thanks, it works now!', author: ASKER }).waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      expect(String(cb.data.content)).toContain('No known error found');
      expect(fake.channelMessages(CHANNEL_A).filter((m) => m.source === 'rest')).toHaveLength(before);
    });
  });

  describe('/faq', () => {
    const target = { id: ASKER.id, username: ASKER.username };
    const resolved = { users: { [ASKER.id]: buildUser(ASKER) } };
    let firstPost: InteractionHandle;
    let secondPost: InteractionHandle;

    it('a moderator posts an entry for one member: only that member is pinged, never @everyone or roles', async () => {
      firstPost = fake.sendChatInput('faq', { entry: 'mention-test', user: target.id }, { user: MOD, memberPermissions: MOD_PERMS, resolved, channelId: CHANNEL_A });
      const cb = await firstPost.waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(false);
      expect(cb.data.content).toBe(`<@${ASKER.id}>, this should help:`);
      expect(cb.data.allowed_mentions).toMatchObject({ parse: [], users: [ASKER.id] });
      // The entry's body really holds @everyone: it is shown, and allowed_mentions keeps it silent.
      expect(embedsOf(cb.data)[0]!.description).toContain('@everyone');
      expect(buttonsOf(cb.data)).toEqual([expect.objectContaining({ label: 'Delete', custom_id: `faq:delete:${MOD.id}` })]);
    });

    it('the same entry again in the same channel within the window is refused; another channel is fine', async () => {
      const again = await fake.sendChatInput('faq', { entry: 'mention-test' }, { user: MOD2, memberPermissions: MOD_PERMS, channelId: CHANNEL_A }).waitForCallback();
      expect(again.type).toBe(4);
      expect(isEphemeral(again.data)).toBe(true);
      expect(String(again.data.content)).toContain('was just posted');

      secondPost = fake.sendChatInput('faq', { entry: 'mention-test' }, { user: MOD, memberPermissions: MOD_PERMS, channelId: CHANNEL_B });
      const elsewhere = await secondPost.waitForCallback();
      expect(elsewhere.type).toBe(4);
      expect(isEphemeral(elsewhere.data)).toBe(false);
      expect(embedsOf(elsewhere.data)[0]!.title).toBe('Mention safety fixture');
      expect(elsewhere.data.allowed_mentions).toMatchObject({ parse: [], users: [] });
    });

    it('an unknown entry gets an ephemeral answer with suggestions', async () => {
      const cb = await fake.sendChatInput('faq', { entry: 'port forwardin' }, { user: MOD, memberPermissions: MOD_PERMS }).waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      expect(String(cb.data.content)).toMatch(/There is no FAQ entry called .* Did you mean .*`port-forwarding`/);
    });

    it('autocomplete on "port" lists the matching entries', async () => {
      const cb = await fake.sendAutocomplete('faq', { entry: 'port' }, 'entry', { user: MOD, memberPermissions: MOD_PERMS }).waitForCallback();
      expect(cb.type).toBe(8);
      const values = (cb.data.choices as { value: string }[]).map((c) => c.value);
      expect(values).toEqual(expect.arrayContaining(['port-forwarding', 'test-a-port']));
      const kb = bot.runtime.services.knowledge.current();
      for (const id of values) {
        const entry = kb.faq(id)!;
        expect([entry.id, entry.title, ...entry.aliases].join(' ').toLowerCase()).toContain('port');
      }
    });

    it('Delete: refused for another member (message kept), done for the poster and for a moderator', async () => {
      const deletes = () => fake.requests.filter((r) => r.method === 'DELETE').length;
      const before = deletes();
      const refused = fake.sendButton(`faq:delete:${MOD.id}`, { messageId: responseId(firstPost), user: OTHER, channelId: CHANNEL_A });
      const refusal = await refused.waitForCallback();
      expect(refusal.type).toBe(4);
      expect(isEphemeral(refusal.data)).toBe(true);
      expect(String(refusal.data.content)).toMatch(/Only the person who posted this entry or a moderator/);
      expect(deletes()).toBe(before);
      expect(refused.originalDeleted).toBe(false);

      const byPoster = fake.sendButton(`faq:delete:${MOD.id}`, { messageId: responseId(firstPost), user: MOD, memberPermissions: DEFAULT_MEMBER_PERMISSIONS, channelId: CHANNEL_A });
      await fake.waitFor(() => byPoster.originalDeleted, 5000, 'poster delete');

      const byModerator = fake.sendButton(`faq:delete:${MOD.id}`, { messageId: responseId(secondPost), user: MOD2, memberPermissions: MOD_PERMS, channelId: CHANNEL_B });
      await fake.waitFor(() => byModerator.originalDeleted, 5000, 'moderator delete');
      expect(deletes()).toBe(before + 2);
    });
  });

  describe('"Answer with FAQ"', () => {
    it('offers a select menu, then posts the entry as a reply pinging the author and updates the menu to "Posted …"', async () => {
      const menu = fake.sendMessageContextMenu('Answer with FAQ', { content: 'how do I set up port forwarding on my router?', author: ASKER }, { user: MOD, memberPermissions: MOD_PERMS });
      const cb = await menu.waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      const select = buttonsOf(cb.data).find((c) => c.type === 3)!;
      expect(select.options!.length).toBeGreaterThan(0);
      expect(select.options!.length).toBeLessThanOrEqual(25);
      expect(select.options![0]!.value).toBe('port-forwarding');

      const targetId = String((menu.payload.data as Json).target_id);
      const pick = fake.sendSelect(select.custom_id!, ['port-forwarding'], { messageId: responseId(menu), user: MOD, memberPermissions: MOD_PERMS });
      const update = await pick.waitForCallback();
      expect(update.type).toBe(7);
      expect(String(update.data.content)).toMatch(/^Posted “Router port forwarding basics”: https:\/\/discord\.com\/channels\//);
      expect(update.data.components).toEqual([]);
      const reply = fake.channelMessages(CHANNEL_A).find((m) => m.messageReference?.message_id === targetId)!;
      expect(reply.content).toBe(`<@${ASKER.id}>, this should help:`);
      expect(reply.allowedMentions).toMatchObject({ parse: [], users: [ASKER.id] });
      expect((reply.message.embeds as Embed[])[0]!.title).toBe('Router port forwarding basics');
    });
  });

  describe('auto-explain', () => {
    const replyTo = (id: string) => fake.channelMessages(CHANNEL_A).filter((m) => m.source === 'rest' && m.messageReference?.message_id === id);

    it('answers an error once per cooldown, only in its channels, only for errors', async () => {
      const first = fake.sendUserMessage('Error: connect ECONNREFUSED 127.0.0.1:5432', { channelId: CHANNEL_A, user: ASKER });
      expect(first.delivered).toBe(true);
      const reply = await first.waitForReply();
      expect(reply.allowedMentions).toMatchObject({ parse: [], replied_user: false });
      expect(reply.allowedMentions!.users ?? []).toEqual([]);
      const embeds = reply.message.embeds as Embed[];
      expect(embeds).toHaveLength(1);
      expect(embeds[0]!.title).toBe('Connection refused');
      expect(buttonsOf(reply.message).map((b) => b.label)).toEqual(['Full article', 'Helpful', 'Not helpful']);

      const second = fake.sendUserMessage('Error: connect ECONNREFUSED 127.0.0.1:5432', { channelId: CHANNEL_A, user: OTHER });
      await fake.waitFor(() => bot.logs.some((l) => l.msg === 'auto-explain cooling down'), 5000, 'cooldown log');
      const elsewhere = fake.sendUserMessage('Error: connect ECONNREFUSED 127.0.0.1:5432', { channelId: CHANNEL_B, user: ASKER });
      const chat = fake.sendUserMessage('thanks, restarting the service fixed it', { channelId: CHANNEL_A, user: ASKER });

      // A later message that must be answered: once its reply is there, the earlier ones were handled.
      const sentinel = fake.sendUserMessage('getaddrinfo ENOTFOUND panel.example.invalid', { channelId: CHANNEL_A, user: ASKER });
      const sentinelReply = await sentinel.waitForReply();
      expect((sentinelReply.message.embeds as Embed[])[0]!.title).toMatch(/DNS/);
      await new Promise((r) => setTimeout(r, 300));

      expect(replyTo(first.message.id as string)).toHaveLength(1);
      expect(replyTo(second.message.id as string)).toHaveLength(0);
      expect(replyTo(chat.message.id as string)).toHaveLength(0);
      expect(fake.channelMessages(CHANNEL_B).filter((m) => m.source === 'rest' && m.messageReference?.message_id === elsewhere.message.id)).toHaveLength(0);
      expect(fake.requestsMatching(`POST /channels/${CHANNEL_B}/messages`)).toHaveLength(0);
    });
  });

  // Last: it changes the knowledge base every other test relies on.
  describe('/kb reload', () => {
    const file = () => join(kbDir, 'connection-refused.md');
    const reload = async () => {
      const handle = fake.sendChatInput('kb', {}, { subcommand: 'reload', user: MOD, memberPermissions: MOD_PERMS });
      const cb = await handle.waitForCallback();
      expect(cb.type).toBe(5);
      expect(isEphemeral(cb.data)).toBe(true);
      return String((await handle.waitForEdit()).body.content);
    };
    const explainTitle = async () => embedsOf((await fake.sendChatInput('explain', { text: CURL_REFUSED }).waitForCallback()).data)[0]!.title;

    it('a valid change is loaded and answers at once', async () => {
      writeFileSync(file(), readFileSync(file(), 'utf8').replace('title: Connection refused', 'title: Connection refused (edited)'));
      expect(await reload()).toMatch(/^Knowledge base reloaded: \d+ articles, \d+ FAQ entries\.$/);
      expect(await explainTitle()).toBe('Connection refused (edited)');
    });

    it('an invalid change is rejected with file:line and the previous version keeps answering', async () => {
      const text = readFileSync(file(), 'utf8');
      const broken = text.replace(/^category: connection$/m, 'category: connection: broken');
      expect(broken).not.toBe(text);
      writeFileSync(file(), broken);
      const line = broken.split('\n').findIndex((l) => l.startsWith('category:')) + 1;
      const kb = bot.runtime.services.knowledge.current();
      const content = await reload();
      expect(content).toContain(`Reload rejected: 1 problem(s). The previous version (${kb.articles.length} articles, ${kb.faqs.length} FAQ entries) stays in service.`);
      expect(bot.runtime.services.knowledge.current()).toBe(kb);
      // The problem names the file and the line that broke.
      expect(content).toContain(`knowledge/connection-refused.md:${line}: YAML:`);
      expect(await explainTitle()).toBe('Connection refused (edited)');
    });
  });
});
