/**
 * /kb with plain fake contexts: reload (accepted and rejected), gaps with Teach buttons, stats,
 * phrases (list and remove), options read from the definition, and the per-server answers.
 */
import { teachIds } from '../../src/render/custom-ids';
import { chatInput, customIdsOf, GUILD, harnessesForFile, inDm, memberInGuild, modInGuild, nth, only } from './fake-context';

const UNKNOWN_1 = 'Quuxplayer says: frobnication handshake vanished on stream.alpha-iptv.tv port 8080 (code 4471)';

const harnesses = harnessesForFile();

describe('reload', () => {
  test('deferred privately, then the new size', async () => {
    const sent = await chatInput(harnesses.db, 'kb', {}, { subcommand: 'reload' });
    expect(sent.map((s) => s.how)).toEqual(['defer', 'edit']);
    expect(nth(sent, 0, 'defer').ephemeral).toBe(true);
    expect(nth(sent, 1, 'edit').reply.content).toContain(`${harnesses.db.kb.articles.length} articles`);
  });

  test('a rejected version lists its problems and keeps the previous one', async () => {
    harnesses.db.services.knowledge.reload = async () => ({ ok: false, problems: [{ file: 'articles/broken.md', line: 3, field: 'title', fact: { kind: 'field-required' } }] });
    try {
      const sent = await chatInput(harnesses.db, 'kb', {}, { subcommand: 'reload' });
      const content = nth(sent, 1, 'edit').reply.content ?? '';
      expect(content).toContain('articles/broken.md');
      expect(content).toContain(`${harnesses.db.kb.articles.length} articles`);
    } finally {
      harnesses.db.services.knowledge.reload = async () => ({ ok: true, kb: harnesses.db.kb });
    }
  });

  test('the problems of a rejected version are in the reader’s language', async () => {
    harnesses.db.services.knowledge.reload = async () => ({
      ok: false,
      problems: [
        { file: 'articles/broken.md', line: 3, field: 'title', fact: { kind: 'field-required' } },
        { file: 'faq/long.md', line: 6, field: 'body', fact: { kind: 'text-too-long', length: 5000, max: 4096 } },
      ],
    });
    try {
      const de = nth(await chatInput(harnesses.db, 'kb', {}, { subcommand: 'reload', actor: { ...modInGuild, locale: 'de' } }), 1, 'edit').reply.content ?? '';
      expect(de).toContain('articles/broken.md:3 title: ist erforderlich\nfaq/long.md:6 body: hat 5000 Zeichen (höchstens 4096)\n');
      const en = nth(await chatInput(harnesses.db, 'kb', {}, { subcommand: 'reload' }), 1, 'edit').reply.content ?? '';
      expect(en).toContain('articles/broken.md:3 title: is required\nfaq/long.md:6 body: is 5000 characters (at most 4096)\n');
    } finally {
      harnesses.db.services.knowledge.reload = async () => ({ ok: true, kb: harnesses.db.kb });
    }
  });
});

describe('gaps', () => {
  test('the unanswered errors of this server, with a Teach button per cluster for moderators', async () => {
    await harnesses.db.services.learning!.record(GUILD, UNKNOWN_1, { match: null, confident: false }, 'explain');
    await harnesses.db.services.learning!.settle();
    const { reply } = only(await chatInput(harnesses.db, 'kb', { days: 30 }, { subcommand: 'gaps' }), 'reply');
    expect(reply.ephemeral).toBe(true);
    expect(JSON.stringify(reply.embeds)).toMatch(/frobnication/i);
    const ids = customIdsOf(reply).map((id) => teachIds.decode(id));
    expect(ids).toEqual([{ kind: 'gap', draftId: expect.stringMatching(/^[0-9a-f]{16}$/), index: 0 }]);
  });

  test('members see the gaps without Teach buttons', async () => {
    const { reply } = only(await chatInput(harnesses.db, 'kb', {}, { subcommand: 'gaps', actor: memberInGuild }), 'reply');
    expect(reply.components).toEqual([]);
  });

  test('outside a server or without a store: gaps, stats and phrases are per server', async () => {
    for (const subcommand of ['gaps', 'stats', 'phrases']) {
      expect(only(await chatInput(harnesses.db, 'kb', {}, { subcommand, actor: inDm }), 'reply').reply.content).toMatch(/per server/);
      expect(only(await chatInput(harnesses.plain, 'kb', {}, { subcommand }), 'reply').reply.content).toMatch(/per server/);
    }
  });
});

test('stats: one embed, privately', async () => {
  const { reply } = only(await chatInput(harnesses.db, 'kb', { weeks: 2 }, { subcommand: 'stats' }), 'reply');
  expect(reply).toMatchObject({ ephemeral: true, embeds: [expect.any(Object)] });
});

describe('phrases', () => {
  test('lists what was taught, and removes one by its number', async () => {
    expect(only(await chatInput(harnesses.db, 'kb', {}, { subcommand: 'phrases' }), 'reply').reply.content).toMatch(/No phrases/);
    await harnesses.db.services.phrases!.put(GUILD, 'quuxplayer frobnication handshake vanished', 'connection-reset', 'u1', 'article');
    const listed = only(await chatInput(harnesses.db, 'kb', {}, { subcommand: 'phrases' }), 'reply').reply.content ?? '';
    expect(listed).toContain('1. `quuxplayer frobnication handshake vanished`');
    const removed = only(await chatInput(harnesses.db, 'kb', { remove: 1 }, { subcommand: 'phrases' }), 'reply').reply.content ?? '';
    expect(removed).toMatch(/^Removed: `quuxplayer frobnication handshake vanished`/);
    expect(await harnesses.db.services.phrases!.list(GUILD)).toEqual([]);
  });

  test('a number not in the list is answered, and nothing is removed', async () => {
    const { reply } = only(await chatInput(harnesses.db, 'kb', { remove: 3 }, { subcommand: 'phrases' }), 'reply');
    expect(reply.content).toMatch(/no phrase number 3/);
  });
});

test('a subcommand this version does not have points to /kb reload', async () => {
  expect(only(await chatInput(harnesses.db, 'kb', {}, { subcommand: 'purge' }), 'reply').reply.content).toMatch(/\/kb reload/);
});
