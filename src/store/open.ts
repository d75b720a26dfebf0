/**
 * Opens the database: an SQLite file (default `./data/netmedic.sqlite`, WAL) through
 * better-sqlite3, or PostgreSQL through pg when DATABASE_URL is `postgres://…`. Both behind one
 * Kysely instance, so every query is written once. The drivers load lazily: only the engine in
 * use is required, and only by commands that touch the database.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type * as Pg from 'pg';
import type { Engine } from './migrations';
import type { DatabaseSchema } from './schema';

export const DEFAULT_SQLITE_PATH = './data/netmedic.sqlite';

export type DatabaseTarget = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

export class DatabaseUrlError extends Error {
  readonly code = 'NETMEDIC_BAD_DATABASE_URL';
}

/**
 * Where the data lives: unset → the default SQLite file; `sqlite:PATH` (or `file:PATH`) → that
 * SQLite file; `postgres://…` / `postgresql://…` → PostgreSQL.
 */
export function databaseTarget(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  if (!url) return { engine: 'sqlite', path: resolve(cwd, DEFAULT_SQLITE_PATH) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: 'postgres', url };
  const m = /^(?:sqlite|file):(?:\/\/)?(.+)$/i.exec(url);
  if (m) return { engine: 'sqlite', path: resolve(cwd, m[1]!) };
  throw new DatabaseUrlError('DATABASE_URL must be postgres://… or sqlite:PATH');
}

/** Where the database is, for messages: never the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === 'sqlite') return `SQLite ${target.path}`;
  try {
    const u = new URL(target.url);
    return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

export interface Store {
  db: Kysely<DatabaseSchema>;
  engine: Engine;
  target: DatabaseTarget;
  /** The SQLite handle (backups use its online backup API); null on PostgreSQL. */
  sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

export function openStore(target: DatabaseTarget, options: OpenOptions = {}): Store {
  if (target.engine === 'sqlite') {
    mkdirSync(dirname(target.path), { recursive: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Sqlite = require('better-sqlite3') as typeof BetterSqlite3;
    const handle = new Sqlite(target.path);
    handle.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before it is acknowledged (a killed process or a power cut keeps it).
    handle.pragma('synchronous = FULL');
    handle.pragma('busy_timeout = 5000');
    handle.pragma('foreign_keys = ON');
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: handle }) });
    return { db, engine: 'sqlite', target, sqlite: handle, close: () => db.destroy() };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as typeof Pg;
  // int8 (bigint) columns hold epoch milliseconds: well inside Number's exact range.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', target, sqlite: null, close: () => db.destroy() };
}
