/**
 * /explain and its buttons with plain fake contexts: a match (public and private), an article
 * picked from autocomplete, no match, empty text, the Full article / page / alternative buttons,
 * votes (with and without a server's learning store), ids no version wrote, and autocomplete.
 */
import { explainIds } from '../../src/render/custom-ids';
import { autocomplete, chatInput, component, createHarness, customIdsOf, ERROR_REPLY, inDm, modInGuild, only, type Harness } from './fake-context';

const CURL_REFUSED = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';
const NONSENSE = 'Blimflap player: gronkulation of the splorg index failed';

let h: Harness;
let db: Harness;
beforeAll(async () => {
  h = await createHarness();
  db = await createHarness({ db: true });
});
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('chat input', () => {
  test('a known error: a public answer with the article and the vote buttons', async () => {
    const { reply } = only(await chatInput(h, 'explain', { text: CURL_REFUSED }), 'reply');
    expect(reply.ephemeral).toBe(false);
    expect(reply.embeds?.length).toBeGreaterThan(0);
    const ids = customIdsOf(reply).map((id) => explainIds.decode(id));
    expect(ids).toContainEqual({ kind: 'vote', helpful: true, target: 'connection-refused' });
    expect(ids).toContainEqual({ kind: 'article', articleId: 'connection-refused', page: 1 });
  });

  test('public:false keeps the answer to the asker', async () => {
    const { reply } = only(await chatInput(h, 'explain', { text: CURL_REFUSED, public: false }), 'reply');
    expect(reply.ephemeral).toBe(true);
  });

  test('an article id (picked from autocomplete) shows that article', async () => {
    const article = h.kb.article('dns-failure')!;
    const { reply } = only(await chatInput(h, 'explain', { text: 'DNS-Failure' }), 'reply');
    expect(JSON.stringify(reply.embeds)).toContain(article.title);
  });

  test('no confident match is only shown to the asker', async () => {
    const { reply } = only(await chatInput(h, 'explain', { text: NONSENSE }), 'reply');
    expect(reply.ephemeral).toBe(true);
  });

  test('blank text gets an example instead of a match', async () => {
    const { reply } = only(await chatInput(h, 'explain', { text: '   ' }, { actor: inDm }), 'reply');
    expect(reply).toMatchObject({ ephemeral: true });
    expect(reply.content).toMatch(/\/explain connect ECONNREFUSED/);
  });

  test('an interaction without the required text is an adapter bug: the router answers with a reference', async () => {
    const { reply } = only(await chatInput(h, 'explain', {}), 'reply');
    expect(reply.content).toMatch(ERROR_REPLY);
    expect(reply.ephemeral).toBe(true);
  });
});

describe('buttons', () => {
  test('Full article opens page 1 as a new ephemeral message; a page button updates it in place', async () => {
    const opened = only(await component(h, explainIds.encode({ kind: 'article', articleId: 'connection-refused', page: 1 })), 'reply');
    expect(opened.reply.ephemeral).toBe(true);
    expect(opened.reply.embeds?.length).toBeGreaterThan(0);
    const turned = only(await component(h, 'explain:page:connection-refused:2'), 'update');
    expect(turned.reply.embeds?.length).toBeGreaterThan(0);
  });

  test('an alternative opens its explain reply, ephemerally', async () => {
    const { reply } = only(await component(h, 'explain:show:dns-failure'), 'reply');
    expect(reply.ephemeral).toBe(true);
    expect(JSON.stringify(reply.embeds)).toContain(h.kb.article('dns-failure')!.title);
  });

  test('an article removed since the button was posted is named, not opened', async () => {
    const { reply } = only(await component(h, 'explain:article:no-such-article:1'), 'reply');
    expect(reply).toMatchObject({ ephemeral: true, content: expect.stringContaining('no-such-article') });
  });

  test('an id no version wrote is declined', async () => {
    const { reply } = only(await component(h, 'explain:frobnicate:connection-refused'), 'reply');
    expect(reply).toMatchObject({ ephemeral: true, content: expect.stringMatching(/not supported/) });
  });

  test('a vote outside a server is thanked but not kept', async () => {
    const { reply } = only(await component(h, 'explain:vote:yes:connection-refused', { actor: inDm }), 'reply');
    expect(reply).toMatchObject({ ephemeral: true, content: expect.stringMatching(/not kept/) });
  });

  test('in a server: counted once per user and reply; pressing the other button changes it', async () => {
    const messageId = '300000000000000077';
    const first = only(await component(db, 'explain:vote:yes:connection-refused', { messageId }), 'reply');
    expect(first.reply.content).toMatch(/counted as helpful/);
    const again = only(await component(db, 'explain:vote:yes:connection-refused', { messageId }), 'reply');
    expect(again.reply.content).toMatch(/already marked this helpful/);
    const changed = only(await component(db, 'explain:vote:no:connection-refused', { messageId }), 'reply');
    expect(changed.reply.content).toMatch(/now not helpful/);
    const stats = await db.services.learning!.stats(modInGuild.guildId!, 1);
    expect(stats.total).toMatchObject({ helpful: 0, notHelpful: 1 });
  });
});

describe('autocomplete', () => {
  test('nothing typed: the most pasted errors first', async () => {
    const choices = await autocomplete(h, 'explain', { name: 'text', value: '' });
    expect(choices?.[0]).toEqual({ name: h.kb.article('connection-refused')!.title, value: 'connection-refused' });
  });

  test('a pasted error: the best match first, keeping the short paste as the value', async () => {
    const choices = await autocomplete(h, 'explain', { name: 'text', value: CURL_REFUSED });
    expect(choices?.[0]).toMatchObject({ value: CURL_REFUSED, name: expect.stringContaining(h.kb.article('connection-refused')!.title) });
  });
});
