/**
 * /faq with plain fake contexts: posting an entry for a user (only that user pinged, a Delete
 * button for the poster), the repeat guard, an unknown entry, the Delete button for poster,
 * moderator and others, and autocomplete.
 */
import { faqIds } from '../../src/render/custom-ids';
import { autocomplete, chatInput, component, createHarness, customIdsOf, MEMBER, memberInGuild, MOD, modInGuild, only, type Harness } from './fake-context';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const actorIn = (channelId: string) => ({ ...modInGuild, channelId });

test('posts the entry publicly, pinging only the user it is for, with a Delete button for the poster', async () => {
  const entry = h.kb.faqs[0]!;
  const { reply } = only(await chatInput(h, 'faq', { entry: entry.id, user: MEMBER }, { actor: actorIn('500000000000000001') }), 'reply');
  expect(reply.ephemeral).toBeUndefined();
  expect(reply.content).toContain(`<@${MEMBER.id}>`);
  expect(reply.mentionUsers).toEqual([MEMBER.id]);
  expect(JSON.stringify(reply.embeds)).toContain(entry.title);
  expect(customIdsOf(reply).map((id) => faqIds.decode(id))).toEqual([{ kind: 'delete', posterId: MOD.id }]);
});

test('without a user, nobody is pinged', async () => {
  const { reply } = only(await chatInput(h, 'faq', { entry: h.kb.faqs[1]!.id }, { actor: actorIn('500000000000000002') }), 'reply');
  expect(reply.content).toBeUndefined();
  expect(reply.mentionUsers).toEqual([]);
});

test('the same entry again in the same channel is held back, privately', async () => {
  const actor = actorIn('500000000000000003');
  only(await chatInput(h, 'faq', { entry: h.kb.faqs[2]!.id }, { actor }), 'reply');
  const { reply } = only(await chatInput(h, 'faq', { entry: h.kb.faqs[2]!.id }, { actor }), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toMatch(/just posted/);
});

test('an unknown entry is answered privately, with near names when there are some', async () => {
  const near = h.kb.faqs[0]!.id;
  const { reply } = only(await chatInput(h, 'faq', { entry: `${near}x` }), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toContain(`\`${near}\``);
});

describe('Delete button', () => {
  test('the poster may delete the post', async () => {
    only(await component(h, faqIds.encode({ kind: 'delete', posterId: MEMBER.id }), { actor: memberInGuild }), 'deleteMessage');
  });

  test('a moderator may delete anyone’s post', async () => {
    only(await component(h, faqIds.encode({ kind: 'delete', posterId: MEMBER.id }), { actor: modInGuild }), 'deleteMessage');
  });

  test('anyone else is told who may, and nothing is deleted', async () => {
    const { reply } = only(await component(h, faqIds.encode({ kind: 'delete', posterId: MOD.id }), { actor: memberInGuild }), 'reply');
    expect(reply.ephemeral).toBe(true);
  });

  test('an id no version wrote is declined', async () => {
    const { reply } = only(await component(h, 'faq:undelete:1'), 'reply');
    expect(reply.content).toMatch(/not supported/);
  });
});

test('autocomplete offers entries by what was typed', async () => {
  const entry = h.kb.faqs[0]!;
  const choices = await autocomplete(h, 'faq', { name: 'entry', value: entry.id });
  expect(choices?.[0]).toEqual({ name: entry.title, value: entry.id });
});
