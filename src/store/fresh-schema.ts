/**
 * A brand-new database gets the schema in one transaction, without the query builder: the very
 * statements migrations 0001…0005 run (as Kysely compiles them, in the same order, so SQLite's
 * stored `create table` texts come out the same) plus Kysely's own migration and lock tables and
 * one history row per migration. On SQLite that is one commit (one fsync) instead of one per
 * migration; on PostgreSQL one round trip instead of some forty. test/store/fresh-schema.test.ts
 * proves the result equals running the migrations one by one, on both engines.
 *
 * A new migration goes in migrations.ts as usual: the migrator applies it after this (only the
 * names in FRESH_MIGRATIONS are recorded here). Folding it in here is optional, and the test
 * tells whether it was done right.
 */
import type { Engine } from './migrations';
import type BetterSqlite3 from 'better-sqlite3';
import type { Store } from './open';

/** The migrations the statements below amount to, in order. */
export const FRESH_MIGRATIONS = ['0001_faq', '0002_kb_gaps', '0003_kb_phrases', '0004_kb_stats', '0005_faq_versions'];

/** Same id as Kysely's PostgreSQL migration lock, so this and a migrator elsewhere exclude each other. */
const PG_MIGRATION_LOCK = '3853314791062309107';

const MIGRATOR_TABLES = [
  'create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null)',
  'create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null)',
  `insert into "kysely_migration_lock" ("id", "is_locked") select 'migration_lock', 0 where not exists (select 1 from "kysely_migration_lock" where "id" = 'migration_lock')`,
];

/** The DDL of 0001…0005 for one engine (only the key column of the append-only tables differs). */
function schemaStatements(engine: Engine): string[] {
  const seq = engine === 'postgres' ? '"seq" bigserial primary key' : '"seq" integer primary key autoincrement';
  return [
    // 0001_faq
    `create table "faq_entries" ("guild_id" text not null, "id" text not null, "title" text not null, "aliases" text default '[]' not null, "body" text not null, "hidden" integer default 0 not null, "pinned" integer default 0 not null, "version" integer default 1 not null, "created_by" text not null, "created_at" bigint not null, "updated_by" text not null, "updated_at" bigint not null, constraint "faq_entries_pk" primary key ("guild_id", "id"))`,
    `create table "faq_history" (${seq}, "guild_id" text not null, "entry_id" text not null, "version" integer not null, "action" text not null, "user_id" text not null, "at" bigint not null, "title" text not null, "aliases" text not null, "body" text not null)`,
    'create index "faq_history_entry" on "faq_history" ("guild_id", "entry_id", "seq")',
    'create table "faq_usage" ("guild_id" text not null, "entry_id" text not null, "uses" integer default 0 not null, "last_used_at" bigint not null, constraint "faq_usage_pk" primary key ("guild_id", "entry_id"))',
    'create table "faq_drafts" ("guild_id" text not null, "draft_id" text not null, "user_id" text not null, "payload" text not null, "created_at" bigint not null, constraint "faq_drafts_pk" primary key ("guild_id", "draft_id"))',
    'create table "guild_settings" ("guild_id" text primary key, "moderator_role_id" text, "updated_at" bigint not null)',
    // 0002_kb_gaps
    `create table "kb_gaps" (${seq}, "guild_id" text not null, "text" text not null, "article_id" text, "confidence" real default 0 not null, "source" text not null, "at" bigint not null)`,
    'create index "kb_gaps_guild_at" on "kb_gaps" ("guild_id", "at")',
    'create index "kb_gaps_at" on "kb_gaps" ("at")',
    'alter table "guild_settings" add column "learning" integer default 1 not null',
    // 0003_kb_phrases
    'create table "kb_phrases" ("guild_id" text not null, "phrase" text not null, "article_id" text not null, "created_by" text not null, "created_at" bigint not null, constraint "kb_phrases_pk" primary key ("guild_id", "phrase"))',
    // 0004_kb_stats
    `create table "kb_answers" (${seq}, "guild_id" text not null, "target" text not null, "source" text not null, "at" bigint not null)`,
    'create index "kb_answers_guild_at" on "kb_answers" ("guild_id", "at")',
    'create index "kb_answers_at" on "kb_answers" ("at")',
    'create table "kb_votes" ("guild_id" text not null, "message_id" text not null, "voter" text not null, "target" text not null, "helpful" integer not null, "at" bigint not null, constraint "kb_votes_pk" primary key ("guild_id", "message_id", "voter"))',
    'create index "kb_votes_guild_at" on "kb_votes" ("guild_id", "at")',
    'alter table "guild_settings" add column "gaps_retention_days" integer',
    `alter table "kb_phrases" add column "target_kind" text default 'article' not null`,
    // 0005_faq_versions
    'create table "faq_versions" ("guild_id" text primary key, "version" bigint not null)',
  ];
}

/** Everything the fresh database gets, as one script (no transaction control in it). */
export function freshScript(engine: Engine, at: Date): string[] {
  const stamp = at.toISOString();
  const history = `insert into "kysely_migration" ("name", "timestamp") values ${FRESH_MIGRATIONS.map((n) => `('${n}', '${stamp}')`).join(', ')}`;
  return [...MIGRATOR_TABLES, ...schemaStatements(engine), history];
}

/**
 * Creates the schema in an SQLite file that has no migration history yet (PostgreSQL starts
 * through startPostgres). Returns the migrations it recorded, or null when another process had
 * created the history first (nothing is changed then). Any failure leaves the file as it was
 * (one transaction).
 */
export function createFreshSqliteSchema(handle: BetterSqlite3.Database, at = new Date()): string[] | null {
  const statements = freshScript('sqlite', at);
  // IMMEDIATE: the write lock first, so a second process starting now waits, then sees the history.
  handle.exec('begin immediate');
  try {
    const taken = handle.prepare(`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`).get() as { n: number };
    if (taken.n > 0) {
      handle.exec('rollback');
      return null;
    }
    handle.exec(statements.join(';\n'));
    handle.exec('commit');
  } catch (err) {
    if (handle.inTransaction) handle.exec('rollback');
    throw err;
  }
  return [...FRESH_MIGRATIONS];
}

export interface PostgresStart {
  /** The migrations recorded by this call (the database was brand-new), else null. */
  created: string[] | null;
  /** Every migration name recorded in the database afterwards. */
  applied: string[];
}

/**
 * A PostgreSQL start in one round trip: one simple-protocol query, which PostgreSQL runs as one
 * implicit transaction (all or nothing). It takes the advisory lock Kysely's migrator takes (so a
 * migrator in another process and this exclude each other, and a second process starting now
 * waits, then finds the history), creates the whole schema when there is no migration history,
 * and reads the history. On a migrated database the block does nothing: the start is one lock,
 * one catalog look-up and one small read.
 */
export async function startPostgres(store: Store, at = new Date()): Promise<PostgresStart> {
  const body = freshScript('postgres', at)
    .map((s) => `  ${s};`)
    .join('\n');
  const results = await store.rawScript(
    [
      `select pg_advisory_xact_lock(${PG_MIGRATION_LOCK})`,
      `select to_regclass('kysely_migration') is null as fresh`,
      `do $netmedic$ begin\nif to_regclass('kysely_migration') is null then\n${body}\nend if;\nend $netmedic$`,
      'select name from kysely_migration',
    ].join(';\n'),
  );
  return { created: results[1]?.[0]?.fresh === true ? [...FRESH_MIGRATIONS] : null, applied: (results[3] ?? []).map((r) => String(r.name)) };
}
