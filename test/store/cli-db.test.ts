/**
 * `netmedic db migrate|status|backup` on both engines (the real CLI as a child process), start-up
 * refusing a database newer than the code, and the CLI staying light: commands that do not need
 * the database never load its modules (nor discord.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { databaseTarget, openStore } from '../../src/store';
import { ROOT, runCli } from '../support/bot-process';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';

describe.each(ENGINES)('netmedic db on %s', (engine) => {
  let tdb: TestDatabase;
  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
  });
  afterEach(() => tdb.drop());

  test('status (pending) → migrate → status (applied) → backup', async () => {
    const env = { DATABASE_URL: tdb.url };
    const pending = runCli(['db', 'status', '--json'], env);
    expect(await pending.exited).toBe(0);
    const before = JSON.parse(pending.stdout()) as { engine: string; migrations: { name: string; appliedAt: string | null }[] };
    expect(before.engine).toBe(engine);
    expect(before.migrations.length).toBeGreaterThan(0);
    expect(before.migrations.every((m) => m.appliedAt === null)).toBe(true);

    const migrate = runCli(['db', 'migrate'], env);
    expect(await migrate.exited).toBe(0);
    expect(migrate.stdout()).toMatch(/applied 0001_faq/);
    const again = runCli(['db', 'migrate'], env);
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toMatch(/already up to date/);

    const status = runCli(['db', 'status'], env);
    expect(await status.exited).toBe(0);
    expect(status.stdout()).toMatch(/0001_faq {2}applied \d{4}-/);
    expect(status.stdout() + status.stderr()).not.toMatch(/password/i);

    const dir = mkdtempSync(join(tmpdir(), `netmedic-backup-${process.pid}-`));
    const file = join(dir, `backup-${engine}.bak`);
    const backup = runCli(['db', 'backup', file], env);
    expect(await backup.exited).toBe(0);
    expect(existsSync(file)).toBe(true);
    const head = readFileSync(file).subarray(0, 16).toString('latin1');
    expect(head).toMatch(engine === 'sqlite' ? /^SQLite format 3/ : /^PGDMP/);
    if (engine === 'sqlite') {
      const copy = openStore(databaseTarget(`sqlite:${file}`));
      const tables = (await copy.db.introspection.getTables()).map((t) => t.name);
      await copy.close();
      expect(tables).toEqual(expect.arrayContaining(['faq_entries', 'faq_history']));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('two processes migrating a brand-new database at once: both succeed, the schema is created once', async () => {
    const env = { DATABASE_URL: tdb.url };
    const both = [runCli(['db', 'migrate'], env), runCli(['db', 'migrate'], env)];
    expect(await Promise.all(both.map((p) => p.exited))).toEqual([0, 0]);
    // One of them applied every migration, the other found them applied (it waited for the lock).
    const outs = both.map((p) => p.stdout().trim()).sort();
    expect(outs[0]).toMatch(/: already up to date$/);
    expect(outs[1]).toMatch(/: applied 0001_faq, 0002_kb_gaps, .*0005_faq_versions$/);
    const store = openStore(databaseTarget(tdb.url));
    try {
      const names = (await store.rawRows('select name from kysely_migration order by name')).map((r) => r.name);
      expect(names).toEqual(outs[1]!.replace(/^.*: applied /, '').split(', '));
      expect((await store.db.introspection.getTables()).map((t) => t.name)).toEqual(expect.arrayContaining(['faq_entries', 'kb_votes', 'faq_versions']));
    } finally {
      await store.close();
    }
  });

  test('a database newer than the code: migrate fails and the bot refuses to start, with one clear line', async () => {
    const store = openStore(databaseTarget(tdb.url));
    const { migrateToLatest } = await import('../../src/store/index.js');
    await migrateToLatest(store);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`.execute(store.db);
    await store.close();

    const migrate = runCli(['db', 'migrate'], { DATABASE_URL: tdb.url });
    expect(await migrate.exited).toBe(1);
    expect(migrate.stderr()).toMatch(/newer netmedic/);

    const start = runCli(['console'], { DATABASE_URL: tdb.url }, '/help\n');
    expect(await start.exited).toBe(2);
    const lines = start.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^netmedic: cannot start: .*newer netmedic .*9999_future/);
  });
});

test('bad usage of db is exit 2; DATABASE_URL is never echoed', async () => {
  const bad = runCli(['db', 'frobnicate'], {});
  expect(await bad.exited).toBe(2);
  const secret = runCli(['db', 'status'], { DATABASE_URL: 'mysql://user:s3cret@host/db' });
  expect(await secret.exited).toBe(2);
  expect(secret.stderr()).toMatch(/DATABASE_URL/);
  expect(secret.stderr()).not.toMatch(/s3cret/);
});

test('explain, check and faq listing load neither the database drivers nor discord.js', () => {
  const script = `
    const { main } = require('./dist/src/cli/main.js');
    const { Writable } = require('node:stream');
    const sink = new Writable({ write(_c, _e, cb) { cb(); } });
    const io = { stdout: sink, stderr: sink, stdin: process.stdin, env: {} };
    (async () => {
      await main(['explain', 'connect ECONNREFUSED 127.0.0.1:8080'], io);
      await main(['faq'], io);
      const loaded = Object.keys(require.cache).filter((k) => /node_modules\\/(discord\\.js|kysely|better-sqlite3|pg)\\//.test(k));
      process.stdout.write(JSON.stringify(loaded));
    })();`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual([]);
});
