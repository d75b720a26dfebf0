/**
 * "Explain this error" (message context menu) with plain fake contexts: a known error answered
 * as a reply to the message (pinging its author only), the fallback when the bot cannot post in
 * the channel, no match, and a message without text.
 */
import { explainIds } from '../../src/render/custom-ids';
import { createHarness, customIdsOf, MEMBER, messageContextMenu, nth, only, targetMessage, type Harness } from './fake-context';

const CURL_REFUSED = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

test('a known error: deferred privately, answered as a reply to the message pinging its author only', async () => {
  const sent = await messageContextMenu(h, 'Explain this error', targetMessage(`my app says ${CURL_REFUSED}`));
  expect(sent.map((s) => s.how)).toEqual(['defer', 'replyToTarget', 'edit']);
  expect(nth(sent, 0, 'defer').ephemeral).toBe(true);
  const answer = nth(sent, 1, 'replyToTarget').reply;
  expect(answer.content).toBe(`<@${MEMBER.id}>`);
  expect(answer.mentionUsers).toEqual([MEMBER.id]);
  expect(answer.embeds?.length).toBeGreaterThan(0);
  expect(customIdsOf(answer).map((id) => explainIds.decode(id))).toContainEqual({ kind: 'vote', helpful: true, target: 'connection-refused' });
  expect(nth(sent, 2, 'edit').reply.content).toContain('https://discord.com/channels/');
});

test('when it cannot post in the channel, the answer follows the interaction instead', async () => {
  const sent = await messageContextMenu(h, 'Explain this error', targetMessage(CURL_REFUSED), { replyToTarget: 'fails' });
  expect(sent.map((s) => s.how)).toEqual(['defer', 'edit', 'followUp']);
  const follow = nth(sent, 2, 'followUp').reply;
  expect(follow.mentionUsers).toEqual([MEMBER.id]);
  expect(follow.content).toContain(targetMessage('').url);
});

test('no known error: only the asker hears it, with the vote row for "no match"', async () => {
  const { reply } = only(await messageContextMenu(h, 'Explain this error', targetMessage('lunch at noon?')), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(customIdsOf(reply).map((id) => explainIds.decode(id))).toContainEqual({ kind: 'vote', helpful: false, target: '-' });
});

test('a message with no text (only embeds or attachments) is answered without matching', async () => {
  const { reply } = only(await messageContextMenu(h, 'Explain this error', targetMessage('   ')), 'reply');
  expect(reply).toMatchObject({ ephemeral: true, content: expect.stringMatching(/no text/) });
});
