/**
 * /netmedic settings with plain fake contexts: showing and changing the learning switch and the
 * retention, who may change them, the one-click button, and ids no version wrote.
 */
import { netmedicIds } from '../../src/render/custom-ids';
import { MAX_RETENTION_DAYS } from '../../commands/netmedic';
import { commandMention, optionName } from '../../src/render/command-names';
import { chatInput, component, customIdsOf, GUILD, harnessesForFile, inDm, memberInGuild, modInGuild, only } from './fake-context';

const harnesses = harnessesForFile();

const settings = { subcommand: 'settings' } as const;

test('shows the settings with the button that turns learning off', async () => {
  const { reply } = only(await chatInput(harnesses.db, 'netmedic', {}, settings), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toMatch(/Learning: on/);
  expect(customIdsOf(reply).map((id) => netmedicIds.decode(id))).toEqual([{ kind: 'learning', on: false }]);
});

test('a moderator turns learning off and sets the retention; 0 goes back to the default', async () => {
  const { reply } = only(await chatInput(harnesses.db, 'netmedic', { learning: false, retention_days: 10 }, settings), 'reply');
  expect(reply.content).toMatch(/Learning: off/);
  expect(customIdsOf(reply).map((id) => netmedicIds.decode(id))).toEqual([{ kind: 'learning', on: true }]);
  expect(await harnesses.db.services.learning!.learning(GUILD)).toBe(false);
  expect(await harnesses.db.services.learning!.retention(GUILD)).toEqual({ days: 10, custom: true });
  only(await chatInput(harnesses.db, 'netmedic', { learning: true, retention_days: 0 }, settings), 'reply');
  expect(await harnesses.db.services.learning!.retention(GUILD)).toEqual({ days: harnesses.db.services.learning!.retentionDays, custom: false });
});

test('a retention beyond the limit is refused with the limit, and nothing changes', async () => {
  const { reply } = only(await chatInput(harnesses.db, 'netmedic', { retention_days: MAX_RETENTION_DAYS + 1 }, settings), 'reply');
  expect(reply.content).toContain(String(MAX_RETENTION_DAYS));
  expect(reply.content).toMatch(/^retention_days must be/);
  expect((await harnesses.db.services.learning!.retention(GUILD)).custom).toBe(false);
  // The option as the reader's Discord names it.
  const de = only(await chatInput(harnesses.db, 'netmedic', { retention_days: MAX_RETENTION_DAYS + 1 }, { ...settings, actor: { ...modInGuild, locale: 'de' } }), 'reply');
  expect(de.reply.content).toMatch(/^aufbewahrung_tage muss eine ganze Zahl/);
});

test('members may look but not change', async () => {
  expect(only(await chatInput(harnesses.db, 'netmedic', {}, { ...settings, actor: memberInGuild }), 'reply').reply.content).toMatch(/Learning:/);
  const { reply } = only(await chatInput(harnesses.db, 'netmedic', { learning: false }, { ...settings, actor: memberInGuild }), 'reply');
  expect(reply.content).toMatch(/Only moderators/);
  expect(await harnesses.db.services.learning!.learning(GUILD)).toBe(true);
});

test('outside a server, or without a store, it says settings are per server', async () => {
  expect(only(await chatInput(harnesses.db, 'netmedic', {}, { ...settings, actor: inDm }), 'reply').reply.content).toMatch(/per server/);
  expect(only(await chatInput(harnesses.plain, 'netmedic', {}, settings), 'reply').reply.content).toMatch(/per server/);
});

test('a subcommand this version does not have is declined', async () => {
  const { reply } = only(await chatInput(harnesses.db, 'netmedic', {}, { subcommand: 'purge' }), 'reply');
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toMatch(/not available/);
});

describe('the one-click button', () => {
  test('turns learning off and updates the message in place', async () => {
    const { reply } = only(await component(harnesses.db, 'netmedic:learning:off'), 'update');
    expect(reply.content).toMatch(/Learning: off/);
    expect(await harnesses.db.services.learning!.learning(GUILD)).toBe(false);
    only(await component(harnesses.db, 'netmedic:learning:on'), 'update');
    expect(await harnesses.db.services.learning!.learning(GUILD)).toBe(true);
  });

  test('members cannot press it', async () => {
    const { reply } = only(await component(harnesses.db, 'netmedic:learning:off', { actor: memberInGuild }), 'reply');
    expect(reply.content).toMatch(/Only moderators/);
    expect(await harnesses.db.services.learning!.learning(GUILD)).toBe(true);
  });

  test('an id no version wrote is declined', async () => {
    expect(only(await component(harnesses.db, 'netmedic:retention:5'), 'reply').reply.content).toMatch(/not supported/);
  });
});

test('the settings name other commands as the reader’s Discord shows them (from the command tables)', async () => {
  const de = only(await chatInput(harnesses.db, 'netmedic', {}, { ...settings, actor: { ...modInGuild, locale: 'de' } }), 'reply').reply.content ?? '';
  for (const name of [commandMention('explain', 'de'), `\`${commandMention('kb.gaps', 'de')}\``, `\`${commandMention('kb.stats', 'de')}\``]) expect(de).toContain(name);
  expect(de).toContain('`/erklären`, ');
  expect(de).toContain('`/kb lücken`');
  expect(de).toContain('`/kb statistik`');
  expect(de).toContain('`/netmedic einstellungen lernen:False`');
  const en = only(await chatInput(harnesses.db, 'netmedic', {}, settings), 'reply').reply.content ?? '';
  expect(en).toContain('from `/explain`, ');
  expect(en).toContain('for `/kb gaps`');
  expect(en).toContain('for `/kb stats`');
  expect(en).toContain('`/netmedic settings learning:false`');
  // es-419 has its own table (falling back to es-ES's words), and the reply follows it.
  const es = only(await chatInput(harnesses.db, 'netmedic', {}, { ...settings, actor: { ...modInGuild, locale: 'es-419' } }), 'reply').reply.content ?? '';
  expect(es).toContain(`\`${commandMention('netmedic.settings', 'es-419')} ${optionName('netmedic.settings.learning', 'es-419')}:False\``);
});
