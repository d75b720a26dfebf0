/**
 * Versioned migrations, in order. Names sort lexically (`0001_…`), never change once released,
 * and each runs in its own transaction (Kysely's Migrator). Written with the schema builder so
 * one definition serves SQLite and PostgreSQL.
 */
import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was when they were written, not today's schema.
type AnyDb = Kysely<unknown>;

export type Engine = 'sqlite' | 'postgres';

const m0001 = (engine: Engine): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('faq_entries')
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('faq_entries_pk', ['guild_id', 'id'])
      .execute();
    await db.schema
      .createTable('faq_history')
      .addColumn('seq', engine === 'postgres' ? 'bigserial' : 'integer', (c) => (engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('entry_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('faq_history_entry').on('faq_history').columns(['guild_id', 'entry_id', 'seq']).execute();
    await db.schema
      .createTable('faq_usage')
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('entry_id', 'text', (c) => c.notNull())
      .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_used_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('faq_usage_pk', ['guild_id', 'entry_id'])
      .execute();
    await db.schema
      .createTable('faq_drafts')
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('draft_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('faq_drafts_pk', ['guild_id', 'draft_id'])
      .execute();
    await db.schema
      .createTable('guild_settings')
      .addColumn('guild_id', 'text', (c) => c.primaryKey())
      .addColumn('moderator_role_id', 'text')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
  async down(db: AnyDb) {
    for (const table of ['guild_settings', 'faq_drafts', 'faq_usage', 'faq_history', 'faq_entries']) await db.schema.dropTable(table).execute();
  },
});

/** The learning loop: unanswered pastes (normalised, no author) and the per-server switch. */
const m0002 = (engine: Engine): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('kb_gaps')
      .addColumn('seq', engine === 'postgres' ? 'bigserial' : 'integer', (c) => (engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text')
      .addColumn('confidence', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('kb_gaps_guild_at').on('kb_gaps').columns(['guild_id', 'at']).execute();
    await db.schema.createIndex('kb_gaps_at').on('kb_gaps').column('at').execute();
    await db.schema.alterTable('guild_settings').addColumn('learning', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('kb_gaps').execute();
    await db.schema.alterTable('guild_settings').dropColumn('learning').execute();
  },
});

/** Phrases a server taught ("Teach netmedic"): normalised error text → an article. */
const m0003: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('kb_phrases')
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('phrase', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('kb_phrases_pk', ['guild_id', 'phrase'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('kb_phrases').execute();
  },
};

/**
 * Issue 10 items 2–3: what explain replies answered (for the answer rate and top articles),
 * Helpful / Not helpful votes (one per voter per reply: `voter` is a hash, not a user id), a
 * per-server retention, and FAQ entries as Teach targets.
 */
const m0004 = (engine: Engine): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('kb_answers')
      .addColumn('seq', engine === 'postgres' ? 'bigserial' : 'integer', (c) => (engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('kb_answers_guild_at').on('kb_answers').columns(['guild_id', 'at']).execute();
    await db.schema.createIndex('kb_answers_at').on('kb_answers').column('at').execute();
    await db.schema
      .createTable('kb_votes')
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('voter', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('helpful', 'integer', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('kb_votes_pk', ['guild_id', 'message_id', 'voter'])
      .execute();
    await db.schema.createIndex('kb_votes_guild_at').on('kb_votes').columns(['guild_id', 'at']).execute();
    await db.schema.alterTable('guild_settings').addColumn('gaps_retention_days', 'integer').execute();
    await db.schema.alterTable('kb_phrases').addColumn('target_kind', 'text', (c) => c.notNull().defaultTo('article')).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('kb_votes').execute();
    await db.schema.dropTable('kb_answers').execute();
    await db.schema.alterTable('guild_settings').dropColumn('gaps_retention_days').execute();
    await db.schema.alterTable('kb_phrases').dropColumn('target_kind').execute();
  },
});

/**
 * Issue 10 (performance): one counter per server, raised by every change of its FAQ in the same
 * transaction, so a process can tell with one primary-key read whether its cached view of the
 * server's FAQ is still current, whichever process made the change.
 */
const m0005: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('faq_versions')
      .addColumn('guild_id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('faq_versions').execute();
  },
};

/** Every migration this code knows, by name, for one engine. */
export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001_faq': m0001(engine),
    '0002_kb_gaps': m0002(engine),
    '0003_kb_phrases': m0003,
    '0004_kb_stats': m0004(engine),
    '0005_faq_versions': m0005,
  };
}
