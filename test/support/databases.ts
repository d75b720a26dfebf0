/**
 * Test databases, one per use, on both engines: an SQLite file in a fresh temp dir, or a
 * PostgreSQL database created on 127.0.0.1:5432 (trust auth) named with the pid and a random
 * part and dropped afterwards. Nothing depends on a previous run's data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export type EngineName = 'sqlite' | 'postgres';
export const ENGINES: EngineName[] = ['sqlite', 'postgres'];

export const PG_ADMIN_URL = process.env.NETMEDIC_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  engine: EngineName;
  /** The DATABASE_URL for this database. */
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(engine: EngineName): Promise<TestDatabase> {
  const tag = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `netmedic-db-${tag}-`));
    return { engine, url: `sqlite:${join(dir, 'netmedic.sqlite')}`, drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `netmedic_t_${tag}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * A fresh SQLite file (in its own temp dir) for child processes and in-process bots that do not
 * name a database; remove() deletes it (the callers do when the process or bot is done).
 */
export function scratchSqlite(): { url: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `netmedic-scratch-${process.pid}-`));
  return { url: `sqlite:${join(dir, 'netmedic.sqlite')}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
