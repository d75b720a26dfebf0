/**
 * Appends that nobody reads back at once (the learning loop's answers and gaps) are gathered for
 * a moment and written together once the burst is over: one transaction for a burst of answers
 * instead of one each. On SQLite a commit blocks the event loop until the disk has it (synchronous = FULL), so a hundred
 * single-row commits after a burst of /explain replies held up every interaction behind them.
 * These rows are counts, not anyone's edits, so their commit does not wait for the disk either:
 * on SQLite the batch commits with synchronous = NORMAL (in WAL mode: kept if the process is
 * killed, possibly lost with the last moments before a power cut), on PostgreSQL with
 * synchronous_commit off (the same promise). FAQ edits keep full durability.
 * Each append's promise settles when its row is committed; every read of these tables flushes
 * first, so this process always reads its own writes. Nothing is reordered within a table.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Engine } from './migrations';
import type { DatabaseSchema } from './schema';
import { sql } from './lazy-kysely';

export type AppendTable = 'kb_gaps' | 'kb_answers';

/**
 * A batch is written once no row has come for this long (ms): a burst of interactions is written
 * after it, not in its middle, where the insert (built, then run on the event loop by SQLite)
 * held up the acknowledgements still to go.
 */
export const DEFAULT_WINDOW_MS = 50;
/** …and at the latest this long after its first row (a steady stream is still written). */
export const DEFAULT_MAX_WAIT_MS = 1000;
/** Rows per batch at most (stays well under both engines' bound-parameter limits). */
const MAX_ROWS = 500;

type Pending = ({ table: 'kb_gaps'; row: Insertable<DatabaseSchema['kb_gaps']> } | { table: 'kb_answers'; row: Insertable<DatabaseSchema['kb_answers']> }) & {
  done: { resolve(): void; reject(err: unknown): void };
};

export interface WriteBehind {
  append<T extends AppendTable>(table: T, row: Insertable<DatabaseSchema[T]>): Promise<void>;
  /** Writes what is waiting (and waits for a batch being written). */
  flush(): Promise<void>;
}

export function createWriteBehind(db: () => Kysely<DatabaseSchema>, engine: Engine, windowMs = DEFAULT_WINDOW_MS, maxWaitMs = DEFAULT_MAX_WAIT_MS): WriteBehind {
  let pending: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  // When the batch's first row and its latest row came (one timer, re-armed when it fires early).
  let firstAt = 0;
  let lastAt = 0;
  // Batches are written one after the other, in the order they were taken.
  let writing: Promise<void> = Promise.resolve();

  async function write(batch: Pending[]): Promise<void> {
    const insert = (conn: Kysely<DatabaseSchema>) =>
      conn.transaction().execute(async (trx) => {
        if (engine === 'postgres') await sql`set local synchronous_commit to off`.execute(trx);
        const gaps = batch.flatMap((p) => (p.table === 'kb_gaps' ? [p.row] : []));
        const answers = batch.flatMap((p) => (p.table === 'kb_answers' ? [p.row] : []));
        if (gaps.length > 0) await trx.insertInto('kb_gaps').values(gaps).execute();
        if (answers.length > 0) await trx.insertInto('kb_answers').values(answers).execute();
      });
    try {
      if (engine === 'postgres') await insert(db());
      else {
        // One connection held for the three steps, so no other transaction runs with the lower setting.
        await db()
          .connection()
          .execute(async (conn) => {
            await sql`pragma synchronous = NORMAL`.execute(conn);
            try {
              await insert(conn);
            } finally {
              await sql`pragma synchronous = FULL`.execute(conn);
            }
          });
      }
      for (const p of batch) p.done.resolve();
    } catch (err) {
      for (const p of batch) p.done.reject(err);
    }
  }

  function take(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    if (batch.length > 0) writing = writing.then(() => write(batch));
    return writing;
  }

  function due(): void {
    timer = undefined;
    const now = performance.now();
    const wait = Math.min(lastAt + windowMs, firstAt + maxWaitMs) - now;
    if (wait > 0) timer = setTimeout(due, wait);
    else void take();
  }

  return {
    append(table, row) {
      return new Promise<void>((resolve, reject) => {
        lastAt = performance.now();
        if (pending.length === 0) firstAt = lastAt;
        pending.push({ table, row, done: { resolve, reject } } as Pending);
        if (pending.length >= MAX_ROWS) void take();
        // Not unref'd: a process with rows still waiting stays up the moment it takes to write them.
        else timer ??= setTimeout(due, windowMs);
      });
    },
    flush: take,
  };
}
