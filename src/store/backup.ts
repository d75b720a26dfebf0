/**
 * `netmedic db backup FILE`: SQLite through its online backup API (a consistent copy while the bot
 * keeps running); PostgreSQL through pg_dump (custom format, restore with pg_restore).
 */
import type * as ChildProcess from 'node:child_process';
import type { Store } from './open';

export async function backupTo(store: Store, file: string): Promise<void> {
  if (store.sqlite) {
    await store.sqlite.backup(file);
    return;
  }
  if (store.target.engine !== 'postgres') throw new Error('unknown engine');
  const url = store.target.url;
  // Loaded here: only a backup needs it, not every start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require('node:child_process') as typeof ChildProcess;
  await new Promise<void>((resolve, reject) => {
    // The URL goes through the environment, never the command line (ps would show its password).
    const child = spawn('pg_dump', ['--format=custom', '--file', file], { env: { ...process.env, ...pgEnv(url) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'ENOENT' ? 'pg_dump is not installed (apt-get install postgresql-client)' : err.message)),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump exited with ${code}: ${stderr.trim().split('\n')[0] ?? ''}`))));
  });
}

/** libpq's environment variables for a postgres:// URL. */
export function pgEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {};
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname.replace(/^\[|\]$/g, ''));
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const db = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (db) env.PGDATABASE = db;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}
