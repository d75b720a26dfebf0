/**
 * "Answer with FAQ" with plain fake contexts: the menu (its id names the channel, message and
 * author), posting the picked entry as a reply pinging the author, the fallback when the bot
 * cannot post in the channel, the repeat guard and a vanished entry.
 */
import { answerFaqIds } from '../../src/render/custom-ids';
import { component, createHarness, customIdsOf, MEMBER, messageContextMenu, modInGuild, nth, only, targetMessage, type Harness } from './fake-context';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const target = targetMessage('how do I clear the cache of my IPTV app?');
const pickId = answerFaqIds.encode({ kind: 'pick', channelId: target.channelId, messageId: target.id, authorId: target.author.id });

test('offers the entries in a menu whose id names the message and its author', async () => {
  const { reply } = only(await messageContextMenu(h, 'Answer with FAQ', target), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(customIdsOf(reply)).toEqual([pickId]);
  const options = (reply.components![0]!.components[0] as { options: { value: string }[] }).options;
  expect(options.length).toBeGreaterThan(0);
  expect(options.length).toBeLessThanOrEqual(25);
  expect(options[0]!.value).toBe('clear-iptv-app-cache');
});

test('the picked entry is posted as a reply to that message, pinging its author only', async () => {
  const entry = h.kb.faqs[0]!;
  const sent = await component(h, pickId, { values: [entry.id], actor: { ...modInGuild, channelId: '600000000000000001' } });
  expect(sent.map((s) => s.how)).toEqual(['replyToMessage', 'update']);
  const posted = nth(sent, 0, 'replyToMessage');
  expect(posted.messageId).toBe(target.id);
  expect(posted.reply.mentionUsers).toEqual([MEMBER.id]);
  expect(JSON.stringify(posted.reply.embeds)).toContain(entry.title);
  expect(nth(sent, 1, 'update').reply.content).toContain('https://discord.com/channels/');
});

test('when it cannot post in the channel, the entry follows the interaction', async () => {
  const sent = await component(h, pickId, { values: [h.kb.faqs[1]!.id], replyToMessage: 'fails', actor: { ...modInGuild, channelId: '600000000000000002' } });
  expect(sent.map((s) => s.how)).toEqual(['update', 'followUp']);
  expect(nth(sent, 1, 'followUp').reply.mentionUsers).toEqual([MEMBER.id]);
});

test('the same entry twice in a channel is held back', async () => {
  const actor = { ...modInGuild, channelId: '600000000000000003' };
  await component(h, pickId, { values: [h.kb.faqs[2]!.id], actor });
  const { reply } = only(await component(h, pickId, { values: [h.kb.faqs[2]!.id], actor }), 'update');
  expect(reply.content).toMatch(/just posted/);
});

test('an entry gone since the menu was shown, or an id no version wrote, is answered in the menu', async () => {
  only(await component(h, pickId, { values: ['no-such-entry'] }), 'update');
  only(await component(h, 'answer-faq:choose:1:2:3', { values: [h.kb.faqs[0]!.id] }), 'update');
});
