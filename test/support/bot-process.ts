/**
 * Runs the real netmedic CLI (`node bin/netmedic.js …`, compiled by `npm run build`) as a child
 * process, for end-to-end tests and benchmarks that need its exit code, its logs or its memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths';
import { scaled } from './timing';
import { scratchSqlite } from './databases';

// The package root, whether this file runs from test/ (jest) or dist/test/ (benchmarks).
export const ROOT = packageRoot();
const BIN = join(ROOT, 'bin', 'netmedic.js');

export function builtCliExists(): boolean {
  return existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'));
}

export interface RunningProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /**
   * Resolves with the exit code (signals → 128 + n) once the process has ended and its stdout
   * and stderr are closed: all its output has been read and nothing of it stays open.
   */
  exited: Promise<number>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resident set size in bytes, read from /proc (Linux). */
  rss(): number | null;
}

export function runCli(args: string[], env: Record<string, string>, input?: string): RunningProcess {
  return runNodeScript(BIN, args, env, input, { scratchDatabase: true });
}

/**
 * `node SCRIPT ARGS…` in the package root, watched like the CLI (runCli). With `scratchDatabase`,
 * its own SQLite file unless the environment names a database.
 */
export function runNodeScript(script: string, args: string[], env: Record<string, string>, input?: string, { scratchDatabase = false } = {}): RunningProcess {
  const scratch = !scratchDatabase || env.DATABASE_URL ? null : scratchSqlite();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    // A clean environment: nothing from the developer's shell (no real token) leaks in.
    // Its own SQLite file unless the test names a database (never ./data of the checkout).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_FORMAT: 'json', ...(scratch ? { DATABASE_URL: scratch.url } : {}), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  if (input !== undefined) child.stdin!.end(input);
  const exited = new Promise<number>((resolve) => {
    // 'close', not 'exit': 'exit' can come before the last output is read, and while the pipes
    // are still open (a worker that ends then has handles left to close).
    child.on('close', (code, signal) => {
      scratch?.remove();
      resolve(code ?? (signal === 'SIGKILL' ? 137 : signal === 'SIGTERM' ? 143 : 130));
    });
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitForOutput(pattern, unscaledMs = 15_000) {
      const timeoutMs = scaled(unscaledMs);
      const started = Date.now();
      while (!pattern.test(out + err)) {
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern} in output:\n${out}\n${err}`);
        if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${pattern}:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    rss() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
        return kb ? Number(kb) * 1024 : null;
      } catch {
        return null;
      }
    },
  };
}
