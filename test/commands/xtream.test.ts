/**
 * /xtream with plain fake contexts: the form (from the command and from the "Check my line"
 * button), forms not available, old or unknown ids, a refusal by the limiter, and a line check
 * against a closed loopback port.
 */
import type { CheckService } from '../../src/interaction/services';
import { xtreamIds } from '../../src/render/custom-ids';
import { LINE_FIELDS } from '../../src/render/xtream-line';
import { chatInput, component, createHarness, modalSubmit, only, type Harness } from './fake-context';
import { closedPort as pickClosedPort } from '../support/servers';

let h: Harness;
let closedPort: number;
beforeAll(async () => {
  h = await createHarness({ env: { PROBE_ALLOW_PRIVATE: 'true' } });
  closedPort = await pickClosedPort();
});
afterAll(() => h.close());

test('the command opens the line form, which never carries a credential in its id', async () => {
  const { modal } = only(await chatInput(h, 'xtream'), 'showModal');
  expect(xtreamIds.decode(modal.customId)).toEqual({ kind: 'line' });
  expect(modal.fields.map((f) => f.customId)).toEqual([LINE_FIELDS.url, LINE_FIELDS.username, LINE_FIELDS.password]);
  expect(modal.fields.find((f) => f.customId === LINE_FIELDS.password)?.secret).toBe(true);
  expect(modal.fields[0]!.value).toBeUndefined();
});

test('where forms cannot be shown, it says how to check from a terminal', async () => {
  const { reply } = only(await chatInput(h, 'xtream', {}, { forms: false }), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toMatch(/netmedic xtream/);
});

test('the "Check my line" button opens the form with the panel URL filled in', async () => {
  const url = 'http://line.example.net:8080';
  const { modal } = only(await component(h, xtreamIds.encode({ kind: 'open', url })), 'showModal');
  expect(modal.fields[0]!.value).toBe(url);
  const empty = only(await component(h, 'xtream:open'), 'showModal');
  expect(empty.modal.fields[0]!.value).toBeUndefined();
});

test('an unknown button or form id is answered, not run', async () => {
  expect(only(await component(h, 'xtream:line'), 'reply').reply.ephemeral).toBe(true);
  const form = only(await modalSubmit(h, 'xtream:open', { url: 'http://x', username: 'u', password: 'p' }), 'reply');
  expect(form.reply.ephemeral).toBe(true);
  expect(h.checkRequests).toEqual([]);
});

test('a refusal by the limiter goes only to the asker, and nothing is deferred', async () => {
  const refusing: CheckService = {
    admit: async () => ({ refused: true, reason: 'cooldown', retryAfterSeconds: 7, everySeconds: 10 }),
    run: async () => ({ refused: true, reason: 'cooldown', retryAfterSeconds: 7, everySeconds: 10 }),
  };
  const busy = await createHarness({ checks: refusing });
  try {
    const { reply } = only(await modalSubmit(busy, 'xtream:line', { [LINE_FIELDS.url]: 'http://127.0.0.1:1', [LINE_FIELDS.username]: 'u', [LINE_FIELDS.password]: 'secret-pw' }), 'reply');
    expect(reply).toEqual({ content: 'You can run one check every 10 s, try again in 7 s.', ephemeral: true });
  } finally {
    await busy.close();
  }
});

test('a submitted form is checked privately: deferred ephemerally, then the result; the password is nowhere', async () => {
  const password = 'Pw-never-echoed-41';
  const url = `http://127.0.0.1:${closedPort}`;
  const sent = await modalSubmit(h, 'xtream:line', { [LINE_FIELDS.url]: ` ${url} `, [LINE_FIELDS.username]: ' alice ', [LINE_FIELDS.password]: password });
  expect(sent.map((s) => s.how)).toEqual(['defer', 'edit']);
  expect(sent[0]).toEqual({ how: 'defer', ephemeral: true });
  expect(h.checkRequests.at(-1)).toMatchObject({ input: url, protocol: 'xtream' });
  const final = sent[1] as { reply: { embeds?: unknown[] } };
  expect(final.reply.embeds?.length).toBeGreaterThan(0);
  expect(JSON.stringify(sent)).not.toContain(password);
  expect(JSON.stringify(h.logLines)).not.toContain(password);
});
