/** `netmedic db migrate|status|backup FILE`: the database named by DATABASE_URL (default: the SQLite file). */
import { parseArgs } from 'node:util';
import { configOrExit } from '../config-io';
import type { Store } from '../../store/index.js';
import { EXIT, type CliCommand, type CliIo } from '../types';

const HELP = `Usage: netmedic db migrate | status [--json] | backup FILE

  migrate       Apply the migrations this version has and the database lacks (the bot does this at start too).
  status        The database in use and each migration: applied (when) or pending.
  backup FILE   A consistent copy while the bot runs: SQLite's online backup to FILE, or for
                PostgreSQL a pg_dump custom-format archive (restore with pg_restore).

The database: DATABASE_URL (postgres://… or sqlite:PATH); unset, ./data/netmedic.sqlite.

Exit codes: 0 done, 1 failure (cannot connect, a migration failed, the database is newer than this version), 2 bad usage.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }));
  } catch (err) {
    io.stderr.write(`netmedic db: ${(err as Error).message}\nRun \`netmedic db --help\` for usage.\n`);
    return EXIT.usage;
  }
  const [action, file, ...extra] = positionals;
  const wantsFile = action === 'backup';
  if (!action || !['migrate', 'status', 'backup'].includes(action) || (wantsFile && !file) || (!wantsFile && file) || extra.length) {
    io.stderr.write('netmedic db: expected `migrate`, `status` or `backup FILE`\nRun `netmedic db --help` for usage.\n');
    return EXIT.usage;
  }
  const config = configOrExit(io);
  if (!config) return EXIT.usage;
  const store = await import('../../store/index.js');
  const target = store.databaseTarget(config.DATABASE_URL);
  const where = store.describeTarget(target);
  let opened: Store | null = null;
  try {
    opened = store.openStore(target, { poolSize: 1 });
    if (action === 'migrate') {
      const applied = await store.migrateToLatest(opened);
      io.stdout.write(applied.length ? `${where}: applied ${applied.join(', ')}\n` : `${where}: already up to date\n`);
    } else if (action === 'status') {
      const status = await store.migrationStatus(opened);
      if (values.json) {
        io.stdout.write(JSON.stringify({ database: where, engine: target.engine, migrations: status.migrations, unknown: status.unknown }) + '\n');
      } else {
        io.stdout.write(`${where}\n`);
        for (const m of status.migrations) io.stdout.write(`  ${m.name}  ${m.appliedAt ? `applied ${m.appliedAt.toISOString()}` : 'pending'}\n`);
        for (const n of status.unknown) io.stdout.write(`  ${n}  applied by a newer netmedic\n`);
      }
      if (status.unknown.length) return EXIT.failure;
    } else {
      await store.backupTo(opened, file!);
      io.stdout.write(`${where}: backed up to ${file}\n`);
    }
    return EXIT.ok;
  } catch (err) {
    io.stderr.write(`netmedic db ${action}: ${where}: ${(err as Error).message}\n`);
    return EXIT.failure;
  } finally {
    await opened?.close();
  }
}

export const command: CliCommand = { name: 'db', summary: 'Database: migrate, status, backup', help: HELP, run };
