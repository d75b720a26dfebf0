/** `netmedic console`: console mode even when DISCORD_TOKEN is set. */
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'console',
  summary: 'Type slash commands in the terminal, as in Discord',
  help: `Usage: netmedic console

Type the slash commands as in Discord (/explain connection refused, /check example.com:443,
/faq …) and see the replies rendered. Buttons are numbered: type the number to press one.
/help lists the commands; /quit or end of input (Ctrl-D) leaves. Works with piped input too.`,
  async run(_args, io) {
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    const { runConsoleMode } = await import('../../runtime.js');
    return runConsoleMode(config, io);
  },
};
