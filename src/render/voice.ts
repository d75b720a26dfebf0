/**
 * Where a reply is read. The same reply data serves Discord, console mode and the CLI, but only
 * Discord has "the bot's network" and slash commands: console mode runs the checks from this
 * machine (and takes slash commands), the CLI runs them from this machine and takes
 * `netmedic <command>`. Renderers take a Voice; Discord's is the default. The words for where
 * checks run from are messages (`check-vantage`, `check-checker` with `voice: id`).
 */
export interface Voice {
  /** Which reader: picks the vantage words (check.ftl) and a blocked check's hint. */
  readonly id: 'discord' | 'console' | 'cli';
  /** How the reader types a command: `/faq <id>` or `netmedic faq <id>`. */
  command(name: string, args?: string): string;
}

const slash = (name: string, args?: string) => `/${name}${args ? ` ${args}` : ''}`;

export const DISCORD_VOICE: Voice = { id: 'discord', command: slash };

/** Console mode: slash commands typed in a terminal, probes from this machine. */
export const CONSOLE_VOICE: Voice = { id: 'console', command: slash };

export const CLI_VOICE: Voice = {
  id: 'cli',
  command: (name, args) => `netmedic ${name}${args ? ` ${args}` : ''}`,
};
