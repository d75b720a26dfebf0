/**
 * Nothing lost, nothing half-written: the real bot as a child process, a burst of 200 edits
 * through modal submits (10 entries edited in parallel, 20 versions each), and `kill -9` in the
 * middle. Afterwards every acknowledged edit is in the database (the entry is at that version or
 * later), and every entry is whole: its title, body and version agree with each other and with
 * the history row of that version. On both engines.
 */
import { createFaqRepo, databaseTarget, migrateToLatest, openStore } from '../../src/store';
import { runCli } from '../support/bot-process';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';
import { DEFAULT_MEMBER_PERMISSIONS, Permission, startFakeDiscord, type FakeDiscord } from '../support/discord';

jest.setTimeout(120_000);

const GUILD = '1230000000000000001';
const CHANNEL = '1330000000000000001';
const MOD = { id: '1430000000000000003', username: 'moderator' };
const ENTRIES = 10;
const EDITS_PER_ENTRY = 20;
const KILL_AFTER_ACKS = 90;

const fieldsFor = (entry: number, version: number) => ({ title: `Entry ${entry} at v${version}`, aliases: `alias${version}`, body: `Body of entry ${entry}, version ${version}. `.repeat(20) });

describe.each(ENGINES)('kill -9 during a burst of edits on %s', (engine) => {
  let tdb: TestDatabase;
  let fake: FakeDiscord;
  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, channelIds: [CHANNEL] }], ackDeadlineMs: 0 });
  });
  afterEach(async () => {
    await fake.close();
    await tdb.drop();
  });

  test('loses no acknowledged edit and leaves no partial entry', async () => {
    // The entries exist at version 1 before the bot starts.
    const setup = openStore(databaseTarget(tdb.url));
    await migrateToLatest(setup);
    const repo = createFaqRepo(setup);
    for (let e = 0; e < ENTRIES; e++) {
      const f = fieldsFor(e, 1);
      await repo.save(GUILD, `burst-${e}`, 0, { title: f.title, aliases: [f.aliases], body: f.body.trim() }, {}, 'add', MOD.id);
    }

    const bot = runCli(['start'], { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'warn', DATABASE_URL: tdb.url });
    const acked = new Map<number, number>(); // entry → highest acknowledged version
    let acks = 0;
    let killed = false;

    const chain = async (e: number) => {
      for (let v = 1; v <= EDITS_PER_ENTRY && !killed; v++) {
        const f = fieldsFor(e, v + 1);
        const h = fake.sendModalSubmit(`faqs:edit:burst-${e}:${v}`, f, { user: MOD, memberPermissions: DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages, guildId: GUILD, channelId: CHANNEL });
        // After the kill, an edit in flight never gets its answer: it was not acknowledged.
        const cb = await Promise.race([
          h.waitForCallback(30_000).catch(() => null),
          bot.exited.then(() => new Promise<null>((r) => setTimeout(() => r(null), 300))),
        ]);
        if (!cb) {
          if (!killed) throw new Error(`no answer to edit ${e}@${v}:\n${bot.stderr()}`);
          return;
        }
        const text = String(cb.data.content ?? '');
        if (!text.startsWith('Saved')) throw new Error(`edit ${e}@${v} not saved: ${text}`);
        expect(text).toContain(`version ${v + 1}`);
        acked.set(e, v + 1);
        acks++;
        if (acks >= KILL_AFTER_ACKS && !killed) {
          killed = true;
          bot.child.kill('SIGKILL');
        }
      }
    };
    // The bot connects (after migrating) before the burst.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (fake.gatewayConnections.length > 0 && fake.identifyCount > 0) {
          clearInterval(poll);
          setTimeout(resolve, 300);
        } else if (Date.now() - started > 20_000) {
          clearInterval(poll);
          reject(new Error(`bot did not connect:\n${bot.stderr()}`));
        }
      }, 50);
    });
    await Promise.all(Array.from({ length: ENTRIES }, (_v, e) => chain(e)));
    expect(await bot.exited).toBe(137);
    expect(killed).toBe(true);
    expect(acks).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acks).toBeLessThan(ENTRIES * EDITS_PER_ENTRY);

    // Reopen (SQLite: the WAL is recovered on open) and check every entry.
    await setup.close();
    const after = openStore(databaseTarget(tdb.url));
    try {
      const check = createFaqRepo(after);
      const rows = await check.list(GUILD);
      expect(rows).toHaveLength(ENTRIES);
      for (const row of rows) {
        const e = Number(row.id.split('-')[1]);
        const want = fieldsFor(e, row.version);
        // Whole: every field is from the same version.
        expect(row.title).toBe(want.title);
        expect(row.aliases).toEqual([want.aliases]);
        expect(row.body).toBe(want.body.trim());
        // Nothing acknowledged is lost.
        expect(row.version).toBeGreaterThanOrEqual(acked.get(e) ?? 1);
        // The history has exactly one row per version, the last matching the entry.
        const history = await check.history(GUILD, row.id, 100);
        expect(history.map((h) => h.version)).toEqual(Array.from({ length: row.version }, (_v, i) => row.version - i));
        expect(history[0]!.body).toBe(row.body);
      }
    } finally {
      await after.close();
    }
  });
});
