/**
 * "Teach netmedic" with plain fake contexts: the two menus (articles, then this server's FAQ
 * entries) sharing one draft, learning a phrase from either menu, a draft used once, the Teach
 * buttons under /kb gaps, who may teach, and messages with nothing to learn.
 */
import { teachIds } from '../../src/render/custom-ids';
import { chatInput, component, customIdsOf, GUILD, harnessesForFile, inDm, memberInGuild, messageContextMenu, modInGuild, only, targetMessage } from './fake-context';

const PASTE = 'Quuxplayer says: frobnication handshake vanished on stream.alpha-iptv.tv port 8080 (code 4471)';

const harnesses = harnessesForFile();

async function openMenus(text = PASTE): Promise<{ pick: string; faq: string | undefined }> {
  const { reply } = only(await messageContextMenu(harnesses.db, 'Teach netmedic', targetMessage(text)), 'reply');
  expect(reply.ephemeral).toBe(true);
  const [pick, faq] = customIdsOf(reply);
  return { pick: pick!, faq };
}

test('offers the articles and the FAQ entries in two menus that share one draft', async () => {
  const { pick, faq } = await openMenus();
  const a = teachIds.decode(pick);
  const b = teachIds.decode(faq ?? '');
  expect(a).toEqual({ kind: 'pick', draftId: expect.stringMatching(/^[0-9a-f]{16}$/) });
  expect(b).toEqual({ kind: 'faq', draftId: a && 'draftId' in a ? a.draftId : '' });
});

test('picking an article learns the normalised phrase for this server; the draft is used once', async () => {
  const { pick } = await openMenus();
  const { reply } = only(await component(harnesses.db, pick, { values: ['connection-reset'] }), 'update');
  expect(reply.content).toMatch(/^Learnt:/);
  expect(reply.components).toEqual([]);
  const phrases = await harnesses.db.services.phrases!.list(GUILD);
  expect(phrases).toEqual([expect.objectContaining({ articleId: 'connection-reset', kind: 'article' })]);
  expect(phrases[0]!.phrase).not.toContain('stream.alpha-iptv.tv');
  const again = only(await component(harnesses.db, pick, { values: ['connection-reset'] }), 'update');
  expect(again.reply.content).toMatch(/expired or was already used/);
});

test('picking a FAQ entry learns the phrase for that entry', async () => {
  const { faq } = await openMenus('Zorbplayer: the glimmer cache is exhausted, please purge the glimmer cache');
  const entry = harnesses.db.kb.faqs[0]!;
  only(await component(harnesses.db, faq!, { values: [entry.id] }), 'update');
  expect(await harnesses.db.services.phrases!.list(GUILD)).toContainEqual(expect.objectContaining({ articleId: entry.id, kind: 'faq' }));
});

test('a Teach button under /kb gaps opens the same menus for its cluster', async () => {
  await harnesses.db.services.learning!.record(GUILD, PASTE, { match: null, confident: false }, 'explain');
  await harnesses.db.services.learning!.settle();
  const gaps = only(await chatInput(harnesses.db, 'kb', { days: 30 }, { subcommand: 'gaps' }), 'reply');
  const [teach] = customIdsOf(gaps.reply);
  expect(teachIds.decode(teach!)).toMatchObject({ kind: 'gap', index: 0 });
  const { reply } = only(await component(harnesses.db, teach!), 'reply');
  expect(customIdsOf(reply).map((id) => teachIds.decode(id)?.kind)).toEqual(['pick', 'faq']);
  // A button whose cluster is not in the draft (expired, or not this moderator's) is refused.
  const { draftId } = teachIds.decode(teach!) as { draftId: string };
  const stale = only(await component(harnesses.db, teachIds.encode({ kind: 'gap', draftId, index: 5 })), 'reply');
  expect(stale.reply.content).toMatch(/expired/);
});

test('only moderators teach; outside a server or without a store it says so', async () => {
  expect(only(await messageContextMenu(harnesses.db, 'Teach netmedic', targetMessage(PASTE), { actor: memberInGuild }), 'reply').reply.content).toMatch(/Only moderators/);
  expect(only(await messageContextMenu(harnesses.db, 'Teach netmedic', targetMessage(PASTE), { actor: inDm }), 'reply').reply.content).toMatch(/per server/);
  expect(only(await messageContextMenu(harnesses.plain, 'Teach netmedic', targetMessage(PASTE)), 'reply').reply.content).toMatch(/per server/);
  const { pick } = await openMenus();
  expect(only(await component(harnesses.db, pick, { values: ['connection-reset'], actor: memberInGuild }), 'reply').reply.content).toMatch(/Only moderators/);
});

test('a message with nothing distinctive to learn is answered, not offered', async () => {
  const { reply } = only(await messageContextMenu(harnesses.db, 'Teach netmedic', targetMessage('10.0.0.1:8080')), 'reply');
  expect(reply.content).toMatch(/no distinctive/);
});

test('an id no version wrote is declined', async () => {
  const { reply } = only(await component(harnesses.db, 'teach:unlearn:0123456789abcdef', { actor: modInGuild }), 'reply');
  expect(reply.content).toMatch(/not supported/);
});
