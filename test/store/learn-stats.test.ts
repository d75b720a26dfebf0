/**
 * The learning loop's stats on both engines: answers and votes per server and week, one vote per
 * voter per reply (changeable, stored under a hash, never the user id), the numbers /kb stats
 * shows, per-server retention, FAQ entries as taught targets, and server scoping.
 */
import { createFaqRepo, createGapsRepo, createPhrasesRepo, databaseTarget, migrateToLatest, openStore, type Store } from '../../src/store';
import { createLearning, voterKey } from '../../src/learn/service';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';

const A = '110000000000000001';
const B = '110000000000000002';
const USER = '210000000000000009';
const DAY = 86_400_000;

describe.each(ENGINES)('learning stats on %s', (engine) => {
  let tdb: TestDatabase;
  let store: Store;
  let clock: number;
  const now = () => clock;

  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
    store = openStore(databaseTarget(tdb.url));
    await migrateToLatest(store);
    clock = Date.UTC(2026, 5, 30, 12);
  });
  afterEach(async () => {
    await store.close();
    await tdb.drop();
  });

  test('answer rate, helpful rate and top answers per week; another server sees none of it', async () => {
    const learning = createLearning(createGapsRepo(store, now), 30, now);
    const answer = async (guild: string, target: string, daysAgo: number) => {
      clock = Date.UTC(2026, 5, 30, 12) - daysAgo * DAY;
      await learning.recordAnswer(guild, target, 'explain');
    };
    // This week: 3 × connection-refused, 1 × FAQ; last week: 1 × dns-failure.
    for (let i = 0; i < 3; i++) await answer(A, 'connection-refused', 1);
    await answer(A, 'faq/panel-url', 2);
    await answer(A, 'dns-failure', 9);
    await answer(B, 'tls-certificate', 1);
    clock = Date.UTC(2026, 5, 30, 12) - DAY;
    await learning.record(A, 'zorblat widget imploded on host.example.com', { match: null, confident: false }, 'explain');
    await learning.vote(A, '900000000000000001', USER, 'connection-refused', true);
    await learning.vote(A, '900000000000000002', USER, 'connection-refused', false);
    await learning.vote(A, '900000000000000003', '210000000000000010', 'faq/panel-url', true);
    clock = Date.UTC(2026, 5, 30, 12);

    const stats = await learning.stats(A, 2);
    expect(stats.total).toMatchObject({ answered: 5, unanswered: 1, answerRate: 0.833, helpful: 2, notHelpful: 1, helpfulRate: 0.667 });
    expect(stats.byWeek[0]).toMatchObject({ week: 0, answered: 4, unanswered: 1, answerRate: 0.8, top: [{ target: 'connection-refused', count: 3 }, { target: 'faq/panel-url', count: 1 }] });
    expect(stats.byWeek[1]).toMatchObject({ week: 1, answered: 1, unanswered: 0, answerRate: 1, helpfulRate: null, top: [{ target: 'dns-failure', count: 1 }] });
    const b = await learning.stats(B, 2);
    expect(b.total).toMatchObject({ answered: 1, unanswered: 0, helpful: 0, notHelpful: 0, helpfulRate: null, top: [{ target: 'tls-certificate', count: 1 }] });
  });

  test('one vote per user per reply, changeable; the voter is stored as a hash that differs per reply', async () => {
    const learning = createLearning(createGapsRepo(store, now), 30, now);
    expect(await learning.vote(A, '900000000000000001', USER, 'connection-refused', true)).toBeNull();
    expect(await learning.vote(A, '900000000000000001', USER, 'connection-refused', true)).toBe(true);
    expect(await learning.vote(A, '900000000000000001', USER, 'connection-refused', false)).toBe(true);
    expect(await learning.vote(A, '900000000000000002', USER, 'connection-refused', true)).toBeNull();
    // The same message id in another server is another reply, counted there.
    expect(await learning.vote(B, '900000000000000001', USER, 'connection-refused', true)).toBeNull();
    const rows = await store.db.selectFrom('kb_votes').selectAll().orderBy('guild_id').orderBy('message_id').execute();
    expect(rows.map((r) => [r.guild_id, r.message_id, Number(r.helpful)])).toEqual([
      [A, '900000000000000001', 0],
      [A, '900000000000000002', 1],
      [B, '900000000000000001', 1],
    ]);
    expect(JSON.stringify(rows)).not.toContain(USER);
    expect(rows[0]!.voter).toBe(voterKey(A, '900000000000000001', USER));
    expect(new Set(rows.map((r) => r.voter)).size).toBe(3);
    expect((await learning.stats(A, 1)).total).toMatchObject({ helpful: 1, notHelpful: 1, helpfulRate: 0.5 });
  });

  test('learning off: no answers or gaps are recorded (votes still are)', async () => {
    const learning = createLearning(createGapsRepo(store, now), 30, now);
    await learning.setLearning(A, false);
    expect(await learning.recordAnswer(A, 'connection-refused', 'explain')).toBe(false);
    expect(await learning.record(A, 'zorblat widget imploded', { match: null, confident: false }, 'explain')).toBe(false);
    await learning.vote(A, '900000000000000001', USER, 'connection-refused', true);
    const stats = await learning.stats(A, 1);
    expect(stats).toMatchObject({ learning: false, total: { answered: 0, unanswered: 0, helpful: 1 } });
  });

  test('retention is per server: its own setting, else the default', async () => {
    const repo = createGapsRepo(store, now);
    const learning = createLearning(repo, 30, now);
    expect(await learning.retention(A)).toEqual({ days: 30, custom: false });
    await learning.setRetention(A, 5);
    await learning.setLearning(A, true);
    expect(await learning.retention(A)).toEqual({ days: 5, custom: true });
    expect(await learning.retention(B)).toEqual({ days: 30, custom: false });
    const start = clock;
    clock = start - 10 * DAY;
    for (const g of [A, B]) {
      await repo.record(g, 'an old gap', null, 0, 'explain');
      await repo.recordAnswer(g, 'connection-refused', 'explain');
      await repo.vote(g, '900000000000000001', 'x', 'connection-refused', true);
    }
    clock = start;
    await repo.expire(30);
    expect(await repo.total(A, 60)).toBe(0);
    expect(await repo.total(B, 60)).toBe(1);
    const left = await store.db.selectFrom('kb_answers').select('guild_id').execute();
    expect(left.map((r) => r.guild_id)).toEqual([B]);
    expect((await store.db.selectFrom('kb_votes').select('guild_id').execute()).map((r) => r.guild_id)).toEqual([B]);
    await learning.setRetention(A, null);
    expect(await learning.retention(A)).toEqual({ days: 30, custom: false });
  });

  test('phrases may point at FAQ entries; drafts can be read without being used up', async () => {
    const phrases = createPhrasesRepo(store, now);
    await phrases.put(A, 'frobnication handshake vanished', 'connection-timeout', USER);
    await phrases.put(A, 'quux panel wants url', 'panel-url', USER, 'faq');
    expect((await phrases.list(A)).map((p) => [p.phrase, p.articleId, p.kind])).toEqual([
      ['frobnication handshake vanished', 'connection-timeout', 'article'],
      ['quux panel wants url', 'panel-url', 'faq'],
    ]);
    expect(await phrases.list(B)).toEqual([]);
    const faq = createFaqRepo(store, now);
    await faq.saveDraft(A, 'd1', USER, { gaps: ['one', 'two'] });
    expect(await faq.readDraft(A, 'd1', USER)).toEqual({ gaps: ['one', 'two'] });
    expect(await faq.readDraft(A, 'd1', USER)).toEqual({ gaps: ['one', 'two'] });
    expect(await faq.readDraft(B, 'd1', USER)).toBeNull();
    expect(await faq.readDraft(A, 'd1', '210000000000000010')).toBeNull();
    clock += 16 * 60_000;
    expect(await faq.readDraft(A, 'd1', USER)).toBeNull();
  });
});
