/**
 * Running and inspecting migrations. A brand-new database gets the whole schema in one
 * transaction (fresh-schema.ts); anything else pending goes through Kysely's Migrator (on
 * PostgreSQL every pending migration in one transaction under an advisory lock, so two processes
 * starting together do not both migrate; on SQLite one migration after another). A database
 * migrated by newer code than this is refused, with one line saying so.
 */
import type { MigrationProvider, Migrator } from 'kysely';
import { createFreshSqliteSchema, startPostgres } from './fresh-schema';
import { kysely } from './lazy-kysely';
import { migrationsFor } from './migrations';
import type { Store } from './open';

export class DatabaseNewerError extends Error {
  readonly code = 'NETMEDIC_DATABASE_NEWER';
  constructor(readonly unknown: string[]) {
    super(`the database was migrated by a newer netmedic (it has migration ${unknown.join(', ')}, which this version does not know); upgrade netmedic or use another database`);
    this.name = 'DatabaseNewerError';
  }
}

export class MigrationError extends Error {
  readonly code = 'NETMEDIC_MIGRATION_FAILED';
}

export interface MigrationStatus {
  name: string;
  appliedAt: Date | null;
}

function migrator(store: Store): Migrator {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrationsFor(store.engine)) };
  return new (kysely().Migrator)({ db: store.db, provider });
}

/**
 * The migration names recorded in the database (empty on a fresh database). Plain queries through
 * the driver: an up-to-date start never loads the query builder.
 */
async function appliedNames(store: Store): Promise<string[]> {
  const exists =
    store.engine === 'sqlite'
      ? await store.rawRows(`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`)
      : await store.rawRows(`select count(*)::int as n from pg_tables where schemaname = current_schema() and tablename = 'kysely_migration'`);
  if (Number(exists[0]?.n ?? 0) === 0) return [];
  const rows = await store.rawRows('select name from kysely_migration');
  return rows.map((r) => String(r.name));
}

/** Names recorded in the database that this code does not know. */
async function unknownApplied(store: Store, applied?: string[]): Promise<string[]> {
  const known = new Set(Object.keys(migrationsFor(store.engine)));
  return (applied ?? (await appliedNames(store))).filter((n) => !known.has(n)).sort();
}

/** Applies what is missing. Returns the names applied now. Throws DatabaseNewerError / MigrationError. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const known = Object.keys(migrationsFor(store.engine));
  let applied: string[];
  // Created now, in one transaction, on a brand-new database (fresh-schema.ts).
  let fresh: string[] = [];
  if (store.engine === 'postgres') {
    // Every PostgreSQL start is one round trip: lock, schema if brand-new, history. On failure
    // nothing was changed (one transaction): the usual path below then runs, and the migrator
    // reports the migration that fails.
    const start = await startPostgres(store).catch(() => null);
    fresh = start?.created ?? [];
    applied = start ? start.applied : await appliedNames(store);
  } else {
    applied = await appliedNames(store);
  }
  const unknown = await unknownApplied(store, applied);
  if (unknown.length) throw new DatabaseNewerError(unknown);
  // Up to date (the usual start): no migrator round.
  if (known.every((n) => applied.includes(n))) return fresh;
  // A brand-new SQLite file: the schema in one transaction, without the query builder.
  if (applied.length === 0 && store.sqlite) {
    // On failure nothing was changed: the migrator then runs, and reports the migration that fails.
    fresh = freshOrNothing(store.sqlite);
    const now = fresh.length ? fresh : await appliedNames(store);
    if (known.every((n) => now.includes(n))) return fresh;
  }
  const { error, results } = await migrator(store).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new MigrationError(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return [...fresh, ...(results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)];
}

/** Every migration this code knows, with when it was applied here (null: pending). */
export async function migrationStatus(store: Store): Promise<{ migrations: MigrationStatus[]; unknown: string[] }> {
  const unknown = await unknownApplied(store);
  const infos = await migrator(store).getMigrations();
  return { migrations: infos.map((i) => ({ name: i.name, appliedAt: i.executedAt ?? null })), unknown };
}

/** A brand-new SQLite file's schema in one transaction; nothing (and no error) when that fails. */
function freshOrNothing(handle: NonNullable<Store['sqlite']>): string[] {
  try {
    return createFreshSqliteSchema(handle) ?? [];
  } catch {
    return [];
  }
}
