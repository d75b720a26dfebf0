import type { CliOutput } from './fd-output';

/** A CLI subcommand: `npx netmedic <name> …`. Each lives in src/cli/commands/<name>.ts. */
export interface CliIo {
  /** Written a string at a time: process.stdout, an fd-output.ts output, or a test's stream. */
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  name: string;
  /** One line for `netmedic --help`. */
  summary: string;
  /** Full text for `netmedic <name> --help`. */
  help: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by all subcommands. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * The quick commands: each is bundled on its own with a code cache (bundle.ts, code-cache.ts) and
 * writes its answer straight to the descriptors (fd-output.ts).
 */
export const QUICK_COMMANDS: readonly string[] = ['explain', 'check'];
