/**
 * Running and inspecting migrations (Kysely's Migrator: one transaction per migration, a lock so
 * two processes starting together do not both migrate). A database migrated by newer code than
 * this is refused, with one line saying so.
 */
import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
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
  return new Migrator({ db: store.db, provider });
}

/** Names recorded in the database that this code does not know (empty on a fresh database). */
async function unknownApplied(store: Store): Promise<string[]> {
  const known = new Set(Object.keys(migrationsFor(store.engine)));
  const tables = await store.db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const rows = await (store.db as unknown as Kysely<{ kysely_migration: { name: string } }>)
    .selectFrom('kysely_migration')
    .select('name')
    .execute();
  return rows.map((r) => r.name).filter((n) => !known.has(n)).sort();
}

/** Applies what is missing. Returns the names applied now. Throws DatabaseNewerError / MigrationError. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const unknown = await unknownApplied(store);
  if (unknown.length) throw new DatabaseNewerError(unknown);
  const { error, results } = await migrator(store).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new MigrationError(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Every migration this code knows, with when it was applied here (null: pending). */
export async function migrationStatus(store: Store): Promise<{ migrations: MigrationStatus[]; unknown: string[] }> {
  const unknown = await unknownApplied(store);
  const infos = await migrator(store).getMigrations();
  return { migrations: infos.map((i) => ({ name: i.name, appliedAt: i.executedAt ?? null })), unknown };
}
