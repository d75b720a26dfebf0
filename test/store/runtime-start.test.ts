/**
 * The runtime opens the database beside the knowledge base (src/runtime.ts: the database server's
 * share of the start runs while the knowledge files are read). On both engines: a brand-new
 * database ends migrated; an invalid knowledge base is still the problem reported, and the
 * database opened beside it is closed again; a database that cannot be opened is reported as
 * such; and a database that fails while the knowledge base is still loading is no unhandled
 * rejection.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { KnowledgeLoadError } from '../../src/app';
import * as load from '../../src/knowledge/load';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createRuntime, DatabaseStartError } from '../../src/runtime';
import { databaseTarget, migrationStatus, openStore } from '../../src/store';
import { PG_ADMIN_URL, createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';
import { Client } from 'pg';

const log = createLogger({ level: 'silent', destination: new PassThrough() });
const MISSING_KB = '/nonexistent/netmedic-knowledge';

/** Sessions connected to a PostgreSQL database, from the server's side. */
async function connectionsTo(url: string): Promise<number> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    const r = await admin.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [new URL(url).pathname.slice(1)]);
    return r.rows[0]!.n;
  } finally {
    await admin.end();
  }
}

/** DROP DATABASE without FORCE: fails while any session is connected to it. */
async function dropWithoutForce(url: string): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database ${new URL(url).pathname.slice(1)}`);
  } finally {
    await admin.end();
  }
}

describe.each(ENGINES)('runtime start on %s', (engine) => {
  let tdb: TestDatabase;
  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await tdb.drop();
  });

  test('a brand-new database: the runtime starts and the schema is there', async () => {
    const runtime = await createRuntime(loadConfig({ DATABASE_URL: tdb.url }), log);
    try {
      expect(runtime.services.faqs).toBeDefined();
      expect(await runtime.services.faqs!.view('1')).toBeDefined();
    } finally {
      await runtime.close();
    }
    const store = openStore(databaseTarget(tdb.url));
    try {
      const status = await migrationStatus(store);
      expect(status.migrations.length).toBeGreaterThan(0);
      expect(status.migrations.every((m) => m.appliedAt !== null)).toBe(true);
    } finally {
      await store.close();
    }
  });

  test('the knowledge base is parsed once the database has its start', async () => {
    const real = load.loadKnowledgeBase;
    const events: string[] = [];
    let schemaAtParse = false;
    const spy = jest.spyOn(load, 'loadKnowledgeBase').mockImplementation(async (dir, options) => {
      await options?.parseAfter;
      events.push('parse');
      if (engine === 'sqlite') {
        // SQLite migrates on this thread, before the start is marked sent: the schema is committed.
        const other = openStore(databaseTarget(tdb.url));
        schemaAtParse = (await other.rawRows(`select name from sqlite_master where name = 'kysely_migration'`)).length === 1;
        await other.close();
      }
      return real(dir, options);
    });
    // PostgreSQL: the start script is handed to a connection that is ready for it (so it is
    // written at once), before the parse.
    const realQuery = Client.prototype.query;
    const query = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client & { readyForQuery: boolean }, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : '';
      if (text.includes('pg_advisory_xact_lock')) events.push(this.readyForQuery ? 'script sent' : 'script queued');
      return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query);
    try {
      const runtime = await createRuntime(loadConfig({ DATABASE_URL: tdb.url }), log);
      await runtime.close();
    } finally {
      spy.mockRestore();
      query.mockRestore();
    }
    expect(events).toEqual(engine === 'postgres' ? ['script sent', 'parse'] : ['parse']);
    expect(schemaAtParse).toBe(engine === 'sqlite');
  });

  test('an invalid knowledge base is the problem reported; the database opened beside it is closed', async () => {
    await expect(createRuntime(loadConfig({ DATABASE_URL: tdb.url, KNOWLEDGE_DIR: MISSING_KB }), log)).rejects.toBeInstanceOf(KnowledgeLoadError);
    if (engine === 'postgres') {
      // The pool was ended: a plain DROP DATABASE (no FORCE) succeeds. It waits up to 5 s for
      // backends to leave; a pool left open would hold its connection for its 10 s idle time.
      await expect(dropWithoutForce(tdb.url)).resolves.toBeUndefined();
    } else {
      // The last connection to a WAL database removes the -wal file when it closes.
      const path = (databaseTarget(tdb.url) as { path: string }).path;
      expect(existsSync(path)).toBe(true);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });
});

test('store.connect() opens the first connection and keeps it for the next query (PostgreSQL)', async () => {
  const tdb = await createTestDatabase('postgres');
  const store = openStore(databaseTarget(tdb.url));
  try {
    expect(await connectionsTo(tdb.url)).toBe(0);
    await store.connect();
    expect(await connectionsTo(tdb.url)).toBe(1);
    await store.rawRows('select 1');
    expect(await connectionsTo(tdb.url)).toBe(1);
  } finally {
    await store.close();
    await tdb.drop();
  }
});

test('loadKnowledgeBase with parseAfter: the result waits for it; a rejected one does not stop the load', async () => {
  let release = () => undefined as void;
  const gate = new Promise<void>((r) => (release = r));
  let settled = false;
  const loading = load.loadKnowledgeBase(undefined, { parseAfter: gate }).then((r) => ((settled = true), r));
  await new Promise((r) => setTimeout(r, 100));
  expect(settled).toBe(false);
  release();
  expect('kb' in (await loading)).toBe(true);
  const down = Promise.reject(new Error('database down'));
  down.catch(() => undefined);
  expect('kb' in (await load.loadKnowledgeBase(undefined, { parseAfter: down }))).toBe(true);
});

describe('runtime start, a database that cannot be opened', () => {
  test('refused PostgreSQL: one DatabaseStartError naming the server', async () => {
    const start = createRuntime(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }), log);
    await expect(start).rejects.toBeInstanceOf(DatabaseStartError);
    await expect(start).rejects.toThrow(/^PostgreSQL 127\.0\.0\.1:1\/none: /);
  });

  test('a database failing while the knowledge base loads is no unhandled rejection; the knowledge problem is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmedic-start-'));
    const notADirectory = join(dir, 'a-file');
    writeFileSync(notADirectory, '');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // The SQLite directory cannot be made (a file is in the way): the data layer fails at once, long before the
      // knowledge base (here: unreadable) has been looked at.
      const start = createRuntime(loadConfig({ DATABASE_URL: `sqlite:${notADirectory}/db.sqlite`, KNOWLEDGE_DIR: MISSING_KB }), log);
      await expect(start).rejects.toBeInstanceOf(KnowledgeLoadError);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
      // With a readable knowledge base, that same database is the problem reported, in one line.
      const alone = createRuntime(loadConfig({ DATABASE_URL: `sqlite:${notADirectory}/db.sqlite` }), log);
      await expect(alone).rejects.toBeInstanceOf(DatabaseStartError);
      await expect(alone).rejects.toThrow(/^SQLite .*a-file\/db\.sqlite: /);
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
