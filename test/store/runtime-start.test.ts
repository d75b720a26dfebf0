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
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createRuntime, DatabaseStartError } from '../../src/runtime';
import { databaseTarget, migrationStatus, openStore } from '../../src/store';
import { PG_ADMIN_URL, createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';
import { Client } from 'pg';

const log = createLogger({ level: 'silent', destination: new PassThrough() });
const MISSING_KB = '/nonexistent/netmedic-knowledge';

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
