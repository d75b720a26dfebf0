/**
 * The learning loop's appends are written once they pause: a burst's rows are committed after
 * the burst, in one batch, and a steady stream is still committed by the longest wait. SQLite,
 * jest's fake timers (the batch timer and the clock it reads); the database work itself is real.
 */
import { createStatsRepo } from '../../src/store/stats-repo';
import { databaseTarget, migrateToLatest, openStore, type Store } from '../../src/store';
import { DEFAULT_MAX_WAIT_MS, DEFAULT_WINDOW_MS } from '../../src/store/write-behind';
import { createTestDatabase, type TestDatabase } from '../support/databases';

const GUILD = '110000000000000001';

describe('write-behind batches', () => {
  let tdb: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    tdb = await createTestDatabase('sqlite');
    store = openStore(databaseTarget(tdb.url));
    await migrateToLatest(store);
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });
  afterEach(async () => {
    jest.useRealTimers();
    await store.close();
    await tdb.drop();
  });

  /** Lets the promise chains of a batch being written run (no timer is involved in them). */
  const settle = async () => {
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  };
  const count = async () => Number((await store.db.selectFrom('kb_answers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('rows that keep coming wait until they pause, then go in one batch', async () => {
    const repo = createStatsRepo(store);
    const committed: number[] = [];
    const gap = Math.floor(DEFAULT_WINDOW_MS * 0.6);
    for (let i = 0; i < 10; i++) {
      void repo.recordAnswer(GUILD, 'connection-refused', 'explain').then(() => committed.push(i));
      jest.advanceTimersByTime(gap);
      await settle();
    }
    // Ten rows over more than five windows, never a window without one: nothing written yet.
    expect(committed).toEqual([]);
    jest.advanceTimersByTime(DEFAULT_WINDOW_MS);
    await settle();
    expect(committed).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await count()).toBe(10);
  });

  it('a stream that never pauses is still written by the longest wait', async () => {
    const repo = createStatsRepo(store);
    let first = false;
    void repo.recordAnswer(GUILD, 'connection-refused', 'explain').then(() => (first = true));
    const gap = Math.floor(DEFAULT_WINDOW_MS / 2);
    for (let t = 0; t < DEFAULT_MAX_WAIT_MS + 2 * gap; t += gap) {
      jest.advanceTimersByTime(gap);
      void repo.recordAnswer(GUILD, 'dns-failure', 'explain');
      await settle();
    }
    expect(first).toBe(true);
  });
});
