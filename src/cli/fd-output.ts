/**
 * Standard output and error for the quick commands (explain, check) without Node's stream
 * objects. The first use of `process.stdout` builds a stream (for a pipe, a net.Socket and the
 * stream modules): a few milliseconds, more than `explain` spends matching. These outputs write
 * straight to the file descriptor instead, synchronously, as Node itself writes to files and
 * pipes on Linux; the order of lines is the order of calls.
 *
 * - A reader that went away (`netmedic explain … | head -1`) ends the process quietly with
 *   status 0, as bin/netmedic.js does for the streams.
 * - A descriptor left non-blocking by another program and full for the moment is waited for.
 * - `isTTY` loads node:tty only when asked (check asks, to decide on colours).
 */
import { writeSync } from 'node:fs';
import type * as Tty from 'node:tty';

/** What the CLI writes to: a string at a time (see CliIo). */
export interface CliOutput {
  write(chunk: string): boolean;
  readonly isTTY?: boolean;
}

/** How long to wait before retrying a write to a full non-blocking descriptor. */
const RETRY_MS = 2;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `bytes` to `fd` (a write may take only part of them). */
function writeAll(fd: number, bytes: Uint8Array, onBrokenPipe: () => never): void {
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') sleep(RETRY_MS);
      else if (code === 'EPIPE') onBrokenPipe();
      else throw err;
    }
  }
}

/** An output on descriptor `fd` (1 or 2). */
export function fdOutput(fd: number, onBrokenPipe: () => never = () => process.exit(0)): CliOutput {
  let tty: boolean | undefined;
  return {
    write(chunk: string): boolean {
      writeAll(fd, Buffer.from(chunk, 'utf8'), onBrokenPipe);
      return true;
    },
    get isTTY(): boolean {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (tty ??= (require('node:tty') as typeof Tty).isatty(fd));
    },
  };
}
