/** /about with a plain fake context: one ephemeral embed with the version and the knowledge base's size. */
import { chatInput, createHarness, inDm, only, type Harness } from './fake-context';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

test('answers at once, ephemerally, with the version and the knowledge base size', async () => {
  const { reply } = only(await chatInput(h, 'about', {}, { actor: inDm }), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(reply.embeds).toHaveLength(1);
  const values = (reply.embeds![0]!.fields ?? []).map((f) => f.value).join('\n');
  expect(values).toContain(h.services.version);
  expect(values).toContain(`${h.kb.articles.length} articles`);
  expect(values).toContain(`${h.kb.faqs.length} FAQ entries`);
  expect(values).toContain('42');
});

test('an option it does not have is ignored', async () => {
  const { reply } = only(await chatInput(h, 'about', { verbose: true }), 'reply');
  expect(reply.embeds).toHaveLength(1);
});
