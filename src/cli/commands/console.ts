/** `netmedic console`: console mode even when DISCORD_TOKEN is set. */
import { parseArgs } from 'node:util';
import { cliLocale } from '../locale';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'console',
  summary: 'Type slash commands in the terminal, as in Discord',
  help: `Usage: netmedic console [--locale LOCALE]

Type the slash commands as in Discord (/explain connection refused, /check example.com:443,
/faq …) and see the replies rendered. Buttons are numbered: type the number to press one.
/help lists the commands; /quit or end of input (Ctrl-D) leaves. Works with piped input too.

Options:
  --locale LOCALE  Language of the articles and FAQ entries in replies, as Discord names it
                   (de, fr, it, tr, ru, pt-BR, es-ES, es-419…) or as LANG does (pt_BR.UTF-8).
                   Default: from LC_ALL / LC_MESSAGES / LANG; English when none is translated.`,
  async run(args, io) {
    let option: string | undefined;
    try {
      option = parseArgs({ args, options: { locale: { type: 'string' } }, allowPositionals: false }).values.locale;
    } catch (err) {
      io.stderr.write(`netmedic console: ${(err as Error).message}\nRun \`netmedic console --help\` for usage.\n`);
      return EXIT.usage;
    }
    const locale = cliLocale(option, io.env);
    if ('error' in locale) {
      io.stderr.write(`netmedic console: ${locale.error}\n`);
      return EXIT.usage;
    }
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    const { runConsoleMode } = await import('../../runtime.js');
    return runConsoleMode(config, io, locale.locale);
  },
};
