/**
 * Opens the database: an SQLite file (default `./data/netmedic.sqlite`, WAL) through
 * better-sqlite3, or PostgreSQL through pg when DATABASE_URL is `postgres://…`. Both behind one
 * Kysely instance, so every query is written once. The drivers load lazily: only the engine in
 * use is required, and only by commands that touch the database; Kysely itself loads at the
 * first query (or when warm() asks), not at start-up.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type * as Pg from 'pg';
import type { Engine } from './migrations';
import type { DatabaseSchema } from './schema';
import { kysely } from './lazy-kysely';
import { createWriteBehind, type WriteBehind } from './write-behind';

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
  /** The query builder (loaded on first use: see lazy-kysely.ts). */
  readonly db: Kysely<DatabaseSchema>;
  engine: Engine;
  target: DatabaseTarget;
  /** The SQLite handle (backups use its online backup API); null on PostgreSQL. */
  sqlite: BetterSqlite3.Database | null;
  /** Rows of one plain query through the driver, without the query builder (start-up checks). */
  rawRows(text: string): Promise<Record<string, unknown>[]>;
  /**
   * Several `;`-separated statements sent as one script (one round trip on PostgreSQL, where
   * they run as one implicit transaction); the rows of each statement, in order (SQLite: none).
   */
  rawScript(text: string): Promise<Record<string, unknown>[][]>;
  /**
   * A one-row read prepared once and kept (`?` placeholders), for reads made on every
   * interaction: no query building, no re-parsing. On SQLite it reads through the same connection
   * outside the query builder's queue, so inside another query's open transaction it sees that
   * transaction's writes: use it only where an early look is harmless (a change counter).
   */
  preparedGet(text: string): (...params: unknown[]) => Promise<Record<string, unknown> | undefined>;
  /**
   * Opens the first connection now (PostgreSQL: one pooled client, authenticated and kept idle
   * for the next query; SQLite: already open). Rejects as a query would.
   */
  connect(): Promise<void>;
  /** Appends written in batches (the learning loop's rows). */
  appends: WriteBehind;
  /** Loads the query builder soon, in the background (after start-up, before the first query needs it). */
  warm(): void;
  /** Writes pending appends, then closes the connection(s). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

interface Driver {
  engine: Engine;
  sqlite: BetterSqlite3.Database | null;
  dialect(): Kysely<DatabaseSchema>;
  rawRows(text: string): Promise<Record<string, unknown>[]>;
  rawScript(text: string): Promise<Record<string, unknown>[][]>;
  preparedGet(text: string): (...params: unknown[]) => Promise<Record<string, unknown> | undefined>;
  connect(): Promise<void>;
  /** Closes the connection(s) when the query builder was never made (it closes them otherwise). */
  end(): Promise<void>;
}

/** The part of a better-sqlite3 handle enableWal uses. */
interface PragmaHandle {
  pragma(source: string): unknown;
}

/**
 * `PRAGMA journal_mode = WAL`, tried again while another process is switching the same new file:
 * SQLite then answers SQLITE_BUSY at once, without waiting in its busy handler (seen with two
 * `netmedic db migrate` started together on a loaded machine). Gives up after `timeoutMs`, as the
 * busy timeout would.
 */
export function enableWal(handle: PragmaHandle, timeoutMs = 5000, sleep: (ms: number) => void = sleepSync): void {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      handle.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw err;
      sleep(pause);
    }
  }
}

/** Opening a store is synchronous (better-sqlite3): a short pause without an event-loop turn. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function sqliteDriver(path: string): Driver {
  mkdirSync(dirname(path), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require('better-sqlite3') as typeof BetterSqlite3;
  const created = !existsSync(path);
  const handle = new Sqlite(path);
  // Switching a new, empty file to WAL is a small write transaction of its own (four fsyncs with
  // synchronous=FULL); nothing in it needs to survive a crash (every open sets WAL again), so a
  // new file makes that switch unsynced. Every commit after it is FULL.
  if (created) handle.pragma('synchronous = OFF');
  enableWal(handle);
  // FULL: a commit is on disk before it is acknowledged (a killed process or a power cut keeps it).
  handle.pragma('synchronous = FULL');
  handle.pragma('busy_timeout = 5000');
  handle.pragma('foreign_keys = ON');
  return {
    engine: 'sqlite',
    sqlite: handle,
    dialect: () => {
      const { Kysely, SqliteDialect } = kysely();
      return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: handle }) });
    },
    rawRows: (text) => Promise.resolve(handle.prepare(text).all() as Record<string, unknown>[]),
    rawScript(text) {
      try {
        handle.exec(text);
        return Promise.resolve([]);
      } catch (err) {
        return Promise.reject(err as Error);
      }
    },
    preparedGet(text) {
      let statement: BetterSqlite3.Statement | undefined;
      return (...params) => {
        try {
          statement ??= handle.prepare(text);
          return Promise.resolve(statement.get(...params) as Record<string, unknown> | undefined);
        } catch (err) {
          return Promise.reject(err as Error);
        }
      };
    },
    connect: () => Promise.resolve(),
    end: () => Promise.resolve(void handle.close()),
  };
}

function postgresDriver(url: string, poolSize: number): Driver {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as typeof Pg;
  // int8 (bigint) columns hold epoch milliseconds: well inside Number's exact range.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Names of the statements preparedGet made: one per text.
  const statementNames = new Map<string, string>();
  return {
    engine: 'postgres',
    sqlite: null,
    dialect: () => {
      const { Kysely, PostgresDialect } = kysely();
      return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
    },
    rawRows: async (text) => (await pool.query<Record<string, unknown>>(text)).rows,
    async rawScript(text) {
      // A text with several statements comes back as one result per statement.
      const results = (await pool.query(text)) as unknown as Pg.QueryResult<Record<string, unknown>> | Pg.QueryResult<Record<string, unknown>>[];
      return (Array.isArray(results) ? results : [results]).map((r) => r.rows);
    },
    preparedGet(text) {
      let n = 0;
      const numbered = text.replace(/\?/g, () => `$${++n}`);
      // A named statement is parsed and planned once per connection, then only bound.
      let name = statementNames.get(numbered);
      if (!name) statementNames.set(numbered, (name = `netmedic_${statementNames.size + 1}`));
      return async (...params) => (await pool.query<Record<string, unknown>>({ name, text: numbered, values: params })).rows[0];
    },
    async connect() {
      (await pool.connect()).release();
    },
    end: () => pool.end(),
  };
}

export function openStore(target: DatabaseTarget, options: OpenOptions = {}): Store {
  const driver = target.engine === 'sqlite' ? sqliteDriver(target.path) : postgresDriver(target.url, options.poolSize ?? 10);
  let db: Kysely<DatabaseSchema> | undefined;
  let warmTimer: NodeJS.Timeout | undefined;
  let closing: Promise<void> | undefined;
  const builder = () => (db ??= driver.dialect());
  const appends = createWriteBehind(builder, driver.engine);
  return {
    get db() {
      return builder();
    },
    engine: driver.engine,
    target,
    sqlite: driver.sqlite,
    rawRows: driver.rawRows,
    rawScript: driver.rawScript,
    preparedGet: (text) => driver.preparedGet(text),
    connect: () => driver.connect(),
    appends,
    warm() {
      if (db || warmTimer) return;
      warmTimer = setTimeout(builder, 0);
      warmTimer.unref();
    },
    close() {
      clearTimeout(warmTimer);
      closing ??= appends
        .flush()
        .catch(() => undefined)
        .then(() => (db ? db.destroy() : driver.end()));
      return closing;
    },
  };
}
