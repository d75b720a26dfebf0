/**
 * The FAQ service's cached views (each with its search index) are never stale: after any change
 * — add, edit, alias, pin, remove (delete or hide), restore, import — made through another store
 * instance on the same database (another process, as SQLite and PostgreSQL see it) or by the
 * `netmedic faq import` CLI in a child process, the next view shows it, in lookups and in
 * autocomplete alike. And with no change, the view is reused, not rebuilt.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faqToMarkdown } from '../../src/faq/markdown';
import { createFaqService, type FaqService } from '../../src/faq/service';
import type { FaqEntry } from '../../src/knowledge/types';
import { createFaqRepo, databaseTarget, migrateToLatest, openStore, type Store } from '../../src/store';
import { runCli } from '../support/bot-process';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';

const GUILD = '1230000000000000001';
const OTHER = '1230000000000000002';
const SHIPPED: FaqEntry[] = [{ id: 'flush-dns', title: 'Flush the DNS cache', aliases: ['dns'], body: 'ipconfig /flushdns', file: 'faq/flush-dns.md' }];
const fields = (title: string, aliases: string[] = [], body = `${title} body`) => ({ title, aliases, body });

describe.each(ENGINES)('FAQ views across store instances on %s', (engine) => {
  let tdb: TestDatabase;
  let here: Store;
  let there: Store;
  let reader: FaqService;
  let writer: FaqService;
  let lists: number;

  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
    here = openStore(databaseTarget(tdb.url));
    there = openStore(databaseTarget(tdb.url));
    await migrateToLatest(here);
    const repo = createFaqRepo(here);
    lists = 0;
    const list = repo.list;
    repo.list = (guildId) => {
      lists += 1;
      return list(guildId);
    };
    // A long TTL: nothing here may rely on time passing.
    reader = createFaqService({ repo, shipped: () => SHIPPED, ttlMs: 3_600_000 });
    writer = createFaqService({ repo: createFaqRepo(there), shipped: () => SHIPPED, ttlMs: 3_600_000 });
  });
  afterEach(async () => {
    await here.close();
    await there.close();
    await tdb.drop();
  });

  const names = async (typed: string) => (await reader.view(GUILD)).search(typed).map((e) => e.id);

  test('every kind of change from the other instance shows at once; no change, no rebuild', async () => {
    expect(await names('')).toEqual(['flush-dns']);
    await reader.view(GUILD);
    await reader.view(GUILD);
    expect(lists).toBe(1);

    expect(await writer.add(GUILD, 'panel-url', fields('Our panel URL', ['panel']), 'u1')).toMatchObject({ ok: true });
    expect((await reader.view(GUILD)).faq('panel-url')?.title).toBe('Our panel URL');
    expect(await names('panel')).toEqual(['panel-url']);
    expect(lists).toBe(2);

    expect(await writer.edit(GUILD, 'panel-url', 1, fields('Panel address', ['panel']), 'u2')).toMatchObject({ ok: true });
    expect((await reader.view(GUILD)).find('panel address')?.id).toBe('panel-url');
    expect(await names('our panel')).toEqual([]);

    expect(await writer.edit(GUILD, 'panel-url', 2, fields('Panel address', ['panel', 'portal']), 'u2', 'alias')).toMatchObject({ ok: true });
    expect(await names('portal')).toEqual(['panel-url']);

    expect(await writer.pin(GUILD, 'panel-url', true, 'u2')).toMatchObject({ ok: true });
    expect(await names('')).toEqual(['panel-url', 'flush-dns']);

    // A shipped entry overridden, then hidden, then restored.
    expect(await writer.edit(GUILD, 'flush-dns', 0, fields('Flush DNS (our way)', ['dns']), 'u3')).toMatchObject({ ok: true });
    expect((await reader.view(GUILD)).faq('flush-dns')?.title).toBe('Flush DNS (our way)');
    expect(await writer.remove(GUILD, 'flush-dns', 1, 'u3')).toMatchObject({ ok: true });
    expect((await reader.view(GUILD)).faq('flush-dns')).toBeUndefined();
    expect(await names('dns')).toEqual([]);
    expect(await writer.restore(GUILD, 'flush-dns', 'u3')).toMatchObject({ ok: true });
    expect((await reader.view(GUILD)).faq('flush-dns')?.title).toBe('Flush the DNS cache');

    const v = (await reader.view(GUILD)).faq('panel-url')!.version;
    expect(await writer.remove(GUILD, 'panel-url', v, 'u4')).toMatchObject({ ok: true });
    expect((await reader.view(GUILD)).faq('panel-url')).toBeUndefined();
    expect(await names('portal')).toEqual([]);

    expect(await writer.importAll(GUILD, [{ id: 'epg', ...fields('EPG not loading', ['guide']) }], 'u5')).toBe(1);
    expect(await names('guide')).toEqual(['epg']);

    // Another server's change leaves this server's view as it was (no rebuild).
    const before = lists;
    await writer.add(OTHER, 'elsewhere', fields('Elsewhere'), 'u6');
    expect(await names('elsewhere')).toEqual([]);
    expect(lists).toBe(before);
  });

  test('a conflict answered from the reader shows the other instance’s text', async () => {
    await writer.add(GUILD, 'panel-url', fields('Our panel URL'), 'u1');
    const seen = (await reader.view(GUILD)).faq('panel-url')!;
    await writer.edit(GUILD, 'panel-url', seen.version, fields('Changed elsewhere'), 'u2');
    const res = await reader.edit(GUILD, 'panel-url', seen.version, fields('Mine'), 'u3');
    expect(res).toMatchObject({ ok: false, reason: 'conflict', current: { title: 'Changed elsewhere' } });
    expect((await reader.view(GUILD)).faq('panel-url')?.title).toBe('Changed elsewhere');
  });

  test('an import by the CLI in another process shows in the running view', async () => {
    expect(await names('panel')).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), `netmedic-faq-cache-${process.pid}-`));
    try {
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', 'panel-url.md'), faqToMarkdown({ id: 'panel-url', title: 'Our panel URL', aliases: ['panel'], body: 'Use the panel.' }));
      const cli = runCli(['faq', 'import', '--guild', GUILD, join(dir, 'in')], { DATABASE_URL: tdb.url });
      expect(await cli.exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await names('panel')).toEqual(['panel-url']);
  });
});
