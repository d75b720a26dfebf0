/**
 * A brand-new database gets its schema in one transaction (src/store/fresh-schema.ts). Here, on
 * both engines: the result is the same as running the migrations one by one with Kysely's
 * migrator (tables, columns, defaults, keys, indexes, sequences, the migration history and lock
 * row); a failure leaves nothing behind; two processes starting together both end migrated once.
 */
import { Migrator, sql } from 'kysely';
import { databaseTarget, migrateToLatest, migrationStatus, MigrationError, openStore, type Store } from '../../src/store';
import { FRESH_MIGRATIONS } from '../../src/store/fresh-schema';
import { migrationsFor } from '../../src/store/migrations';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';

type Rows = Record<string, unknown>[];

/** Everything about the schema that the engine records, minus ids that differ between databases. */
async function describeSchema(store: Store): Promise<Record<string, Rows>> {
  if (store.engine === 'sqlite') {
    return {
      objects: await store.rawRows(`select type, name, tbl_name, sql from sqlite_master where name != 'sqlite_sequence' order by type, name`),
      columns: await store.rawRows(`select m.name as tbl, p.* from sqlite_master m, pragma_table_info(m.name) p where m.type = 'table' order by m.name, p.cid`),
      indexes: await store.rawRows(`select m.name as tbl, l.* from sqlite_master m, pragma_index_list(m.name) l where m.type = 'table' order by m.name, l.name`),
      journal: await store.rawRows('pragma journal_mode'),
      sync: await store.rawRows('pragma synchronous'),
    };
  }
  const inSchema = `table_schema = current_schema()`;
  return {
    tables: await store.rawRows(`select table_name, table_type from information_schema.tables where ${inSchema} order by table_name`),
    columns: await store.rawRows(
      `select table_name, column_name, ordinal_position, column_default, is_nullable, data_type, character_maximum_length from information_schema.columns where ${inSchema} order by table_name, ordinal_position`,
    ),
    // NOT NULL checks are named after object ids, which differ between any two databases.
    constraints: await store.rawRows(
      `select tc.table_name, tc.constraint_name, tc.constraint_type, string_agg(k.column_name, ',' order by k.ordinal_position) as columns from information_schema.table_constraints tc left join information_schema.key_column_usage k using (constraint_schema, constraint_name, table_name) where tc.${inSchema} and tc.constraint_type <> 'CHECK' group by 1, 2, 3 order by 1, 2`,
    ),
    indexes: await store.rawRows(`select tablename, indexname, indexdef from pg_indexes where schemaname = current_schema() order by tablename, indexname`),
    sequences: await store.rawRows(`select sequence_name, data_type, start_value, increment from information_schema.sequences where sequence_schema = current_schema() order by sequence_name`),
    owned: await store.rawRows(
      `select s.relname as seq, t.relname as tbl, a.attname as col from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S' join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid where t.relnamespace = current_schema()::regnamespace order by 1`,
    ),
  };
}

async function history(store: Store): Promise<{ names: string[]; lock: Rows }> {
  const status = await migrationStatus(store);
  expect(status.migrations.every((m) => m.appliedAt instanceof Date)).toBe(true);
  return { names: status.migrations.map((m) => m.name), lock: await store.rawRows('select id, is_locked from kysely_migration_lock') };
}

describe.each(ENGINES)('fresh schema on %s', (engine) => {
  const dbs: TestDatabase[] = [];
  const stores: Store[] = [];
  async function fresh(): Promise<Store> {
    const tdb = await createTestDatabase(engine);
    dbs.push(tdb);
    const store = openStore(databaseTarget(tdb.url));
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const d of dbs.splice(0)) await d.drop();
  });

  test('the statements cover every migration this code knows', () => {
    expect(FRESH_MIGRATIONS).toEqual(Object.keys(migrationsFor(engine)));
  });

  test('equals running the migrations one by one with the migrator', async () => {
    const stepwise = await fresh();
    const { results, error } = await new Migrator({ db: stepwise.db, provider: { getMigrations: () => Promise.resolve(migrationsFor(engine)) } }).migrateToLatest();
    expect(error).toBeUndefined();
    expect(results?.map((r) => r.migrationName)).toEqual(FRESH_MIGRATIONS);

    const oneGo = await fresh();
    expect(await migrateToLatest(oneGo)).toEqual(FRESH_MIGRATIONS);
    // It really took the one-transaction path: every history row has the same time stamp.
    const stamps = await oneGo.rawRows('select distinct timestamp from kysely_migration');
    expect(stamps).toHaveLength(1);

    const expected = await describeSchema(stepwise);
    expect(Object.values(expected).every((rows) => rows.length > 0)).toBe(true);
    expect(await describeSchema(oneGo)).toEqual(expected);
    // A new SQLite file: WAL, and every commit synced (FULL), whichever path made the schema.
    if (engine === 'sqlite') expect([expected.journal, expected.sync]).toEqual([[{ journal_mode: 'wal' }], [{ synchronous: 2 }]]);
    expect(await history(oneGo)).toEqual(await history(stepwise));
    expect(await migrateToLatest(oneGo)).toEqual([]);
  });

  test('a failure leaves nothing behind: the migrator then reports the migration that fails', async () => {
    const store = await fresh();
    // A table in the way of the last migration only.
    await store.rawScript('create table faq_versions (x integer)');
    const failing = migrateToLatest(store);
    await expect(failing).rejects.toBeInstanceOf(MigrationError);
    await expect(failing).rejects.toThrow(/0005_faq_versions/);
    // The migrator got as far as 0005 on its own, so the one-transaction attempt had left no table
    // (SQLite keeps 0001…0004, one transaction each; PostgreSQL's migrator rolls back the whole run).
    const status = await migrationStatus(store);
    expect(status.migrations.filter((m) => m.appliedAt).map((m) => m.name)).toEqual(engine === 'sqlite' ? FRESH_MIGRATIONS.slice(0, 4) : []);
  });

  test('a start reads and writes without the query builder; on PostgreSQL it is one round trip, brand-new or migrated', async () => {
    const store = await fresh();
    const rawRows = jest.spyOn(store, 'rawRows');
    const rawScript = jest.spyOn(store, 'rawScript');
    const builder = jest.spyOn(store, 'db', 'get');
    expect(await migrateToLatest(store)).toEqual(FRESH_MIGRATIONS);
    expect(await migrateToLatest(store)).toEqual([]);
    expect(builder).not.toHaveBeenCalled();
    if (engine === 'postgres') {
      expect(rawRows).not.toHaveBeenCalled();
      expect(rawScript).toHaveBeenCalledTimes(2);
    }
  });

  test('two processes starting together: the schema is created once, both end migrated', async () => {
    const first = await fresh();
    const second = openStore(databaseTarget(dbs[0]!.url));
    stores.push(second);
    const [a, b] = await Promise.all([migrateToLatest(first), migrateToLatest(second)]);
    expect([...a, ...b].sort()).toEqual(FRESH_MIGRATIONS);
    const rows = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(first.db);
    expect(Number(rows.rows[0]!.n)).toBe(FRESH_MIGRATIONS.length);
    expect(await migrateToLatest(second)).toEqual([]);
  });
});
