/**
 * The data layer on both engines: migrations (fresh, idempotent, refused when the database is
 * newer), the FAQ repository's transactions, version checks and server scoping.
 */
import { sql } from 'kysely';
import { createFaqRepo, databaseTarget, DatabaseNewerError, migrateToLatest, migrationStatus, openStore, type Store } from '../../src/store';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';

const A = '100000000000000001';
const B = '100000000000000002';
const fields = (n: number) => ({ title: `Title ${n}`, aliases: [`alias-${n}`], body: `Body ${n}` });

describe.each(ENGINES)('store on %s', (engine) => {
  let tdb: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
    store = openStore(databaseTarget(tdb.url));
  });
  afterEach(async () => {
    await store.close();
    await tdb.drop();
  });

  test('migrates a fresh database once; status lists every migration as applied', async () => {
    const before = await migrationStatus(store);
    expect(before.migrations.length).toBeGreaterThan(0);
    expect(before.migrations.every((m) => m.appliedAt === null)).toBe(true);
    const applied = await migrateToLatest(store);
    expect(applied).toEqual(before.migrations.map((m) => m.name));
    expect(await migrateToLatest(store)).toEqual([]);
    const after = await migrationStatus(store);
    expect(after.migrations.every((m) => m.appliedAt instanceof Date)).toBe(true);
    expect(after.unknown).toEqual([]);
  });

  test('a database migrated by newer code is refused, and nothing is changed', async () => {
    await migrateToLatest(store);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`.execute(store.db);
    await expect(migrateToLatest(store)).rejects.toBeInstanceOf(DatabaseNewerError);
    await expect(migrateToLatest(store)).rejects.toThrow(/newer netmedic .*9999_future/);
    expect((await migrationStatus(store)).unknown).toEqual(['9999_future']);
  });

  describe('FAQ repository', () => {
    beforeEach(() => migrateToLatest(store));

    test('create, edit with the right version, conflict with a stale one (returning the current row)', async () => {
      const repo = createFaqRepo(store);
      const created = await repo.save(A, 'panel-url', 0, fields(1), {}, 'add', 'u1');
      expect(created).toMatchObject({ ok: true, entry: { id: 'panel-url', version: 1, title: 'Title 1', aliases: ['alias-1'] } });
      const dup = await repo.save(A, 'panel-url', 0, fields(9), {}, 'add', 'u2');
      expect(dup).toMatchObject({ ok: false, reason: 'conflict', current: { version: 1, title: 'Title 1' } });
      const edited = await repo.save(A, 'panel-url', 1, fields(2), {}, 'edit', 'u2');
      expect(edited).toMatchObject({ ok: true, entry: { version: 2, body: 'Body 2', updatedBy: 'u2' } });
      const stale = await repo.save(A, 'panel-url', 1, fields(3), {}, 'edit', 'u3');
      expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, body: 'Body 2' } });
      expect((await repo.get(A, 'panel-url'))?.body).toBe('Body 2');
      const history = await repo.history(A, 'panel-url');
      expect(history.map((h) => [h.version, h.action, h.userId, h.body])).toEqual([
        [2, 'edit', 'u2', 'Body 2'],
        [1, 'add', 'u1', 'Body 1'],
      ]);
    });

    test('every read and change is scoped by server', async () => {
      const repo = createFaqRepo(store);
      await repo.save(A, 'shared-id', 0, fields(1), {}, 'add', 'a');
      await repo.recordUse(A, 'shared-id');
      expect(await repo.get(B, 'shared-id')).toBeNull();
      expect(await repo.list(B)).toEqual([]);
      expect(await repo.history(B, 'shared-id')).toEqual([]);
      expect(await repo.usage(B)).toEqual([]);
      expect(await repo.save(B, 'shared-id', 1, fields(2), {}, 'edit', 'b')).toMatchObject({ ok: false, current: null });
      expect(await repo.delete(B, 'shared-id', 1, 'remove', 'b')).toMatchObject({ ok: false, current: null });
      // B can have its own entry with the same id; A's stays as it was.
      expect(await repo.save(B, 'shared-id', 0, fields(3), {}, 'add', 'b')).toMatchObject({ ok: true });
      expect((await repo.get(A, 'shared-id'))?.title).toBe('Title 1');
      expect((await repo.get(B, 'shared-id'))?.title).toBe('Title 3');
    });

    test('import is all or nothing', async () => {
      const repo = createFaqRepo(store);
      await repo.save(A, 'keep', 0, fields(1), {}, 'add', 'a');
      const bad = [
        { id: 'keep', ...fields(5) },
        { id: 'new-one', ...fields(6) },
        // NOT NULL violated by the third item: the whole import must roll back.
        { id: 'broken', title: null as unknown as string, aliases: [], body: 'x' },
      ];
      // (Compared by message: under jest, better-sqlite3's error class may come from another test
      // file's realm, so `toThrow`'s instanceof check would not recognise it.)
      const failed = await repo.importAll(A, bad, 'a').then(
        () => 'resolved',
        (e: unknown) => String((e as { message?: unknown }).message),
      );
      expect(failed).toMatch(/not.null/i);
      expect((await repo.list(A)).map((e) => [e.id, e.title])).toEqual([['keep', 'Title 1']]);
      expect(await repo.importAll(A, bad.slice(0, 2), 'a')).toBe(2);
      expect((await repo.list(A)).map((e) => [e.id, e.title, e.version])).toEqual([
        ['keep', 'Title 5', 2],
        ['new-one', 'Title 6', 1],
      ]);
    });

    test('delete checks the version; usage counts per entry; drafts are used once and only by their author', async () => {
      const repo = createFaqRepo(store);
      await repo.save(A, 'x', 0, fields(1), {}, 'add', 'a');
      expect(await repo.delete(A, 'x', 5, 'remove', 'a')).toMatchObject({ ok: false, current: { version: 1 } });
      expect(await repo.delete(A, 'x', 1, 'remove', 'a')).toMatchObject({ ok: true });
      expect(await repo.get(A, 'x')).toBeNull();
      expect((await repo.history(A, 'x'))[0]).toMatchObject({ action: 'remove', version: 2 });

      await repo.recordUse(A, 'x');
      await repo.recordUse(A, 'x');
      await repo.recordUse(A, 'y');
      expect((await repo.usage(A)).sort((p, q) => p.entryId.localeCompare(q.entryId)).map((u) => [u.entryId, u.uses])).toEqual([
        ['x', 2],
        ['y', 1],
      ]);

      await repo.saveDraft(A, 'd1', 'a', { id: 'x', title: 't' });
      expect(await repo.takeDraft(A, 'd1', 'someone-else')).toBeNull();
      expect(await repo.takeDraft(B, 'd1', 'a')).toBeNull();
      expect(await repo.takeDraft(A, 'd1', 'a')).toEqual({ id: 'x', title: 't' });
      expect(await repo.takeDraft(A, 'd1', 'a')).toBeNull();
    });

    test('the moderator role is a per-server setting', async () => {
      const repo = createFaqRepo(store);
      expect(await repo.moderatorRole(A)).toBeNull();
      await repo.setModeratorRole(A, '300000000000000003');
      await repo.setModeratorRole(A, '300000000000000004');
      expect(await repo.moderatorRole(A)).toBe('300000000000000004');
      expect(await repo.moderatorRole(B)).toBeNull();
      await repo.setModeratorRole(A, null);
      expect(await repo.moderatorRole(A)).toBeNull();
    });
  });
});
