/**
 * The words that depend on where a reply is read. The same reply data serves Discord, console
 * mode and the CLI, but only Discord has "the bot's network" and slash commands: console mode
 * runs the checks from this machine (and takes slash commands), the CLI runs them from this
 * machine and takes `netmedic <command>`. Renderers take a Voice; Discord's is the default.
 */
export interface Voice {
  /** Where checks run from, as a noun phrase: "the bot's network", "this machine". */
  readonly vantage: string;
  /** Who the probed server answered: "the bot", "this machine". */
  readonly checker: string;
  /** How the reader types a command: `/faq <id>` or `netmedic faq <id>`. */
  command(name: string, args?: string): string;
}

const slash = (name: string, args?: string) => `/${name}${args ? ` ${args}` : ''}`;

export const DISCORD_VOICE: Voice = { vantage: "the bot's network", checker: 'the bot', command: slash };

/** Console mode: slash commands typed in a terminal, probes from this machine. */
export const CONSOLE_VOICE: Voice = { vantage: 'this machine', checker: 'this machine', command: slash };

export const CLI_VOICE: Voice = {
  vantage: 'this machine',
  checker: 'this machine',
  command: (name, args) => `netmedic ${name}${args ? ` ${args}` : ''}`,
};
