/**
 * /faqs with plain fake contexts over a fresh SQLite store: add (form → preview → Save/Cancel),
 * edit (pre-filled form; a stale version is a conflict), remove (confirm, Keep), alias, pin,
 * restore, list and its pages, history, export, import (from a loopback "CDN"), stats,
 * moderators; who may do what, and ids no version wrote.
 */
import { createServer, type Server } from 'node:http';
import { faqsIds } from '../../src/render/custom-ids';
import { autocomplete, chatInput, component, createHarness, customIdsOf, GUILD, inDm, MEMBER, memberInGuild, modalSubmit, modInGuild, nth, only, type Harness } from './fake-context';

let h: Harness;
let nodb: Harness;
let cdn: Server;
let cdnBase: string;
const ENTRY_MD = '---\nid: imported-entry\ntitle: Imported entry\naliases: [imported]\n---\n\nText of the imported entry.\n';
/** An entry the linter refuses: an unknown field. */
const BAD_MD = '---\nid: bad-entry\ntitle: Bad entry\ncolour: red\n---\n\nText.\n';

beforeAll(async () => {
  cdn = createServer((req, res) => {
    if (req.url === '/attachments/imported-entry.md') res.end(ENTRY_MD);
    else if (req.url === '/attachments/bad-entry.md') res.end(BAD_MD);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  cdnBase = `http://127.0.0.1:${(cdn.address() as { port: number }).port}`;
  h = await createHarness({ db: true, env: { DISCORD_API_BASE: cdnBase } });
  nodb = await createHarness();
});
afterAll(async () => {
  await h.close();
  await nodb.close();
  await new Promise<void>((resolve) => cdn.close(() => resolve()));
});

const sub = (subcommand: string, actor = undefined as typeof memberInGuild | undefined) => ({ subcommand, ...(actor ? { actor } : {}) });
const FIELDS = { id: 'reboot-box', title: 'Reboot the box', aliases: 'restart, power cycle', body: 'Hold the power button for ten seconds.' };

async function addEntry(fields = FIELDS): Promise<void> {
  const preview = only(await modalSubmit(h, 'faqs:add', fields), 'reply');
  const [save] = customIdsOf(preview.reply);
  only(await component(h, save!), 'update');
}

describe('add', () => {
  test('the command opens an empty form with an id field', async () => {
    const { modal } = only(await chatInput(h, 'faqs', {}, sub('add')), 'showModal');
    expect(faqsIds.decode(modal.customId)).toEqual({ kind: 'add' });
    expect(modal.fields.map((f) => f.customId)).toEqual(['id', 'title', 'aliases', 'body']);
    expect(modal.fields[0]!.maxLength).toBe(64);
  });

  test('where forms cannot be shown, it points to the import', async () => {
    expect(only(await chatInput(h, 'faqs', {}, { subcommand: 'add', forms: false }), 'reply').reply.content).toMatch(/import/);
  });

  test('a submitted form is previewed with Save and Cancel; Save stores it', async () => {
    const preview = only(await modalSubmit(h, 'faqs:add', FIELDS), 'reply');
    expect(preview.reply.ephemeral).toBe(true);
    const ids = customIdsOf(preview.reply).map((id) => faqsIds.decode(id));
    expect(ids).toEqual([
      { kind: 'save', draftId: expect.stringMatching(/^[0-9a-f]{16}$/) },
      { kind: 'cancel', draftId: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
    expect((await h.services.faqs!.view(GUILD)).faq('reboot-box')).toBeUndefined();
    const saved = only(await component(h, customIdsOf(preview.reply)[0]!), 'update');
    expect(saved.reply.content).toMatch(/Saved/);
    expect((await h.services.faqs!.view(GUILD)).faq('reboot-box')).toMatchObject({ title: 'Reboot the box', aliases: ['restart', 'power cycle'], version: 1 });
    // The same Save again: the draft is gone.
    expect(only(await component(h, customIdsOf(preview.reply)[0]!), 'update').reply.content).toMatch(/expired or was already used/);
  });

  test('Cancel stores nothing; a bad id or an existing id is refused at the form', async () => {
    const preview = only(await modalSubmit(h, 'faqs:add', { ...FIELDS, id: 'never-saved' }), 'reply');
    only(await component(h, customIdsOf(preview.reply)[1]!), 'update');
    expect((await h.services.faqs!.view(GUILD)).faq('never-saved')).toBeUndefined();
    expect(only(await modalSubmit(h, 'faqs:add', { ...FIELDS, id: 'Not Kebab' }), 'reply').reply.content).toMatch(/Nothing was saved/);
    expect(only(await modalSubmit(h, 'faqs:add', { ...FIELDS, id: 'x'.repeat(65) }), 'reply').reply.content).toMatch(/at most 64 characters/);
    expect(only(await modalSubmit(h, 'faqs:add', FIELDS), 'reply').reply.content).toMatch(/already exists/);
  });

  test('the linter’s problems with a form are listed by field in the moderator’s language', async () => {
    const fields = { ...FIELDS, id: 'Not_Kebab', body: 'y'.repeat(5000) };
    const de = only(await modalSubmit(h, 'faqs:add', fields, { actor: { ...modInGuild, locale: 'de' } }), 'reply').reply.content ?? '';
    expect(de).toContain('• id: "Not_Kebab" ist nicht kebab-case (Kleinbuchstaben, Ziffern und einzelne Bindestriche)');
    expect(de).toContain('• body: hat 5000 Zeichen (höchstens 4096)');
    expect(de).not.toMatch(/characters|is not kebab-case/);
    const en = only(await modalSubmit(h, 'faqs:add', fields), 'reply').reply.content ?? '';
    expect(en).toContain('• body: is 5000 characters (at most 4096)');
  });
});

describe('edit, alias, pin, history', () => {
  beforeAll(async () => {
    if (!(await h.services.faqs!.view(GUILD)).faq('reboot-box')) await addEntry();
  });

  test('edit opens the form pre-filled, its id carrying the version it started from', async () => {
    const { modal } = only(await chatInput(h, 'faqs', { entry: 'reboot-box' }, sub('edit')), 'showModal');
    const entry = (await h.services.faqs!.view(GUILD)).faq('reboot-box')!;
    expect(faqsIds.decode(modal.customId)).toEqual({ kind: 'edit', entryId: 'reboot-box', version: entry.version });
    expect(modal.fields.find((f) => f.customId === 'title')?.value).toBe(entry.title);
  });

  test('a submitted edit saves a new version; the old form is then a conflict', async () => {
    const { version } = (await h.services.faqs!.view(GUILD)).faq('reboot-box')!;
    const id = faqsIds.encode({ kind: 'edit', entryId: 'reboot-box', version });
    expect(only(await modalSubmit(h, id, { title: 'Reboot the box', aliases: 'restart', body: 'Version two.' }), 'reply').reply.content).toMatch(/Saved/);
    expect(only(await modalSubmit(h, id, { title: 'Reboot', aliases: '', body: 'Someone else.' }), 'reply').reply.content).toMatch(/edited by someone else/);
  });

  test('alias adds and removes search words', async () => {
    const { reply } = only(await chatInput(h, 'faqs', { entry: 'reboot-box', add: 'turn it off, power cycle', remove: 'restart' }, sub('alias')), 'reply');
    expect(reply.content).toContain('`turn it off`');
    expect((await h.services.faqs!.view(GUILD)).faq('reboot-box')!.aliases).toEqual(['turn it off', 'power cycle']);
  });

  test('pin toggles; history lists the changes', async () => {
    expect(only(await chatInput(h, 'faqs', { entry: 'reboot-box' }, sub('pin')), 'reply').reply.content).toMatch(/^Pinned/);
    expect((await h.services.faqs!.view(GUILD)).faq('reboot-box')!.pinned).toBe(true);
    const { reply } = only(await chatInput(h, 'faqs', { entry: 'reboot-box' }, sub('history')), 'reply');
    expect(reply.embeds?.[0]?.description).toMatch(/\*\*add\*\*/);
  });

  test('an unknown entry is answered with near names', async () => {
    expect(only(await chatInput(h, 'faqs', { entry: 'reboot-boxx' }, sub('edit')), 'reply').reply.content).toMatch(/`reboot-box`/);
  });
});

describe('remove and restore', () => {
  test('remove asks first; Keep changes nothing; Remove hides a shipped entry; restore brings it back', async () => {
    const shipped = h.kb.faqs[0]!;
    const ask = only(await chatInput(h, 'faqs', { entry: shipped.id }, sub('remove')), 'reply');
    const [rm, keep] = customIdsOf(ask.reply);
    expect(faqsIds.decode(rm!)).toEqual({ kind: 'rm', entryId: shipped.id, version: 0 });
    expect(faqsIds.decode(keep!)).toEqual({ kind: 'keep' });
    expect(only(await component(h, keep!), 'update').reply.content).toMatch(/Kept/);
    expect(only(await component(h, rm!), 'update').reply.content).toContain(`Removed \`${shipped.id}\``);
    expect((await h.services.faqs!.view(GUILD)).faq(shipped.id)).toBeUndefined();
    expect(only(await chatInput(h, 'faqs', { entry: shipped.id }, sub('restore')), 'reply').reply.content).toMatch(/back to the shipped text/);
    expect((await h.services.faqs!.view(GUILD)).faq(shipped.id)).toBeDefined();
  });

  test('restoring something that does not ship is answered', async () => {
    expect(only(await chatInput(h, 'faqs', { entry: 'not-shipped-here' }, sub('restore')), 'reply').reply.content).toMatch(/not a shipped entry/);
  });
});

describe('list, export, import, stats', () => {
  test('list pages through the entries; the page buttons update the message', async () => {
    const { reply } = only(await chatInput(h, 'faqs', { page: 1 }, sub('list')), 'reply');
    expect(reply.embeds?.[0]?.footer?.text).toMatch(/^Page 1 of \d+/);
    const next = customIdsOf(reply).map((id) => faqsIds.decode(id));
    expect(next).toContainEqual({ kind: 'list', page: 2 });
    const turned = only(await component(h, faqsIds.encode({ kind: 'list', page: 2 })), 'update');
    expect(turned.reply.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of/);
  });

  test('members may list, but not change', async () => {
    only(await chatInput(h, 'faqs', {}, sub('list', memberInGuild)), 'reply');
    expect(only(await chatInput(h, 'faqs', { entry: 'reboot-box' }, sub('pin', memberInGuild)), 'reply').reply.content).toMatch(/Only moderators/);
    expect(only(await component(h, faqsIds.encode({ kind: 'rm', entryId: 'reboot-box', version: 1 }), { actor: memberInGuild }), 'reply').reply.content).toMatch(/Only moderators/);
  });

  test('export: the server’s own entries as a zip', async () => {
    const { reply } = only(await chatInput(h, 'faqs', {}, sub('export')), 'reply');
    expect(reply.files?.[0]?.name).toBe(`faq-${GUILD}.zip`);
    expect(reply.files?.[0]?.data.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('import: an .md file fetched from the attachment URL, deferred privately', async () => {
    const file = { id: '1', filename: 'imported-entry.md', url: `${cdnBase}/attachments/imported-entry.md`, size: ENTRY_MD.length };
    const sent = await chatInput(h, 'faqs', { file }, sub('import'));
    expect(sent.map((s) => s.how)).toEqual(['defer', 'edit']);
    expect(nth(sent, 1, 'edit').reply.content).toMatch(/Imported 1 entry: `imported-entry`/);
    const missing = await chatInput(h, 'faqs', { file: { ...file, url: `${cdnBase}/attachments/gone.md` } }, sub('import'));
    expect(nth(missing, 1, 'edit').reply.content).toMatch(/^Nothing was imported/);
  });

  test('import: the linter’s problems by file and field in the moderator’s language', async () => {
    const file = { id: '2', filename: 'bad-entry.md', url: `${cdnBase}/attachments/bad-entry.md`, size: BAD_MD.length };
    const it = await chatInput(h, 'faqs', { file }, { ...sub('import'), actor: { ...modInGuild, locale: 'it' } });
    expect(nth(it, 1, 'edit').reply.content).toContain('• bad-entry.md:4 colour: campo sconosciuto');
    const en = await chatInput(h, 'faqs', { file }, sub('import'));
    expect(nth(en, 1, 'edit').reply.content).toContain('• bad-entry.md:4 colour: unknown field');
  });

  test('import without the required file is an adapter bug: answered with a reference', async () => {
    expect(only(await chatInput(h, 'faqs', {}, sub('import')), 'reply').reply.content).toMatch(/Something went wrong \(ref/);
  });

  test('stats: one embed with most, least and unused entries', async () => {
    const { reply } = only(await chatInput(h, 'faqs', {}, sub('stats')), 'reply');
    expect(reply.embeds?.[0]?.fields).toHaveLength(3);
  });
});

describe('moderators', () => {
  test('Manage Messages picks the role; members with it may then manage the FAQ', async () => {
    const ROLE = '700000000000000001';
    expect(only(await chatInput(h, 'faqs', { role: ROLE }, sub('moderators', { ...memberInGuild, memberRoleIds: [ROLE] })), 'reply').reply.content).toMatch(/Only members with Manage Messages/);
    expect(only(await chatInput(h, 'faqs', { role: ROLE }, sub('moderators')), 'reply').reply.content).toContain(`<@&${ROLE}>`);
    const helper = { ...memberInGuild, memberRoleIds: [ROLE] };
    only(await chatInput(h, 'faqs', {}, sub('add', helper)), 'showModal');
    expect(only(await chatInput(h, 'faqs', {}, sub('moderators')), 'reply').reply.content).toContain(`<@&${ROLE}>`);
    expect(only(await chatInput(h, 'faqs', { clear: true }, sub('moderators')), 'reply').reply.content).toMatch(/Only members with Manage Messages/);
    expect(only(await chatInput(h, 'faqs', {}, sub('add', helper)), 'reply').reply.content).toMatch(/Only moderators/);
  });
});

describe('scope and old ids', () => {
  test('outside a server, or without a store, it says why', async () => {
    expect(only(await chatInput(h, 'faqs', {}, sub('list', { ...memberInGuild, guildId: null })), 'reply').reply.content).toMatch(/per server/);
    expect(only(await chatInput(nodb, 'faqs', {}, sub('list')), 'reply').reply.content).toMatch(/not available/);
    expect(only(await component(h, 'faqs:keep', { actor: inDm }), 'reply').reply.content).toMatch(/per server/);
  });

  test('a subcommand, button or form no version wrote is declined', async () => {
    expect(only(await chatInput(h, 'faqs', {}, sub('purge')), 'reply').reply.content).toMatch(/not supported/);
    expect(only(await component(h, 'faqs:purge:all'), 'reply').reply.content).toMatch(/not supported/);
    expect(only(await component(h, 'faqs:rm:reboot-box:latest'), 'reply').reply.content).toMatch(/not supported/);
    expect(only(await modalSubmit(h, 'faqs:rename:x', { title: 't', aliases: '', body: 'b' }), 'reply').reply.content).toMatch(/not supported/);
  });

  test('the server comes from the interaction, never the id: a form for another server’s entry finds nothing here', async () => {
    const other = { ...memberInGuild, guildId: '300000000000000999', memberPermissions: 1n << 13n, user: MEMBER };
    const { reply } = only(await modalSubmit(h, 'faqs:edit:reboot-box:2', { title: 'Hijacked', aliases: '', body: 'x' }, { actor: other }), 'reply');
    expect(reply.content).toMatch(/Nothing was saved/);
    expect((await h.services.faqs!.view(GUILD)).faq('reboot-box')!.title).not.toBe('Hijacked');
  });
});

test('autocomplete: entries by what was typed; restore offers hidden and changed shipped entries', async () => {
  if (!(await h.services.faqs!.view(GUILD)).faq('reboot-box')) await addEntry();
  const typed = await autocomplete(h, 'faqs', { name: 'entry', value: 'reboot' }, { subcommand: 'edit' });
  expect(typed?.[0]?.value).toBe('reboot-box');
  const hidden = h.kb.faqs[1]!;
  expect(await h.services.faqs!.remove(GUILD, hidden.id, 0, MEMBER.id)).toMatchObject({ ok: true });
  const restore = await autocomplete(h, 'faqs', { name: 'entry', value: '' }, { subcommand: 'restore' });
  expect(restore?.map((c) => c.value)).toEqual([hidden.id]);
});
