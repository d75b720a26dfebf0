/**
 * `npx netmedic` entry point. Subcommands load lazily so that `explain` or `check` never pay for
 * discord.js: only `start` and `deploy` load it.
 */
import { packageVersion } from '../util/paths';
import { fdOutput } from './fd-output';
import { EXIT, QUICK_COMMANDS, type CliCommand, type CliIo } from './types';

type Loader = () => CliCommand;

/* eslint-disable @typescript-eslint/no-require-imports */
const SUBCOMMANDS: Record<string, { summary: string; load: Loader }> = {
  start: { summary: 'Run the bot (or console mode when DISCORD_TOKEN is not set)', load: () => require('./commands/start').command },
  serve: { summary: 'Answer interactions over HTTP (Interactions Endpoint URL)', load: () => require('./commands/serve').command },
  agent: { summary: 'Run a probe agent for a location (takes check jobs from Redis)', load: () => require('./commands/agent').command },
  agents: { summary: 'List the probe-agent locations seen in the last minute', load: () => require('./commands/agents').command },
  console: { summary: 'Type slash commands in the terminal, as in Discord', load: () => require('./commands/console').command },
  explain: { summary: 'Explain a pasted error message', load: () => require('./commands/explain').command },
  check: { summary: 'Probe a server:port from this machine and say what happened', load: () => require('./commands/check').command },
  xtream: { summary: 'Check your IPTV line on an Xtream panel (password from stdin or a prompt)', load: () => require('./commands/xtream').command },
  faq: { summary: 'List FAQ entries or show one', load: () => require('./commands/faq').command },
  kb: { summary: 'Knowledge base tools: lint, list', load: () => require('./commands/kb').command },
  db: { summary: 'Database: migrate, status, backup FILE', load: () => require('./commands/db').command },
  deploy: { summary: 'Register the slash commands with Discord (one bulk overwrite)', load: () => require('./commands/deploy').command },
  invite: { summary: 'Print the link that adds the bot to a server', load: () => require('./commands/invite').command },
};
/* eslint-enable @typescript-eslint/no-require-imports */

export function usage(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((n) => n.length));
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(width)}  ${s.summary}`);
  return [
    'netmedic: explains network errors and checks servers, in Discord or in the terminal.',
    '',
    'Usage: netmedic <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `netmedic <command> --help` for a command\'s options.',
  ].join('\n');
}


/**
 * The process's streams; stdin is opened only when a command reads it (opening it costs a stream).
 * A quick command's output skips the stream objects (see fd-output.ts).
 */
export function defaultIo(command?: string): CliIo {
  const quick = command !== undefined && QUICK_COMMANDS.includes(command);
  return {
    stdout: quick ? fdOutput(1) : process.stdout,
    stderr: quick ? fdOutput(2) : process.stderr,
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

export async function main(argv: string[], io: CliIo = defaultIo(argv[0])): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(packageVersion() + '\n');
    return EXIT.ok;
  }
  const entry = SUBCOMMANDS[name];
  if (!entry) {
    io.stderr.write(`netmedic: unknown command "${name}". Run \`netmedic --help\` to see the commands.\n`);
    return EXIT.usage;
  }
  const command = entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return EXIT.ok;
  }
  return command.run(rest, io);
}
